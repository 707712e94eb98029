"""The dialog to add or change one contact of the network map; fully usable by keyboard
(Tab between fields, arrow keys in the lists, Enter to save, Escape to cancel)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.ecomap import (
    CONTACT_KINDS,
    MAX_NAME_CHARS,
    MAX_NOTE_CHARS,
    NETWORKS,
    SUPPORTS,
    TIES,
    Contact,
    ServiceChoice,
)
from outreach_desk.core.ids import new_id
from outreach_desk.ui.ecomap.labels import label

_W = TypeVar("_W", bound=QWidget)


def _named(widget: _W, name: str) -> _W:
    widget.setObjectName(name)
    return widget


class ContactDialog(QDialog):
    def __init__(
        self,
        contact: Contact | None = None,
        parent: QWidget | None = None,
        services: Sequence[ServiceChoice] = (),
    ) -> None:
        super().__init__(parent)
        self._original = contact
        self._services = {choice.id: choice for choice in services}
        self._auto_name = ""  # the name last filled in from a chosen service
        self.setObjectName("ecomap_contact_dialog")
        self.name_edit = _named(QLineEdit(), "contact_name")
        self.name_edit.setMaxLength(MAX_NAME_CHARS)
        self.network_combo = self._combo("contact_network", NETWORKS)
        self.kind_combo = self._combo("contact_kind", CONTACT_KINDS)
        self.tie_combo = self._combo("contact_tie", TIES)
        self.support_combo = self._combo("contact_support", SUPPORTS)
        self.service_combo = self._service_combo(services)
        self.note_edit = _named(QLineEdit(), "contact_note")
        self.note_edit.setMaxLength(MAX_NOTE_CHARS)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._labels: dict[str, QLabel] = {}
        self._build_layout()
        self._fill(contact)
        self.name_edit.textChanged.connect(self._update_ok)
        self.service_combo.currentIndexChanged.connect(self._service_chosen)
        self._update_ok()
        self.retranslate_ui()

    def _service_combo(self, services: Sequence[ServiceChoice]) -> QComboBox:
        combo = _named(QComboBox(), "contact_service")
        combo.addItem("", "")  # "not on the social map", text set in retranslate_ui
        for choice in services:
            combo.addItem(choice.name, choice.id)
        combo.setMaximumWidth(420)
        return combo

    def _service_chosen(self) -> None:
        """Picking a service fills in what the social map already knows about it."""
        choice = self._services.get(str(self.service_combo.currentData() or ""))
        if choice is None:
            return
        if not self.name_edit.text().strip() or self.name_edit.text() == self._auto_name:
            self.name_edit.setText(choice.short_name)
            self._auto_name = choice.short_name
        self.kind_combo.setCurrentIndex(self.kind_combo.findData("organisation"))
        if choice.network:
            self.network_combo.setCurrentIndex(self.network_combo.findData(choice.network))

    def _combo(self, name: str, codes: tuple[str, ...]) -> QComboBox:
        combo = _named(QComboBox(), name)
        for code in codes:
            combo.addItem(code, code)
        return combo

    def _build_layout(self) -> None:
        form = QFormLayout()
        for key, field in (
            ("name", self.name_edit),
            ("network", self.network_combo),
            ("kind", self.kind_combo),
            ("tie", self.tie_combo),
            ("support", self.support_combo),
            ("service", self.service_combo),
            ("note", self.note_edit),
        ):
            self._labels[key] = QLabel()
            self._labels[key].setBuddy(field)
            form.addRow(self._labels[key], field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _fill(self, contact: Contact | None) -> None:
        if contact is None:
            return
        self.name_edit.setText(contact.name)
        for combo, value in (
            (self.network_combo, contact.network),
            (self.kind_combo, contact.kind),
            (self.tie_combo, contact.tie),
            (self.support_combo, contact.support),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        if contact.service_id and self.service_combo.findData(contact.service_id) < 0:
            self.service_combo.addItem(contact.service_id, contact.service_id)  # not on this map
        self.service_combo.blockSignals(True)  # keep the name the worker wrote
        self.service_combo.setCurrentIndex(max(0, self.service_combo.findData(contact.service_id)))
        self.service_combo.blockSignals(False)
        self.note_edit.setText(contact.note)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def contact(self) -> Contact:
        """The contact as entered; keeps the id when editing."""
        return Contact(
            id=self._original.id if self._original else new_id(),
            name=self.name_edit.text().strip(),
            kind=str(self.kind_combo.currentData()),
            network=str(self.network_combo.currentData()),
            tie=str(self.tie_combo.currentData()),
            support=str(self.support_combo.currentData()),
            service_id=str(self.service_combo.currentData() or ""),
            note=self.note_edit.text().strip(),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Add a contact") if self._original is None else self.tr("Change a contact")
        )
        texts = {
            "name": self.tr("&Name or role:"),
            "network": self.tr("&Network:"),
            "kind": self.tr("&Person or organisation:"),
            "tie": self.tr("&Tie:"),
            "support": self.tr("&Support:"),
            "service": self.tr("On the social map as (optional):"),
            "note": self.tr("N&ote:"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. grandmother, school teacher, GP"))
        self.service_combo.setItemText(0, self.tr("(not on the social map)"))
        for combo in (self.network_combo, self.kind_combo, self.tie_combo, self.support_combo):
            for row in range(combo.count()):
                combo.setItemText(row, label(str(combo.itemData(row))))
