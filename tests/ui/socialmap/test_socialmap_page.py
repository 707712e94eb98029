"""The social map screen as a worker uses it: type, narrow, read, note, use."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from outreach_desk.core.session import Session
from outreach_desk.core.socialmap import (
    Organization,
    Service,
    SocialMap,
    Text,
    Welcome,
    is_stale,
)
from outreach_desk.core.vault import Vault
from outreach_desk.ui.socialmap import SocialMapPage

from .conftest import PASSPHRASE


def _first(page: SocialMapPage) -> Service:
    return page.model.service_at(0)


def _type(qtbot, page: SocialMapPage, text: str) -> None:
    """Type like a person and wait for the debounced search to run."""
    page.search_field.clear()
    qtbot.keyClicks(page.search_field, text)
    qtbot.waitUntil(lambda: not page._timer.isActive(), timeout=3000)


def _select(page: SocialMapPage, service_id: str) -> None:
    page.show_service(service_id)
    assert page.detail.service is not None and page.detail.service.id == service_id


def _is_ocmw_schaerbeek(service: Service) -> bool:
    return service.municipalities == ("schaerbeek",) and "CPAS" in service.name.fr


@pytest.mark.parametrize("query", ["ocmw schaerbeek", "CPAS Schaerbeek", "OCMW Schaarbeek"])
def test_typing_a_name_shows_that_ocmw_cpas_first(qtbot, page: SocialMapPage, query: str) -> None:
    everything = page.model.rowCount()
    assert everything > 30, "with no words the whole map is listed"
    _type(qtbot, page, query)
    assert page.model.rowCount() < everything
    assert _is_ocmw_schaerbeek(_first(page))
    assert "OCMW/CPAS Schaerbeek" in page.model.index(0).data()


def test_search_waits_for_a_pause_in_typing(qtbot, page: SocialMapPage) -> None:
    before = page.model.rowCount()
    qtbot.keyClicks(page.search_field, "kind en gezin")
    assert page.model.rowCount() == before, "no search on every key press"
    qtbot.waitUntil(lambda: page.model.rowCount() < before, timeout=3000)


def test_filters_narrow_the_results(qtbot, page: SocialMapPage) -> None:
    everything = page.model.rowCount()
    page.filters.undocumented.click()
    welcoming = page.model.services()
    assert 0 < len(welcoming) < everything
    assert all(s.accepts_undocumented for s in welcoming)
    page.filters.set_domain("housing")
    housing = page.model.services()
    assert 0 < len(housing) < len(welcoming)
    assert all("housing" in s.domains and s.accepts_undocumented for s in housing)
    page.filters.clear_button.click()
    assert page.model.rowCount() == everything


def test_municipality_and_language_filters(qtbot, page: SocialMapPage) -> None:
    combo = page.filters.municipality
    combo.setCurrentIndex(combo.findData("schaerbeek"))
    assert "Schaarbeek / Schaerbeek" in combo.currentText(), "both official names"
    in_schaerbeek = page.model.services()
    assert in_schaerbeek and all(s.serves_municipality("schaerbeek") for s in in_schaerbeek)
    assert not any(s.municipalities == ("molenbeek",) for s in in_schaerbeek)
    languages = page.filters.language
    languages.setCurrentIndex(languages.findData("ar"))
    assert all("ar" in s.languages for s in page.model.services())


def test_formal_and_informal_chips_exclude_each_other(qtbot, page: SocialMapPage) -> None:
    page.filters.informal.click()
    informal = page.model.services()
    assert informal and all(s.formality.value == "informal" for s in informal)
    page.filters.formal.click()
    assert not page.filters.informal.isChecked()
    assert all(s.formality.value == "formal" for s in page.model.services())


def test_no_results_says_what_to_do(qtbot, page: SocialMapPage) -> None:
    page.filters.walk_in.click()
    _type(qtbot, page, "qqzzxxnothing")
    assert page.model.rowCount() == 0
    assert page.results_stack.currentIndex() == 1
    assert "Remove some filters" in page.empty_label.text()
    assert page.empty_clear.isVisibleTo(page)
    page.empty_clear.click()
    assert not page.filters.walk_in.isChecked()
    assert page.count_label.text() == "0 services"


def test_detail_marks_a_stale_record(qtbot, page: SocialMapPage) -> None:
    _type(qtbot, page, "kind en gezin")
    stale = next(s for s in page.model.services() if is_stale(s))
    _select(page, stale.id)
    assert page.detail.stale_marker.isVisibleTo(page)
    assert "STALE" in page.detail.stale_marker.text()
    assert stale.last_verified is not None
    from outreach_desk.ui.texts import format_date

    shown_date = format_date(stale.last_verified.isoformat())  # in the interface's own format
    assert shown_date in page.detail.stale_marker.text()
    facts = page.detail.facts.toPlainText()
    assert "needs verification" in facts
    assert "Source:" in facts
    assert "STALE" in page.model.index(page.model.row_of(stale.id)).data()


def _fresh_service(**changes: object) -> Service:
    values: dict[str, object] = {
        "id": "test-fresh-service",
        "organization": Organization("test-org", Text(nl="Buurtwerk Zwanenberg")),
        "name": Text(nl="Zwanenberg inloop", fr="Zwanenberg accueil", en="Zwanenberg drop-in"),
        "domains": ("food_material",),
        "municipalities": ("schaerbeek",),
        "languages": ("ar", "fr"),
        "welcomes_undocumented": Welcome.CONDITIONS,
        "undocumented_conditions": "only food parcels",
        "source": "Zwanenberg folder 2026",
        "field_sources": {"languages": "phone call with the coordinator"},
        "last_verified": date.today() - timedelta(days=10),
        "required_documents": ("proof of address",),
        "cost": "free",
    }
    values.update(changes)
    return Service(**values)  # type: ignore[arg-type]


def test_a_fresh_record_has_no_stale_marker_and_shows_every_fact(
    qtbot, session: Session, make_page
) -> None:
    with SocialMap.open(session.vault.data_dir) as social_map:
        social_map.upsert([_fresh_service()], "test")
    page = make_page(session)
    _select(page, "test-fresh-service")
    assert not page.detail.stale_marker.isVisibleTo(page)
    facts = page.detail.facts.toPlainText()
    for expected in (
        "Dutch: Zwanenberg inloop",
        "French: Zwanenberg accueil",
        "English: Zwanenberg drop-in",
        "Buurtwerk Zwanenberg",
        "Food and material aid",
        "Schaarbeek / Schaerbeek",
        "Under conditions - only food parcels",
        "Waiting list",
        "Interpretation",
        "Arabic",
        "proof of address",
        "free",
        "Phone",
        "phone call with the coordinator",
        "Zwanenberg folder 2026",
        "verified 10 days ago",
    ):
        assert expected in facts, expected


def test_a_confidential_address_is_never_shown(qtbot, page: SocialMapPage) -> None:
    from outreach_desk.core.socialmap import Address

    shelter = _fresh_service(
        confidential_address=True, address=Address("Geheimestraat 12", "1030", "schaerbeek")
    )
    page.detail.show_service(shelter)
    facts = page.detail.facts.toPlainText()
    assert "Geheimestraat" not in facts
    assert "Confidential address: contact by phone" in facts


def test_experience_note_is_shown_and_survives_lock(
    qtbot, session: Session, make_page, vault_dir: Path
) -> None:
    page = make_page(session)
    _type(qtbot, page, "ocmw schaerbeek")
    ocmw = _first(page)
    _select(page, ocmw.id)
    assert page.experience.empty.isVisibleTo(page)
    qtbot.keyClicks(page.experience.editor, "ask for Fatima, speaks Tarifit")
    page.experience.save_button.click()
    assert any("ask for Fatima" in text for text in page.experience.note_texts())
    assert page.experience.editor.toPlainText() == ""
    assert "1 experience note" in page.model.index(page.model.row_of(ocmw.id)).data()

    page.lock()
    session.lock()
    reopened = Session(Vault.open(vault_dir, PASSPHRASE))
    try:
        again = make_page(reopened)
        _select(again, ocmw.id)
        assert any("ask for Fatima" in text for text in again.experience.note_texts())
    finally:
        again.lock()
        reopened.lock()


def test_a_half_typed_note_survives_a_new_search(qtbot, page: SocialMapPage) -> None:
    _type(qtbot, page, "ocmw schaerbeek")
    _select(page, _first(page).id)
    page.experience.editor.setPlainText("half typed")
    page.filters.walk_in.click()
    page.filters.walk_in.click()
    assert page.experience.editor.toPlainText() == "half typed"


def test_show_service_finds_it_behind_filters(qtbot, page: SocialMapPage) -> None:
    hidden = next(s for s in page.model.services() if not s.walk_in)
    page.filters.walk_in.click()
    page.show_service(hidden.id)
    assert page.detail.service == hidden
    assert not page.filters.walk_in.isChecked()


def test_experience_note_edit_and_delete_with_confirmation(
    qtbot, page: SocialMapPage, monkeypatch
) -> None:
    service = page.model.service_at(0)
    _select(page, service.id)
    page.experience.editor.setPlainText("waited 3 weeks")
    page.experience.save_button.click()
    page.experience.notes.setCurrentRow(0)
    page.experience.edit_button.click()
    assert page.experience.save_button.text().replace("&", "") == "Save changes"
    page.experience.editor.setPlainText("waited 5 weeks")
    page.experience.save_button.click()
    assert ["waited 5 weeks" in t for t in page.experience.note_texts()] == [True]

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: next(answers))
    page.experience.notes.setCurrentRow(0)
    page.experience.delete_button.click()
    assert len(page.experience.note_texts()) == 1, "'No' keeps the note"
    page.experience.delete_button.click()
    assert page.experience.note_texts() == []
    assert page.experience_store.for_service(service.id) == []


def test_use_in_a_help_request_emits_the_service_id(qtbot, page: SocialMapPage) -> None:
    _type(qtbot, page, "cpas schaerbeek")
    ocmw = _first(page)
    _select(page, ocmw.id)
    with qtbot.waitSignal(page.use_in_request, timeout=1000) as signal:
        page.detail.use_button.click()
    assert signal.args == [ocmw.id]


def test_keyboard_search_arrows_and_enter(qtbot, page: SocialMapPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.results.setFocus()
    # Through the window, as a real key press travels (that is where shortcuts live).
    QTest.keySequence(page.windowHandle(), QKeySequence("Ctrl+K"))
    assert QApplication.focusWidget() is page.search_field
    qtbot.keyClicks(page.search_field, "kind en gezin")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.results, (
        "Down walks from the search field into the results"
    )
    assert page.results.currentIndex().row() == 0
    qtbot.keyClick(page.results, Qt.Key.Key_Down)
    second = page.model.service_at(1)
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert page.detail.service == second
    assert QApplication.focusWidget() is page.detail.facts, "Enter opens the detail"
    page.results.setFocus()
    page.results.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.results, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is page.search_field, "Up on the first result: type more"
    qtbot.keyClick(page.search_field, Qt.Key.Key_Escape)
    assert page.search_field.text() == ""
    assert page.model.rowCount() > 30


def test_results_model_passes_the_model_tester(qtmodeltester, page: SocialMapPage) -> None:
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model, force_py=True)
    page.model.set_experience_counts({page.model.service_at(0).id: 2})
    assert "2 experience notes" in page.model.index(0).data()
    page.filters.undocumented.click()  # a reset while the tester watches
    assert page.model.rowCount() > 0
    page.model.clear()
    assert page.model.rowCount() == 0


def test_lock_empties_the_screen(qtbot, page: SocialMapPage) -> None:
    _select(page, page.model.service_at(0).id)
    page.experience.editor.setPlainText("half typed")
    page.lock()
    assert page.model.rowCount() == 0
    assert page.detail.service is None
    assert page.experience.editor.toPlainText() == ""


def test_language_change_rewrites_names_in_the_new_language(qtbot, page: SocialMapPage) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QLocale
    from PySide6.QtWidgets import QWidget

    _type(qtbot, page, "ocmw schaerbeek")
    _select(page, _first(page).id)
    assert page.detail.title.text().startswith("OCMW/CPAS Schaerbeek")
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Belgium))
    try:
        # What installing a translator does: every widget hears LanguageChange.
        for widget in [page, *page.findChildren(QWidget)]:
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
        assert page.model.index(0).data().startswith("CPAS de Schaerbeek")
        assert page.detail.title.text() == "CPAS de Schaerbeek"
        assert "Revenus et dettes" in page.detail.facts.toPlainText()
    finally:
        QLocale.setDefault(previous)
