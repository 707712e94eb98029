from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.identity import DeviceIdentity

# Helpers are loaded by path: the suite runs with --import-mode=importlib (tests are not a
# package), and the DAV server file is also started as a script when a test must kill it.
DAV_SCRIPT = Path(__file__).with_name("sync_davserver.py")


def _load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


davserver = _load("sync_davserver")
syncworld_module = _load("syncworld")
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


@pytest.fixture
def syncworld() -> Any:
    return syncworld_module


@pytest.fixture
def duo(tmp_path: Path) -> Iterator[list[Any]]:
    laptops = syncworld_module.make_laptops(tmp_path, ["sara", "youssef"])
    yield laptops
    for laptop in laptops:
        laptop.session.lock()
