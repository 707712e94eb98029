from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.identity import DeviceIdentity
from sync_davserver import PASSWORD, USER, DavServer


@pytest.fixture
def dav_server(tmp_path: Path) -> Iterator[DavServer]:
    root = tmp_path / "dav-root"
    root.mkdir()
    server = DavServer(root)
    yield server
    server.stop()


@pytest.fixture
def dav_credentials() -> tuple[str, str]:
    return USER, PASSWORD


@pytest.fixture(scope="session")
def identities() -> dict[str, DeviceIdentity]:
    """Key generation is slow-ish (ML-KEM); share four identities across the session."""
    return {name: DeviceIdentity.generate() for name in ("sara", "youssef", "lotte", "eve")}


@pytest.fixture(scope="session")
def cards(identities: dict[str, DeviceIdentity]) -> dict[str, ContactCard]:
    return {name: ContactCard.for_identity(ident, name.title()) for name, ident in identities.items()}
