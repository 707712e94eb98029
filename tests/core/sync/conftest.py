from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.identity import DeviceIdentity

# Loaded by path: the suite runs with --import-mode=importlib (tests are not a package), and
# the same file is started as a script when a test needs a server it can kill.
DAV_SCRIPT = Path(__file__).with_name("sync_davserver.py")
_spec = importlib.util.spec_from_file_location("sync_davserver", DAV_SCRIPT)
assert _spec is not None and _spec.loader is not None
davserver = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(davserver)
USER, PASSWORD, DavServer = davserver.USER, davserver.PASSWORD, davserver.DavServer


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
    return {
        name: ContactCard.for_identity(ident, name.title()) for name, ident in identities.items()
    }
