from __future__ import annotations

import pytest

from outreach_desk.core.casefile import Member
from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.session import Session


def test_family_fields_round_trip(session: Session) -> None:
    family = session.families.add(
        "Family Sun",
        real_names="Real Name",
        municipality="Schaerbeek",
        languages=("ar", "fr"),
        residence="undocumented",
        domains=("housing", "school"),
        strengths=("takes initiative",),
        members=(Member.parent("Mum"), Member.child(2020, "Kid", "Crèche")),
    )
    loaded = session.families.get(family.id)
    assert loaded == family
    assert loaded.real_names == "Real Name"
    assert [c.name for c in loaded.children] == ["Kid"]
    assert loaded.children[0].school == "Crèche"
    assert loaded.status == "active" and loaded.opened_on


def test_update_touches_only_given_fields(session: Session) -> None:
    family = session.families.add("Family Sun", municipality="Evere")
    updated = session.families.update(family.id, domains=("health",))
    assert updated.municipality == "Evere" and updated.domains == ("health",)
    assert updated.hlc > family.hlc


@pytest.mark.parametrize(
    "changes",
    [
        {"label": "  "},
        {"residence": "tourist"},
        {"status": "archived"},
        {"domains": ("housing", "astrology")},
        {"colour": "blue"},
    ],
)
def test_invalid_changes_are_refused_and_nothing_changes(session: Session, changes) -> None:
    family = session.families.add("Family Sun")
    with pytest.raises(ValidationError):
        session.families.update(family.id, **changes)
    assert session.families.get(family.id) == family


def test_close_and_reopen(session: Session) -> None:
    family = session.families.add("Family Sun")
    closed = session.families.close_case(family.id)
    assert closed.status == "closed" and closed.closed_on
    assert session.families.families(include_closed=False) == []
    assert session.families.reopen(family.id).status == "active"


def test_unknown_family(session: Session) -> None:
    with pytest.raises(NotFound):
        session.families.get("nope")


def test_families_sorted_by_label_ignoring_case(session: Session) -> None:
    for label in ("zeta", "Alpha", "beta"):
        session.families.add(label)
    assert [f.label for f in session.families.families()] == ["Alpha", "beta", "zeta"]


def test_conflict_resolution_is_a_new_write(session: Session) -> None:
    family = session.families.add("Family Sun", municipality="Evere")
    stored, _ = session.families.raw_fields(family.id)
    loser = {"field": "municipality", "v": "Jette", "t": "0000000000001-00000-x", "d": "x"}
    with session.vault.transaction():
        session.families.store_raw(family.id, stored, [loser])
    assert session.families.get(family.id).conflicts[0].value == "Jette"
    resolved = session.families.resolve_conflict(family.id, "municipality", "Jette")
    assert resolved.municipality == "Jette" and resolved.conflicts == ()


def test_child_age_is_computed() -> None:
    from datetime import date

    assert Member.child(2020).age(date(2026, 5, 1)) == 6
    assert Member.parent().age() is None
