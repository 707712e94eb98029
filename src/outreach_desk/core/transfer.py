"""Move a whole vault to a new laptop as ONE encrypted file.

The vault already holds only ciphertext, but it travels on USB sticks and through mail
boxes, so the copy is sealed a second time under a key derived (Argon2id) from a separate
*transfer passphrase*, and checked as a whole on import (AES-256-GCM; the header is the
associated data, so changing a single byte anywhere is refused).

File layout::

    magic "ODVAULTX" | format version (1 byte) | header length (4 bytes, big-endian)
    | header (JSON: KDF parameters, salt, payload size) | nonce (12) | ciphertext + tag

The payload is the vault database itself (SQLite serialised from memory, family keys
included: this file must be enough on its own). Import writes it only into a folder
without a vault; it never replaces an existing one.
"""

from __future__ import annotations

import json
import os
import sqlite3
import struct
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from outreach_desk import __version__
from outreach_desk.core import crypto, search_snapshot
from outreach_desk.core.errors import (
    BundleNewerFormat,
    BundleTampered,
    VaultExists,
    WrongPassphrase,
)
from outreach_desk.core.paths import vault_file
from outreach_desk.core.training.guard import refuse_in_training
from outreach_desk.core.vault import Vault, check_passphrase_acceptable

MAGIC: Final = b"ODVAULTX"
FORMAT_VERSION: Final = 1
SUFFIX: Final = ".odvault"
_PREFIX = struct.Struct(">8sBI")
_MAX_HEADER = 64 * 1024
_MAX_PAYLOAD = 2**31 - 1024  # one AES-GCM call; far above any real vault


class TransferFileInvalid(BundleTampered):
    """Not a transfer file, or one that was cut short or changed."""


class TransferFileTooNew(BundleNewerFormat):
    """Made by a newer version of the app."""


class WrongTransferPassphrase(WrongPassphrase):
    """The transfer passphrase does not open the file (or the file was changed)."""


