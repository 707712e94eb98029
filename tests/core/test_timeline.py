from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outreach_desk.core.consent import Recipient
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.timeline import (
    CONSENT,
    CONSENT_WITHDRAWN,
    HANDOVER,
    INTAKE,
    NOTE,
    REFERRAL,
    REFERRAL_OUTCOME,
    build_timeline,
    filter_timeline,
    open_referrals,
    parse_when,
)
from outreach_desk.core.vault import Vault


@pytest.fixture
def session(tmp_path: Path) -> Session:
    vault, _ = Vault.create(tmp_path / "v", "long test passphrase", kdf=KdfParams())
    yield Session(vault)
    vault.close()


def _timeline(session: Session, family_id: str):
    return build_timeline(session.notes, session.consents, session.records, family_id)


@pytest.fixture
def family_id(session: Session) -> str:
    family_id = session.families.add("Family Amrani").id
    session.notes.add(family_id, "First visit at the school gate.\nMother worried about rent.")
    put = session.records.put
    put(
        INTAKE,
        {"date": "2026-01-10", "title": "Intake at Huis der Gezinnen", "domains": ["housing"]},
        family_id=family_id,
    )
    put(
        REFERRAL,
        {
            "date": "2026-01-12",
            "title": "OCMW Schaerbeek: medical card",
            "domains": ["health"],
            "status": "done",
            "outcome": "Medical card granted for three months",
            "outcome_date": "2026-02-20",
        },
        family_id=family_id,
    )
    put(
        REFERRAL,
        {"date": "2026-03-01T09:30:00+01:00", "title": "Social rental agency", "status": "sent"},
        family_id=family_id,
    )
    put(HANDOVER, {"created_at": "2026-03-05", "title": "Handed over to Sara"}, family_id=family_id)
    consent = session.consents.record(
        family_id,
        topics=["health", "housing"],
        recipients=[Recipient("other", "ocmw", "OCMW Schaerbeek")],
        how="verbal",
        given_on="2026-01-11",
    )
    session.consents.withdraw(consent.id, on="2026-02-25")
    return family_id


def test_timeline_holds_every_kind_in_date_order(session: Session, family_id: str) -> None:
    entries = _timeline(session, family_id)
    kinds = [e.kind for e in entries]
    assert kinds == [
        INTAKE,
        CONSENT,
        REFERRAL,
        REFERRAL_OUTCOME,
        CONSENT_WITHDRAWN,
        REFERRAL,
        HANDOVER,
        NOTE,  # written today, after the dated records above
    ]
    assert entries[0].title == "Intake at Huis der Gezinnen"
    assert entries[3].title == "Medical card granted for three months"
    assert entries[1].title == "OCMW Schaerbeek"
    assert entries[-1].title == "First visit at the school gate."
    assert entries[5].when == datetime(2026, 3, 1, 8, 30, tzinfo=UTC)


def test_filter_by_kind_and_domain(session: Session, family_id: str) -> None:
    entries = _timeline(session, family_id)
    referrals = filter_timeline(entries, kinds={REFERRAL, REFERRAL_OUTCOME})
    assert [e.kind for e in referrals] == [REFERRAL, REFERRAL_OUTCOME, REFERRAL]
    health = filter_timeline(entries, domains={"health"})
    assert [e.kind for e in health] == [CONSENT, REFERRAL, REFERRAL_OUTCOME, CONSENT_WITHDRAWN]
    assert filter_timeline(entries, kinds={NOTE}, domains={"health"}) == []
    assert filter_timeline(entries) == entries


def test_open_referrals_leave_out_finished_ones(session: Session, family_id: str) -> None:
    found = open_referrals(session.records, family_id)
    assert [(r.title, r.status) for r in found] == [("Social rental agency", "sent")]


def test_records_missing_fields_still_show(session: Session) -> None:
    family_id = session.families.add("Family B").id
    session.records.put(INTAKE, {"domains": "housing", "title": 42}, family_id=family_id)
    session.records.put(REFERRAL, {"date": "not a date", "domains": ["nope"]}, family_id=family_id)
    entries = _timeline(session, family_id)
    assert {e.kind for e in entries} == {INTAKE, REFERRAL}
    assert all(e.title == "" and e.domains == () for e in entries)
    # Dated by the clock they were written with: today.
    assert all(e.when.year >= 2025 for e in entries)


def test_empty_family_has_an_empty_timeline(session: Session) -> None:
    assert _timeline(session, session.families.add("Family C").id) == []


def test_other_families_do_not_leak_in(session: Session, family_id: str) -> None:
    other = session.families.add("Family D").id
    session.records.put(INTAKE, {"title": "elsewhere"}, family_id=other)
    assert "elsewhere" not in [e.title for e in _timeline(session, family_id)]


def test_parse_when_handles_edge_dates() -> None:
    assert parse_when("0001-01-01T00:00:00+01:00") is None
    assert parse_when("2026-01-10") == datetime(2026, 1, 10, tzinfo=UTC)


@given(st.text(max_size=40))
def test_parse_when_never_fails(text: str) -> None:
    result = parse_when(text)
    assert result is None or result.tzinfo is not None


def test_notes_of_the_same_second_keep_their_writing_order(session: Session) -> None:
    family_id = session.families.add("Family E").id
    texts = [f"note {i}" for i in range(8)]
    for text in texts:
        session.notes.add(family_id, text)
    assert [e.title for e in _timeline(session, family_id)] == texts
