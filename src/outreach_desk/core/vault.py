"""The encrypted vault: one SQLite file whose rows hold only random ids, clocks and
ciphertext. See docs/vault.md for the key chain and the threat model.

Key chain: passphrase --Argon2id--> KEK --wraps--> vault key --wraps--> one key per family.
A recovery code wraps the same vault key a second time. Changing the passphrase rewraps one
row; deleting a family's key makes every copy of its data unreadable (crypto-shredding).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from outreach_desk.core import crypto
from outreach_desk.core.errors import (
    NotFound,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from outreach_desk.core.events import Change, EventHub
from outreach_desk.core.hlc import HybridClock
from outreach_desk.core.ids import new_id
from outreach_desk.core.paths import vault_file
from outreach_desk.core.schema import SCHEMA_VERSION, create_schema, migrate

VAULT_KINDS = ("real", "demo", "training")
_FAILED_UNLOCKS: dict[Path, int] = {}
_FAILED_LOCK = threading.Lock()
# One encoder for every sealed payload: json.dumps would build a new one per call.
_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def unlock_delay(failures: int) -> float:
    """Seconds to wait before the next try: free for two typos, then 1, 2, 4 ... 30 s."""
    if failures < 3:
        return 0.0
    return float(min(30, 2 ** (failures - 3)))


@dataclass(frozen=True)
class VaultInfo:
    path: Path
    kind: str
    device_id: str
    kdf: crypto.KdfParams
    schema_version: int


class Vault:
    """An unlocked vault. Keys live only in this object; ``close()`` drops them."""

    sleep: Callable[[float], None] = staticmethod(time.sleep)

    def __init__(self, path: Path, conn: sqlite3.Connection, vault_key: bytes) -> None:
        self.path = path
        self.data_dir = path.parent
        self._conn: sqlite3.Connection | None = conn
        self._vault_key: bytes | None = vault_key
        self._case_keys: dict[str, bytes] = {}
        self._ciphers: dict[str | None, AESGCM] = {}  # per family; dropped at lock
        self._lock = threading.RLock()
        self._in_transaction = False
        self.events = EventHub()
        self.last_backup_error: str | None = None
        self.device_id = self._meta_text("device_id")
        self.kind = self._meta_text("kind")
        self.clock = HybridClock(self.device_id)
        self._tag_key = crypto.hkdf(vault_key, "kind-tags/v1")
        self._records_key = crypto.hkdf(vault_key, "vault-records/v1")
        latest = conn.execute("SELECT max(hlc) FROM changes").fetchone()[0]
        if latest:
            from outreach_desk.core.hlc import Timestamp

            self.clock.observe(Timestamp.decode(latest))

    # ---- creation and opening -------------------------------------------------------
    @classmethod
    def create(
        cls,
        data_dir: Path,
        passphrase: str,
        *,
        kdf: crypto.KdfParams | None = None,
        kind: str = "real",
    ) -> tuple[Vault, str]:
        """Create a vault; returns it unlocked with the recovery code to show once."""
        if kind not in VAULT_KINDS:
            raise ValueError(f"unknown vault kind {kind!r}")
        check_passphrase_acceptable(passphrase)
        path = vault_file(data_dir)
        if path.exists():
            raise VaultExists(f"A vault already exists in {data_dir}; open it instead.")
        data_dir.mkdir(parents=True, exist_ok=True)
        params = kdf or crypto.calibrate_kdf()
        vault_key = crypto.new_key()
        recovery_code = crypto.new_recovery_code()
        conn = _connect(path)
        try:
            with _write_transaction(conn):
                create_schema(conn)
                vault_id = new_id()
                _put_meta(conn, "vault_id", vault_id.encode())
                _put_meta(conn, "device_id", new_id().encode())
                _put_meta(conn, "kind", kind.encode())
                _put_meta(conn, "created_at", str(int(time.time())).encode())
                _store_passphrase_wrap(conn, vault_key, passphrase, params, vault_id)
                _store_recovery_wrap(conn, vault_key, recovery_code, vault_id)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            conn.close()
            for leftover in _vault_files(path):
                leftover.unlink(missing_ok=True)
            raise
        return cls(path, conn, vault_key), recovery_code

    @classmethod
    def open(cls, data_dir: Path, passphrase: str) -> Vault:
        return cls._open(data_dir, lambda conn: _unwrap_with_passphrase(conn, passphrase))

    @classmethod
    def open_with_recovery_code(cls, data_dir: Path, code: str) -> Vault:
        return cls._open(data_dir, lambda conn: _unwrap_with_recovery(conn, code))

    @classmethod
    def _open(cls, data_dir: Path, unwrap: Callable[[sqlite3.Connection], bytes]) -> Vault:
        """Check the file and the key on a read-only connection first: a damaged file or a
        wrong guess must leave every byte (including an unsaved -wal) exactly as it was.
        Only a verified key gets a writable connection."""
        path = vault_file(data_dir)
        _wait_after_failures(path, cls.sleep)
        try:
            vault_key = _inspect_read_only(path, unwrap)
        except WrongPassphrase:
            _record_failure(path)
            raise
        _clear_failures(path)
        conn = _connect(path)
        try:
            _migrate_if_needed(conn)
        except BaseException:
            conn.close()
            raise
        vault = cls(path, conn, vault_key)
        vault.backup_if_due()
        return vault

    def backup_if_due(self) -> Path | None:
        """The automatic daily backup, made at the first unlock of the day. A failure
        (e.g. a full disk) never keeps a worker out of her vault: it is reported to the
        caller through ``last_backup_error`` instead."""
        from outreach_desk.core import backup

        self.last_backup_error = None
        if self.kind == "training":
            return None
        try:
            return backup.backup_if_due(self.conn, self.data_dir)
        except (OSError, sqlite3.Error) as error:
            self.last_backup_error = f"The automatic backup could not be written: {error}"
            return None

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return vault_file(data_dir).exists()

    # ---- keys -------------------------------------------------------------------------
    def change_passphrase(self, new_passphrase: str, kdf: crypto.KdfParams | None = None) -> None:
        """Rewrap the vault key; nothing else is re-encrypted. The recovery code stays valid."""
        check_passphrase_acceptable(new_passphrase)
        params = kdf or crypto.calibrate_kdf()
        with self.transaction() as conn:
            _store_passphrase_wrap(
                conn, self._key(), new_passphrase, params, self._meta_text("vault_id")
            )

    def replace_recovery_code(self) -> str:
        code = crypto.new_recovery_code()
        with self.transaction() as conn:
            _store_recovery_wrap(conn, self._key(), code, self._meta_text("vault_id"))
        return code

    def info(self) -> VaultInfo:
        raw = json.loads(self._meta("kdf_params"))
        return VaultInfo(
            self.path, self.kind, self.device_id, crypto.KdfParams.from_dict(raw), SCHEMA_VERSION
        )

    def case_key(self, family_id: str, *, create: bool = False) -> bytes:
        cached = self._case_keys.get(family_id)
        if cached is not None:
            return cached
        row = self.conn.execute(
            "SELECT wrapped FROM case_keys WHERE family_id = ?", (family_id,)
        ).fetchone()
        aad = f"case-key/v1|{family_id}".encode()
        if row is None:
            if not create:
                raise NotFound(
                    f"No key for family {family_id}: it was deleted (crypto-shredded) "
                    "or never existed on this device."
                )
            key = crypto.new_key()
            self.conn.execute(
                "INSERT INTO case_keys (family_id, wrapped) VALUES (?, ?)",
                (family_id, crypto.seal(self._key(), key, aad)),
            )
        else:
            key = crypto.open_sealed(self._key(), row[0], aad, "family key")
        self._case_keys[family_id] = key
        return key

    def has_case_key(self, family_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM case_keys WHERE family_id = ?", (family_id,))
        return row.fetchone() is not None

    def shred_case_key(self, family_id: str) -> None:
        """Destroy a family's key: its rows here, in backups and in bundles become noise."""
        from outreach_desk.core import search_snapshot
        from outreach_desk.core.keyring import forget_family_key

        self._case_keys.pop(family_id, None)
        self._ciphers.pop(family_id, None)
        self.conn.execute("DELETE FROM case_keys WHERE family_id = ?", (family_id,))
        forget_family_key(self.data_dir, family_id)  # the backups' copy of the key
        search_snapshot.forget(self)  # the kept search index holds the family's words

    def cut_log(self, attempts: int = 50) -> bool:
        """Write the log back into the file and cut it to zero bytes, so that no older copy
        of pages just overwritten (a deleted family) stays in it. Another thread's statement
        on this connection (the search index being kept) can hold it up for a moment: try
        again briefly. False if it could not be done now; SQLite does it at lock anyway."""
        for _attempt in range(attempts):
            with self._lock:
                try:
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    return True
                except sqlite3.OperationalError as error:
                    if "locked" not in str(error) and "busy" not in str(error):
                        raise
            time.sleep(0.02)
        return False

    def seal(self, family_id: str | None, aad: str, payload: dict[str, Any]) -> bytes:
        data = _COMPACT_JSON.encode(payload).encode()
        return crypto.seal(self._cipher(family_id, create=True), data, aad.encode())

    def open_sealed(
        self, family_id: str | None, aad: str, blob: bytes, what: str = "record"
    ) -> dict[str, Any]:
        plain = crypto.open_sealed(self._cipher(family_id), blob, aad.encode(), what)
        result: dict[str, Any] = json.loads(plain)
        return result

    def _cipher(self, family_id: str | None, *, create: bool = False) -> AESGCM:
        cipher = self._ciphers.get(family_id)
        if cipher is None:
            key = (
                self._records_key if family_id is None else self.case_key(family_id, create=create)
            )
            cipher = self._ciphers[family_id] = AESGCM(key)
        return cipher

    def kind_tag(self, kind: str) -> str:
        return crypto.tag(self._tag_key, kind)

    def secret_key(self, purpose: str) -> bytes:
        """A stable sub-key for one purpose (e.g. encrypting backups or settings secrets)."""
        return crypto.hkdf(self._key(), f"purpose/{purpose}/v1")

    # ---- storage ----------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            raise VaultLocked("The vault is locked; unlock it first.")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: everything inside lands together or not at all."""
        with self._lock:
            if self._in_transaction:
                yield self.conn
                return
            self._in_transaction = True
            try:
                with _write_transaction(self.conn) as conn:
                    yield conn
            finally:
                self._in_transaction = False
        self.events.flush()

    def record_change(self, change: Change) -> None:
        """Log when a change landed here (this laptop's clock, not the record's own: a
        change relayed from a third colleague may carry an older clock) for incremental
        sync exports, and tell listeners once committed."""
        self.conn.execute(
            "INSERT OR REPLACE INTO changes (record_id, family_id, hlc) VALUES (?, ?, ?)",
            (change.record_id, change.family_id, self.clock.now().encode()),
        )
        self.events.queue(change)
        if not self._in_transaction:
            self.events.flush()

    def close(self) -> None:
        """Lock: forget every key and close the file."""
        with self._lock:
            self._case_keys.clear()
            self._ciphers.clear()
            self._vault_key = None
            self._tag_key = b""
            self._records_key = b""
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        self.events.emit_locked()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pragmas(self) -> dict[str, Any]:
        names = ("journal_mode", "synchronous", "secure_delete", "temp_store", "user_version")
        return {name: self.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in names}

    # ---- internals --------------------------------------------------------------------
    def _key(self) -> bytes:
        if self._vault_key is None:
            raise VaultLocked("The vault is locked; unlock it first.")
        return self._vault_key

    def _meta(self, key: str) -> bytes:
        return _get_meta(self.conn, key)

    def _meta_text(self, key: str) -> str:
        return self._meta(key).decode()


