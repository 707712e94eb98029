"""A fresh vault and a social map page over it, torn down in order (page, then vault)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault
from outreach_desk.ui.socialmap import SocialMapPage

PASSPHRASE = "long test passphrase"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def session(vault_dir: Path) -> Iterator[Session]:
    vault, _code = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams())
    opened = Session(vault)
    yield opened
    if opened.vault.is_open:
        opened.lock()


@pytest.fixture
def make_page(qtbot) -> Iterator[Callable[[Session], SocialMapPage]]:
    pages: list[SocialMapPage] = []

    def make(session: Session) -> SocialMapPage:
        page = SocialMapPage(session)
        qtbot.addWidget(page)
        page.resize(1280, 760)
        page.show()  # the map is opened on first show
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.lock()


@pytest.fixture
def page(session: Session, make_page) -> SocialMapPage:
    return make_page(session)
