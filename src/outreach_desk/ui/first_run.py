"""The first-run wizard: language, then the vault (passphrase, recovery code, proof it was
written down: the pages of ``CreateVaultWizard``), then optional extras (practise in the
training vault, trust colleagues' contact cards, a shared folder for sync).

Every extra can be skipped; nothing needs a network. The controller connects
``language_changed`` to its language switch and reads ``choices`` on ``created``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from outreach_desk.core.crypto import KdfParams
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.create_wizard import CreateVaultWizard
from outreach_desk.ui.errors import describe_error
from outreach_desk.ui.i18n import SUPPORTED_LANGUAGES

# Each language named in itself, so a person finds theirs whatever is on screen now.
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English", "ar": "العربية"}
LANGUAGE_PAGE_ID = 100
EXTRAS_PAGE_ID = 200
_PASSPHRASE_PAGE_ID, _CONFIRM_PAGE_ID = 0, 2  # the order CreateVaultWizard adds its pages in


@dataclass
class FirstRunChoices:
    language: str
    open_training: bool = False
    sync_folder: str = ""
    contacts_added: list[str] = field(default_factory=list)


class LanguagePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard, current: str) -> None:
        super().__init__()
        self._wizard = wizard
        self.intro = QLabel(wordWrap=True)
        self.buttons = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for code in SUPPORTED_LANGUAGES:
            button = QRadioButton(LANGUAGE_NAMES[code])
            button.setObjectName(f"language_{code}")
            button.setChecked(code == current)
            button.toggled.connect(self._chooser(code))
            self.buttons.addButton(button)
            layout.addWidget(button)
        layout.addStretch()
        self.retranslate_ui()

    def _chooser(self, code: str) -> Callable[[bool], None]:
        def toggled(checked: bool) -> None:
            if checked:
                self._wizard.choose_language(code)

        return toggled

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Welcome to Outreach Desk"))
        self.intro.setText(
            self.tr("Choose the language of the app. You can change it later in the menu.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ExtrasPage(QWizardPage):
    """Optional: each control can be left alone and the wizard still finishes."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.intro = QLabel(wordWrap=True)
        self.training = QCheckBox(objectName="open_training")
        self.contacts_label = QLabel(wordWrap=True)
        self.contacts = QListWidget(objectName="contacts_added", maximumHeight=96)
        self.add_contact_button = QPushButton(objectName="add_contact")
        self.add_contact_button.clicked.connect(self._ask_for_contact)
        self.contact_status = QLabel(wordWrap=True, objectName="contact_status")
        self.sync_label = QLabel(wordWrap=True)
        self.sync_folder = QLineEdit(objectName="sync_folder")
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        self._build_layout()
        self.retranslate_ui()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.training)
        layout.addWidget(self.contacts_label)
        layout.addWidget(self.contacts)
        layout.addWidget(self.add_contact_button)
        layout.addWidget(self.contact_status)
        layout.addWidget(self.sync_label)
        row = QHBoxLayout()
        row.addWidget(self.sync_folder, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Optional: practise and work with colleagues"))
        self.intro.setText(self.tr("All of this can be skipped and done later."))
        self.training.setText(self.tr("Open the &training vault first (fictional families)"))
        self.contacts_label.setText(
            self.tr("Colleagues you will share families with (their contact cards):")
        )
        self.add_contact_button.setText(self.tr("Add a colleague's &contact card..."))
        self.sync_label.setText(
            self.tr("Shared folder for sync (a USB stick or a synced folder; optional):")
        )
        self.browse_button.setText(self.tr("&Browse..."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def import_contact(self, card_file: Path, name: str, fingerprint: str) -> bool:
        """Trust a colleague's card if it matches the fingerprint they read out."""
        from outreach_desk.core.session import Session
        from outreach_desk.core.sync.keystore import add_contact

        vault = self._wizard.vault
        if vault is None:
            return False
        try:
            card = add_contact(
                Session(vault), Path(card_file).read_bytes(), name=name, fingerprint=fingerprint
            )
        except Exception as error:  # shown to the person; the wizard goes on
            self.contact_status.setText(describe_error(error))
            return False
        self.contacts.addItem(card.name)
        self._wizard.choices.contacts_added.append(card.device_id)
        self.contact_status.setText(self.tr("%1 was added.").replace("%1", card.name))
        return True

    def _ask_for_contact(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Contact card"), "", self.tr("Contact cards (*.json *.txt);;All (*)")
        )
        if not path:
            return
        fingerprint, ok = QInputDialog.getText(
            self, self.tr("Fingerprint"), self.tr("The fingerprint your colleague reads out:")
        )
        if not ok:
            return
        name, ok = QInputDialog.getText(self, self.tr("Name"), self.tr("Their name:"))
        if ok:
            self.import_contact(Path(path), name, fingerprint)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared folder for sync"))
        if folder:
            self.sync_folder.setText(folder)


class FirstRunWizard(CreateVaultWizard):
    """``language_changed(code)`` while choosing; ``created(vault)`` at the end, with the
    person's optional choices in ``choices``."""

    language_changed = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        clipboard: SensitiveClipboard,
        *,
        language: str = "en",
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.choices = FirstRunChoices(language)
        super().__init__(data_dir, clipboard, kind="real", kdf=kdf, parent=parent)
        self.setObjectName("first_run_wizard")
        self.language_page = LanguagePage(self, language)
        self.extras_page = ExtrasPage(self)
        self.setPage(LANGUAGE_PAGE_ID, self.language_page)
        self.setPage(EXTRAS_PAGE_ID, self.extras_page)
        self.setStartId(LANGUAGE_PAGE_ID)

    def nextId(self) -> int:
        current = self.currentId()
        if current == LANGUAGE_PAGE_ID:
            return _PASSPHRASE_PAGE_ID
        if current == _CONFIRM_PAGE_ID:
            return EXTRAS_PAGE_ID
        if current == EXTRAS_PAGE_ID:
            return -1
        return super().nextId()

    def choose_language(self, code: str) -> None:
        self.choices.language = code
        self.language_changed.emit(code)

    def accept(self) -> None:
        self.choices.open_training = self.extras_page.training.isChecked()
        self.choices.sync_folder = self.extras_page.sync_folder.text().strip()
        super().accept()
