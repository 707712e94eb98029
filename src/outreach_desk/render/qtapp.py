"""A Qt GUI application object for code that renders without showing windows (CLI, tests)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_app: QGuiApplication | None = None


def _has_display() -> bool:
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui_app() -> QGuiApplication:
    """Return the running QGuiApplication, creating an offscreen one when none exists.

    Fonts and text layout need a QGuiApplication. The GUI creates its own QApplication first;
    the CLI and tests come here, and on a machine without a display Qt must not try to open one.
    """
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError(
            "a QCoreApplication without GUI support is running; documents need a QGuiApplication"
        )
    if not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not a bare QGuiApplication): if widgets are needed later in the same
    # process (the GUI, pytest-qt), Qt allows only one application object for its lifetime.
    from PySide6.QtWidgets import QApplication

    _app = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "outreach-desk"])
    return _app
