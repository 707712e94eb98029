from __future__ import annotations

from dataclasses import replace

import pytest

from outreach_desk.core.consent import Recipient
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.search import to_fts_query
from outreach_desk.core.session import Session

CPAS = Recipient("service", "ocmw-schaerbeek", "CPAS de Schaerbeek")


def test_consent_covers_recipient_and_topics(session: Session) -> None:
    family = session.families.add("Family Sun")
    session.consents.record(family.id, topics=["housing"], recipients=[CPAS], how="verbal")
    assert session.consents.covers(family.id, CPAS.id, ["housing"]).ok
    check = session.consents.covers(family.id, CPAS.id, ["housing", "health"])
    assert not check.ok and check.missing_topics == ("health",)
    assert "health" in check.explain()
    other = session.consents.covers(family.id, "caw-brussel", ["housing"])
    assert not other.ok and not other.recipient_covered


def test_withdrawn_consent_no_longer_covers(session: Session) -> None:
    family = session.families.add("Family Sun")
    consent = session.consents.record(family.id, topics=["*"], recipients=[CPAS], how="written")
    assert session.consents.covers(family.id, CPAS.id, ["school"]).ok
    withdrawn = session.consents.withdraw(consent.id)
    assert not withdrawn.active
    assert not session.consents.covers(family.id, CPAS.id, ["school"]).ok
    assert len(session.consents.for_family(family.id)) == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {"topics": [], "recipients": [CPAS], "how": "verbal"},
        {"topics": ["housing"], "recipients": [], "how": "verbal"},
        {"topics": ["housing"], "recipients": [CPAS], "how": "telepathy"},
        {"topics": ["weather"], "recipients": [CPAS], "how": "verbal"},
    ],
)
def test_incomplete_consent_is_refused(session: Session, kwargs) -> None:
    family = session.families.add("Family Sun")
    with pytest.raises(ValidationError):
        session.consents.record(family.id, **kwargs)


def test_search_is_accent_and_case_insensitive_and_live(session: Session) -> None:
    family = session.families.add("Famille Étoile", municipality="Saint-Gilles")
    session.notes.add(family.id, "La propriétaire refuse de réparer le chauffage.")
    index = session.search_index
    assert [h.kind for h in index.search("proprietaire")] == ["note"]
    assert [h.kind for h in index.search("ETOILE")] == ["family"]
    note = session.notes.add(family.id, "Rendez-vous à l'école lundi")
    assert index.search("ecole")[0].note_id == note.id
    session.notes.edit(note.id, "Rendez-vous annulé")
    assert index.search("ecole") == []
    assert index.search("annul")[0].family_label == "Famille Étoile"


def test_a_note_saved_here_is_indexed_without_reading_it_back(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Saving hands the index the new current text (a note save stays cheap); only a
    # version that arrives by sync makes the index read the note's current version.
    family = session.families.add("Famille Lune")
    index = session.search_index
    read_back: list[str] = []
    notes_class = type(session.notes)
    original = notes_class.current_text

    def counting(self: object, note_id: str) -> tuple[str, str]:
        read_back.append(note_id)
        return original(self, note_id)  # type: ignore[arg-type]

    monkeypatch.setattr(notes_class, "current_text", counting)
    note = session.notes.add(family.id, "Le chauffage est en panne")
    edited = session.notes.edit(note.id, "Le chauffage est réparé, reste la facture")
    assert read_back == []
    assert [h.note_id for h in index.search("facture")] == [note.id]
    assert index.search("panne") == []
    # As sync stores a colleague's version: the index reads the current one itself.
    newer = replace(
        edited.current,
        id="f" * 32,
        parent_id=edited.current.id,
        hlc=session.vault.clock.now().encode(),
        text="Le propriétaire a payé la facture",
    )
    session.notes.write_version(newer)
    assert read_back == [note.id]
    assert [h.note_id for h in index.search("proprietaire")] == [note.id]


def test_search_query_syntax_cannot_break_fts() -> None:
    assert (
        to_fts_query('"; DROP TABLE docs; -- NEAR(') == '"DROP" AND "TABLE" AND "docs" AND "NEAR"*'
    )
    assert to_fts_query("  ") == ""


def test_search_never_errors_on_odd_input(session: Session) -> None:
    family = session.families.add("Family Sun")
    session.notes.add(family.id, "text")
    for query in ['"', "*", "AND", "OR NOT", "(", "😀", "ا", ""]:
        session.search_index.search(query)


def test_a_note_saved_just_before_its_family_is_deleted_is_never_found(
    session: Session,
) -> None:
    from outreach_desk.core.retention import delete_family

    gone = session.families.add("Famille Partie")
    kept = session.families.add("Famille Restée")
    index = session.search_index
    index.search("warm-up")  # the index is built; the next saves wait for a query
    session.notes.add(gone.id, "Canari zebrapaard chez la famille partie")
    session.notes.add(kept.id, "Canari zebrapaard chez la famille restée")
    delete_family(session, gone.id)
    assert [h.family_id for h in index.search("zebrapaard")] == [kept.id]


def test_saved_notes_are_listed_newest_first_after_edits(session: Session) -> None:
    family = session.families.add("Famille Ordre")
    index = session.search_index
    first = session.notes.add(family.id, "loyer impayé janvier")
    second = session.notes.add(family.id, "loyer impayé février")
    session.notes.edit(first.id, "loyer impayé janvier, plan de paiement")
    assert [h.note_id for h in index.search("loyer")] == [first.id, second.id]