@dataclass(frozen=True)
class TransferHeader:
    kdf: crypto.KdfParams
    salt: bytes
    payload_bytes: int
    created_at: str
    app_version: str

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "kdf": self.kdf.to_dict(),
                "salt": self.salt.hex(),
                "payload_bytes": self.payload_bytes,
                "created_at": self.created_at,
                "app_version": self.app_version,
            },
            sort_keys=True,
        ).encode()

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> TransferHeader:
        try:
            data: dict[str, Any] = json.loads(raw)
            return cls(
                crypto.KdfParams.from_dict(data["kdf"]),
                bytes.fromhex(data["salt"]),
                int(data["payload_bytes"]),
                str(data["created_at"]),
                str(data["app_version"]),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise TransferFileInvalid(
                f"{path}: the header of this transfer file is damaged ({error}); "
                "make a new export on the old laptop."
            ) from error


def export_vault(
    vault: Vault, out_path: Path, transfer_passphrase: str, *, kdf: crypto.KdfParams | None = None
) -> TransferHeader:
    """Write the whole (unlocked) vault to ``out_path`` sealed under the transfer passphrase."""
    refuse_in_training(vault.kind, "transfer")
    check_passphrase_acceptable(transfer_passphrase)
    payload = _snapshot(vault.conn)
    header = TransferHeader(
        kdf or crypto.calibrate_kdf(),
        crypto.new_salt(),
        len(payload),
        datetime.now(UTC).isoformat(timespec="seconds"),
        __version__,
    )
    header_bytes = header.to_bytes()
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    key = crypto.derive_passphrase_key(transfer_passphrase, header.salt, header.kdf)
    nonce = os.urandom(crypto.NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, payload, prefix)
    _write_atomically(Path(out_path), prefix + nonce + sealed)
    return header


def read_header(path: Path) -> TransferHeader:
    header, _prefix, _rest = _split(Path(path).read_bytes(), Path(path))
    return header


def import_vault(path: Path, data_dir: Path, transfer_passphrase: str) -> Path:
    """Check and decrypt a transfer file into ``data_dir``, which must hold no vault yet.
    Returns the new vault file; it opens with the vault's own passphrase as before."""
    path = Path(path)
    target = vault_file(data_dir)
    _refuse_existing(target)
    header, prefix, rest = _split(path.read_bytes(), path)
    key = crypto.derive_passphrase_key(transfer_passphrase, header.salt, header.kdf)
    nonce, sealed = rest[: crypto.NONCE_BYTES], rest[crypto.NONCE_BYTES :]
    try:
        payload = AESGCM(key).decrypt(nonce, sealed, prefix)
    except InvalidTag:
        raise WrongTransferPassphrase(
            f"{path}: the transfer passphrase is wrong, or the file was changed or damaged "
            "on the way. Nothing was imported; try again or make a new export."
        ) from None
    if len(payload) != header.payload_bytes:
        raise TransferFileInvalid(f"{path}: the vault inside has the wrong size; not imported.")
    _check_is_vault(payload, path)
    data_dir.mkdir(parents=True, exist_ok=True)
    _write_new(target, payload)
    return target


# ---- internals ------------------------------------------------------------------------
def _snapshot(conn: sqlite3.Connection) -> bytes:
    with closing(sqlite3.connect(":memory:")) as memory:
        conn.backup(memory)  # consistent even while the app writes
        search_snapshot.strip_key(memory)  # the kept search index stays on the old laptop
        memory.commit()
        data = bytearray(memory.serialize())
    # Bytes 18-19 say "WAL" for the live vault; an in-memory or freshly written copy must
    # start in rollback-journal mode (the vault switches itself back to WAL when opened).
    data[18:20] = b"\x01\x01"
    return bytes(data)


def _split(data: bytes, path: Path) -> tuple[TransferHeader, bytes, bytes]:
    if len(data) < _PREFIX.size or data[:8] != MAGIC:
        raise TransferFileInvalid(
            f"{path} is not an Outreach Desk transfer file (made with 'transfer export')."
        )
    _magic, version, header_len = _PREFIX.unpack_from(data)
    if version > FORMAT_VERSION:
        raise TransferFileTooNew(
            f"{path} was made by a newer Outreach Desk (transfer format {version}; this "
            f"version reads {FORMAT_VERSION}). Install the newer version on this laptop."
        )
    end = _PREFIX.size + header_len
    if header_len > _MAX_HEADER or len(data) < end + crypto.NONCE_BYTES + 16:
        raise TransferFileInvalid(f"{path} is cut short or damaged; make a new export.")
    header = TransferHeader.from_bytes(data[_PREFIX.size : end], path)
    if not 0 < header.payload_bytes <= _MAX_PAYLOAD:
        raise TransferFileInvalid(f"{path}: the header gives an impossible vault size.")
    return header, data[:end], data[end:]


def _refuse_existing(target: Path) -> None:
    leftovers = [p for p in (target, target.with_name(target.name + "-wal")) if p.exists()]
    if leftovers:
        raise VaultExists(
            f"There is already a vault in {target.parent}; importing never replaces one. "
            "Choose an empty folder with --data-dir, or move the existing vault away first."
        )


def _check_is_vault(payload: bytes, path: Path) -> None:
    with closing(sqlite3.connect(":memory:")) as memory:
        try:
            memory.deserialize(payload)
            ok = memory.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            has_wrap = memory.execute("SELECT 1 FROM meta WHERE key = 'wrap_passphrase'").fetchone()
        except sqlite3.DatabaseError:
            ok, has_wrap = False, None
    if not ok or has_wrap is None:
        raise TransferFileInvalid(f"{path}: the file opened but holds no valid vault.")


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(f".{path.name}.part")
    with open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def _write_new(target: Path, data: bytes) -> None:
    """Write ``target`` only if it does not exist, all or nothing."""
    partial = target.with_name(f".{target.name}.importing")
    with open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(partial, target)  # fails if a vault appeared meanwhile: never overwrite
    except FileExistsError:
        raise VaultExists(
            f"A vault appeared in {target.parent} meanwhile; nothing imported."
        ) from None
    finally:
        partial.unlink(missing_ok=True)
