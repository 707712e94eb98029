"""Run slow core calls (Argon2id, index build, restore) off the GUI thread.

The worker never touches a widget: it only calls the core function, then the result
or the error travels back to the GUI thread through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_running: set[_Relay] = set()  # keep relays alive until their result was delivered


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        context: QObject | None,
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._context = context
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, value: Any) -> None:
        if self._finish():
            self._on_done(value)

    @Slot(object)
    def _deliver_error(self, error: Any) -> None:
        if self._finish():
            self._on_error(error)

    def _finish(self) -> bool:
        _running.discard(self)
        self.deleteLater()
        return self._context is None or shiboken6.isValid(self._context)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    context: QObject | None = None,
) -> None:
    """Call ``work()`` on a pool thread; ``on_done``/``on_error`` run on the GUI thread.

    Pass ``context`` (the widget that waits) so the callbacks are dropped if it was
    destroyed meanwhile.
    """
    relay = _Relay(on_done, on_error, context)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Job(work, relay))
