"""The unlock window: passphrase, or the recovery code (then a new passphrase is chosen).

Opening runs off the GUI thread: Argon2id takes a moment and, after failed tries, the
core waits longer each time; the window stays responsive and says why it waits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.errors import VaultCorrupt
from outreach_desk.core.paths import vault_file
from outreach_desk.ui.errors import describe_error
from outreach_desk.ui.workers import run_in_background

if TYPE_CHECKING:  # the vault and crypto load on a worker thread, after the window shows
    from outreach_desk.core.crypto import KdfParams
    from outreach_desk.core.session import Session


def _open_session(data_dir: Path, secret: str, with_code: bool) -> Session:
    """Worker-thread body: derive the key, open the vault, build the search index."""
    from outreach_desk.core.session import Session
    from outreach_desk.core.vault import Vault

    opener = Vault.open_with_recovery_code if with_code else Vault.open
    session = Session(opener(data_dir, secret))
    _ = session.search_index  # built here so the GUI thread never waits for it
    return session


class UnlockDialog(QDialog):
    """Emits ``unlocked(session)``; the caller owns the session from then on."""

    unlocked = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        *,
        prefilled: str = "",
        kdf: KdfParams | None = None,
        open_training: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        # "Open training": fictional families for workshops, never beside a real vault.
        self.training_button = QPushButton(objectName="open_training", visible=bool(open_training))
        if open_training is not None:
            self.training_button.clicked.connect(open_training)
        self.data_dir = data_dir
        self._kdf = kdf
        self._with_code = False
        self._recovered: Session | None = None
        self._remaining = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._build(prefilled)
        self.retranslate_ui()

    def _build(self, prefilled: str) -> None:
        self.intro = QLabel(wordWrap=True)
        self.secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.secret.setObjectName("unlock_secret")
        self.secret.setText(prefilled)
        self.demo_note = QLabel(wordWrap=True, visible=bool(prefilled))
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        self.unlock_button = QPushButton(default=True, objectName="unlock_button")
        self.toggle_code = QPushButton(flat=True, objectName="use_recovery_code")
        self.busy = QProgressBar(minimum=0, maximum=0, visible=False)
        self.error = QLabel(wordWrap=True, objectName="unlock_error")
        self.error.setStyleSheet("color: #b00020")
        self.restore_button = QPushButton(visible=False, objectName="restore_backup")
        self.new_intro = QLabel(wordWrap=True)
        self.save_passphrase = QPushButton(objectName="save_new_passphrase")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._unlock_page())
        self.pages.addWidget(QWidget())  # the new-passphrase page, built when needed
        QVBoxLayout(self).addWidget(self.pages)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.secret.returnPressed.connect(self.try_unlock)
        self.toggle_code.clicked.connect(self._toggle_code)
        self.restore_button.clicked.connect(self._restore_backup)
        self.save_passphrase.clicked.connect(self._save_new_passphrase)
        self.setMinimumWidth(460)

    def _unlock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        form = QFormLayout()
        form.addRow(self.secret_label, self.secret)
        layout.addLayout(form)
        layout.addWidget(self.demo_note)
        for widget in (self.unlock_button, self.toggle_code, self.busy, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.training_button)
        return page

    def _show_new_passphrase_page(self) -> None:
        from outreach_desk.ui.passphrase_fields import PassphraseFields

        self.new_passphrase = PassphraseFields()
        self.new_passphrase.changed.connect(self._update_save_enabled)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.new_intro)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.save_passphrase)
        self.save_passphrase.setEnabled(False)
        old = self.pages.widget(1)
        if old is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        self.pages.addWidget(page)
        self.pages.setCurrentIndex(1)
        self.new_passphrase.passphrase.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Outreach Desk - unlock"))
        self.training_button.setText(self.tr("Open &training (fictional families, for workshops)"))
        if self._with_code:
            self.intro.setText(
                self.tr("Type the recovery code you wrote down when you created the vault.")
            )
            self.secret_label.setText(self.tr("Recovery &code:"))
            self.toggle_code.setText(self.tr("Use my &passphrase instead"))
        else:
            self.intro.setText(self.tr("Your vault is locked. Type your passphrase to open it."))
            self.secret_label.setText(self.tr("&Passphrase:"))
            self.toggle_code.setText(self.tr("I forgot my passphrase: use the &recovery code"))
        self.demo_note.setText(
            self.tr("This is the demo vault: its public passphrase is filled in for you.")
        )
        self.unlock_button.setText(self.tr("&Unlock"))
        self.restore_button.setText(self.tr("&Restore the last backup..."))
        self.new_intro.setText(
            self.tr("You opened the vault with the recovery code. Choose a new passphrase now.")
        )
        self.save_passphrase.setText(self.tr("&Save the new passphrase"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---- unlocking --------------------------------------------------------------------
    def try_unlock(self) -> None:
        secret = self.secret.text()
        if not secret or self.busy.isVisible():
            return
        self._set_busy(True)
        self.restore_button.hide()
        from outreach_desk.core.vault import failed_attempts, unlock_delay

        delay = unlock_delay(failed_attempts(vault_file(self.data_dir)))
        self.error.setText(
            self.tr("Several wrong tries: waiting {0} seconds before checking...").format(
                int(delay)
            )
            if delay
            else ""
        )
        data_dir, with_code = self.data_dir, self._with_code
        run_in_background(
            lambda: _open_session(data_dir, secret, with_code),
            self._opened,
            self._failed,
            context=self,
        )

    def _opened(self, session: Session) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.error.clear()
        if self._with_code:
            self._recovered = session
            self._show_new_passphrase_page()
            return
        self.unlocked.emit(session)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(describe_error(error))
        self.secret.selectAll()
        self.secret.setFocus()
        from outreach_desk.core.backup import latest_backup

        if isinstance(error, VaultCorrupt) and latest_backup(self.data_dir) is not None:
            self.restore_button.show()

    def _start_countdown(self, seconds: int) -> None:
        """The core waits longer after each wrong try; say so, second by second."""
        self._remaining = seconds
        self._tick()
        if seconds:
            self._countdown.start()

    def _tick(self) -> None:
        if self._remaining <= 0:
            self._countdown.stop()
            self.error.clear()
            return
        self.error.setText(
            self.tr("Several wrong tries: waiting {0} seconds before checking...").format(
                self._remaining
            )
        )
        self._remaining -= 1

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._countdown.stop()
        self.busy.setVisible(busy)
        for widget in (self.secret, self.unlock_button, self.toggle_code):
            widget.setEnabled(not busy)

    def _toggle_code(self) -> None:
        self._with_code = not self._with_code
        self.secret.clear()
        self.secret.setEchoMode(
            QLineEdit.EchoMode.Normal if self._with_code else QLineEdit.EchoMode.Password
        )
        self.demo_note.hide()
        self.error.clear()
        self.retranslate_ui()
        self.secret.setFocus()

    # ---- after the recovery code: a new passphrase ------------------------------------
    def _update_save_enabled(self) -> None:
        self.save_passphrase.setEnabled(self.new_passphrase.is_acceptable())

    def _save_new_passphrase(self) -> None:
        session, passphrase, kdf = self._recovered, self.new_passphrase.value(), self._kdf
        if session is None or not self.new_passphrase.is_acceptable():
            return
        self.save_passphrase.setEnabled(False)
        run_in_background(
            lambda: session.vault.change_passphrase(passphrase, kdf),
            lambda _: self._passphrase_changed(session),
            lambda error: self.new_intro.setText(describe_error(error)),
            context=self,
        )

    def _passphrase_changed(self, session: Session) -> None:
        self._recovered = None
        self.pages.setCurrentIndex(0)
        self._with_code = False
        self.retranslate_ui()
        self.unlocked.emit(session)

    # ---- damaged vault ----------------------------------------------------------------
    def confirm_restore(self, backup: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore the last backup?"),
            self.tr(
                "The vault will be replaced by the backup {0}. Notes written after that "
                "backup will be missing. The damaged file is kept aside, not deleted."
            ).format(backup.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _restore_backup(self) -> None:
        from outreach_desk.core.backup import latest_backup, restore_backup

        backup = latest_backup(self.data_dir)
        if backup is None or not self.confirm_restore(backup):
            return
        data_dir = self.data_dir
        self._set_busy(True)
        run_in_background(
            lambda: restore_backup(data_dir, backup),
            self._restored,
            self._failed,
            context=self,
        )

    def _restored(self, aside: Path) -> None:
        self._set_busy(False)
        self.restore_button.hide()
        self.error.setText(
            self.tr(
                "The backup was restored. The damaged file was kept as {0}. Unlock now."
            ).format(aside.name)
        )
