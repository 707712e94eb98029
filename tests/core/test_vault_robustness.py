"""What a worker meets when things go wrong: a moved ciphertext, a mistyped passphrase,
a vault from a newer version, a damaged file, a backup to go back to, a forgotten
passphrase. Each must end in a clear message and never in lost or altered data."""

from __future__ import annotations

import gc
import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from outreach_desk.core import vault as vault_module
from outreach_desk.core.backup import latest_backup, list_backups, make_backup, restore_backup
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.errors import (
    IntegrityError,
    VaultCorrupt,
    VaultTooNew,
    WrongPassphrase,
)
from outreach_desk.core.paths import vault_file
from outreach_desk.core.schema import SCHEMA_VERSION
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault, unlock_delay

PASSPHRASE = "robust vault passphrase"
NEW_PASSPHRASE = "a brand new passphrase for the vault"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def filled(data_dir: Path) -> tuple[Path, str]:
    """A locked vault with two families and three notes; returns (data_dir, recovery code)."""
    vault, code = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    first = session.families.add("Linde", municipality="Anderlecht")
    second = session.families.add("Merel", municipality="Vorst")
    session.notes.add(first.id, "Samen naar het OCMW voor de medische kaart.")
    session.notes.add(first.id, "Inschrijving op school is gelukt.")
    session.notes.add(second.id, "La maman cherche un logement.")
    vault.close()
    return data_dir, code


def fingerprint(data_dir: Path) -> dict[str, str]:
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file()
    }


def snapshot(data_dir: Path, passphrase: str = PASSPHRASE) -> dict[str, object]:
    """Everything a worker can see in the vault, to compare before and after."""
    with Vault.open(data_dir, passphrase) as vault:
        session = Session(vault)
        families = session.families.families()
        return {
            "families": sorted((f.id, f.label, f.municipality) for f in families),
            "notes": sorted(
                (n.id, n.text) for f in families for n in session.notes.for_family(f.id)
            ),
        }


# ---- a ciphertext moved to another record -------------------------------------------
def _copy_blob(data_dir: Path, table: str, source_id: str, target_id: str) -> None:
    assert table in ("note_versions", "families")
    conn = sqlite3.connect(vault_file(data_dir))
    with conn:
        select = f"SELECT blob FROM {table} WHERE id = ?"  # noqa: S608 - fixed table names
        blob = conn.execute(select, (source_id,)).fetchone()[0]
        conn.execute(f"UPDATE {table} SET blob = ? WHERE id = ?", (blob, target_id))  # noqa: S608
    conn.close()