def check_passphrase_acceptable(passphrase: str) -> None:
    from outreach_desk.core.passphrase import MIN_LENGTH, WeakPassphrase

    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase(
            f"The passphrase is too short: use at least {MIN_LENGTH} characters, "
            "for example four unrelated words."
        )


# ---- module internals ---------------------------------------------------------------
def _vault_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
    _apply_pragmas(conn)
    return conn


def _apply_pragmas(conn: sqlite3.Connection) -> None:
    wanted = {"journal_mode": "wal", "synchronous": 2, "secure_delete": 1, "temp_store": 2}
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    for name, expected in wanted.items():
        actual = conn.execute(f"PRAGMA {name}").fetchone()[0]
        if actual != expected:
            raise VaultCorrupt(
                f"SQLite refused the safety setting {name}={expected} (got {actual}); "
                "the vault was not opened to avoid storing data unsafely."
            )


def _inspect_read_only(path: Path, unwrap: Callable[[sqlite3.Connection], bytes]) -> bytes:
    if not path.exists():
        raise VaultNotFound(
            f"No vault in {path.parent}. Create one first (outreach-desk vault init), "
            "or point --data-dir to the folder that holds it."
        )
    sidecars = [p for p in _vault_files(path)[1:] if not p.exists()]
    try:
        conn = sqlite3.connect(
            path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None, timeout=10
        )
    except sqlite3.DatabaseError as error:
        raise VaultCorrupt(_corrupt_message(path, str(error))) from error
    try:
        _check_readable(path, conn)
        return unwrap(conn)
    except sqlite3.DatabaseError as error:
        raise VaultCorrupt(_corrupt_message(path, str(error))) from error
    finally:
        conn.close()
        _remove_empty_sidecars(sidecars)


