"""First start: choose a passphrase, see the recovery code once, prove it was written down."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.vault import Vault
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.errors import describe_error
from outreach_desk.ui.passphrase_fields import PassphraseFields
from outreach_desk.ui.workers import run_in_background


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.intro = QLabel(wordWrap=True)
        self.fields = PassphraseFields()
        self.busy = QProgressBar(minimum=0, maximum=0, visible=False)
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("create_status")
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.fields, self.busy, self.status):
            layout.addWidget(widget)
        layout.addStretch()
        self.fields.changed.connect(self.completeChanged)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Choose a passphrase"))
        self.intro.setText(
            self.tr(
                "Everything you write in Outreach Desk is encrypted with this passphrase. "
                "Nobody can recover it for you, so choose one you will remember: four or "
                "five unrelated words work well."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def isComplete(self) -> bool:
        return self.fields.is_acceptable() and not self.busy.isVisible()

    def validatePage(self) -> bool:
        if self._wizard.vault is not None:
            return True
        self._set_busy(True)
        self.status.setText(self.tr("Creating the encrypted vault; this takes a few seconds..."))
        self._wizard.start_creation(self.fields.value())
        return False

    def creation_failed(self, message: str) -> None:
        self._set_busy(False)
        self.status.setText(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.fields.setEnabled(not busy)
        self.completeChanged.emit()


class RecoveryCodePage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.intro = QLabel(wordWrap=True)
        self.code = QLabel()
        self.code.setObjectName("recovery_code")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setStyleSheet("padding: 12px; border: 2px dashed #555; background: #fffbe6")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy_code")
        self.copy_button.clicked.connect(self._copy)
        self.copy_note = QLabel(wordWrap=True)
        self.hint = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copy_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.code)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addStretch()
        self.setCommitPage(True)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Your recovery code"))
        self.intro.setText(
            self.tr(
                "If you forget your passphrase, this code is the only way back into your "
                "vault. It is shown only now. Write it on paper and keep it somewhere safe, "
                "away from the laptop."
            )
        )
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_note.setText(
            self.tr("A copied code is removed from the clipboard after {0} seconds.").format(
                int(self._wizard.clipboard.seconds)
            )
        )
        self.hint.setText(
            self.tr(
                "Tip: do not save it in a file on this laptop or in your e-mail: whoever "
                "steals the laptop would find it. Paper, or a password manager you trust."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def initializePage(self) -> None:
        self.code.setText(self._wizard.recovery_code)

    def _copy(self) -> None:
        self._wizard.clipboard.copy(self._wizard.recovery_code)


class ConfirmCodePage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.intro = QLabel(wordWrap=True)
        self.last_group = QLineEdit()
        self.last_group.setObjectName("last_group")
        self.last_group.setMaxLength(9)
        self._group_label = QLabel()
        self._group_label.setBuddy(self.last_group)
        self.wrote_it = QCheckBox()
        self.wrote_it.setObjectName("wrote_it_down")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self._group_label)
        layout.addWidget(self.last_group)
        layout.addWidget(self.wrote_it)
        layout.addStretch()
        self.last_group.textChanged.connect(self.completeChanged)
        self.wrote_it.toggled.connect(self.completeChanged)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check that you wrote it down"))
        self.intro.setText(
            self.tr("Look at your paper, not at the screen: type the last group of the code.")
        )
        self._group_label.setText(self.tr("&Last group of the recovery code:"))
        self.wrote_it.setText(
            self.tr("I cannot type it now, but I &wrote the whole code down on paper")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def isComplete(self) -> bool:
        expected = self._wizard.recovery_code.rsplit("-", 1)[-1].upper()
        typed = self.last_group.text().strip().upper().replace("O", "0")
        return typed == expected.replace("O", "0") or self.wrote_it.isChecked()


class CreateVaultWizard(QWizard):
    """Emits ``created(vault)`` with the new vault unlocked, or ``abandoned()``."""

    created = Signal(object)
    abandoned = Signal()

    def __init__(
        self,
        data_dir: Path,
        clipboard: SensitiveClipboard,
        *,
        kind: str = "real",
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("create_wizard")
        self.data_dir = data_dir
        self.clipboard = clipboard
        self._kind = kind
        self._kdf = kdf  # None: calibrate on this machine (tests inject the minimum)
        self.vault: Vault | None = None
        self.recovery_code = ""
        self.passphrase_page = PassphrasePage(self)
        self.code_page = RecoveryCodePage(self)
        self.confirm_page = ConfirmCodePage(self)
        for page in (self.passphrase_page, self.code_page, self.confirm_page):
            self.addPage(page)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(620, 460)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Outreach Desk - create your vault"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("I &wrote it down"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start working"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def start_creation(self, passphrase: str) -> None:
        data_dir, kdf, kind = self.data_dir, self._kdf, self._kind
        run_in_background(
            lambda: Vault.create(data_dir, passphrase, kdf=kdf, kind=kind),
            self._created,
            lambda error: self.passphrase_page.creation_failed(describe_error(error)),
            context=self,
        )

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self.recovery_code = result
        self.passphrase_page.creation_failed("")  # clears the busy state
        self.next()

    def accept(self) -> None:
        vault, self.vault = self.vault, None
        self.recovery_code = ""
        super().accept()
        if vault is not None:
            self.created.emit(vault)

    def reject(self) -> None:
        if self.vault is not None:
            # The vault exists and the passphrase opens it; only the code was not confirmed.
            self.vault.close()
            self.vault = None
        self.recovery_code = ""
        super().reject()
        self.abandoned.emit()
