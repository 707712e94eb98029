"""This laptop's identity (fingerprint, contact card to copy or save) and the colleagues
trusted here. A card is trusted only after the worker confirms they compared its fingerprint
with the colleague in person or by phone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.errors import OutreachError
from outreach_desk.core.session import Session
from outreach_desk.core.sync import keystore, settings
from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.errors import describe_error


def _mono(label: QLabel, size_delta: int = 2) -> None:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(max(8, label.font().pointSize() + size_delta))
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class ContactImportDialog(QDialog):
    """Paste a card's text or open its file; the fingerprint is shown; trusting it needs
    a name and the confirmation that it was compared with the colleague."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_import_dialog")
        self._session = session
        self.card: ContactCard | None = None
        self._data: bytes | str = ""
        self.intro = QLabel(wordWrap=True)
        self.card_text = QPlainTextEdit()
        self.card_text.setMaximumHeight(90)
        self.open_button = QPushButton()
        self.check_button = QPushButton()
        self.fingerprint = QLabel(objectName="contact_fingerprint")
        _mono(self.fingerprint, 4)
        self.name = QLineEdit()
        self.compared = QCheckBox()
        self.problem = QLabel(wordWrap=True, objectName="contact_problem")
        self.problem.setStyleSheet("color: #a40000")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.trust_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._build()
        self.open_button.clicked.connect(self._open_file)
        self.check_button.clicked.connect(self.check_card)
        self.card_text.textChanged.connect(self._text_changed)
        self.compared.toggled.connect(self._update_trust)
        self.name.textChanged.connect(self._update_trust)
        self.buttons.accepted.connect(self.trust)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self._update_trust()

    def _build(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.check_button)
        row.addStretch(1)
        form = QFormLayout()
        self.fingerprint_label, self.name_label = QLabel(), QLabel()
        form.addRow(self.fingerprint_label, self.fingerprint)
        form.addRow(self.name_label, self.name)
        self.name_label.setBuddy(self.name)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.card_text):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.compared)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add a colleague"))
        self.intro.setText(
            self.tr(
                "Paste the text of your colleague's contact card (it starts with ODC1:) or "
                "open the card file they gave you."
            )
        )
        self.open_button.setText(self.tr("&Open card file…"))
        self.check_button.setText(self.tr("&Show fingerprint"))
        self.fingerprint_label.setText(self.tr("Fingerprint:"))
        self.name_label.setText(self.tr("&Name:"))
        self.compared.setText(
            self.tr(
                "I compared this fingerprint with my colleague, in person or by phone, "
                "and it is the same"
            )
        )
        self.trust_button.setText(self.tr("&Trust this colleague"))
        if self.card is None:
            self.fingerprint.setText(self.tr("(not read yet)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_card_data(self, data: bytes | str) -> None:
        """A card file's bytes, or the text form (as if pasted)."""
        self.card_text.setPlainText(data if isinstance(data, str) else "")
        if isinstance(data, bytes):
            self._data = data  # after setPlainText, which forgets the previous card
        self.check_card()

    def check_card(self) -> None:
        if not isinstance(self._data, bytes) or not self._data:
            self._data = self.card_text.toPlainText().strip()
        self.compared.setChecked(False)
        try:
            self.card = ContactCard.parse(self._data)
        except OutreachError as error:
            self.card = None
            self.fingerprint.setText(self.tr("(not read yet)"))
            self.problem.setText(describe_error(error))
        else:
            self.fingerprint.setText(self.card.fingerprint)
            self.problem.clear()
            if not self.name.text().strip():
                self.name.setText(self.card.name)
        self._update_trust()

    def trust(self) -> None:
        if self.card is None or not self.compared.isChecked():
            return
        try:
            keystore.add_contact(
                self._session,
                self._data,
                name=self.name.text().strip(),
                fingerprint=self.card.fingerprint,
            )
        except OutreachError as error:
            self.problem.setText(describe_error(error))
            return
        self.accept()

    def _text_changed(self) -> None:
        self._data = ""
        self.card = None
        self._update_trust()

    def _open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open contact card"))
        if path:
            self.set_card_data(Path(path).read_bytes())

    def _update_trust(self) -> None:
        ready = self.card is not None and self.compared.isChecked() and bool(self.name.text())
        self.compared.setEnabled(self.card is not None)
        self.trust_button.setEnabled(ready)


class ContactsPanel(QWidget):
    contacts_changed = Signal()

    def __init__(
        self, session: Session, clipboard: SensitiveClipboard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._clipboard = clipboard
        self.dialog: ContactImportDialog | None = None
        self.identity_box, self.contacts_box = QGroupBox(), QGroupBox()
        self.my_name = QLineEdit()
        self.fingerprint = QLabel(objectName="my_fingerprint")
        _mono(self.fingerprint, 4)
        self.copy_button, self.save_button = QPushButton(), QPushButton()
        self.explain = QLabel(wordWrap=True)
        self.contact_list = QListWidget(objectName="contact_list")
        self.add_button = QPushButton()
        self._build()
        self.copy_button.clicked.connect(self.copy_card)
        self.save_button.clicked.connect(self._save_card)
        self.add_button.clicked.connect(self.open_import_dialog)
        self.my_name.editingFinished.connect(self._name_edited)
        self.retranslate_ui()
        self.refresh()

    def _build(self) -> None:
        form = QFormLayout(self.identity_box)
        self.name_label, self.fingerprint_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.my_name)
        form.addRow(self.name_label, self.my_name)
        form.addRow(self.fingerprint_label, self.fingerprint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.explain)
        contacts = QVBoxLayout(self.contacts_box)
        contacts.addWidget(self.contact_list)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        contacts.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.identity_box)
        layout.addWidget(self.contacts_box, 1)

    def retranslate_ui(self) -> None:
        self.identity_box.setTitle(self.tr("This laptop"))
        self.contacts_box.setTitle(self.tr("Colleagues you trust"))
        self.name_label.setText(self.tr("Your &name on the card:"))
        self.fingerprint_label.setText(self.tr("Fingerprint:"))
        self.copy_button.setText(self.tr("&Copy contact card"))
        self.save_button.setText(self.tr("Sa&ve contact card…"))
        self.add_button.setText(self.tr("&Add a colleague…"))
        self.explain.setText(
            self.tr(
                "Give your contact card to a colleague, then read this fingerprint out to "
                "them (in person or by phone) so they can check it before trusting it."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        if not self._session.vault.is_open:  # locked: nothing to show, nothing to read
            return
        self.my_name.setText(settings.my_name(self._session))
        if self._session.is_training:  # never make keys for fictional data
            self.fingerprint.setText("—")
        else:
            self.fingerprint.setText(keystore.ensure_identity(self._session).fingerprint)
        self.contact_list.clear()
        roster = keystore.contacts(self._session).values()
        for card in sorted(roster, key=lambda c: c.name.casefold()):
            self.contact_list.addItem(f"{card.name}   {card.fingerprint}")

    def card(self) -> ContactCard:
        return keystore.my_card(self._session, settings.my_name(self._session) or "Colleague")

    def copy_card(self) -> None:
        self._clipboard.copy(self.card().to_text())

    def open_import_dialog(self) -> ContactImportDialog:
        self.dialog = ContactImportDialog(self._session, self)
        self.dialog.accepted.connect(self._contact_added)
        self.dialog.open()
        return self.dialog

    def _contact_added(self) -> None:
        self.refresh()
        self.contacts_changed.emit()

    def _save_card(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save contact card"), "contact-card.json"
        )
        if path:
            Path(path).write_bytes(self.card().to_json())

    def _name_edited(self) -> None:
        name = self.my_name.text().strip()
        if name and name != settings.my_name(self._session):
            settings.set_my_name(self._session, name)
