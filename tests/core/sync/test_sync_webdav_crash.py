"""The WebDAV server dies mid-upload; canary strings never reach the server's disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from outreach_desk.core.sync.bundle import open_bundle, seal_bundle
from outreach_desk.core.sync.errors import TransportUnreachable
from outreach_desk.core.sync.payload import Operation
from outreach_desk.core.sync.transport import new_bundle_name
from outreach_desk.core.sync.transport_webdav import WebDavTransport

DAV_SCRIPT = Path(__file__).with_name("sync_davserver.py")


class DavProcess:
    """The WebDAV server in its own process, so a test can SIGKILL it like a power cut."""

    def __init__(self, root: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(DAV_SCRIPT), str(root)], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        port = int(self.process.stdout.readline())
        self.url = f"http://127.0.0.1:{port}/dav/"

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


@pytest.fixture
def dav_root(tmp_path: Path) -> Path:
    root = tmp_path / "dav-root"
    root.mkdir()
    return root


@pytest.fixture
def dav_process(dav_root: Path) -> Iterator[DavProcess]:
    server = DavProcess(dav_root)
    yield server
    server.kill()


def test_server_killed_mid_upload_leaves_no_final_file_and_next_upload_completes(
    dav_root, dav_process, dav_credentials
):
    name = new_bundle_name()
    data = os.urandom(48 * 1024 * 1024)
    progress_seen: list[int] = []

    def kill_at_a_quarter(sent: int, total: int) -> None:
        progress_seen.append(sent)
        if sent >= total // 4:
            dav_process.kill()

    transport = WebDavTransport(dav_process.url, *dav_credentials, timeout=20)
    with (
        transport,
        pytest.raises(TransportUnreachable, match=r"could not be reached|did not answer"),
    ):
        transport.upload(name, data, progress=kill_at_a_quarter)
    assert max(progress_seen) < len(data)
    assert not (dav_root / name).exists()
    partial = dav_root / f"{name}.part"
    # The server really was cut off mid-file: its half-written upload sits under .part only.
    assert partial.exists() and partial.stat().st_size < len(data)

    restarted = DavProcess(dav_root)
    try:
        with WebDavTransport(restarted.url, *dav_credentials, timeout=60) as transport:
            assert transport.list_names() == []
            transport.upload(name, data)
            assert transport.list_names() == [name]
        assert (dav_root / name).read_bytes() == data
        assert not list(dav_root.glob("*.part"))
    finally:
        restarted.kill()


def test_canaries_never_reach_the_server_disk(dav_server, dav_credentials, identities, cards):
    canaries = ["CANARY-Amina-Benali-0412", "CANARY-rue-Ribaucourt-33", "CANARY-fam-Dupont"]
    sara = identities["sara"]
    ops = [
        Operation(
            f"op{i}",
            f"1780000000000-{i:05d}-{sara.device_id}",
            sara.device_id,
            "sara",
            f"fam{i}",
            "note.version",
            {"text": f"Gesprek met {canary} over school"},
        )
        for i, canary in enumerate(canaries)
    ]
    sealed = seal_bundle(sara, [cards["youssef"]], ops)
    name = new_bundle_name()
    with WebDavTransport(dav_server.url, *dav_credentials) as transport:
        transport.upload(name, sealed.data)
        received = transport.download(name)
    opened = open_bundle(received, identities["youssef"], {sara.device_id: cards["sara"]})
    assert [op.body["text"] for op in opened.ops] == [op.body["text"] for op in ops]

    on_disk = [p for p in dav_server.root.rglob("*") if p.is_file()]
    assert [p.name for p in on_disk] == [name]
    for path in on_disk:
        content = path.read_bytes()
        for canary in canaries:
            assert content.count(canary.encode()) == 0
            assert canary not in path.name
