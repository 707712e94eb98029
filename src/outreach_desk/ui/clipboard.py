"""Copying sensitive text (a recovery code, a note) leaves it on the clipboard where any
program can read it; clear it after a while, but only if it still holds what we put there."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication


class SensitiveClipboard(QObject):
    cleared = Signal()

    def __init__(self, seconds: float = 30.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        self._copied: str | None = None
        self.set_seconds(seconds)

    def set_seconds(self, seconds: float) -> None:
        self._timer.setInterval(max(1, int(seconds * 1000)))

    @property
    def seconds(self) -> float:
        return self._timer.interval() / 1000

    def copy(self, text: str) -> None:
        self._clipboard().setText(text)
        self._copied = text
        self._timer.start()

    def clear_now(self) -> None:
        """Clear if the clipboard still holds our text; someone else's copy is left alone."""
        self._timer.stop()
        if self._copied is not None and self._clipboard().text() == self._copied:
            self._clipboard().clear()
            self.cleared.emit()
        self._copied = None

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()
