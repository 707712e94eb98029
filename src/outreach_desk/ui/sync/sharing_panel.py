"""Sharing per family (one check box per colleague) and handing a family over."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.errors import OutreachError
from outreach_desk.core.session import Session
from outreach_desk.core.sync import keystore, sharing
from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.service import my_device_ids
from outreach_desk.ui.errors import describe_error

Confirm = Callable[[QWidget, str, str], bool]


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class HandoverDialog(QDialog):
    def __init__(
        self, contacts: list[ContactCard], family_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handover_dialog")
        self._label = family_label
        self.intro = QLabel(wordWrap=True)
        self.contact = QComboBox()
        for card in contacts:
            self.contact.addItem(card.name, card.device_id)
        self.keep = QRadioButton(checked=True)
        self.drop = QRadioButton()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.to_label = QLabel()
        self.to_label.setBuddy(self.contact)
        form.addRow(self.to_label, self.contact)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.keep)
        layout.addWidget(self.drop)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hand over a family"))
        self.intro.setText(
            self.tr("Who becomes responsible for {0}? A note on the timeline records it.").format(
                self._label
            )
        )
        self.to_label.setText(self.tr("Hand over &to:"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Hand over…"))
        self.keep.setText(self.tr("I &keep read access"))
        self.drop.setText(
            self.tr("I no longer need access: &remove the family here once it has been sent")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class SharingPanel(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.confirm: Confirm = ask  # tests replace it to answer without a modal box
        self.dialog: HandoverDialog | None = None
        self._contacts: list[ContactCard] = []
        self._family_ids: list[str] = []
        self._filling = False
        self.explain = QLabel(wordWrap=True)
        self.table = QTableWidget(objectName="sharing_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.handover_button = QPushButton()
        self.problem = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.handover_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self.table.itemChanged.connect(self._item_changed)
        self.handover_button.clicked.connect(self.start_handover)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.explain.setText(
            self.tr(
                "Tick a colleague to share a family with them (duo work). Only ticked "
                "families are ever sent to that colleague."
            )
        )
        self.handover_button.setText(self.tr("&Hand over the selected family…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        if not self._session.vault.is_open:  # locked: nothing to show, nothing to read
            return
        self._filling = True
        roster = keystore.contacts(self._session)
        self._contacts = sorted(roster.values(), key=lambda c: c.name.casefold())
        families = self._session.families.families(include_closed=False)
        self._family_ids = [f.id for f in families]
        me = my_device_ids(self._session)
        table = self.table
        table.clear()
        table.setColumnCount(2 + len(self._contacts))
        headers = [self.tr("Family"), self.tr("Responsible")]
        table.setHorizontalHeaderLabels(headers + [c.name for c in self._contacts])
        table.setRowCount(len(families))
        for row, family in enumerate(families):
            table.setItem(row, 0, QTableWidgetItem(family.label))
            owner = self.tr("me") if family.owner in me or not family.owner else (
                roster[family.owner].name if family.owner in roster else self.tr("someone else")
            )  # fmt: skip
            table.setItem(row, 1, QTableWidgetItem(owner))
            shared = set(sharing.shared_with(self._session, family.id))
            for column, card in enumerate(self._contacts, start=2):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                checked = card.device_id in shared
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._filling = False

    def set_share(self, family_id: str, contact_id: str, on: bool) -> None:
        row = self._family_ids.index(family_id)
        column = 2 + [c.device_id for c in self._contacts].index(contact_id)
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        item = self.table.item(row, column)
        assert item is not None
        item.setCheckState(state)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() < 2:
            return
        family_id = self._family_ids[item.row()]
        card = self._contacts[item.column() - 2]
        try:
            if item.checkState() == Qt.CheckState.Checked:
                sharing.share_family(self._session, family_id, card.device_id)
            else:
                sharing.unshare_family(self._session, family_id, card.device_id)
        except OutreachError as error:
            self.problem.setText(describe_error(error))
        self.changed.emit()

    def selected_family(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self._family_ids[rows[0].row()] if rows else None

    def start_handover(self) -> HandoverDialog | None:
        family_id = self.selected_family()
        if family_id is None or not self._contacts:
            self.problem.setText(
                self.tr("Choose a family first, and add the colleague who takes it over.")
            )
            return None
        label = self._session.families.get(family_id).label
        self.dialog = HandoverDialog(self._contacts, label, self)
        self.dialog.accepted.connect(lambda: self._hand_over(family_id, label))
        self.dialog.open()
        return self.dialog

    def _hand_over(self, family_id: str, label: str) -> None:
        assert self.dialog is not None
        contact_id = str(self.dialog.contact.currentData())
        name = self.dialog.contact.currentText()
        keeps = self.dialog.keep.isChecked()
        text = (
            self.tr("{0} becomes responsible for {1}. You keep read access. Continue?")
            if keeps
            else self.tr(
                "{0} becomes responsible for {1}. After the next sync the family is removed "
                "from this laptop for good. Continue?"
            )
        ).format(name, label)
        if not self.confirm(self, self.tr("Hand over"), text):
            return
        try:
            sharing.handover(self._session, family_id, contact_id, keeps_access=keeps)
        except OutreachError as error:
            self.problem.setText(describe_error(error))
            return
        self.problem.setText(
            self.tr("Handed over to {0}; it goes out at the next sync.").format(name)
        )
        self.refresh()
        self.changed.emit()
