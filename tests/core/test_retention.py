"""Retention: the policy, the warning list and crypto-shredding a family everywhere."""

from __future__ import annotations

import shutil
import threading
import time
from datetime import date
from pathlib import Path

import pytest
from tests.core.conftest import PASSPHRASE

from outreach_desk.core.backup import list_backups, make_backup, restore_backup
from outreach_desk.core.casefile import Member
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.keyring import keyring_file, known_family_ids
from outreach_desk.core.retention import (
    DEFAULT_MONTHS,
    add_months,
    delete_family,
    due_for_deletion,
    get_policy,
    set_policy,
)
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

GONE = "Vergeetmenietje-7c1f"  # canary text of the family that will be deleted
KEPT = "Blijfbloem-52aa"  # canary text of a family that stays


def _family_with_everything(session: Session, canary: str) -> str:
    family = session.families.add(
        f"Familie {canary}",
        real_names=f"{canary} names",
        members=(Member.parent(f"{canary} parent"), Member.child(2018, f"{canary} child")),
    )
    note = session.notes.add(family.id, f"Eerste gesprek {canary}.")
    session.notes.edit(note.id, f"Eerste gesprek {canary}, aangevuld.")
    session.drafts.save(session.drafts.new_id(), family.id, f"Kladje {canary}")
    for kind in ("consent", "referral", "intake", "ecomap"):
        session.records.put(kind, {"text": f"{kind} {canary}"}, family_id=family.id)
    return family.id


def _all_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _files_containing(folder: Path, needle: bytes) -> list[str]:
    found = [p for p in _all_files(folder) if needle in p.read_bytes()]
    return sorted(str(p.relative_to(folder)) for p in found)


# ---- policy and warning list -----------------------------------------------------------
def test_the_policy_defaults_to_24_months_and_is_kept_in_the_vault(vault_dir: Path) -> None:
    vault, _code = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams())
    assert get_policy(Session(vault)).months == DEFAULT_MONTHS == 24
    set_policy(Session(vault), 6)
    vault.close()
    with Vault.open(vault_dir, PASSPHRASE) as reopened:
        assert get_policy(Session(reopened)).months == 6
    assert b"settings_retention" not in (vault_dir / "vault.sqlite3").read_bytes()


@pytest.mark.parametrize("months", [0, -3, 5000])
def test_an_impossible_period_is_refused(session: Session, months: int) -> None:
    with pytest.raises(ValidationError, match="between 1 and"):
        set_policy(session, months)


def test_add_months_keeps_the_day_or_takes_the_last_day_of_the_month() -> None:
    assert add_months(date(2024, 1, 15), 24) == date(2026, 1, 15)
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert add_months(date(2023, 11, 30), 3) == date(2024, 2, 29)


def test_the_warning_list_holds_only_closed_families_past_the_period(session: Session) -> None:
    old = session.families.add("Closed long ago")
    session.families.update(old.id, status="closed", closed_on="2023-03-01")
    recent = session.families.add("Closed recently")
    session.families.update(recent.id, status="closed", closed_on="2025-06-01")
    session.families.add("Still followed", opened_on="2020-01-01")
    set_policy(session, 24)

    due = due_for_deletion(session, today=date(2026, 1, 10))

    assert [d.label for d in due] == ["Closed long ago"]
    assert due[0].due_on == "2025-03-01"
    assert due_for_deletion(session, today=date(2025, 2, 28)) == []
    set_policy(session, 6)
    assert [d.label for d in due_for_deletion(session, today=date(2026, 1, 10))] == [
        "Closed long ago",
        "Closed recently",
    ]


