"""Urgent worries raise the banner, ordinary ones do not, the worker's choice always wins;
empty, huge, Arabic and emoji worries do not break the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from outreach_desk.ui.helprequest.page import SUGGESTIONS, URGENCY, HelpRequestPage

from .conftest import analyse

URGENT = "Mijn man slaat mij en vannacht hebben we nergens om te slapen met de kinderen."
ORDINARY = "Ik heb een vraag over de kinderbijslag en de school van mijn zoon."


def test_urgent_worries_show_the_banner_with_first_steps(qtbot, page: HelpRequestPage):
    analyse(qtbot, page, URGENT)
    assert page.banner.isVisible()
    text = page.banner.text()
    assert "Urgent" in text and "First steps" in text
    assert "On the social map" in text  # the emergency services from the map


def test_ordinary_worries_show_no_banner(qtbot, page: HelpRequestPage):
    analyse(qtbot, page, ORDINARY)
    assert not page.banner.isVisible()
    assert "No urgency signal" in page.urgency.summary.text()


def test_the_workers_choice_wins_both_ways(qtbot, page: HelpRequestPage):
    analyse(qtbot, page, URGENT)
    page.go_to(URGENCY)
    page.urgency.not_urgent.click()
    assert not page.banner.isVisible()
    assert page.flow.draft.urgency.urgent is False
    # a new reading of the text does not undo the worker's decision
    before = page.flow.draft.analysis
    page.worries.analyse_now()
    qtbot.waitUntil(lambda: page.flow.draft.analysis is not before, timeout=10_000)
    assert not page.banner.isVisible()

    analyse(qtbot, page, ORDINARY)
    page.go_to(URGENCY)
    page.urgency.urgent.click()
    assert page.banner.isVisible()
    assert "you marked this situation as urgent" in page.banner.text()
    page.urgency.as_suggested.click()
    assert not page.banner.isVisible()


def test_urgency_set_by_hand_is_saved_on_the_intake(qtbot, page: HelpRequestPage, session):
    analyse(qtbot, page, ORDINARY)
    page.go_to(URGENCY)
    page.urgency.urgent.click()
    intake = page.flow.save_intake()
    stored = session.intakes.get(intake.id)
    assert stored.urgent and stored.urgency_set_by_hand


def test_empty_worries_give_no_domain_and_no_crash(qtbot, page: HelpRequestPage):
    analyse(qtbot, page, "")
    assert page.worries.model.rowCount() == 0
    page.go_to(SUGGESTIONS)  # no domains: still a screen, not a crash
    assert page.stack.currentIndex() == SUGGESTIONS


def test_a_100_kb_worry_is_read(qtbot, page: HelpRequestPage):
    text = ("De huurbaas wil de huur verhogen en we hebben schulden. 😟🏠 " * 1800)[:100_000]
    analyse(qtbot, page, text)
    assert "housing" in page.flow.draft.domains
    chip = page.worries.model.index(0).data()
    assert len(chip) < 200  # a few quotes, not thousands


def test_arabic_worries_are_right_to_left(qtbot, page: HelpRequestPage):
    analyse(qtbot, page, "ما عندناش فين نعسو الليلة، مالك الدار خرجنا")
    option = page.worries.worries.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    analyse(qtbot, page, "We have no heating")
    option = page.worries.worries.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.LeftToRight


def test_mechanism_shows_its_next_step(qtbot, page: HelpRequestPage):
    page.lens.boxes["not_asking"].setChecked(True)
    assert page.flow.draft.mechanisms == ["not_asking"]
    assert "Next step" in page.lens.steps["not_asking"].text()


def test_keyboard_moves_between_steps(qtbot, page: HelpRequestPage):
    page.worries.worries.setFocus()
    qtbot.keyClick(page.worries.worries, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentIndex() == URGENCY
    qtbot.keyClick(
        page.stack.currentWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier
    )
    assert page.stack.currentIndex() == 0
    assert page.next_button.text() == "&Next" and page.back_button.text() == "&Back"  # Alt+N, Alt+B


def test_no_family_selected_keeps_the_first_step(qtbot, page: HelpRequestPage):
    page.show_family(None)
    page.go_to(SUGGESTIONS)
    assert page.stack.currentIndex() == 0
    assert "select a family" in page.title.text()


def test_an_unsent_draft_comes_back_and_new_intake_starts_afresh(qtbot, page, family_id):
    analyse(qtbot, page, "De huurbaas wil ons eruit zetten en we hebben geen papieren.")
    page.worries.model.setData(
        page.worries.model.index(page.worries.model.domain_ids().index("legal_residence")),
        Qt.CheckState.Unchecked,
        Qt.ItemDataRole.CheckStateRole,
    )
    page.lens.boxes["not_knowing"].setChecked(True)
    page.go_to(SUGGESTIONS)
    page.suggestions.view.setCurrentIndex(page.suggestions.model.index(0))
    page.go_to(SUGGESTIONS + 1)  # saves the intake and a draft referral
    service_id = page.flow.service.id

    page.show_family(None)
    page.show_family(family_id)
    assert "huurbaas" in page.worries.worries.toPlainText()
    assert page.flow.service is not None and page.flow.service.id == service_id
    assert page.lens.boxes["not_knowing"].isChecked()
    qtbot.waitUntil(lambda: page.worries.model.rowCount() >= 2, timeout=10_000)
    assert page.flow.draft.domains == ["housing"], "an unticked domain stays unticked"

    page.new_button.click()
    assert page.worries.worries.toPlainText() == ""
    assert page.flow.service is None and page.flow.intake_id == ""


def test_a_huge_mixed_script_worry_gives_a_short_request(qtbot, page: HelpRequestPage, tmp_path):
    from datetime import date

    from outreach_desk.ui.helprequest.page import OUTPUTS

    text = ("Le proprio ne répond pas 😢 مالك الدار، pas de chauffage 🥶 " * 2000)[:100_000]
    analyse(qtbot, page, text)
    page.go_to(SUGGESTIONS)
    page.suggestions.view.setCurrentIndex(page.suggestions.model.index(0))
    page.go_to(SUGGESTIONS + 1)
    page.flow.record_consent(["*"], "verbal", date.today())
    page.go_to(OUTPUTS)
    assert page.stack.currentIndex() == OUTPUTS
    mail = page.flow.email_text()
    assert "pas de chauffage" in mail and len(mail) < 6000  # an excerpt, not 100 KB
