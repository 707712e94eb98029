"""The backup keyring: the only place where backups find their family keys.

A backup is a copy of the vault *without* its ``case_keys`` table. The family keys the
backups need (each still wrapped by the vault key, byte for byte as in the vault) live in
one small file, ``backups/keyring.sqlite3``. Deleting a family removes its row here, so
every backup made before the deletion loses the key too: the family's rows in those
backups become noise even for someone who knows the passphrase. See docs/retention.md.

Without this file the backups still open (vault-wide records, settings) but show no family.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from outreach_desk.core.paths import backups_dir

KEYRING_NAME = "keyring.sqlite3"

_TABLES_WITH_FAMILY = (("families", "id"), ("note_versions", "family_id"), ("records", "family_id"))


def keyring_file(data_dir: Path) -> Path:
    return backups_dir(data_dir) / KEYRING_NAME


@contextmanager
def _open_keyring(data_dir: Path, *, create: bool) -> Iterator[sqlite3.Connection | None]:
    path = keyring_file(data_dir)
    if not create and not path.exists():
        yield None
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path, isolation_level=None, timeout=10)) as conn:
        # Same rules as the vault: overwrite deleted keys in place, and leave no old page
        # in a write-ahead log once we are done.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS family_keys (family_id TEXT PRIMARY KEY, wrapped BLOB)"
        )
        try:
            yield conn
        finally:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def remember_family_keys(snapshot: sqlite3.Connection, data_dir: Path) -> None:
    """Add the family keys of ``snapshot`` (a copy of the vault about to become a backup) to
    the keyring, and drop the keys of families the snapshot shows as destroyed.

    A family merely *absent* from the snapshot keeps its key: after restoring an older
    backup, the newer backups still need the keys of families created in between."""
    rows = snapshot.execute("SELECT family_id, wrapped FROM case_keys").fetchall()
    shredded = _shredded_family_ids(snapshot)
    with _open_keyring(data_dir, create=True) as keyring:
        assert keyring is not None
        keyring.execute("BEGIN IMMEDIATE")
        keyring.executemany(
            "INSERT OR REPLACE INTO family_keys (family_id, wrapped) VALUES (?, ?)", rows
        )
        keyring.executemany(
            "DELETE FROM family_keys WHERE family_id = ?", [(f,) for f in sorted(shredded)]
        )
        keyring.execute("COMMIT")


def _shredded_family_ids(conn: sqlite3.Connection) -> set[str]:
    """Families with a tombstone, or with rows but no key: their key was destroyed."""
    keyed = {row[0] for row in conn.execute("SELECT family_id FROM case_keys")}
    found = {row[0] for row in conn.execute("SELECT id FROM families WHERE deleted = 1")}
    for table, column in _TABLES_WITH_FAMILY:
        sql = f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"  # noqa: S608
        found.update(row[0] for row in conn.execute(sql) if row[0] not in keyed)
    return found


def forget_family_key(data_dir: Path, family_id: str) -> None:
    """Called when a family's key is destroyed: no backup can open that family again."""
    with _open_keyring(data_dir, create=False) as keyring:
        if keyring is not None:
            keyring.execute("DELETE FROM family_keys WHERE family_id = ?", (family_id,))


def known_family_ids(data_dir: Path) -> set[str]:
    with _open_keyring(data_dir, create=False) as keyring:
        if keyring is None:
            return set()
        return {row[0] for row in keyring.execute("SELECT family_id FROM family_keys")}


def strip_family_keys(snapshot: sqlite3.Connection) -> None:
    """Remove every family key from a copy (in memory) before it is written as a backup."""
    snapshot.execute("PRAGMA secure_delete = ON")
    snapshot.execute("DELETE FROM case_keys")


def give_back_family_keys(data_dir: Path, database: Path) -> int:
    """Put the keyring's keys into a restored copy, for the families that copy holds.
    Returns how many families got their key back."""
    with _open_keyring(data_dir, create=False) as keyring:
        if keyring is None:
            return 0
        wanted = _family_ids_in(database)
        rows = [
            (family_id, wrapped)
            for family_id, wrapped in keyring.execute("SELECT family_id, wrapped FROM family_keys")
            if family_id in wanted
        ]
    with closing(sqlite3.connect(database, isolation_level=None)) as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT OR IGNORE INTO case_keys (family_id, wrapped) VALUES (?, ?)", rows)
        conn.execute("COMMIT")
    return len(rows)


def _family_ids_in(database: Path) -> set[str]:
    with closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as conn:
        found: set[str] = set()
        for table, column in _TABLES_WITH_FAMILY:
            sql = f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"  # noqa: S608
            found.update(row[0] for row in conn.execute(sql))
        return found
