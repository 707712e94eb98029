"""The "To follow up" list: due referrals only, most overdue first and marked; status with
a barrier, a new date and opening the family work from the list."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from outreach_desk.core.referrals import Referral
from outreach_desk.core.session import Session
from outreach_desk.ui.helprequest.followup_model import FollowUpModel
from outreach_desk.ui.helprequest.followup_page import FollowUpPage

TODAY = date(2026, 11, 27)


def _referral(session: Session, family_id: str, name: str, follow_up: date, status="sent"):
    return session.referrals.save(
        Referral(
            "",
            family_id,
            service_id=f"svc-{name}",
            service_name=name,
            status=status,
            follow_up_on=follow_up.isoformat(),
        )
    )


@pytest.fixture
def referrals(session: Session, family_id: str) -> list[Referral]:
    return [
        _referral(session, family_id, "CPAS", TODAY),
        _referral(session, family_id, "Kind en Gezin", TODAY - timedelta(days=5)),
        _referral(session, family_id, "Later", TODAY + timedelta(days=3)),
        _referral(session, family_id, "Closed", TODAY - timedelta(days=9), status="helped"),
    ]


@pytest.fixture
def follow(qtbot, session: Session, referrals) -> FollowUpPage:
    opened: list[str] = []
    page = FollowUpPage(session, opened.append, today=lambda: TODAY)
    page.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def test_model_passes_the_model_tester(qtmodeltester, session, referrals):
    model = FollowUpModel(session, lambda: TODAY)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    model.clear()


def test_only_due_referrals_most_overdue_first_and_marked(follow: FollowUpPage):
    model = follow.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Kind en Gezin", "CPAS"]
    assert "overdue" in model.index(0, 3).data()
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "overdue" not in model.index(1, 3).data()
    assert model.index(0, 0).data() == "Family Rose"


def test_refused_with_barrier_and_note_leaves_the_list(qtbot, follow: FollowUpPage, session):
    follow.select(follow.model.referral(0).id)
    referral_id = follow.selected().id
    follow.status.setCurrentIndex(follow.status.findData("refused"))
    assert follow.barrier.isEnabled()
    follow.barrier.setCurrentIndex(follow.barrier.findData("residence_status"))
    follow.note.setText("no papers, sent away at the desk")
    qtbot.mouseClick(follow.set_status_button, Qt.MouseButton.LeftButton)
    saved = session.referrals.get(referral_id)
    assert saved.status == "refused" and saved.barrier == "residence_status"
    assert saved.outcome_note == "no papers, sent away at the desk"
    assert follow.model.rowCount() == 1


def test_a_new_date_moves_it_out_of_today(qtbot, follow: FollowUpPage, session):
    referral_id = follow.selected().id
    follow.next_date.setDate(follow.next_date.date().addDays(30))
    qtbot.mouseClick(follow.set_date_button, Qt.MouseButton.LeftButton)
    assert session.referrals.get(referral_id).follow_up_on > TODAY.isoformat()
    assert follow.model.row_of(referral_id) == -1


def test_open_the_family(qtbot, follow: FollowUpPage, family_id):
    qtbot.mouseClick(follow.open_button, Qt.MouseButton.LeftButton)
    assert follow.opened == [family_id]  # type: ignore[attr-defined]


def test_the_list_follows_changes_in_the_vault(qtbot, follow: FollowUpPage, session, family_id):
    _referral(session, family_id, "New", TODAY - timedelta(days=1))
    qtbot.waitUntil(lambda: follow.model.rowCount() == 3)
