from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from outreach_desk.core import crypto
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.errors import (
    NotFound,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from outreach_desk.core.passphrase import WeakPassphrase
from outreach_desk.core.paths import vault_file
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

PASSPHRASE = "a long test passphrase"


def test_create_open_and_read_back(vault_dir: Path) -> None:
    vault, code = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams())
    family = Session(vault).families.add("Family Sun")
    vault.close()
    with Vault.open(vault_dir, PASSPHRASE) as reopened:
        assert Session(reopened).families.get(family.id).label == "Family Sun"
    assert len(code.replace("-", "")) == 32


def test_safety_pragmas_are_read_back(vault: Vault) -> None:
    assert vault.pragmas() == {
        "journal_mode": "wal",
        "synchronous": 2,
        "secure_delete": 1,
        "temp_store": 2,
        "user_version": 1,
    }


def test_recovery_code_opens_and_allows_new_passphrase(vault_dir: Path) -> None:
    vault, code = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams())
    vault.close()
    typed = code.lower().replace("-", " ")
    with Vault.open_with_recovery_code(vault_dir, typed) as recovered:
        recovered.change_passphrase("a brand new passphrase", kdf=KdfParams())
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    Vault.open(vault_dir, "a brand new passphrase").close()
    Vault.open_with_recovery_code(vault_dir, code).close()


def test_wrong_recovery_code_is_refused(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase, match="recovery code"):
        Vault.open_with_recovery_code(vault_dir, crypto.new_recovery_code())
    with pytest.raises(WrongPassphrase, match="not a valid recovery code"):
        Vault.open_with_recovery_code(vault_dir, "1234")


def test_missing_vault_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="No vault in"):
        Vault.open(tmp_path / "nowhere", PASSPHRASE)


def test_second_vault_in_same_folder_is_refused(vault: Vault, vault_dir: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams())


def test_short_passphrase_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path, "short", kdf=KdfParams())
    assert not vault_file(tmp_path).exists()


def test_newer_vault_is_refused_with_both_versions(vault: Vault, vault_dir: Path) -> None:
    vault.close()
    conn = sqlite3.connect(vault_file(vault_dir))
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with pytest.raises(VaultTooNew, match=r"format 3; this version understands 1"):
        Vault.open(vault_dir, PASSPHRASE)


def test_kdf_floor_cannot_be_lowered() -> None:
    with pytest.raises(ValueError, match="floor"):
        KdfParams(memory_kib=32 * 1024)
    with pytest.raises(ValueError, match="floor"):
        KdfParams(iterations=2)


def test_calibration_never_goes_below_floor() -> None:
    params = crypto.calibrate_kdf(target=(0.0, 0.01))
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3


def test_locked_vault_refuses_work(vault: Vault) -> None:
    session = Session(vault)
    vault.close()
    with pytest.raises(VaultLocked):
        session.families.families()


def test_shredded_family_cannot_be_read(vault: Vault) -> None:
    session = Session(vault)
    family = session.families.add("Family Rain")
    session.notes.add(family.id, "a note that must disappear")
    with vault.transaction():
        vault.shred_case_key(family.id)
    with pytest.raises(NotFound):
        session.families.get(family.id)
    assert session.families.families() == []


def test_kind_of_record_is_not_stored_in_clear(vault: Vault) -> None:
    Session(vault).records.put("referral", {"x": 1})
    tags = [row[0] for row in vault.conn.execute("SELECT kind_tag FROM records")]
    assert tags and all("referral" not in tag for tag in tags)


def test_first_unlock_of_the_day_makes_an_encrypted_backup(vault: Vault, vault_dir: Path) -> None:
    from outreach_desk.core.backup import list_backups

    Session(vault).families.add("Family Sun")
    vault.close()
    assert list_backups(vault_dir) == []
    Vault.open(vault_dir, PASSPHRASE).close()
    assert len(list_backups(vault_dir)) == 1
    Vault.open(vault_dir, PASSPHRASE).close()  # not due again the same day
    assert len(list_backups(vault_dir)) == 1


def test_a_failing_backup_does_not_keep_the_worker_out(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from outreach_desk.core import backup

    vault.close()

    def disk_full(*_args: object, **_kwargs: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "make_backup", disk_full)
    with Vault.open(vault_dir, PASSPHRASE) as reopened:
        assert reopened.last_backup_error and "No space left" in reopened.last_backup_error


def test_a_record_id_cannot_silently_replace_another_kind(vault: Vault) -> None:
    from outreach_desk.core.errors import ValidationError

    records = Session(vault).records
    records.put("settings_a", {"x": 1}, record_id="shared-id")
    with pytest.raises(ValidationError, match="already used"):
        records.put("settings_b", {"y": 2}, record_id="shared-id")
    assert records.get("settings_a", "shared-id").payload == {"x": 1}
