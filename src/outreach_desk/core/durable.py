"""Making a rename survive a power cut: after ``os.replace``, the folder itself is flushed."""

from __future__ import annotations

import errno
import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a new or renamed file) to disk where the system allows."""
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals renames.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some network and FAT file systems refuse fsync on a directory; the rename stands.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)
