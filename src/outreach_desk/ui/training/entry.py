"""Opening (and rebuilding) the training vault from the GUI.

The training vault is never open beside a real one: the launcher locks whatever is open
first, then opens training on a worker thread (Argon2id) and hands the session to the
window controller, which shows it with the TRAINING banner like any other vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from outreach_desk.core.paths import training_dir
from outreach_desk.ui.errors import describe_error
from outreach_desk.ui.texts import current_language
from outreach_desk.ui.workers import run_in_background

if TYPE_CHECKING:
    from outreach_desk.core.session import Session
    from outreach_desk.core.vault import Vault
    from outreach_desk.ui.main_window import MainWindow

# The languages the bundled cases are written in; other interface languages seed in English.
_CONTENT_LANGS = ("en", "nl", "fr")


def content_language() -> str:
    """The language fictional cases are shown and seeded in: the interface's, if cases have it."""
    lang = current_language()
    return lang if lang in _CONTENT_LANGS else "en"


def open_training_session(data_dir: Path, lang: str = "en") -> Session:
    """Worker-thread body: open the training vault beside ``data_dir`` (building it from the
    scenario packs the first time) and build its search index."""
    from outreach_desk.core.session import Session
    from outreach_desk.core.training.vault_seed import open_training_vault

    session = Session(open_training_vault(data_dir, lang))
    _ = session.search_index  # built here so the GUI thread never waits for it
    return session


def reset_and_open_training(data_dir: Path, lang: str = "en") -> Session:
    """Worker-thread body: throw the (closed) training vault away, rebuild it, open it."""
    from outreach_desk.core.training.vault_seed import reset_training_vault

    reset_training_vault(data_dir, lang=lang)
    return open_training_session(data_dir, lang)


def base_data_dir(vault: Vault) -> Path:
    """The real data folder the training vault sits in (packs are imported there)."""
    base = vault.data_dir.parent
    return base if training_dir(base) == vault.data_dir else vault.data_dir


class TrainingLauncher(QObject):
    """Opens training mode and rebuilds it, through the window controller's own calls.

    ``is_open`` says whether any vault is unlocked now, ``lock`` closes it (the controller's
    ``lock``), ``show_session`` shows an opened session in the main window (the controller's
    ``_unlocked``). Passed in, so this works with the controller as it is."""

    opened = Signal(object)  # the training Session
    failed = Signal(str)  # what to tell the trainer

    def __init__(
        self,
        data_dir: Path,
        *,
        is_open: Callable[[], bool],
        lock: Callable[[], None],
        show_session: Callable[[Session], None],
        show_errors: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._is_open = is_open
        self._lock = lock
        self._show_session = show_session
        self._show_errors = show_errors
        self.busy = False

    def open_training(self) -> None:
        """The unlock window's "Open training" button."""
        self._start(open_training_session)

    def reset_training_vault(self) -> None:
        """The training page's "Reset the whole training vault": close, rebuild, reopen."""
        self._start(reset_and_open_training)

    def _start(self, work: Callable[[Path, str], Session]) -> None:
        if self.busy:
            return
        if self._is_open():
            self._lock()  # the real (or training) vault closes before training opens
        self.busy = True
        data_dir, lang = self.data_dir, content_language()
        run_in_background(lambda: work(data_dir, lang), self._opened, self._failed, context=self)

    def _opened(self, session: Session) -> None:
        self.busy = False
        if self._is_open():
            # Someone unlocked a vault while training was opening: two must never be open.
            session.lock()
            self._failed_with(
                QCoreApplication.translate(
                    "Training", "Another vault was opened meanwhile; training mode was not opened."
                )
            )
            return
        self._show_session(session)
        self.opened.emit(session)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self._failed_with(describe_error(error))

    def _failed_with(self, text: str) -> None:
        self.failed.emit(text)
        if self._show_errors:
            QMessageBox.warning(None, QCoreApplication.translate("Training", "Training mode"), text)


class OpenTrainingButton(QPushButton):
    """The start window's "Open training" button: one line to add to a layout."""

    def __init__(self, launcher: TrainingLauncher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("open_training")
        self.launcher = launcher
        self.clicked.connect(self._open)
        launcher.opened.connect(lambda _session: self.setEnabled(True))
        launcher.failed.connect(lambda _text: self.setEnabled(True))
        self.retranslate_ui()

    def _open(self) -> None:
        self.setEnabled(False)  # until the training vault opened (or could not)
        self.launcher.open_training()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Open &training (fictional families)"))
        self.setToolTip(
            self.tr(
                "Opens the separate training vault for workshops. Your own vault stays "
                "locked and is not touched."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class _Controller(Protocol):
    """What ``install_training`` needs from ``ui.controller.AppController``."""

    data_dir: Path
    session: Session | None
    window: MainWindow | None
    unlocked: SignalInstance

    def lock(self) -> None: ...

    def _unlocked(self, session: Session) -> None: ...


def install_training(controller: _Controller) -> TrainingLauncher:
    """A launcher wired to the window controller: "Open training" locks whatever is open
    first, and the Training tab's "Reset the whole training vault" closes, rebuilds and
    reopens the training vault through it."""
    launcher = TrainingLauncher(
        controller.data_dir,
        is_open=lambda: controller.session is not None,
        lock=controller.lock,
        show_session=controller._unlocked,
        parent=controller if isinstance(controller, QObject) else None,
    )

    def connect_reset() -> None:
        page = controller.window.page("training") if controller.window is not None else None
        reset = getattr(page, "reset_requested", None)
        if reset is not None:
            reset.connect(launcher.reset_training_vault)

    controller.unlocked.connect(connect_reset)
    return launcher
