"""Test-wide setup: Qt without a display, and no test ever touches a real user's data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("OUTREACH_DESK_PASSPHRASE", None)

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("OUTREACH_DESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED_DIR.is_dir():
        pytest.skip(f"../shared is not beside this clone ({SHARED_DIR}); it holds reference files")
    return SHARED_DIR


@pytest.fixture(autouse=True)
def _english_interface_after_each_test():
    """A test that switches the interface language must not leave it switched: translators
    and layout direction belong to the one QApplication every test shares."""
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        from outreach_desk.ui.i18n import install_translators

        install_translators(app, "en")
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
