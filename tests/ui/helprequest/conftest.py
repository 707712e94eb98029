"""A fresh vault with one family (two children), and the main window over it, so the
help-request and follow-up tabs are tested where the worker uses them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from outreach_desk.core.casefile import Member
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault
from outreach_desk.ui.actions import ActionRegistry
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.helprequest.page import HelpRequestPage
from outreach_desk.ui.main_window import MainWindow

PASSPHRASE = "long test passphrase"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    vault, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams())
    opened = Session(vault)
    yield opened
    if opened.vault.is_open:
        opened.lock()


@pytest.fixture
def family_id(session: Session) -> str:
    family = session.families.add(
        "Family Rose",
        members=(Member.parent(), Member.child(2021, "Amira"), Member.child(2015)),
        languages=("ar", "fr"),
        municipality="Schaerbeek",
        residence="undocumented",
    )
    return family.id


@pytest.fixture
def window(qtbot, session: Session, family_id: str) -> Iterator[MainWindow]:
    actions = ActionRegistry()
    clipboard = SensitiveClipboard()
    main = MainWindow(session, actions, clipboard)
    qtbot.addWidget(main)
    main.resize(1280, 760)
    main.show()
    yield main
    main.lock()


@pytest.fixture
def page(qtbot, session: Session, family_id: str) -> Iterator[HelpRequestPage]:
    widget = HelpRequestPage(session, SensitiveClipboard())
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.show_family(family_id)
    yield widget
    widget.lock()


def analyse(qtbot, page: HelpRequestPage, text: str) -> None:
    """Type the worries and read them now, as the worker's pause would; wait until read."""
    before = page.flow.draft.analysis
    page.worries.worries.setPlainText(text)
    page.worries.analyse_now()
    qtbot.waitUntil(lambda: page.flow.draft.analysis is not before, timeout=10_000)
    qtbot.waitUntil(lambda: page.flow.draft.worries == text)
