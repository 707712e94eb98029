"""The calm "could this need action today?" notice: shown when the words resemble earlier
urgent worries the rules did not flag, quoting the parent's words; one keyboard-reachable
button marks the situation urgent by hand; it goes away once the worker has decided."""

from __future__ import annotations

from PySide6.QtCore import Qt

from outreach_desk.ui.helprequest.page import URGENCY, WORRIES, HelpRequestPage

from .conftest import analyse

INDIRECT = (
    "My little boy drank something from a bottle under the sink and now he's vomiting "
    "and very sleepy."
)
ORDINARY = "Ik heb een vraag over de kinderbijslag en de school van mijn zoon."
URGENT = "Mijn man slaat mij en vannacht hebben we nergens om te slapen met de kinderen."


def test_a_worry_like_earlier_urgent_ones_shows_a_calm_notice(qtbot, page: HelpRequestPage):
    analyse(qtbot, page, INDIRECT)
    notice = page.worries.urgency_check
    assert notice.isVisible()
    assert not page.banner.isVisible(), "a prompt to check is not an alarm"
    assert page.flow.draft.urgency.urgent is False
    text = notice.text.text()
    assert text.startswith("Could this need action today?") and "Check with the parent" in text
    quoted = [e.text for e in page.flow.draft.analysis.urgency_check.evidence]
    assert quoted and all(f"“\u2068{words}\u2069”" in text for words in quoted)
    page.go_to(URGENCY)
    assert "resemble earlier urgent worries" in page.urgency.summary.text()
    assert page.urgency.as_suggested.isChecked()


def test_no_notice_for_ordinary_or_already_urgent_worries(qtbot, page: HelpRequestPage):
    analyse(qtbot, page, ORDINARY)
    assert not page.worries.urgency_check.isVisible()
    analyse(qtbot, page, INDIRECT)
    assert page.worries.urgency_check.isVisible()
    analyse(qtbot, page, URGENT)
    assert page.banner.isVisible() and not page.worries.urgency_check.isVisible()


def test_mark_urgent_from_the_keyboard_sets_urgency_by_hand(qtbot, page, session):
    analyse(qtbot, page, INDIRECT)
    button = page.worries.urgency_check.button
    assert "&" in button.text()  # Alt+letter
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert page.flow.draft.urgent_by_hand is True
    assert page.banner.isVisible() and "you marked this situation as urgent" in page.banner.text()
    assert not page.worries.urgency_check.isVisible()
    assert page.urgency.urgent.isChecked()
    stored = session.intakes.get(page.flow.save_intake().id)
    assert stored.urgent and stored.urgency_set_by_hand


def test_the_notice_waits_for_the_workers_decision(qtbot, page: HelpRequestPage):
    analyse(qtbot, page, INDIRECT)
    page.go_to(URGENCY)
    page.urgency.not_urgent.click()
    page.go_to(WORRIES)
    assert not page.worries.urgency_check.isVisible(), "the worker decided: not urgent"
    page.go_to(URGENCY)
    page.urgency.as_suggested.click()
    page.go_to(WORRIES)
    assert page.worries.urgency_check.isVisible()


PAST = "Last year my husband hit me. We are divorced and he lives in Spain."


def test_a_danger_told_about_the_past_asks_whether_it_is_still_going_on(
    qtbot, page: HelpRequestPage
):
    analyse(qtbot, page, PAST)
    notice = page.worries.urgency_check
    assert notice.isVisible() and not page.banner.isVisible()
    text = notice.text.text()
    assert text.startswith("This sounds like something from the past")
    assert "“\u2068Last year\u2069”" in text and "“\u2068hit me\u2069”" in text
    assert "Is it still going on, or could it happen again?" in text
    assert notice.accessibleName() == text
    page.go_to(URGENCY)
    assert "danger in the past" in page.urgency.summary.text()
    page.go_to(WORRIES)
    notice.button.click()
    assert page.flow.draft.urgent_by_hand is True and page.banner.isVisible()