def _note_versions(data_dir: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(vault_file(data_dir))
    rows = conn.execute("SELECT id, note_id, family_id FROM note_versions ORDER BY id").fetchall()
    conn.close()
    return rows


@pytest.mark.parametrize("same_family", [True, False])
def test_a_note_ciphertext_copied_into_another_row_fails(
    filled: tuple[Path, str], same_family: bool
) -> None:
    data_dir, _ = filled
    rows = _note_versions(data_dir)
    source, target = next(
        (a, b) for a in rows for b in rows if a != b and (a[2] == b[2]) == same_family
    )
    _copy_blob(data_dir, "note_versions", source[0], target[0])

    with Vault.open(data_dir, PASSPHRASE) as vault:
        notes = Session(vault).notes
        assert notes.get(source[1]).text  # the original row still reads fine
        with pytest.raises(IntegrityError, match="integrity check"):
            notes.get(target[1])


def test_a_family_ciphertext_copied_into_another_family_fails(filled: tuple[Path, str]) -> None:
    data_dir, _ = filled
    with Vault.open(data_dir, PASSPHRASE) as vault:
        first, second = (f.id for f in Session(vault).families.families())
    _copy_blob(data_dir, "families", first, second)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        families = Session(vault).families
        assert families.get(first).label
        with pytest.raises(IntegrityError):
            families.get(second)


def test_a_family_key_copied_to_another_family_fails(filled: tuple[Path, str]) -> None:
    """Swapping wrapped case keys would let one family's key open another's data."""
    data_dir, _ = filled
    with Vault.open(data_dir, PASSPHRASE) as vault:
        first, second = (f.id for f in Session(vault).families.families())
    conn = sqlite3.connect(vault_file(data_dir))
    with conn:
        wrapped = conn.execute(
            "SELECT wrapped FROM case_keys WHERE family_id = ?", (first,)
        ).fetchone()[0]
        conn.execute("UPDATE case_keys SET wrapped = ? WHERE family_id = ?", (wrapped, second))
    conn.close()
    with Vault.open(data_dir, PASSPHRASE) as vault:
        notes = Session(vault).notes
        assert notes.for_family(first)
        with pytest.raises(IntegrityError, match="family key"):
            notes.for_family(second)


# ---- wrong passphrase ---------------------------------------------------------------
def test_wrong_passphrase_says_so_and_changes_nothing(filled: tuple[Path, str]) -> None:
    data_dir, _ = filled
    before = fingerprint(data_dir)
    for _ in range(3):
        with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
            Vault.open(data_dir, "not the passphrase at all")
    assert fingerprint(data_dir) == before


@pytest.fixture
def recorded_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    sleeps: list[float] = []
    monkeypatch.setattr(Vault, "sleep", staticmethod(sleeps.append))
    return sleeps


def test_unlock_delay_grows_after_repeated_failures() -> None:
    delays = [unlock_delay(n) for n in range(12)]
    assert delays[:3] == [0.0, 0.0, 0.0], "two typos and a third try cost nothing"
    assert delays[3:7] == [1.0, 2.0, 4.0, 8.0]
    assert delays == sorted(delays), "the delay never shrinks while failures go on"
    assert max(delays) == 30.0, "capped, so a worker is never locked out for long"


def test_repeated_wrong_passphrases_make_the_app_wait_longer(
    filled: tuple[Path, str], recorded_sleeps: list[float]
) -> None:
    data_dir, _ = filled
    for _ in range(6):
        with pytest.raises(WrongPassphrase):
            Vault.open(data_dir, "still not the passphrase")
    assert recorded_sleeps == [unlock_delay(n) for n in range(6) if unlock_delay(n)]
    assert vault_module.failed_attempts(vault_file(data_dir)) == 6

    Vault.open(data_dir, PASSPHRASE).close()  # the right one still waits its turn...
    assert recorded_sleeps[-1] == unlock_delay(6)
    assert vault_module.failed_attempts(vault_file(data_dir)) == 0  # ...then the count resets
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, "one more typo")
    assert len(recorded_sleeps) == 4, "after a success, the next typo is free again"


def test_a_wrong_recovery_code_also_counts_as_a_failure(
    filled: tuple[Path, str], recorded_sleeps: list[float]
) -> None:
    data_dir, _code = filled
    wrong = ("0000-" * 8).rstrip("-")
    for _ in range(4):
        with pytest.raises(WrongPassphrase, match="recovery code"):
            Vault.open_with_recovery_code(data_dir, wrong)
    assert recorded_sleeps == [1.0]


# ---- a vault from a newer version ---------------------------------------------------
def test_a_newer_vault_is_refused_naming_both_versions(filled: tuple[Path, str]) -> None:
    data_dir, _ = filled
    newer = SCHEMA_VERSION + 2
    conn = sqlite3.connect(vault_file(data_dir))
    conn.execute(f"PRAGMA user_version = {newer}")
    conn.close()
    before = fingerprint(data_dir)

    with pytest.raises(VaultTooNew) as refused:
        Vault.open(data_dir, PASSPHRASE)
    message = str(refused.value)
    assert str(newer) in message and str(SCHEMA_VERSION) in message
    assert "newer version" in message
    assert fingerprint(data_dir) == before


# ---- a damaged file ------------------------------------------------------------------
def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _scramble_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:100] = b"\xa5" * 100
    path.write_bytes(bytes(data))


