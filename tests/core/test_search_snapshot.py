"""The search index kept between unlocks: an encrypted snapshot that the next unlock opens
and catches up, that a deleted family makes unreadable, and that is rebuilt from the notes
whenever it cannot be trusted (missing, damaged, tampered, from an older layout)."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from tests.core.conftest import PASSPHRASE

from outreach_desk.core import search_snapshot
from outreach_desk.core.backup import make_backup
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.notes import NoteVersion
from outreach_desk.core.retention import delete_family
from outreach_desk.core.search import REFRESH_AFTER, IndexLoad, SearchIndex
from outreach_desk.core.search_snapshot import KEY_META, SnapshotUnreadable, snapshot_file
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

CANARY = "Kwetsbaarheidcanaryzq"


def _contents(index: SearchIndex) -> set[tuple[str, str, str | None, str]]:
    return index.documents()


def _fresh(vault: Vault) -> SearchIndex:
    index = SearchIndex(vault)
    index.build()
    return index


def _loaded(vault: Vault) -> tuple[SearchIndex, str, int]:
    index = SearchIndex(vault)
    load = index.load()
    return index, load.source, load.caught_up


def _fill(session: Session, families: int = 3, notes: int = 4) -> list[str]:
    ids = []
    for f in range(families):
        family = session.families.add(f"Familie {f}", municipality="Schaerbeek")
        ids.append(family.id)
        for n in range(notes):
            session.notes.add(family.id, f"Gesprek {n} over de huurbaas en het OCMW, gezin {f}.")
    return ids


def _session_with_kept_index(
    vault_dir: Path, families: int, notes: int
) -> tuple[Session, list[str]]:
    """A new vault with families and notes, its search index built and kept."""
    vault, _code = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    family_ids = _fill(session, families=families, notes=notes)
    session.search_index.search("huurbaas")
    session.wait_for_index_snapshot()
    return session, family_ids


def _load_after_reopening(vault_dir: Path) -> IndexLoad:
    """How the next unlock opens the search index."""
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        return SearchIndex(reopened).load()
    finally:
        reopened.close()


def _save(vault: Vault) -> None:
    index = _fresh(vault)
    assert index.save()
    index.close()


def test_the_next_unlock_opens_the_kept_index_instead_of_rebuilding(session: Session) -> None:
    _fill(session)
    first = SearchIndex(session.vault)
    load = first.load()
    assert (load.source, load.documents) == ("built", 3 + 12)
    assert "no search index has been kept" in load.reason
    assert first.worth_saving and first.save()
    assert not first.worth_saving

    index, source, caught_up = _loaded(session.vault)
    assert (source, caught_up) == ("snapshot", 0)
    assert _contents(index) == _contents(first)
    assert [h.note_id for h in index.search("huurbaas")] == [
        h.note_id for h in first.search("huurbaas")
    ]


def test_notes_written_since_the_snapshot_are_caught_up(session: Session) -> None:
    families = _fill(session)
    _save(session.vault)
    added = session.notes.add(families[0], "Nieuwe nota over de mutualiteit.")
    edited = session.notes.for_family(families[1])[0]
    session.notes.edit(edited.id, "Aangepast: slaap bij vrienden sinds maandag.")

    index, source, caught_up = _loaded(session.vault)
    assert (source, caught_up) == ("snapshot", 2)
    assert _contents(index) == _contents(_fresh(session.vault))
    assert [h.note_id for h in index.search("mutualiteit")] == [added.id]
    assert [h.note_id for h in index.search("vrienden")] == [edited.id]
    assert edited.id not in {h.note_id for h in index.search("huurbaas")}, "old text gone"


def test_a_colleagues_older_version_arriving_later_is_judged_by_its_clock(
    session: Session,
) -> None:
    """Sync can bring a version whose clock is older than the snapshot: the catch-up compares
    each note's current version, not times, so it neither misses nor wrongly replaces it."""
    family = _fill(session, families=1, notes=1)[0]
    note = session.notes.for_family(family)[0]
    _save(session.vault)
    older = note.versions[0]
    colleague = NoteVersion(
        id="c" * 32,
        note_id=note.id,
        family_id=family,
        parent_id=older.id,  # an edit made on another laptop whose clock runs behind
        hlc="0000000000001-00000-colleague",
        device="colleague",
        text="Versie van de collega over de kinderopvang.",
        author="",
        created_at=older.created_at,
        supersedes=(),
    )
    session.notes.write_version(colleague)
    index, source, _ = _loaded(session.vault)
    assert source == "snapshot"
    assert [h.note_id for h in index.search("kinderopvang")] == [note.id]
    assert _contents(index) == _contents(_fresh(session.vault))


