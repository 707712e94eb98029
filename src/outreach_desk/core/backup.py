"""Automatic backups of the vault file. The copy holds the vault's ciphertext but not its
family keys: those stay in the backup keyring (core/keyring.py), so deleting a family's
key there makes that family unreadable in every backup too (docs/retention.md)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from outreach_desk.core import keyring, search_snapshot
from outreach_desk.core.durable import fsync_dir
from outreach_desk.core.errors import NotFound, VaultCorrupt
from outreach_desk.core.paths import backups_dir, vault_file

KEEP_BACKUPS = 7
_PREFIX = "vault-"
_SUFFIX = ".sqlite3"


def list_backups(data_dir: Path) -> list[Path]:
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.name.startswith(_PREFIX) and p.suffix == _SUFFIX]
    return sorted(found, key=lambda p: p.name)


def latest_backup(data_dir: Path) -> Path | None:
    backups = list_backups(data_dir)
    return backups[-1] if backups else None


def backup_time(path: Path) -> datetime:
    stamp = path.name[len(_PREFIX) : -len(_SUFFIX)]
    return datetime.strptime(stamp[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)


def make_backup(conn: sqlite3.Connection, data_dir: Path, keep: int = KEEP_BACKUPS) -> Path:
    """Copy the live database consistently (SQLite backup API), then rotate old copies."""
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")  # microseconds: names sort in time order
    final = folder / f"{_PREFIX}{stamp}{_SUFFIX}"
    partial = folder / f".{final.name}.part"
    snapshot = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.backup(snapshot)  # consistent copy; family keys never reach the backup file
        keyring.remember_family_keys(snapshot, data_dir)
        keyring.strip_family_keys(snapshot)
        search_snapshot.strip_key(snapshot)  # a backup never opens a kept search index
        snapshot.execute("VACUUM INTO ?", (str(partial),))  # compact: no freed page survives
    finally:
        snapshot.close()
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, final)
    fsync_dir(folder)
    for old in list_backups(data_dir)[:-keep]:
        old.unlink(missing_ok=True)
    return final


def backup_is_due(data_dir: Path, max_age_hours: float = 24) -> bool:
    latest = latest_backup(data_dir)
    if latest is None:
        return True
    age = datetime.now(UTC) - backup_time(latest)
    return age.total_seconds() > max_age_hours * 3600


def backup_if_due(
    conn: sqlite3.Connection, data_dir: Path, max_age_hours: float = 24, keep: int = KEEP_BACKUPS
) -> Path | None:
    """The automatic backup: one when the latest is older than ``max_age_hours``."""
    if not backup_is_due(data_dir, max_age_hours):
        return None
    return make_backup(conn, data_dir, keep=keep)


def restore_backup(data_dir: Path, backup: Path) -> Path:
    """Put a backup in place of the vault. The current file is kept aside, never deleted.

    Returns where the replaced vault file was moved (so a person can still hand it to
    someone who may rescue more from it).
    """
    if not backup.is_file():
        raise NotFound(f"Backup {backup} does not exist.")
    _check_backup_readable(backup)
    live = vault_file(data_dir)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")  # two restores never share a name
    aside = live.with_name(f"{live.name}.replaced-{stamp}")
    data_dir.mkdir(parents=True, exist_ok=True)
    incoming = live.with_name(f".{live.name}.restoring")
    shutil.copyfile(backup, incoming)
    keyring.give_back_family_keys(data_dir, incoming)
    with open(incoming, "rb") as handle:
        os.fsync(handle.fileno())
    for suffix in ("", "-wal", "-shm"):
        current = live.with_name(live.name + suffix)
        if current.exists():
            os.replace(current, aside.with_name(aside.name + suffix))
    os.replace(incoming, live)
    fsync_dir(data_dir)
    return aside


def _check_backup_readable(backup: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise VaultCorrupt(f"The backup {backup.name} is damaged too ({error}).") from error
    if result != "ok":
        raise VaultCorrupt(f"The backup {backup.name} is damaged too ({result}).")
