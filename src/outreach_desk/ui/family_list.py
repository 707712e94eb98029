"""The left side: a filter box, the family table, and a friendly empty state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.ui.models.family_table import (
    COL_CHILDREN,
    COL_DOMAINS,
    COL_LABEL,
    FAMILY_ID_ROLE,
    FamilyFilterModel,
    FamilyTableModel,
)


class FamilyListPanel(QWidget):
    family_selected = Signal(object)  # family id, or None when nothing is selected

    def __init__(self, model: FamilyTableModel, new_family: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.proxy = FamilyFilterModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.sort(COL_LABEL, Qt.SortOrder.AscendingOrder)
        self.filter = QLineEdit(objectName="family_filter", clearButtonEnabled=True)
        self.table = QTableView(objectName="family_table")
        self._setup_table()
        self.empty_text = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(objectName="empty_new_family")
        self.empty_button.clicked.connect(new_family.trigger)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._empty_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.stack)
        self.filter.textChanged.connect(self.proxy.set_text)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._update_empty_state)
        self._update_empty_state()
        self.retranslate_ui()

    def _setup_table(self) -> None:
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        # The list is narrow: counts are shown in the family detail instead.
        self.table.setColumnHidden(COL_CHILDREN, True)
        self.table.setColumnHidden(COL_DOMAINS, True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch()
        layout.addWidget(self.empty_text)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        return page

    def retranslate_ui(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by name or municipality"))
        self.empty_text.setText(
            self.tr(
                "No families yet.\nOpen a case file for the first family you accompany: "
                "a pseudonym is enough."
            )
        )
        self.empty_button.setText(self.tr("Add the &first family"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def is_empty_state_shown(self) -> bool:
        return self.stack.currentIndex() == 1

    def selected_family_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(FAMILY_ID_ROLE) if rows else None

    def select_family(self, family_id: str) -> None:
        row = self.model.row_of(family_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():  # hidden by the filter or closed: show it anyway
            self.filter.clear()
            self.proxy.set_show_closed(True)
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(proxy_index.row())
        self.table.scrollTo(proxy_index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.family_selected.emit(self.selected_family_id())

    def _update_empty_state(self, *_args: QModelIndex | int) -> None:
        self.stack.setCurrentIndex(1 if self.model.rowCount() == 0 else 0)
