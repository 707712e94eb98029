"""A training vault per test (seeded from the bundled pack) and the Training page over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from outreach_desk.core.session import Session
from outreach_desk.ui.training.entry import open_training_session
from outreach_desk.ui.training.page import TrainingPage


@pytest.fixture(autouse=True)
def _english_content() -> Iterator[None]:
    """Cases follow the interface language; tests start in English whatever the machine."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def base_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def training_session(base_dir: Path) -> Iterator[Session]:
    session = open_training_session(base_dir)
    yield session
    session.lock()


@pytest.fixture
def page(qtbot, training_session: Session) -> TrainingPage:
    widget = TrainingPage(training_session)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def bundled_fonts() -> None:
    """Noto Sans Arabic and Latin, as the app loads them, so screenshots look like the app."""
    try:
        from outreach_desk.render.fonts import load_bundled_fonts
    except ImportError:
        return
    load_bundled_fonts()
