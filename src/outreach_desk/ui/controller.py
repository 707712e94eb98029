"""Which window is on screen: create-vault wizard, unlock dialog or main window.

It owns the session while unlocked and is the only place that locks: on demand (Ctrl+L),
after idle time, or when the window closes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from outreach_desk.core.paths import vault_file
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.i18n import install_translators, system_language
from outreach_desk.ui.idle import IdleWatcher
from outreach_desk.ui.settings import Settings
from outreach_desk.ui.unlock import UnlockDialog
from outreach_desk.ui.workers import run_in_background

if TYPE_CHECKING:
    from outreach_desk.core.crypto import KdfParams
    from outreach_desk.core.session import Session
    from outreach_desk.core.vault import Vault
    from outreach_desk.ui.actions import ActionRegistry
    from outreach_desk.ui.create_wizard import CreateVaultWizard
    from outreach_desk.ui.main_window import MainWindow
    from outreach_desk.ui.training.entry import TrainingLauncher

# Imported on a worker thread while the unlock window waits for the passphrase: the first
# window appears sooner (start-up target: <= 1.3x a bare Qt window) and unlocking is quick.
_PRELOAD = ("outreach_desk.core.session", "outreach_desk.ui.main_window")


def _preload() -> None:
    for name in _PRELOAD:
        importlib.import_module(name)


class AppController(QObject):
    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        *,
        kind: str = "real",
        prefilled_passphrase: str = "",
        kdf: KdfParams | None = None,
        preload: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._preload = preload
        self.data_dir = data_dir
        self.settings = settings
        self._kind = kind
        self._prefilled = prefilled_passphrase
        self._kdf = kdf
        self._actions: ActionRegistry | None = None  # built at first unlock (start-up time)
        self.clipboard = SensitiveClipboard(settings.get("clipboard_clear_seconds"), self)
        self.idle = IdleWatcher(settings.get("auto_lock_minutes"), self)
        self.idle.idle.connect(self.lock)
        self.session: Session | None = None
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.wizard: CreateVaultWizard | None = None
        self._training: TrainingLauncher | None = None

    @property
    def actions(self) -> ActionRegistry:
        if self._actions is None:
            from outreach_desk.ui.actions import ActionRegistry

            self._actions = ActionRegistry(self)
        return self._actions

    def start(self) -> QWidget:
        """Show the first window: the wizard on first start, else the unlock dialog."""
        if vault_file(self.data_dir).exists():
            return self.show_unlock()
        return self.show_wizard()

    def show_wizard(self) -> CreateVaultWizard:
        """First run: language, the vault, then optional training, contacts and sync.
        Demo and training vaults are never created here (they have their own builders)."""
        if self._kind == "real":
            from outreach_desk.ui.first_run import FirstRunWizard

            language = self.settings.get("language") or system_language()
            first_run = FirstRunWizard(
                self.data_dir, self.clipboard, language=language, kdf=self._kdf
            )
            first_run.language_changed.connect(self.set_language)
            self.wizard = first_run
        else:
            from outreach_desk.ui.create_wizard import CreateVaultWizard

            self.wizard = CreateVaultWizard(
                self.data_dir, self.clipboard, kind=self._kind, kdf=self._kdf
            )
        self.wizard.created.connect(self._vault_created)
        self.wizard.abandoned.connect(self._wizard_abandoned)
        self.wizard.show()
        return self.wizard

    def show_unlock(self) -> UnlockDialog:
        dialog = UnlockDialog(
            self.data_dir,
            prefilled=self._prefilled,
            kdf=self._kdf,
            open_training=self.open_training if self._kind == "real" else None,
        )
        dialog.unlocked.connect(self._unlocked)
        dialog.rejected.connect(self._unlock_cancelled)
        self.unlock_dialog = dialog
        dialog.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns on raise()
            dialog.raise_()
        dialog.secret.setFocus()
        if self._preload:
            run_in_background(_preload, lambda _: None, lambda _: None)
        return dialog

    # ---- transitions ------------------------------------------------------------------
    @property
    def training(self) -> TrainingLauncher:
        """Built on first use: the start window stays fast for everyone else."""
        if self._training is None:
            from outreach_desk.ui.training.entry import install_training

            self._training = install_training(self)
        return self._training

    def open_training(self) -> None:
        """The start window's "Open training": the real vault is locked first."""
        self.training.open_training()

    def _vault_created(self, vault: Vault) -> None:
        from outreach_desk.core.session import Session

        wizard, self.wizard = self.wizard, None
        choices = getattr(wizard, "choices", None)
        if wizard is not None:
            wizard.deleteLater()
        session = Session(vault)
        if choices is not None and choices.sync_folder:
            from outreach_desk.core.sync.settings import save_folder_target

            save_folder_target(session, choices.sync_folder)
        if choices is not None and choices.open_training:
            session.lock()
            self.open_training()
            return
        # The index of an empty vault is instant, but keep the rule: build it off-thread.
        run_in_background(lambda: session.search_index, lambda _: self._unlocked(session), print)

    def _wizard_abandoned(self) -> None:
        self.wizard = None
        if vault_file(self.data_dir).exists():
            self.show_unlock()
        else:
            QApplication.quit()

    def _unlock_cancelled(self) -> None:
        if self.session is None:
            QApplication.quit()

    def _unlocked(self, session: Session) -> None:
        from outreach_desk.ui.actions import ActionId
        from outreach_desk.ui.main_window import MainWindow

        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        self.session = session
        self.actions.disconnect_all()
        for action in self.actions.all():
            action.setEnabled(True)
        self.actions.connect_action(ActionId.LOCK, self.lock)
        self.actions.connect_action(ActionId.QUIT, self.quit)
        self._connect_languages()
        self.window = MainWindow(
            session,
            self.actions,
            self.clipboard,
            autosave_seconds=self.settings.get("autosave_seconds"),
        )
        self.window.closing.connect(self.quit)
        geometry = self.settings.get("window_geometry")
        if geometry:
            self.window.restoreGeometry(QByteArray(geometry))
        self.window.show()
        self.idle.start()
        self.unlocked.emit()

    def _connect_languages(self) -> None:
        from outreach_desk.ui.actions import LANGUAGE_ACTIONS

        current = self.settings.get("language") or system_language()
        for action_id, code in LANGUAGE_ACTIONS.items():
            self.actions[action_id].setChecked(code == current)
            self.actions.connect_action(action_id, self._language_toggled(code))

    def _language_toggled(self, code: str) -> Callable[[bool], None]:
        def toggled(checked: bool) -> None:
            if checked:
                self.set_language(code)

        return toggled

    def set_language(self, code: str) -> None:
        """Switch language live: every widget gets LanguageChange and retranslates."""
        self.settings.set("language", code)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translators(app, code)

    def lock(self) -> None:
        """Seal the draft, drop every model and key, and show the unlock dialog again."""
        if self.session is None:
            return
        self.idle.stop()
        self._drop_window()
        self.show_unlock()
        self.locked.emit()

    def quit(self) -> None:
        self.shutdown()
        QApplication.quit()

    def shutdown(self) -> None:
        """Lock and close every window (quit, and test teardown)."""
        self.idle.stop()
        self._drop_window()
        for widget in (self.unlock_dialog, self.wizard):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.unlock_dialog = self.wizard = None

    def _drop_window(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            self.settings.set("window_geometry", window.saveGeometry().data())
            window.lock()
            window.closing.disconnect()
            window.hide()
            window.deleteLater()
        if self._actions is not None:
            self._actions.disconnect_all()
        session, self.session = self.session, None
        if session is not None:
            session.lock()
        self.clipboard.clear_now()