# ---- crypto-shredding ------------------------------------------------------------------
def test_deleting_a_family_removes_every_readable_trace_here_and_in_earlier_backups(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    gone = _family_with_everything(session, GONE)
    kept = _family_with_everything(session, KEPT)
    session.search_index.search(GONE)
    earlier_backup = make_backup(vault.conn, data_dir)
    wrapped_key = vault.conn.execute(
        "SELECT wrapped FROM case_keys WHERE family_id = ?", (gone,)
    ).fetchone()[0]
    note_blobs = [r[0] for r in vault.conn.execute(
        "SELECT blob FROM note_versions WHERE family_id = ?", (gone,))]  # fmt: skip
    assert gone in known_family_ids(data_dir)
    holders = _files_containing(data_dir, wrapped_key)
    assert "backups/keyring.sqlite3" in holders
    assert not [h for h in holders if h.startswith("backups/vault-")], "a backup holds a key"

    report = delete_family(session, gone)

    assert (report.notes_deleted, report.note_versions_deleted) == (1, 2)
    assert (report.drafts_deleted, report.records_deleted) == (1, 4)
    # the database: no key, no rows, a tombstone so sync never brings the family back
    row = vault.conn.execute("SELECT deleted, blob FROM families WHERE id = ?", (gone,)).fetchone()
    assert row == (1, None)
    with pytest.raises(NotFound):
        session.notes.for_family(gone)
    assert [f.id for f in session.families.families()] == [kept]
    assert session.search_index.search(GONE) == []
    # no copy of the key survives anywhere under the data folder (vault, WAL, keyring)
    assert _files_containing(data_dir, wrapped_key) == []
    assert gone not in known_family_ids(data_dir)
    wal = data_dir / "vault.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0, "the log was cut after the deletion"
    vault.close()
    # canary search of every file: no plain text, in the vault, its log or any backup
    for canary in (GONE, KEPT):
        assert _files_containing(data_dir, canary.encode()) == []
    # the backup made BEFORE the deletion still holds the ciphertext, but no key opens it
    assert any(blob in earlier_backup.read_bytes() for blob in note_blobs)
    restore_backup(data_dir, earlier_backup)
    with Vault.open(data_dir, PASSPHRASE) as restored:
        again = Session(restored)
        assert [f.id for f in again.families.families()] == [kept]
        assert KEPT in again.notes.for_family(kept)[0].text
        with pytest.raises(NotFound, match="crypto-shredded"):
            restored.case_key(gone)
        assert (
            restored.conn.execute(
                "SELECT count(*) FROM note_versions WHERE family_id = ?", (gone,)
            ).fetchone()[0]
            == 2
        ), "the restored file holds the rows, unreadable"


def test_a_copied_backup_without_the_keyring_shows_no_family(tmp_path: Path) -> None:
    """A backup file taken away on its own (a USB stick) never carries family keys."""
    data_dir = tmp_path / "data"
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    _family_with_everything(Session(vault), GONE)
    backup = make_backup(vault.conn, data_dir)
    vault.close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copyfile(backup, elsewhere / "vault.sqlite3")
    with Vault.open(elsewhere, PASSPHRASE) as stolen:
        assert Session(stolen).families.families() == []
        assert stolen.conn.execute("SELECT count(*) FROM case_keys").fetchone()[0] == 0


def test_deleting_spares_the_other_families_and_later_backups_do_not_bring_it_back(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    gone = _family_with_everything(session, GONE)
    kept = _family_with_everything(session, KEPT)
    delete_family(session, gone)
    later = make_backup(vault.conn, data_dir)
    assert len(session.notes.for_family(kept)) == 1
    assert len(session.records.query("consent", kept)) == 1
    with pytest.raises(NotFound, match="already have been deleted"):
        delete_family(session, gone)
    vault.close()
    restore_backup(data_dir, later)
    with Vault.open(data_dir, PASSPHRASE) as restored:
        assert [f.id for f in Session(restored).families.families()] == [kept]
    assert keyring_file(data_dir).exists()
    assert len(list_backups(data_dir)) == 1


# ---- command line ----------------------------------------------------------------------
def test_cli_policy_due_and_delete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from outreach_desk.cli import main

    data_dir = tmp_path / "data"
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    gone = _family_with_everything(session, GONE)
    session.families.update(gone, status="closed", closed_on="2022-05-01")
    vault.close()
    monkeypatch.setenv("OUTREACH_DESK_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> tuple[int, str]:
        code = main([*args, "--data-dir", str(data_dir)])
        return code, capsys.readouterr().out

    assert run("retention", "policy", "--months", "12", "--json") == (0, '{\n  "months": 12\n}\n')
    code, out = run("retention", "due", "--json", "--today", "2023-05-01")
    assert code == 0 and [d["family_id"] for d in json.loads(out)["due"]] == [gone]
    assert run("retention", "due", "--json", "--today", "2023-04-30")[1].count(gone) == 0
    assert run("retention", "delete", gone)[0] == 2, "deleting needs --yes"
    code, out = run("retention", "delete", gone, "--yes", "--json")
    assert code == 0 and json.loads(out)["note_versions_deleted"] == 2
    assert run("retention", "delete", gone, "--yes")[0] == 7, "already gone: not found"
    assert _files_containing(data_dir, GONE.encode()) == []


def test_cutting_the_log_after_a_deletion_waits_for_another_threads_write(vault: Vault) -> None:
    """The kept search index is written from a background thread on the same connection: a
    deletion's log cut must wait for it, not fail with "database table is locked"."""
    inside = threading.Event()

    def background_write() -> None:
        with vault.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('probe', x'00')")
            inside.set()
            time.sleep(0.3)

    writer = threading.Thread(target=background_write)
    writer.start()
    inside.wait(5)
    assert vault.cut_log()
    writer.join()
    wal = vault.path.with_name(vault.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
