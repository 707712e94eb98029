from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.sync.errors import (
    TransportFileMissing,
    TransportNameTaken,
    TransportServerFull,
    TransportUnreachable,
)
from outreach_desk.core.sync.transport import new_bundle_name
from outreach_desk.core.sync.transport_folder import FolderTransport


@pytest.fixture
def folder(tmp_path: Path) -> FolderTransport:
    (tmp_path / "share").mkdir()
    return FolderTransport(tmp_path / "share")


def test_round_trip_and_listing(folder):
    names = sorted(new_bundle_name() for _ in range(3))
    for index, name in enumerate(names):
        folder.upload(name, bytes([index]) * 1000)
    (folder.folder / "readme.txt").write_text("not a bundle")
    assert folder.list_names() == names
    assert folder.download(names[1]) == b"\x01" * 1000
    assert not [p for p in folder.folder.iterdir() if p.name.startswith(".")]


def test_never_overwrites(folder):
    name = new_bundle_name()
    folder.upload(name, b"first")
    with pytest.raises(TransportNameTaken):
        folder.upload(name, b"second")
    assert folder.download(name) == b"first"


def test_delete_and_missing(folder):
    name = new_bundle_name()
    folder.upload(name, b"x")
    folder.delete(name)
    folder.delete(name)
    with pytest.raises(TransportFileMissing):
        folder.download(name)


@pytest.mark.parametrize("name", ["../escape.odb", "family-Benali.odb", "a/b", ""])
def test_only_random_bundle_names_are_accepted(folder, name):
    with pytest.raises(ValidationError):
        folder.upload(name, b"x")


def test_missing_folder_is_reported_in_plain_words(tmp_path):
    transport = FolderTransport(tmp_path / "unplugged-usb-stick")
    with pytest.raises(TransportUnreachable, match="does not exist or is not mounted"):
        transport.probe()
    with pytest.raises(TransportUnreachable):
        transport.list_names()


def test_a_failure_mid_write_leaves_nothing_under_the_final_name(folder):
    name = new_bundle_name()

    def fail_halfway(sent: int, total: int) -> None:
        if sent > total // 2:
            raise OSError(28, "No space left on device")

    with pytest.raises(TransportServerFull, match="No space left"):
        folder.upload(name, os.urandom(5 * 1024 * 1024), progress=fail_halfway)
    assert list(folder.folder.iterdir()) == []


def test_a_process_killed_mid_write_leaves_no_partial_bundle(folder):
    name = new_bundle_name()
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from outreach_desk.core.sync.transport_folder import FolderTransport
        def die(sent, total):
            if sent > total // 2:
                os._exit(9)
        FolderTransport(Path({str(folder.folder)!r})).upload(
            {name!r}, os.urandom(8 * 1024 * 1024), progress=die)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], timeout=60, check=False)
    assert result.returncode == 9
    assert folder.list_names() == []
    assert not (folder.folder / name).exists()
    assert folder.remove_stale_temp_files() == 1
    folder.upload(name, b"complete")
    assert folder.list_names() == [name]


def test_readers_never_see_a_partial_file(folder):
    """A reader polling the folder while bundles are written only ever reads whole files."""
    payloads = {new_bundle_name(): os.urandom(1024 * 1024 + i) for i in range(12)}
    digests = {name: hashlib.sha256(data).digest() for name, data in payloads.items()}
    writer = threading.Thread(target=lambda: [folder.upload(n, d) for n, d in payloads.items()])
    writer.start()
    seen: set[str] = set()
    while writer.is_alive() or len(seen) < len(payloads):
        for name in folder.list_names():
            assert hashlib.sha256(folder.download(name)).digest() == digests[name]
            seen.add(name)
    writer.join()
    assert seen == set(payloads)
