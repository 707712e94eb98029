"""Search as you type across families and notes (the in-memory index built at unlock)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from outreach_desk.core.search import SearchHit, SearchIndex
from outreach_desk.ui.delegates import HighlightDelegate
from outreach_desk.ui.models.search_results import SearchResultsModel

DEBOUNCE_MS = 150


class SearchPanel(QWidget):
    hit_activated = Signal(object)  # SearchHit

    def __init__(self, index: SearchIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = index
        self.field = QLineEdit(objectName="search_field", clearButtonEnabled=True)
        self.model = SearchResultsModel(self)
        self.results = QListView(objectName="search_results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HighlightDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary = QLabel(objectName="search_summary", wordWrap=True)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._debounce.start)
        self.field.returnPressed.connect(self._activate_first)
        self.results.activated.connect(self._activated)
        self.results.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Search families and notes"))
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def run_search(self) -> None:
        self._debounce.stop()
        text = self.field.text()
        hits = self._index.search(text) if self._index is not None and text.strip() else []
        self.model.set_hits(hits)
        self._update_summary()

    def clear(self) -> None:
        """At lock: forget the query and the results."""
        self._index = None
        self._debounce.stop()
        self.field.clear()
        self.model.clear()

    def _update_summary(self) -> None:
        if not self.field.text().strip():
            self.summary.setText(self.tr("Type a word; accents do not matter."))
        elif self.model.rowCount() == 0:
            self.summary.setText(self.tr("Nothing found."))
        else:
            self.summary.setText(self.tr("{0} found").format(self.model.rowCount()))

    def _activate_first(self) -> None:
        self.run_search()
        if self.model.rowCount():
            self._activated(self.model.index(0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            hit: SearchHit = self.model.hit_at(index.row())
            self.hit_activated.emit(hit)
