from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outreach_desk.core.casefile import Member
from outreach_desk.core.children import (
    DEFAULT_THRESHOLD,
    ChildMentionSettings,
    child_mention_reminder,
    children_in_view,
    mentions_child,
    notes_without_mention,
    update_child,
)
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

ADULT_ONLY = "Meeting at the OCMW about the rent arrears; the landlord wants 900 EUR."


@pytest.fixture
def session(tmp_path: Path) -> Session:
    vault, _ = Vault.create(tmp_path / "v", "long test passphrase", kdf=KdfParams())
    yield Session(vault)
    vault.close()


@pytest.fixture
def family(session: Session):
    return session.families.add(
        "Family Amrani",
        members=(
            Member.parent("Samira"),
            Member.child(2019, "Lina Amrani", "Basisschool De Kleine Prins"),
            Member.child(2024, "Yanis"),
        ),
    )


def test_children_in_view_show_age_school_and_line(family) -> None:
    children = children_in_view(family, today=date(2026, 11, 27))
    assert [(c.name, c.age, c.school) for c in children] == [
        ("Yanis", 2, ""),
        ("Lina Amrani", 7, "Basisschool De Kleine Prins"),
    ]


def test_update_child_changes_only_that_child(session: Session, family) -> None:
    lina = next(m for m in family.children if m.name.startswith("Lina"))
    updated = update_child(
        session.families, family.id, lina.id, for_this_child="Needs glasses; eye test booked"
    )
    by_name = {m.name: m for m in updated.members}
    assert by_name["Lina Amrani"].for_this_child == "Needs glasses; eye test booked"
    assert by_name["Lina Amrani"].school == "Basisschool De Kleine Prins"
    assert by_name["Yanis"].for_this_child == ""
    assert session.families.get(family.id).members == updated.members


def test_update_child_refuses_a_parent_or_unknown_member(session: Session, family) -> None:
    parent = family.parents[0]
    with pytest.raises(NotFound, match="no child"):
        update_child(session.families, family.id, parent.id, for_this_child="x")
    with pytest.raises(ValidationError, match="limited"):
        update_child(session.families, family.id, family.children[0].id, for_this_child="x" * 501)


@pytest.mark.parametrize(
    "text",
    [
        "De kinderen slapen slecht in de opvang.",
        "L'enfant tousse depuis une semaine.",
        "Le bébé a besoin de lait.",
        "Inscription à l'école refusée.",
        "The baby needs nappies.",
        "Lina was at school today.",
        "الطفل مريض",
        "وأطفالها في البيت",
        "KINDEREN",
    ],
)
def test_mentions_child_in_four_languages_and_by_name(text: str) -> None:
    assert mentions_child(text, ["Lina Amrani"])


@pytest.mark.parametrize(
    "text", [ADULT_ONLY, "Son dossier CPAS est complet.", "Nachtopvang vol.", "Kindly call."]
)
def test_adult_matters_are_not_a_child_mention(text: str) -> None:
    assert not mentions_child(text, ["Lina Amrani"])


@given(st.text())
def test_mentions_child_never_fails_on_any_text(text: str) -> None:
    assert mentions_child(text, ["Lina"]) in (True, False)


def _add_notes(session: Session, family_id: str, texts: list[str]) -> None:
    for text in texts:
        session.notes.add(family_id, text)


def test_reminder_appears_after_threshold_notes_and_not_before(session: Session, family) -> None:
    _add_notes(session, family.id, ["Yanis had a fever."])
    for count in range(1, DEFAULT_THRESHOLD):
        _add_notes(session, family.id, [ADULT_ONLY])
        notes = session.notes.for_family(family.id)
        assert child_mention_reminder(family, notes) is None, f"shown after {count} notes"
    _add_notes(session, family.id, [ADULT_ONLY])
    reminder = child_mention_reminder(family, session.notes.for_family(family.id))
    assert reminder is not None
    assert reminder.notes_without_mention == DEFAULT_THRESHOLD
    assert reminder.has_children_recorded


def test_a_note_about_a_child_resets_the_count(session: Session, family) -> None:
    _add_notes(session, family.id, [ADULT_ONLY] * 4 + ["Lina starts at the new school."])
    assert child_mention_reminder(family, session.notes.for_family(family.id)) is None


@pytest.mark.parametrize("threshold", [1, 2, 5])
def test_configured_threshold_is_respected(session: Session, family, threshold: int) -> None:
    _add_notes(session, family.id, [ADULT_ONLY] * (threshold - 1))
    assert child_mention_reminder(family, session.notes.for_family(family.id), threshold) is None
    _add_notes(session, family.id, [ADULT_ONLY])
    notes = session.notes.for_family(family.id)
    assert child_mention_reminder(family, notes, threshold) is not None


def test_threshold_zero_turns_the_reminder_off(session: Session, family) -> None:
    _add_notes(session, family.id, [ADULT_ONLY] * 6)
    assert child_mention_reminder(family, session.notes.for_family(family.id), 0) is None


def test_notes_without_mention_counts_only_the_latest_run(session: Session, family) -> None:
    _add_notes(session, family.id, [ADULT_ONLY, "Yanis coughs.", ADULT_ONLY, ADULT_ONLY])
    assert notes_without_mention(session.notes.for_family(family.id), ["Yanis"]) == 2


def test_threshold_setting_is_stored_and_validated(session: Session) -> None:
    settings = ChildMentionSettings(session.records)
    assert settings.threshold() == DEFAULT_THRESHOLD
    settings.set_threshold(5)
    settings.set_threshold(4)
    assert ChildMentionSettings(session.records).threshold() == 4
    assert len(session.records.query("child-mention-settings")) == 1
    with pytest.raises(ValidationError, match="between 0"):
        settings.set_threshold(-1)
