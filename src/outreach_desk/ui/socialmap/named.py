"""``named(QLabel(), "stale_marker")``: an object name for tests and style sheets, typed."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

_Q = TypeVar("_Q", bound=QObject)


def named(obj: _Q, name: str) -> _Q:
    obj.setObjectName(name)
    return obj
