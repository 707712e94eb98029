from __future__ import annotations

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
