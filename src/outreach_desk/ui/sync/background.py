"""Sync off the GUI thread, with progress, and the automatic sync loop.

`SyncJob` runs `service.sync_now` through `run_in_background` (the same pool every screen
uses); progress messages travel back through a queued signal. `AutoSync` decides when to try:
QNetworkInformation (when the platform offers a backend) only hints that a network exists,
a real request (`transport.probe()`, inside the sync) confirms it; after a failure it waits
30 s, then twice as long each time, up to 15 minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QObject, QTimer, Signal

from outreach_desk.core.session import Session
from outreach_desk.core.sync import service, settings
from outreach_desk.core.sync.syncrun import SyncReport
from outreach_desk.ui.workers import run_in_background

FIRST_RETRY_S: Final = 30
MAX_RETRY_S: Final = 15 * 60
AFTER_SUCCESS_S: Final = 5 * 60


def retry_delay(failures: int) -> int:
    """Seconds to wait after `failures` failed attempts in a row (0 = all went well)."""
    if failures <= 0:
        return AFTER_SUCCESS_S
    return int(min(MAX_RETRY_S, FIRST_RETRY_S * 2 ** (failures - 1)))


class SyncJob(QObject):
    """One sync pass in the background. Emits `progress(str)` then `finished(report)` or
    `failed(error)` on the GUI thread."""

    progress = Signal(str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.running = False

    def start(self) -> bool:
        """False when a pass is already running or no target is set."""
        target = settings.load_target(self._session)
        if self.running or target is None:
            return False
        self.running = True
        transport = settings.open_transport(target)
        session, say = self._session, self.progress.emit

        def work() -> SyncReport:
            try:
                return service.sync_now(session, transport, progress=say)
            finally:
                settings.close_transport(transport)

        run_in_background(work, self._done, self._error, context=self)
        return True

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self.finished.emit(report)

    def _error(self, error: BaseException) -> None:
        self.running = False
        self.failed.emit(error)


class AutoSync(QObject):
    """Tries a sync when due; `attempt` is called on the GUI thread and must return whether
    a pass was started. Call `report(ok)` when that pass ends."""

    def __init__(self, attempt: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.failures = 0
        self.enabled = False
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self._due)
        self._network: Any = _network_information()
        if self._network is not None:
            self._network.reachabilityChanged.connect(self._reachability_changed)

    def start(self) -> None:
        self.enabled = True
        self._schedule(FIRST_RETRY_S)

    def stop(self) -> None:
        self.enabled = False
        self.timer.stop()

    def report(self, ok: bool) -> None:
        """After any pass (also "Sync now"): the next automatic one, if switched on."""
        self.failures = 0 if ok else self.failures + 1
        if self.enabled:
            self._schedule(retry_delay(self.failures))

    def network_says_offline(self) -> bool:
        if self._network is None:
            return False  # no hint on this platform: the probe decides
        from PySide6.QtNetwork import QNetworkInformation

        reachability = self._network.reachability()
        return bool(reachability == QNetworkInformation.Reachability.Disconnected)

    def _due(self) -> None:
        if self.network_says_offline():
            self.report(False)
        elif not self._attempt():
            self._schedule(retry_delay(max(1, self.failures)))

    def _reachability_changed(self, _reachability: object) -> None:
        if self.enabled and not self.network_says_offline():
            self.failures = 0
            self._schedule(2)  # back online: try soon, not in 15 minutes

    def _schedule(self, seconds: int) -> None:
        self.timer.start(seconds * 1000)


def _network_information() -> Any:
    """The platform's network hint, or None (no backend offscreen, in containers...)."""
    try:
        from PySide6.QtNetwork import QNetworkInformation

        if not QNetworkInformation.loadDefaultBackend():
            return None
        return QNetworkInformation.instance()
    except Exception:  # a missing plugin must never break the Sync screen
        return None
