"""A shared folder (network drive, USB stick, a folder synced by another tool) as a transport.

Atomic publication: the bundle is written to a hidden temporary name in the same folder,
flushed to disk with fsync, renamed to its final name with os.replace, then the folder itself
is fsynced so the rename survives a power cut. A reader therefore never sees a partial file
under a final name.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path
from typing import Final

from outreach_desk.core.durable import fsync_dir
from outreach_desk.core.sync.errors import (
    TransportError,
    TransportFileMissing,
    TransportNameTaken,
    TransportServerFull,
    TransportUnreachable,
)
from outreach_desk.core.sync.transport import (
    ProgressCallback,
    is_bundle_name,
    require_bundle_name,
)

_TEMP_PREFIX: Final = ".tmp-"
_CHUNK: Final = 1024 * 1024


class FolderTransport:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @property
    def location(self) -> str:
        return str(self.folder.resolve())

    def probe(self) -> None:
        if not self.folder.is_dir():
            raise TransportUnreachable(
                f"The sync folder {self.folder} does not exist or is not mounted. Connect the "
                "drive or choose another folder."
            )
        if not os.access(self.folder, os.W_OK):
            raise TransportUnreachable(f"Outreach Desk may not write in {self.folder}.")

    def list_names(self) -> list[str]:
        self.probe()
        try:
            return sorted(
                entry.name
                for entry in os.scandir(self.folder)
                if is_bundle_name(entry.name) and entry.is_file()
            )
        except OSError as exc:
            raise _translate(exc, self.folder) from None

    def upload(self, name: str, data: bytes, progress: ProgressCallback | None = None) -> None:
        final = self.folder / require_bundle_name(name)
        self.probe()
        temp = self.folder / f"{_TEMP_PREFIX}{secrets.token_hex(8)}"
        try:
            _write_synced(temp, data, progress)
            if final.exists():
                raise TransportNameTaken(f"{final} already exists; it is never overwritten.")
            os.replace(temp, final)
            fsync_dir(self.folder)
        except OSError as exc:
            raise _translate(exc, final) from None
        finally:
            temp.unlink(missing_ok=True)

    def download(self, name: str) -> bytes:
        path = self.folder / require_bundle_name(name)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise TransportFileMissing(f"{path} is no longer there.") from None
        except OSError as exc:
            raise _translate(exc, path) from None

    def delete(self, name: str) -> None:
        path = self.folder / require_bundle_name(name)
        try:
            path.unlink(missing_ok=True)
            fsync_dir(self.folder)
        except OSError as exc:
            raise _translate(exc, path) from None

    def remove_stale_temp_files(self) -> int:
        """Temp files left by a crash mid-write; only ever our own hidden prefix."""
        removed = 0
        for entry in self.folder.glob(f"{_TEMP_PREFIX}*"):
            entry.unlink(missing_ok=True)
            removed += 1
        return removed


def _write_synced(path: Path, data: bytes, progress: ProgressCallback | None) -> None:
    with open(path, "xb") as out:
        view = memoryview(data)
        for start in range(0, len(data), _CHUNK):
            out.write(view[start : start + _CHUNK])
            if progress is not None:
                progress(min(start + _CHUNK, len(data)), len(data))
        out.flush()
        os.fsync(out.fileno())


def _translate(exc: OSError, path: Path) -> TransportError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return TransportServerFull(f"No space left for {path}. Free some space and sync again.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return TransportUnreachable(f"Outreach Desk may not write {path} (read-only or denied).")
    return TransportUnreachable(f"The sync folder could not be used ({path}): {exc.strerror}.")
