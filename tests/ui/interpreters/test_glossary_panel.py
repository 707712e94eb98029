from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from outreach_desk.render.raster import PopplerMissingError, is_blank, pdf_text, render_pdf_to_png
from outreach_desk.ui.interpreters import InterpretersPage
from outreach_desk.ui.interpreters.glossary_model import GlossaryResultsModel


def _search(page: InterpretersPage, text: str) -> list[str]:
    panel = page.glossary_panel
    panel.search_field.setText(text)
    panel.run_search()  # what the typing timer does after a pause
    return [panel.model.entry(row).id for row in range(panel.model.rowCount())]


@pytest.mark.parametrize("query", ["cpas", "ocmw", "CPAS", "Ocmw"])
def test_the_ocmw_is_found_by_its_dutch_and_french_names(page: InterpretersPage, query: str):
    assert _search(page, query)[0] == "ocmw_cpas"


def test_aide_medicale_without_accents_finds_urgent_medical_aid(page: InterpretersPage):
    found = _search(page, "aide medicale")
    panel = page.glossary_panel
    assert found, "no entry for 'aide medicale'"
    assert "aide médicale" in (panel.glossary.get(found[0]).term("fr") or "").casefold()


def test_results_show_the_chosen_language_pair(page: InterpretersPage):
    panel = page.glossary_panel
    panel.right_lang.setCurrentIndex(panel.right_lang.findData("ar"))
    _search(page, "cpas")
    shown = panel.model.data(panel.model.index(0))
    assert "OCMW" in shown and "المركز" in shown


def test_an_empty_search_lists_the_whole_glossary(page: InterpretersPage):
    assert len(_search(page, "")) == len(page.glossary_panel.glossary)


def test_nonsense_shows_a_message_instead_of_a_stale_entry(page: InterpretersPage):
    assert _search(page, "zzqxjw") == []
    texts = [label.text() for label in page.glossary_panel.detail_body.findChildren(QLabel)]
    assert any("No entry matches" in text for text in texts)


def test_detail_shows_every_language_with_arabic_right_to_left(page: InterpretersPage, qtbot):
    _search(page, "ocmw")
    body = page.glossary_panel.detail_body
    arabic = body.findChild(QLabel, "glossary_term_ar")
    dutch = body.findChild(QLabel, "glossary_term_nl")
    assert arabic is not None and "المركز" in arabic.text()
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dutch is not None and dutch.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.waitExposed(page)
    # drawn on the right half of its block, as an Arabic reader expects
    block = body.findChild(QLabel, "glossary_term_ar").parentWidget()
    assert arabic.x() + arabic.width() > block.width() // 2


def test_review_status_is_visible_for_unreviewed_translations(page: InterpretersPage):
    panel = page.glossary_panel
    entry = next(e for e in panel.glossary.entries if any(not e.is_reviewed(c) for c in e.terms))
    lang = next(c for c in entry.terms if not entry.is_reviewed(c))
    panel.show_entry(entry)
    status = panel.detail_body.findChild(QLabel, f"glossary_review_{lang}")
    assert status is not None and "Needs review by a native speaker" in status.text()


def test_model_passes_qtmodeltester(page: InterpretersPage, qtmodeltester):
    model = GlossaryResultsModel(page.glossary_panel.glossary)
    model.search("cpas")
    qtmodeltester.check(model)
    model.search("")
    qtmodeltester.check(model)


def test_glossary_pdf_is_printed_in_the_chosen_languages(
    page: InterpretersPage, tmp_path: Path, monkeypatch
):
    out = tmp_path / "glossary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    panel = page.glossary_panel
    panel.right_lang.setCurrentIndex(panel.right_lang.findData("ar"))
    assert panel.print_glossary() == out
    try:
        pages = render_pdf_to_png(out, tmp_path / "png")
        text = pdf_text(out)
    except PopplerMissingError as error:
        pytest.skip(str(error))
    assert pages and not is_blank(pages[0])
    assert "OCMW" in text


def test_cancelling_the_file_dialog_writes_nothing(page: InterpretersPage, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert page.glossary_panel.print_glossary() is None


def test_the_tab_is_discovered_by_the_main_window():
    from outreach_desk.ui.pages import discover_pages

    spec = next(spec for spec in discover_pages() if spec.key == "interpreters")
    assert spec.title() == "&Interpreters"