def test_a_deleted_family_leaves_no_readable_snapshot_behind(
    session: Session, tmp_path: Path
) -> None:
    keep, gone = _fill(session, families=2, notes=2)
    session.notes.add(gone, f"Vertrouwelijk: {CANARY}")
    _save(session.vault)
    data_dir = session.vault.data_dir
    stolen = tmp_path / "copy-of-the-snapshot"
    shutil.copyfile(snapshot_file(data_dir), stolen)

    delete_family(session, gone)

    assert not snapshot_file(data_dir).exists()
    row = session.vault.conn.execute("SELECT 1 FROM meta WHERE key = ?", (KEY_META,)).fetchone()
    assert row is None, "the snapshot key must be destroyed with the family"
    shutil.copyfile(stolen, snapshot_file(data_dir))
    with pytest.raises(SnapshotUnreadable, match="no search index has been kept"):
        search_snapshot.read(session.vault)

    _save(session.vault)  # a new snapshot comes with a new key: the old copy stays noise
    shutil.copyfile(stolen, snapshot_file(data_dir))
    with pytest.raises(SnapshotUnreadable, match="integrity"):
        search_snapshot.read(session.vault)
    index, source, _ = _loaded(session.vault)
    assert source == "built"
    assert index.search(CANARY) == []
    assert {h.family_id for h in index.search("huurbaas")} == {keep}


def test_a_family_deleted_while_the_snapshot_is_written_keeps_it_from_landing(
    session: Session,
) -> None:
    keep, gone = _fill(session, families=2, notes=1)
    index = _fresh(session.vault)
    payload = index._db.serialize()
    delete_family(session, gone)
    assert search_snapshot.write(session.vault, payload, {keep, gone}) is False
    assert not snapshot_file(session.vault.data_dir).exists()
    assert list(session.vault.data_dir.glob(".*snapshot*")) == []


def test_the_index_stays_right_after_the_family_goes_while_it_is_live(session: Session) -> None:
    keep, gone = _fill(session, families=2, notes=2)
    live = session.search_index
    delete_family(session, gone)
    assert {h.family_id for h in live.search("huurbaas")} == {keep}
    assert live.save()
    index, source, _ = _loaded(session.vault)
    assert source == "snapshot"
    assert _contents(index) == _contents(_fresh(session.vault))


def test_backups_never_carry_the_snapshot_key(session: Session) -> None:
    _fill(session, families=1, notes=1)
    _save(session.vault)
    backup = make_backup(session.vault.conn, session.vault.data_dir)
    with sqlite3.connect(backup) as conn:
        row = conn.execute("SELECT 1 FROM meta WHERE key = ?", (KEY_META,)).fetchone()
    assert row is None
    live = session.vault.conn.execute("SELECT 1 FROM meta WHERE key = ?", (KEY_META,)).fetchone()
    assert live is not None, "control: the live vault does hold it"


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda b: b[:-10], "cut short|integrity"),
        (lambda b: b[:200] + bytes([b[200] ^ 1]) + b[201:], "integrity"),
        (lambda b: b"not a snapshot" + b[14:], "not a search index file"),
        (lambda b: b + b"x", "bytes after its last piece"),
    ],
    ids=["truncated", "one bit flipped", "wrong header", "trailing bytes"],
)
def test_a_damaged_snapshot_is_rebuilt_from_the_notes(session: Session, damage, reason) -> None:  # type: ignore[no-untyped-def]
    _fill(session)
    _save(session.vault)
    path = snapshot_file(session.vault.data_dir)
    path.write_bytes(damage(path.read_bytes()))
    index = SearchIndex(session.vault)
    load = index.load()
    assert load.source == "built"
    assert any(word in load.reason for word in reason.split("|")), load.reason
    assert _contents(index) == _contents(_fresh(session.vault))


def test_pieces_swapped_or_dropped_are_refused(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_snapshot, "CHUNK", 4096)
    _fill(session)
    _save(session.vault)
    path = snapshot_file(session.vault.data_dir)
    raw = path.read_bytes()
    head = len(search_snapshot.MAGIC) + 4
    pieces, at = [], head
    while at < len(raw):
        size = int.from_bytes(raw[at : at + 4], "big")
        pieces.append(raw[at : at + 4 + size])
        at += 4 + size
    assert len(pieces) >= 3, "the test needs several pieces"
    swapped = raw[:head] + pieces[1] + pieces[0] + b"".join(pieces[2:])
    path.write_bytes(swapped)
    with pytest.raises(SnapshotUnreadable, match="integrity"):
        search_snapshot.read(session.vault)
    dropped = raw[:head] + b"".join(pieces[:-1])
    path.write_bytes(dropped)
    with pytest.raises(SnapshotUnreadable, match="cut short"):
        search_snapshot.read(session.vault)


