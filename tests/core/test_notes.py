from __future__ import annotations

import pytest

from outreach_desk.core.errors import IntegrityError, NotFound, ValidationError
from outreach_desk.core.notes import NoteVersion
from outreach_desk.core.session import Session


def test_notes_are_append_only_with_history(session: Session) -> None:
    family = session.families.add("Family Sun")
    note = session.notes.add(family.id, "first words")
    edited = session.notes.edit(note.id, "second words")
    assert edited.text == "second words"
    assert [v.text for v in edited.versions] == ["first words", "second words"]
    assert edited.versions[1].parent_id == edited.versions[0].id
    assert edited.edited and not edited.conflicts


def test_timeline_is_oldest_first(session: Session) -> None:
    family = session.families.add("Family Sun")
    for i in range(5):
        session.notes.add(family.id, f"note {i}")
    assert [n.text for n in session.notes.for_family(family.id)] == [f"note {i}" for i in range(5)]
    assert session.notes.count(family.id) == 5


def test_concurrent_versions_are_kept_as_conflict_then_resolved(session: Session) -> None:
    family = session.families.add("Family Sun")
    note = session.notes.add(family.id, "base")
    base = note.current
    other = NoteVersion(
        id="remote-version",
        note_id=note.id,
        family_id=family.id,
        parent_id=base.id,
        hlc=session.vault.clock.now().encode(),
        device="other-laptop",
        text="colleague's edit",
        author="colleague",
        created_at="2026-01-01T00:00:00+00:00",
    )
    mine = session.notes.edit(note.id, "my edit")
    with session.vault.transaction():
        assert session.notes.write_version(other)
        assert not session.notes.write_version(other)  # idempotent
    both = session.notes.get(note.id)
    assert {both.text, *[c.text for c in both.conflicts]} == {"my edit", "colleague's edit"}
    resolved = session.notes.edit(note.id, "merged by a person")
    assert resolved.text == "merged by a person" and resolved.conflicts == ()
    assert len(resolved.versions) == len(mine.versions) + 2


def test_empty_note_is_refused(session: Session) -> None:
    family = session.families.add("Family Sun")
    with pytest.raises(ValidationError):
        session.notes.add(family.id, "   ")


def test_note_for_unknown_family_is_refused(session: Session) -> None:
    with pytest.raises(NotFound):
        session.notes.add("no-such-family", "text")


def test_ciphertext_moved_to_another_row_fails_integrity(session: Session) -> None:
    family = session.families.add("Family Sun")
    first = session.notes.add(family.id, "first note")
    second = session.notes.add(family.id, "second note")
    conn = session.vault.conn
    blob = conn.execute("SELECT blob FROM note_versions WHERE note_id = ?", (first.id,)).fetchone()[
        0
    ]
    conn.execute("UPDATE note_versions SET blob = ? WHERE note_id = ?", (blob, second.id))
    with pytest.raises(IntegrityError, match="integrity check"):
        session.notes.get(second.id)
    assert session.notes.get(first.id).text == "first note"


def test_drafts_survive_lock_and_are_discarded(session: Session, vault_dir) -> None:
    from outreach_desk.core.vault import Vault

    PASSPHRASE = "a long test passphrase"  # same as tests/core/conftest.py

    family = session.families.add("Family Sun")
    draft_id = session.drafts.new_id()
    session.drafts.save(draft_id, family.id, "half-typed")
    session.drafts.save(draft_id, family.id, "half-typed thought")
    session.vault.close()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        again = Session(vault)
        pending = again.drafts.pending()
        assert [(d.id, d.text) for d in pending] == [(draft_id, "half-typed thought")]
        again.drafts.discard(draft_id)
        assert again.drafts.pending() == []
