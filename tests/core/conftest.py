from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

PASSPHRASE = "a long test passphrase"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[Vault]:
    created, _code = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams())
    yield created
    if created.is_open:
        created.close()


@pytest.fixture
def session(vault: Vault) -> Session:
    return Session(vault)
