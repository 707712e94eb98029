"""The search index, kept between unlocks as one encrypted file, so that an unlock need not
decrypt and re-tokenise every note (see docs/vault.md, "Search index snapshot").

Each snapshot is sealed with a fresh random key. That key is kept in the vault (wrapped by
the vault key, in ``meta``), never in a backup, and replaced each time a snapshot is written.
Deleting a family (crypto-shredding) deletes the key and the file inside the same
transaction, so any older copy of a snapshot (a disk block, a copied file) stays noise even
for someone who knows the passphrase: the same guarantee as the family's own rows.

File layout: ``MAGIC``, the number of chunks, then per chunk its length and the sealed chunk.
Every chunk's associated data names the vault, its index and the chunk count, so a chunk
moved, dropped, repeated or taken from another snapshot fails its integrity check.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import struct
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from outreach_desk.core import crypto
from outreach_desk.core.durable import fsync_dir
from outreach_desk.core.errors import IntegrityError, VaultLocked

if TYPE_CHECKING:
    from outreach_desk.core.vault import Vault

SNAPSHOT_NAME = "search-index.snapshot"
KEY_META = "search_snapshot_key"
_KEY_AAD = "search-snapshot-key/v1"
MAGIC = b"ODSEARCH1\n"
CHUNK = 4 * 1024 * 1024  # sealed piece by piece: never a second full copy in memory
_COUNT = struct.Struct(">I")
_SEAL_OVERHEAD = crypto.NONCE_BYTES + 16  # nonce and GCM tag of each sealed piece
ABANDONED_AFTER_S = 3600  # a partial file this old has no writer any more


class SnapshotUnreadable(Exception):
    """No usable snapshot: missing, damaged, from another key, or its key was destroyed.
    The message says which; the index is then built from the notes."""


def snapshot_file(data_dir: Path) -> Path:
    return data_dir / SNAPSHOT_NAME


def _partial_files(data_dir: Path) -> list[Path]:
    return list(data_dir.glob(f".{SNAPSHOT_NAME}.*.part"))


def write(vault: Vault, payload: memoryview | bytes, family_ids: Iterable[str]) -> bool:
    """Seal ``payload`` under a new key and make it the vault's snapshot.

    ``family_ids``: the families whose text the payload holds. If one of them was deleted
    while the payload was being prepared, nothing is kept (its text must not outlive its
    key) and False is returned. Also False when the vault was locked meanwhile."""
    key = crypto.new_key()
    partial = vault.data_dir / f".{SNAPSHOT_NAME}.{secrets.token_hex(6)}.part"
    try:
        _write_sealed(partial, key, vault.device_id, payload)
        with vault.transaction() as conn:
            keyed = {row[0] for row in conn.execute("SELECT family_id FROM case_keys")}
            if not set(family_ids) <= keyed:
                raise _FamilyGone
            wrapped = vault.seal(None, _KEY_AAD, {"key": key.hex()})
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (KEY_META, wrapped)
            )
            # Inside the transaction: two writers rename in the order their keys land, and
            # a crash in between leaves a file and a key that do not match (a rebuild).
            os.replace(partial, snapshot_file(vault.data_dir))
        fsync_dir(vault.data_dir)
        _remove_abandoned_partials(vault.data_dir)
    except (_FamilyGone, VaultLocked):
        partial.unlink(missing_ok=True)
        return False
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return True


def read(vault: Vault) -> bytearray:
    """The payload of the vault's snapshot; raises SnapshotUnreadable with the reason."""
    path = snapshot_file(vault.data_dir)
    row = vault.conn.execute("SELECT value FROM meta WHERE key = ?", (KEY_META,)).fetchone()
    if row is None:
        raise SnapshotUnreadable("no search index has been kept for this vault yet")
    if not path.is_file():
        raise SnapshotUnreadable("the kept search index file is missing")
    try:
        key = bytes.fromhex(vault.open_sealed(None, _KEY_AAD, row[0], "search index key")["key"])
        return _read_sealed(path, key, vault.device_id)
    except (IntegrityError, ValueError, KeyError, OSError) as error:
        raise SnapshotUnreadable(f"the kept search index cannot be used: {error}") from error


def forget(vault: Vault) -> None:
    """Destroy the snapshot key and remove the files. Called inside the transaction that
    shreds a family; secure_delete overwrites the key where it was stored."""
    strip_key(vault.conn)
    for path in (snapshot_file(vault.data_dir), *_partial_files(vault.data_dir)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _remove_abandoned_partials(data_dir: Path) -> None:
    """Pieces of snapshots whose writer was killed (the app quit mid-write): sealed under a
    key that was never stored, so they are noise, but they take space."""
    cutoff = time.time() - ABANDONED_AFTER_S
    for path in _partial_files(data_dir):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


def strip_key(conn: sqlite3.Connection) -> None:
    """Remove the snapshot key: from the vault (``forget``), or from a copy of it about to
    become a backup or a transfer file."""
    conn.execute("DELETE FROM meta WHERE key = ?", (KEY_META,))


# ---- sealing ------------------------------------------------------------------------------
class _FamilyGone(Exception):
    pass


def _aad(device_id: str, index: int, count: int) -> bytes:
    return f"search-snapshot/v1|{device_id}|{index}|{count}".encode()


def _write_sealed(path: Path, key: bytes, device_id: str, payload: memoryview | bytes) -> None:
    view = memoryview(payload).cast("B")
    cipher = AESGCM(key)
    count = max(1, -(-len(view) // CHUNK))
    with open(path, "wb") as handle:
        handle.write(MAGIC + _COUNT.pack(count))
        for index in range(count):
            piece = view[index * CHUNK : (index + 1) * CHUNK]
            sealed = crypto.seal(cipher, piece, _aad(device_id, index, count))
            handle.write(_COUNT.pack(len(sealed)) + sealed)
        handle.flush()
        os.fsync(handle.fileno())


def _read_sealed(path: Path, key: bytes, device_id: str) -> bytearray:
    cipher = AESGCM(key)
    with open(path, "rb") as handle:
        if handle.read(len(MAGIC)) != MAGIC:
            raise IntegrityError("it is not a search index file of this version")
        count = _unpack(handle.read(_COUNT.size))
        # Every piece costs its length field, nonce and tag: the rest is the payload, which
        # is filled in place (growing a 50 MB buffer piece by piece copies it many times).
        overhead = len(MAGIC) + _COUNT.size + count * (_COUNT.size + _SEAL_OVERHEAD)
        out = bytearray(max(0, os.fstat(handle.fileno()).st_size - overhead))
        filled = 0
        for index in range(count):
            size = _unpack(handle.read(_COUNT.size))
            if size > CHUNK + _SEAL_OVERHEAD:
                raise IntegrityError("a piece of it has an impossible size")
            sealed = handle.read(size)
            piece = crypto.open_sealed(
                cipher, sealed, _aad(device_id, index, count), "search index"
            )
            if filled + len(piece) > len(out):
                raise IntegrityError("it is cut short")
            out[filled : filled + len(piece)] = piece
            filled += len(piece)
        if handle.read(1) or filled != len(out):
            raise IntegrityError("it has bytes after its last piece")
    return out


def _unpack(raw: bytes) -> int:
    if len(raw) != _COUNT.size:
        raise IntegrityError("it is cut short")
    return int(_COUNT.unpack(raw)[0])
