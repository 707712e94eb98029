from __future__ import annotations

from dataclasses import replace

import pytest

from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.referrals import Intake, Referral, RequestText
from outreach_desk.core.session import Session


@pytest.fixture
def family_id(session: Session) -> str:
    return session.families.add("Family Sun").id


def test_intake_keeps_the_parents_words_verbatim(session: Session, family_id: str) -> None:
    words = "الحمد لله، ولكن ما عندناش الأوراق 😟 — pas de chauffage"
    saved = session.intakes.save(
        Intake("", family_id, words, domains=("housing",), mechanisms=("not_asking",))
    )
    loaded = session.intakes.get(saved.id)
    assert loaded.worries == words and loaded.created_at
    assert session.intakes.for_family(family_id) == [loaded]


def test_intake_refuses_unknown_mechanism(session: Session, family_id: str) -> None:
    with pytest.raises(ValidationError, match="mechanism"):
        session.intakes.save(Intake("", family_id, "x", mechanisms=("laziness",)))


def test_referral_lifecycle_and_follow_up_list(session: Session, family_id: str) -> None:
    referral = session.referrals.save(
        Referral(
            "",
            family_id,
            "cpas-schaerbeek",
            "CPAS de Schaerbeek",
            domains=("health",),
            request=RequestText(question="Medical card for Sami", documents=("ID",)),
            follow_up_on="2026-01-10",
        )
    )
    assert referral.history[0].status == "draft"
    assert session.referrals.to_follow_up("2026-01-09") == []
    assert [r.id for r in session.referrals.to_follow_up("2026-01-10")] == [referral.id]
    refused = session.referrals.set_status(
        referral.id, "refused", note="no papers", barrier="residence_status"
    )
    assert refused.barrier == "residence_status"
    assert [h.status for h in refused.history] == ["draft", "refused"]
    assert session.referrals.to_follow_up("2027-01-01") == []  # closed: nothing to follow up
    assert session.referrals.get(referral.id).request.documents == ("ID",)


@pytest.mark.parametrize(
    "change",
    [{"status": "lost"}, {"barrier": "weather"}, {"follow_up_on": "tomorrow"}, {"domains": ("x",)}],
)
def test_invalid_referral_is_refused(session: Session, family_id: str, change) -> None:
    base = Referral("", family_id, "svc", "Service")
    with pytest.raises(ValidationError):
        session.referrals.save(replace(base, **change))
    assert session.referrals.for_family(family_id) == []


def test_unknown_referral(session: Session) -> None:
    with pytest.raises(NotFound):
        session.referrals.get("nope")