def test_a_snapshot_of_another_layout_is_rebuilt(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(session)
    _save(session.vault)
    monkeypatch.setattr("outreach_desk.core.search._LAYOUT", "999")
    load = SearchIndex(session.vault).load()
    assert (load.source, load.reason) == (
        "built",
        "the kept search index is from another app version",
    )


def test_a_failed_rename_keeps_the_previous_snapshot_usable(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rename happens inside the key's transaction: when it fails, the new key is
    rolled back and the previous file and key still belong together."""
    _fill(session)
    _save(session.vault)
    session.notes.add(session.families.families()[0].id, "Na de snapshot geschreven.")

    def disk_full(*_args: object) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(search_snapshot.os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left"):
        _fresh(session.vault).save()
    monkeypatch.undo()
    assert list(session.vault.data_dir.glob(".*snapshot*")) == [], "no partial file left"
    index = SearchIndex(session.vault)
    assert (index.load().source, len(index.search("snapshot geschreven"))) == ("snapshot", 1)


def test_a_file_that_landed_without_its_key_means_a_rebuild_not_a_wrong_index(
    session: Session, tmp_path: Path
) -> None:
    """A power cut after the rename but before the key's commit leaves a newer file next
    to the older key: the file fails its integrity check and the index is rebuilt."""
    family = _fill(session)[0]
    path = snapshot_file(session.vault.data_dir)
    _save(session.vault)
    older_file, older_key = tmp_path / "older", _key_row(session.vault)
    shutil.copyfile(path, older_file)
    session.notes.add(family, "Geschreven tussen twee snapshots.")
    _save(session.vault)
    newer_file = tmp_path / "newer"
    shutil.copyfile(path, newer_file)

    _set_key_row(session.vault, older_key)
    shutil.copyfile(older_file, path)
    control = SearchIndex(session.vault)
    assert control.load().source == "snapshot", "control: the older file and key match"
    assert len(control.search("tussen twee snapshots")) == 1

    shutil.copyfile(newer_file, path)  # renamed, but its key never landed
    index = SearchIndex(session.vault)
    load = index.load()
    assert (load.source, "integrity" in load.reason) == ("built", True), load.reason
    assert len(index.search("tussen twee snapshots")) == 1


def _key_row(vault: Vault) -> bytes:
    row = vault.conn.execute("SELECT value FROM meta WHERE key = ?", (KEY_META,)).fetchone()
    return bytes(row[0])


def _set_key_row(vault: Vault, value: bytes) -> None:
    with vault.transaction() as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", (value, KEY_META))


def test_many_changes_since_the_snapshot_rebuild_instead_of_catching_up(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    family = _fill(session, families=1, notes=1)[0]
    _save(session.vault)
    monkeypatch.setattr("outreach_desk.core.search.REBUILD_ABOVE", 2)
    for n in range(3):
        session.notes.add(family, f"Nota {n}")
    load = SearchIndex(session.vault).load()
    assert (load.source, load.reason) == ("built", "3 notes changed since it was kept")


def test_a_new_snapshot_is_worth_writing_only_after_enough_changes(session: Session) -> None:
    family = _fill(session, families=1, notes=1)[0]
    _save(session.vault)
    index, _, _ = _loaded(session.vault)
    assert not index.worth_saving
    for n in range(REFRESH_AFTER):
        session.notes.add(family, f"Nota {n}")
        index.search("nota")  # saved notes are indexed at the next search
    assert index.worth_saving


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_work_between_unlocks_gives_the_same_index_as_a_rebuild(
    vault_dir: Path, seed: int
) -> None:
    rng = random.Random(seed)
    vault, _code = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams())
    words = ["huurbaas", "mutualiteit", "crèche", "CPAS", "école", "schuld", "مدرسة", "papiers"]
    for _round in range(4):
        session = Session(vault)
        index = session.search_index  # opens the snapshot (or builds), saves when worth it
        for _step in range(rng.randint(5, 15)):
            families = session.families.families()
            action = rng.choice(["family", "note", "note", "edit", "edit", "delete", "rename"])
            if action == "family" or not families:
                session.families.add(f"Gezin {rng.randint(1, 999)}")
            elif action == "note":
                family = rng.choice(families)
                session.notes.add(family.id, " ".join(rng.choices(words, k=5)))
            elif action == "edit":
                notes = session.notes.for_family(rng.choice(families).id)
                if notes:
                    session.notes.edit(rng.choice(notes).id, " ".join(rng.choices(words, k=4)))
            elif action == "delete" and len(families) > 1:
                delete_family(session, rng.choice(families).id)
            elif action == "rename":
                session.families.update(rng.choice(families).id, label=f"Nieuw {rng.random()}")
            if rng.random() < 0.3:
                index.search(rng.choice(words))
        if rng.random() < 0.5:
            index.save()
        assert _contents(index) == _contents(_fresh(vault)), "the live index drifted"
        session.lock()
        vault = Vault.open(vault_dir, PASSPHRASE)
        reopened = SearchIndex(vault)
        reopened.load()
        assert _contents(reopened) == _contents(_fresh(vault)), f"round {_round}"
        reopened.close()
    vault.close()


def test_the_session_keeps_the_index_for_the_next_unlock(vault_dir: Path) -> None:
    vault, _code = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    _fill(session)
    assert len(session.search_index.search("huurbaas")) == 12
    session.lock()  # waits for the snapshot written in the background
    assert snapshot_file(vault_dir).exists()
    load = _load_after_reopening(vault_dir)
    assert (load.source, load.caught_up) == ("snapshot", 0)


def test_a_locked_vault_keeps_no_snapshot(session: Session) -> None:
    _fill(session)
    index = _fresh(session.vault)
    payload = index._db.serialize()
    families = {f.id for f in session.families.families()}
    session.vault.close()
    assert search_snapshot.write(session.vault, payload, families) is False
    assert not snapshot_file(session.vault.data_dir).exists()
    assert list(session.vault.data_dir.glob(".*snapshot*")) == []


def test_pieces_left_by_a_killed_writer_are_cleared_by_the_next_write(session: Session) -> None:
    _fill(session, families=1, notes=1)
    data_dir = session.vault.data_dir
    abandoned = data_dir / f".{search_snapshot.SNAPSHOT_NAME}.0123456789ab.part"
    recent = data_dir / f".{search_snapshot.SNAPSHOT_NAME}.ba9876543210.part"
    abandoned.write_bytes(b"sealed under a key that was never stored")
    recent.write_bytes(b"perhaps another writer, still at work")
    old = time.time() - search_snapshot.ABANDONED_AFTER_S - 60
    os.utime(abandoned, (old, old))
    _save(session.vault)
    assert not abandoned.exists()
    assert recent.exists(), "a recent piece may belong to a writer still at work"


def test_locking_keeps_the_index_so_the_unlock_after_a_deletion_is_quick(
    vault_dir: Path,
) -> None:
    session, (keep, gone) = _session_with_kept_index(vault_dir, families=2, notes=2)
    delete_family(session, gone)
    assert not snapshot_file(vault_dir).exists(), "the deletion took the snapshot with it"
    session.lock()  # keeps a new one, without the deleted family
    assert snapshot_file(vault_dir).exists()
    reopened = Vault.open(vault_dir, PASSPHRASE)
    index = SearchIndex(reopened)
    load = index.load()
    assert (load.source, load.caught_up) == ("snapshot", 0)
    assert {h.family_id for h in index.search("huurbaas")} == {keep}
    assert index.documents() == _fresh(reopened).documents()
    reopened.close()


def test_locking_after_many_edits_refreshes_the_kept_index(vault_dir: Path) -> None:
    session, (family,) = _session_with_kept_index(vault_dir, families=1, notes=1)
    for n in range(REFRESH_AFTER):
        session.notes.add(family, f"Nota {n} over de crèche")
    session.lock()
    load = _load_after_reopening(vault_dir)
    assert (load.source, load.caught_up) == ("snapshot", 0)


def test_locking_after_a_few_edits_leaves_the_kept_index_alone(vault_dir: Path) -> None:
    session, (family,) = _session_with_kept_index(vault_dir, families=1, notes=1)
    session.notes.add(family, "Nog een nota over de crèche")
    session.lock()
    load = _load_after_reopening(vault_dir)
    assert (load.source, load.caught_up) == ("snapshot", 1), "one note caught up at unlock"


def test_a_full_disk_while_keeping_the_index_loses_nothing(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up halfway through a snapshot: the half-written piece goes, the kept
    snapshot and its key stay as they were, and the background save reports to nobody."""
    family = _fill(session)[0]
    _save(session.vault)
    before, key = snapshot_file(session.vault.data_dir).read_bytes(), _key_row(session.vault)
    session.notes.add(family, "Geschreven voor de schijf vol was.")
    real_write = search_snapshot._write_sealed

    def fills_up(path: Path, *args: object) -> None:
        real_write(path, *args)  # type: ignore[arg-type]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(search_snapshot, "_write_sealed", fills_up)
    index = _fresh(session.vault)
    with pytest.raises(OSError, match="No space left"):
        index.save()
    index.save_quietly()  # the background path: silent, the next unlock just catches up
    assert index.worth_saving, "still to be kept once there is room"
    monkeypatch.undo()
    assert list(session.vault.data_dir.glob(".*snapshot*")) == []
    assert snapshot_file(session.vault.data_dir).read_bytes() == before
    assert _key_row(session.vault) == key
    reopened = SearchIndex(session.vault)
    assert reopened.load().source == "snapshot"
    assert len(reopened.search("schijf vol")) == 1