def _scramble_pages(path: Path) -> None:
    """Overwrite every page after the first with noise, as a failing disk might."""
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 8 : offset + 40] = bytes(range(32))
    path.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "header overwritten": _scramble_header,
    "pages overwritten": _scramble_pages,
}


def _bulk_up(data_dir: Path) -> None:
    """Enough notes that the file spans many pages, so truncation cuts real data."""
    with Vault.open(data_dir, PASSPHRASE) as vault:
        session = Session(vault)
        family_id = session.families.families()[0].id
        with vault.transaction():
            for number in range(60):
                session.notes.add(family_id, f"Notitie {number}: " + "huisvesting " * 60)


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_vault_is_refused_and_left_as_it_is(
    filled: tuple[Path, str], damage: str
) -> None:
    data_dir, _ = filled
    _bulk_up(data_dir)
    for old in list_backups(data_dir):  # the daily automatic backup made at _bulk_up's unlock
        old.unlink()
    path = vault_file(data_dir)
    DAMAGE[damage](path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    for _ in range(2):  # a second try must not make anything worse
        with pytest.raises(VaultCorrupt) as refused:
            Vault.open(data_dir, PASSPHRASE)
    message = str(refused.value)
    assert "damaged" in message and str(path) in message
    assert "No automatic backup exists yet" in message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_vault_offers_the_latest_backup(filled: tuple[Path, str], damage: str) -> None:
    data_dir, _ = filled
    _bulk_up(data_dir)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        make_backup(vault.conn, data_dir)
        newest = make_backup(vault.conn, data_dir)
    DAMAGE[damage](vault_file(data_dir))

    with pytest.raises(VaultCorrupt) as refused:
        Vault.open(data_dir, PASSPHRASE)
    assert newest.name in str(refused.value)
    assert latest_backup(data_dir) == newest


def _copy_as_after_a_power_cut(data_dir: Path, target: Path) -> None:
    """Copy the files of an unlocked vault: its last commits sit only in the -wal file,
    exactly what a power cut leaves behind (synchronous=FULL made them durable there)."""
    with Vault.open(data_dir, PASSPHRASE) as vault:
        session = Session(vault)
        family_id = session.families.families()[0].id
        for number in range(30):
            session.notes.add(family_id, f"Na de laatste checkpoint {number}: " + "school " * 80)
        target.mkdir()
        for path in data_dir.iterdir():
            if path.is_file():
                shutil.copy2(path, target / path.name)


def test_a_damaged_vault_with_unsaved_wal_is_left_exactly_as_it_is(
    filled: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, _ = filled
    _bulk_up(data_dir)
    crashed = tmp_path / "after-power-cut"
    _copy_as_after_a_power_cut(data_dir, crashed)
    assert (crashed / "vault.sqlite3-wal").stat().st_size > 0
    _scramble_pages(vault_file(crashed))
    data_files = ("vault.sqlite3", "vault.sqlite3-wal")  # -shm is only a rebuildable index
    before = {name: fingerprint(crashed).get(name) for name in data_files}

    with pytest.raises(VaultCorrupt):
        Vault.open(crashed, PASSPHRASE)
    gc.collect()  # a connection left open by the failed check must not change things later
    after = {name: fingerprint(crashed).get(name) for name in data_files}
    assert after == before, "the damaged file and its WAL must stay as they were"


def test_wrong_passphrase_after_a_power_cut_changes_nothing(
    filled: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, _ = filled
    crashed = tmp_path / "after-power-cut"
    _copy_as_after_a_power_cut(data_dir, crashed)
    data_files = ("vault.sqlite3", "vault.sqlite3-wal")
    before = {name: fingerprint(crashed).get(name) for name in data_files}

    with pytest.raises(WrongPassphrase):
        Vault.open(crashed, "not the passphrase at all")
    gc.collect()
    assert {name: fingerprint(crashed).get(name) for name in data_files} == before


# ---- backups ------------------------------------------------------------------------
def test_the_latest_backup_is_the_one_made_last(filled: tuple[Path, str]) -> None:
    """Backups made within the same second still sort in the order they were made, so
    'restore the latest backup' never picks an older one."""
    data_dir, _ = filled
    with Vault.open(data_dir, PASSPHRASE) as vault:
        made = [make_backup(vault.conn, data_dir, keep=3) for _ in range(6)]
        assert latest_backup(data_dir) == made[-1]
    assert list_backups(data_dir) == made[-3:], "rotation keeps the newest three"


def test_restoring_a_backup_brings_back_exactly_the_data_at_backup_time(
    filled: tuple[Path, str],
) -> None:
    data_dir, _ = filled
    at_backup = snapshot(data_dir)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        backup = make_backup(vault.conn, data_dir)
        session = Session(vault)
        family = session.families.families()[0]
        session.notes.add(family.id, "Written after the backup.")
        session.families.update(family.id, label="Renamed after the backup")
        session.families.add("Added after the backup")
    assert snapshot(data_dir) != at_backup

    aside = restore_backup(data_dir, backup)

    assert snapshot(data_dir) == at_backup
    assert aside.exists(), "the replaced vault is kept aside, never deleted"


def test_two_restores_in_a_row_keep_every_replaced_vault(filled: tuple[Path, str]) -> None:
    """A worker restores a backup, sees it is the wrong one and restores another at once:
    the vault she started from must still be kept aside, not overwritten by the second."""
    data_dir, _ = filled
    original = hashlib.sha256(vault_file(data_dir).read_bytes()).hexdigest()
    with Vault.open(data_dir, PASSPHRASE) as vault:
        older = make_backup(vault.conn, data_dir)
        newer = make_backup(vault.conn, data_dir)

    first_aside = restore_backup(data_dir, older)
    second_aside = restore_backup(data_dir, newer)

    assert first_aside != second_aside
    kept = {hashlib.sha256(p.read_bytes()).hexdigest() for p in (first_aside, second_aside)}
    assert original in kept, "the vault from before the first restore was lost"


def test_a_damaged_vault_can_be_restored_from_its_backup(filled: tuple[Path, str]) -> None:
    data_dir, _ = filled
    at_backup = snapshot(data_dir)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        make_backup(vault.conn, data_dir)
    _scramble_header(vault_file(data_dir))
    with pytest.raises(VaultCorrupt):
        Vault.open(data_dir, PASSPHRASE)

    backup = latest_backup(data_dir)
    assert backup is not None
    restore_backup(data_dir, backup)
    assert snapshot(data_dir) == at_backup


# ---- changing the passphrase ----------------------------------------------------------
def test_change_passphrase_with_the_old_one(filled: tuple[Path, str]) -> None:
    data_dir, code = filled
    before = snapshot(data_dir)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, kdf=KdfParams())

    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    assert snapshot(data_dir, NEW_PASSPHRASE) == before
    Vault.open_with_recovery_code(data_dir, code).close()  # the recovery code still works


def test_change_passphrase_with_the_recovery_code(filled: tuple[Path, str]) -> None:
    data_dir, code = filled
    before = snapshot(data_dir)
    typed_sloppily = code.lower().replace("-", " ")
    with Vault.open_with_recovery_code(data_dir, typed_sloppily) as vault:
        vault.change_passphrase(NEW_PASSPHRASE, kdf=KdfParams())

    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, PASSPHRASE)
    assert snapshot(data_dir, NEW_PASSPHRASE) == before


# ---- durability settings ------------------------------------------------------------
def test_safety_pragmas_are_in_force_at_every_open(filled: tuple[Path, str]) -> None:
    data_dir, _ = filled
    for opener in (
        lambda: Vault.open(data_dir, PASSPHRASE),
        lambda: Vault.open(data_dir, PASSPHRASE),  # and again after a clean close
    ):
        with opener() as vault:
            pragmas = vault.pragmas()
            assert pragmas["journal_mode"] == "wal"
            assert pragmas["synchronous"] == 2  # FULL
            assert pragmas["secure_delete"] == 1
            assert pragmas["user_version"] == SCHEMA_VERSION
    conn = sqlite3.connect(vault_file(data_dir))
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal", "WAL is kept in the file"
    conn.close()
