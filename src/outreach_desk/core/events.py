"""Change notifications from the core: the GUI's models and the search index listen here
(the core reports changes, models relay them; no Qt in the core)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    kind: str  # "family", "note", "draft", "record:<kind>"
    record_id: str
    family_id: str | None
    hlc: str
    # A note written on this laptop: its new current text, so the in-memory search index
    # need not read it back and decrypt it. Never stored (the change log keeps ids only).
    current_text: str | None = field(default=None, repr=False, compare=False)


Listener = Callable[[Change], None]


class EventHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock_listeners: list[Callable[[], None]] = []
        self._pending: list[Change] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def on_locked(self, listener: Callable[[], None]) -> None:
        self._lock_listeners.append(listener)

    def queue(self, change: Change) -> None:
        self._pending.append(change)

    def flush(self) -> None:
        """Deliver changes only once their transaction committed."""
        pending, self._pending = self._pending, []
        for change in pending:
            for listener in list(self._listeners):
                listener(change)

    def discard(self) -> None:
        self._pending.clear()

    def emit_locked(self) -> None:
        self._pending.clear()
        for listener in list(self._lock_listeners):
            listener()
