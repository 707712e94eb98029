"""A fresh vault and an interpreters page over it, torn down in order (page, then vault)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault
from outreach_desk.ui.interpreters import InterpretersPage

PASSPHRASE = "long test passphrase"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    vault, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams())
    opened = Session(vault)
    yield opened
    if opened.vault.is_open:
        opened.lock()


@pytest.fixture
def page(qtbot, session: Session) -> Iterator[InterpretersPage]:
    made = InterpretersPage(session)
    qtbot.addWidget(made)
    made.resize(1280, 760)
    made.show()
    yield made
    made.lock()
