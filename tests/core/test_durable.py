"""Flushing a folder after a rename: done where the system allows, never a false failure."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from outreach_desk.core import durable


def test_a_folder_is_flushed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flushed: list[int] = []
    monkeypatch.setattr(durable.os, "fsync", flushed.append)
    durable.fsync_dir(tmp_path)
    assert len(flushed) == 1


@pytest.mark.parametrize("code", [errno.EINVAL, errno.ENOTSUP, errno.EBADF])
def test_file_systems_that_refuse_a_folder_flush_are_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def refuse(_fd: int) -> None:
        raise OSError(code, "not on this file system")

    monkeypatch.setattr(durable.os, "fsync", refuse)
    durable.fsync_dir(tmp_path)  # the rename stands; nothing to report


def test_a_real_disk_error_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_fd: int) -> None:
        raise OSError(errno.EIO, "input/output error")

    monkeypatch.setattr(durable.os, "fsync", broken)
    with pytest.raises(OSError, match="input/output"):
        durable.fsync_dir(tmp_path)


def test_windows_skips_the_folder_flush(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(durable.os, "name", "nt")
    monkeypatch.setattr(durable.os, "open", lambda *_a: pytest.fail("opened a folder on Windows"))
    durable.fsync_dir(tmp_path)
