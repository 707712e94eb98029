"""Automatic backups: rotation keeps N, and a restore brings back exactly the data of the
moment the backup was made (compared as a hash over everything decrypted)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from tests.core.conftest import PASSPHRASE

from outreach_desk.core.backup import (
    backup_is_due,
    latest_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from outreach_desk.core.casefile import Member
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.keyring import keyring_file
from outreach_desk.core.session import Session
from outreach_desk.core.subject_access import KNOWN_RECORD_KINDS
from outreach_desk.core.vault import Vault


def canonical_hash(session: Session) -> str:
    """SHA-256 over every family, note version, draft and record, decrypted and sorted."""
    state: dict[str, Any] = {
        "families": [
            [f.id, repr(f), f.hlc] for f in session.families.families(include_closed=True)
        ],
        "notes": sorted(
            [v.id, v.note_id, v.family_id, v.parent_id, v.hlc, v.text, v.author]
            for note in session.notes.all_current()
            for v in note.versions
        ),
        "drafts": sorted([d.id, d.family_id, d.text] for d in session.drafts.pending()),
        "records": sorted(
            [kind, r.id, r.family_id, r.hlc, json.dumps(r.payload, sort_keys=True)]
            for kind in (*KNOWN_RECORD_KINDS, "settings_retention")
            for r in session.records.query(kind, all_families=True)
        ),
    }
    return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()


def _hash_of(data_dir: Path) -> str:
    with Vault.open(data_dir, PASSPHRASE) as vault:
        return canonical_hash(Session(vault))


def _write_some(session: Session, tag: str) -> None:
    family = session.families.add(f"Familie {tag}", members=(Member.child(2016, f"kind {tag}"),))
    note = session.notes.add(family.id, f"Notitie {tag}")
    session.notes.edit(note.id, f"Notitie {tag}, bijgewerkt")
    session.drafts.save(session.drafts.new_id(), family.id, f"Klad {tag}")
    session.records.put("referral", {"to": f"dienst {tag}"}, family_id=family.id)
    session.records.put("settings_retention", {"months": len(tag)}, record_id="retention-policy")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=KdfParams())
    _write_some(Session(vault), "eerst")
    vault.close()
    return folder


def test_restore_brings_back_exactly_the_data_at_backup_time(data_dir: Path) -> None:
    at_backup = _hash_of(data_dir)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        backup = make_backup(vault.conn, data_dir)
        session = Session(vault)
        _write_some(session, "daarna")
        first = session.families.families()[0]
        session.families.update(first.id, label="Hernoemd na de back-up")
        session.notes.edit(session.notes.for_family(first.id)[0].id, "Gewijzigd na de back-up")
    assert _hash_of(data_dir) != at_backup

    restore_backup(data_dir, backup)

    assert _hash_of(data_dir) == at_backup


def test_restoring_an_older_backup_then_a_newer_one_gives_each_moment_back(
    data_dir: Path,
) -> None:
    with Vault.open(data_dir, PASSPHRASE) as vault:
        older = make_backup(vault.conn, data_dir)
        older_hash = canonical_hash(Session(vault))
        _write_some(Session(vault), "tweede")
        newer = make_backup(vault.conn, data_dir)
        newer_hash = canonical_hash(Session(vault))
    restore_backup(data_dir, older)
    assert _hash_of(data_dir) == older_hash
    restore_backup(data_dir, newer)
    assert _hash_of(data_dir) == newer_hash


@pytest.mark.parametrize("keep", [1, 3, 7])
def test_rotation_keeps_the_newest_n_backups(data_dir: Path, keep: int) -> None:
    with Vault.open(data_dir, PASSPHRASE) as vault:
        made = [make_backup(vault.conn, data_dir, keep=keep) for _ in range(keep + 3)]
    assert list_backups(data_dir) == made[-keep:]
    assert latest_backup(data_dir) == made[-1]
    assert all(not old.exists() for old in made[:-keep])
    assert keyring_file(data_dir).exists(), "rotation never removes the keyring"


def test_a_backup_is_due_only_when_none_is_recent(data_dir: Path) -> None:
    assert backup_is_due(data_dir)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        make_backup(vault.conn, data_dir)
    assert not backup_is_due(data_dir, max_age_hours=24)
    assert backup_is_due(data_dir, max_age_hours=0)


def test_backups_hold_no_family_key_and_no_plain_text(data_dir: Path) -> None:
    with Vault.open(data_dir, PASSPHRASE) as vault:
        keys = [row[0] for row in vault.conn.execute("SELECT wrapped FROM case_keys")]
        backup = make_backup(vault.conn, data_dir)
    content = backup.read_bytes()
    assert keys and not any(key in content for key in keys)
    assert b"eerst" not in content and b"Familie" not in content


def test_restoring_an_older_backup_by_mistake_keeps_newer_backups_readable(
    data_dir: Path,
) -> None:
    """Families created after the older backup are absent from it, not deleted: a backup made
    after the mistaken restore must not take their keys away from the newer backup."""
    with Vault.open(data_dir, PASSPHRASE) as vault:
        older = make_backup(vault.conn, data_dir)
        _write_some(Session(vault), "nieuw")
        newer = make_backup(vault.conn, data_dir)
        newer_hash = canonical_hash(Session(vault))
    restore_backup(data_dir, older)
    with Vault.open(data_dir, PASSPHRASE) as vault:
        make_backup(vault.conn, data_dir)  # e.g. the automatic backup at the next unlock
    restore_backup(data_dir, newer)
    assert _hash_of(data_dir) == newer_hash


def test_the_automatic_backup_runs_once_a_day_and_rotates(data_dir: Path) -> None:
    from outreach_desk.core.backup import backup_if_due

    for old in list_backups(data_dir):
        old.unlink()
    with Vault.open(data_dir, PASSPHRASE) as vault:  # the first unlock of the day backs up
        first = list_backups(data_dir)
        assert len(first) == 1
        assert backup_if_due(vault.conn, data_dir) is None, "a recent backup: nothing to do"
        made = [backup_if_due(vault.conn, data_dir, max_age_hours=0, keep=2) for _ in range(3)]
    assert list_backups(data_dir) == made[-2:]
