"""The Training tab: cases, hidden facts, debrief, resets and scenario pack files."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication

from outreach_desk.core.training import Answers
from outreach_desk.core.training.store import imported_packs_dir
from outreach_desk.core.training.vault_seed import training_state_hash
from outreach_desk.ui.pages import discover_pages
from outreach_desk.ui.training.case_model import EXERCISES, LANGUAGES, TITLE
from outreach_desk.ui.training.page import TrainingPage


def _cell(page: TrainingPage, row: int, column: int) -> object:
    return page.model.data(page.model.index(row, column))


def test_the_tab_is_offered_only_in_training_vaults() -> None:
    spec = next(spec for spec in discover_pages() if spec.key == "training")
    assert spec.kinds == ("training",)


def test_lists_the_twelve_cases_with_languages_and_exercises(page: TrainingPage, qtmodeltester):
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 12
    titles = [_cell(page, row, TITLE) for row in range(12)]
    assert "Turned away at the OCMW" in titles
    row = page.model.row_of("darija-ocmw")
    assert _cell(page, row, LANGUAGES) == "Moroccan Arabic"
    assert all(_cell(page, r, EXERCISES) == 6 for r in range(12))


def test_titles_follow_the_interface_language(page: TrainingPage) -> None:
    QLocale.setDefault(QLocale("fr_BE"))
    QApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert _cell(page, page.model.row_of("darija-ocmw"), TITLE) == "Refusée au CPAS"
    assert _cell(page, page.model.row_of("darija-ocmw"), LANGUAGES) == "arabe marocain"


def test_worries_in_arabic_script_are_laid_out_right_to_left(page: TrainingPage) -> None:
    page.select_case("darija-ocmw")
    original = page.case_view.worry_labels[0]
    assert original.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert original.alignment() & Qt.AlignmentFlag.AlignRight
    assert "الطبيب" in original.text()
    page.select_case("father-not-welcome")
    assert page.case_view.worry_labels[0].layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_hidden_facts_are_revealed_one_by_one(qtbot, page: TrainingPage, training_session):
    page.select_case("darija-ocmw")
    view = page.case_view
    assert all("not revealed" in label.text() for label in view.fact_labels)
    view.reveal_button.click()
    qtbot.waitUntil(lambda: view.revealed == 1)
    assert "not revealed" not in view.fact_labels[0].text()
    assert "not revealed" in view.fact_labels[1].text()
    view.reveal_button.click()
    qtbot.waitUntil(lambda: view.revealed == 2)
    assert "not revealed" in view.fact_labels[2].text()
    # the facts went into the case notes, so a page built later agrees
    again = TrainingPage(training_session)
    qtbot.addWidget(again)
    again.select_case("darija-ocmw")
    assert again.case_view.revealed == 2


def test_last_fact_revealed_disables_the_button(qtbot, page: TrainingPage) -> None:
    page.select_case("darija-ocmw")
    view = page.case_view
    for number in (1, 2, 3):
        view.reveal_button.click()
        qtbot.waitUntil(lambda number=number: view.revealed == number)
    assert not view.reveal_button.isEnabled()
    assert view.reveal_status.text() == "3 of 3 revealed"


def test_debrief_shows_matched_missed_extra_and_warnings(page: TrainingPage) -> None:
    page.select_case("darija-ocmw")
    page.debrief_view.set_answers(
        Answers(
            mechanisms=frozenset({"no_access", "exclusion"}),
            agencies=frozenset({"ocmw"}),
            domains=frozenset({"health"}),
        )
    )
    result = page.debrief_view.result
    assert result is not None
    assert result.mechanisms.matched == ("no_access",)
    assert "not_asking" in result.mechanisms.missed
    assert result.mechanisms.extra == ("exclusion",)
    shown = page.debrief_view.outcome.text()
    assert "would turn this family away" in shown
    assert "OCMW / CPAS of the municipality" in shown
    assert "Not asking" in shown  # missed mechanism, by its name


def test_ticking_a_box_updates_the_debrief(page: TrainingPage) -> None:
    page.select_case("darija-ocmw")
    checklist = page.debrief_view.mechanisms
    item = next(
        checklist.item(r)
        for r in range(checklist.count())
        if checklist.item(r).text() == "No access"
    )
    item.setCheckState(Qt.CheckState.Checked)
    assert page.debrief_view.result is not None
    assert page.debrief_view.result.mechanisms.matched == ("no_access",)


def test_reset_of_one_case_restores_the_initial_state(qtbot, page: TrainingPage, training_session):
    initial = training_state_hash(training_session.vault)
    page.select_case("darija-ocmw")
    for number in (1, 2):
        page.case_view.reveal_button.click()
        qtbot.waitUntil(lambda number=number: page.case_view.revealed == number)
    assert training_state_hash(training_session.vault) != initial
    page.confirm = lambda title, text: True  # type: ignore[method-assign]
    page.buttons["reset_case"].click()
    qtbot.waitUntil(lambda: "reset" in page.message.text())
    assert training_state_hash(training_session.vault) == initial
    assert page.case_view.revealed == 0


def test_reset_is_not_done_without_confirmation(qtbot, page: TrainingPage, training_session):
    page.select_case("darija-ocmw")
    page.case_view.reveal_button.click()
    qtbot.waitUntil(lambda: page.case_view.revealed == 1)
    changed = training_state_hash(training_session.vault)
    page.confirm = lambda title, text: False  # type: ignore[method-assign]
    page.buttons["reset_case"].click()
    qtbot.wait(50)
    assert training_state_hash(training_session.vault) == changed


def test_whole_reset_asks_the_controller_after_confirmation(qtbot, training_session) -> None:
    calls: list[str] = []
    page = TrainingPage(training_session, {"reset_training_vault": lambda: calls.append("reset")})
    qtbot.addWidget(page)
    page.confirm = lambda title, text: False  # type: ignore[method-assign]
    page.buttons["reset_vault"].click()
    assert calls == []
    page.confirm = lambda title, text: True  # type: ignore[method-assign]
    with qtbot.waitSignal(page.reset_requested):
        page.buttons["reset_vault"].click()
    assert calls == ["reset"]


def test_a_malformed_pack_is_refused_and_changes_nothing(
    qtbot, page: TrainingPage, training_session, base_dir: Path, tmp_path: Path
) -> None:
    before = training_state_hash(training_session.vault)
    exported = tmp_path / "pack.json"
    page.ask_export_path = lambda suggested: exported  # type: ignore[method-assign]
    page.buttons["export"].click()
    qtbot.waitUntil(exported.exists)
    pack = json.loads(exported.read_text(encoding="utf-8"))
    pack["pack_id"] = "workshop-extra"
    for case in pack["cases"]:
        case["id"] = "new-" + case["id"]
    del pack["cases"][3]["worries"][0]["lang"]  # one bad field in the fourth case
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(pack), encoding="utf-8")
    page.ask_import_path = lambda: broken  # type: ignore[method-assign]
    page.buttons["import"].click()
    qtbot.waitUntil(lambda: "refused" in page.message.text())
    shown = page.message.text()
    assert str(broken) in shown
    assert "new-alone-and-exhausted" in shown
    assert "lang" in shown
    assert page.model.rowCount() == 12
    folder = imported_packs_dir(base_dir)
    assert not folder.exists() or not any(folder.iterdir())
    assert training_state_hash(training_session.vault) == before


def test_a_good_pack_is_imported_and_its_cases_listed(
    qtbot, page: TrainingPage, tmp_path: Path
) -> None:
    exported = tmp_path / "pack.json"
    page.ask_export_path = lambda suggested: exported  # type: ignore[method-assign]
    page.buttons["export"].click()
    qtbot.waitUntil(exported.exists)
    pack = json.loads(exported.read_text(encoding="utf-8"))
    pack["pack_id"] = "workshop-extra"
    pack["cases"] = pack["cases"][:2]
    for case in pack["cases"]:
        case["id"] = "extra-" + case["id"]
    good = tmp_path / "good.json"
    good.write_text(json.dumps(pack), encoding="utf-8")
    page.ask_import_path = lambda: good  # type: ignore[method-assign]
    page.buttons["import"].click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 14)
    assert "Imported 2 case(s)" in page.message.text()


def test_whole_reset_unwired_says_how_to_do_it(qtbot, page: TrainingPage) -> None:
    page.confirm = lambda title, text: True  # type: ignore[method-assign]
    page.buttons["reset_vault"].click()
    assert "outreach-desk training reset" in page.message.text()


def test_cases_can_be_chosen_in_a_right_to_left_interface(qtbot, qapp, training_session) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = TrainingPage(training_session)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.select_case("negotiated-occupation")
        chosen = page.selected()
        assert chosen is not None and chosen[1].id == "negotiated-occupation"
        title = str(_cell(page, page.model.row_of("negotiated-occupation"), TITLE))
        assert title.endswith("?\u200e")  # the question mark stays at the end of the title
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_exercises_show_prompts_and_notes_only_on_request(page: TrainingPage) -> None:
    page.select_case("teen-drop-out")
    page.tabs.setCurrentWidget(page.exercises_view)
    view = page.exercises_view
    assert len(view.prompt_labels) == 6
    assert "mechanism" in view.prompt_labels[0].text()
    assert not any(label.isVisible() for label in view.note_labels)
    view.show_notes.setChecked(True)
    assert all(label.isVisible() for label in view.note_labels)
    assert "Zarmina" in view.note_labels[0].text()
    page.select_case("energy-bills")  # another case, drawn at once on the visible tab
    assert "Zarmina" not in view.note_labels[0].text()