def _remove_empty_sidecars(created: list[Path]) -> None:
    """A read-only look at a WAL database leaves an empty -wal and a -shm index behind;
    remove the ones that were not there before (never a -wal that holds data)."""
    for sidecar in created:
        if sidecar.name.endswith("-wal") and sidecar.exists() and sidecar.stat().st_size:
            return
    for sidecar in created:
        sidecar.unlink(missing_ok=True)


def _check_readable(path: Path, conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise VaultTooNew(
            f"This vault was created by a newer version of Outreach Desk (vault format "
            f"{version}; this version understands {SCHEMA_VERSION}). Install the newer "
            "version; the vault was not changed."
        )
    check = conn.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise VaultCorrupt(_corrupt_message(path, check))
    _get_meta(conn, "wrap_passphrase")


def _migrate_if_needed(conn: sqlite3.Connection) -> None:
    """Upgrade an older vault only after the passphrase proved right: a wrong guess
    must leave the file exactly as it was."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version < SCHEMA_VERSION:
        with _write_transaction(conn):
            migrate(conn, version)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _corrupt_message(path: Path, detail: str) -> str:
    from outreach_desk.core.backup import latest_backup

    backup = latest_backup(path.parent)
    advice = (
        f"The latest automatic backup is {backup.name}; restore it with "
        "'outreach-desk vault restore' or from the unlock window."
        if backup
        else "No automatic backup exists yet."
    )
    return f"The vault file {path} is damaged ({detail}). It was left exactly as it is. {advice}"


@contextmanager
def _write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _put_meta(conn: sqlite3.Connection, key: str, value: bytes) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def _get_meta(conn: sqlite3.Connection, key: str) -> bytes:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    if row is None:
        raise VaultCorrupt(f"The vault is missing its {key!r} entry; it is damaged or not a vault.")
    return bytes(row[0])


def _store_passphrase_wrap(
    conn: sqlite3.Connection, vault_key: bytes, passphrase: str, params: crypto.KdfParams, vid: str
) -> None:
    salt = crypto.new_salt()
    kek = crypto.derive_passphrase_key(passphrase, salt, params)
    aad = f"vault-key/v1|passphrase|{vid}".encode()
    _put_meta(conn, "kdf_params", json.dumps(params.to_dict()).encode())
    _put_meta(conn, "kdf_salt", salt)
    _put_meta(conn, "wrap_passphrase", crypto.seal(kek, vault_key, aad))


def _store_recovery_wrap(conn: sqlite3.Connection, vault_key: bytes, code: str, vid: str) -> None:
    salt = crypto.new_salt()
    aad = f"vault-key/v1|recovery|{vid}".encode()
    _put_meta(conn, "recovery_salt", salt)
    _put_meta(conn, "wrap_recovery", crypto.seal(crypto.recovery_key(code, salt), vault_key, aad))


def _unwrap_with_passphrase(conn: sqlite3.Connection, passphrase: str) -> bytes:
    params = crypto.KdfParams.from_dict(json.loads(_get_meta(conn, "kdf_params")))
    kek = crypto.derive_passphrase_key(passphrase, _get_meta(conn, "kdf_salt"), params)
    aad = f"vault-key/v1|passphrase|{_get_meta(conn, 'vault_id').decode()}".encode()
    try:
        return crypto.open_sealed(kek, _get_meta(conn, "wrap_passphrase"), aad)
    except Exception:
        raise WrongPassphrase("Wrong passphrase. Nothing was changed; try again.") from None


def _unwrap_with_recovery(conn: sqlite3.Connection, code: str) -> bytes:
    try:
        key = crypto.recovery_key(code, _get_meta(conn, "recovery_salt"))
    except ValueError as error:
        raise WrongPassphrase(f"This is not a valid recovery code: {error}.") from None
    aad = f"vault-key/v1|recovery|{_get_meta(conn, 'vault_id').decode()}".encode()
    try:
        return crypto.open_sealed(key, _get_meta(conn, "wrap_recovery"), aad)
    except Exception:
        raise WrongPassphrase("Wrong recovery code. Nothing was changed; try again.") from None


def _wait_after_failures(path: Path, sleep: Callable[[float], None]) -> None:
    with _FAILED_LOCK:
        failures = _FAILED_UNLOCKS.get(path.resolve(), 0)
    delay = unlock_delay(failures)
    if delay:
        sleep(delay)


def _record_failure(path: Path) -> None:
    with _FAILED_LOCK:
        key = path.resolve()
        _FAILED_UNLOCKS[key] = _FAILED_UNLOCKS.get(key, 0) + 1


def _clear_failures(path: Path) -> None:
    with _FAILED_LOCK:
        _FAILED_UNLOCKS.pop(path.resolve(), None)


def failed_attempts(path: Path) -> int:
    with _FAILED_LOCK:
        return _FAILED_UNLOCKS.get(path.resolve(), 0)
