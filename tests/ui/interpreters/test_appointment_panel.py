from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from outreach_desk.core.casefile import FamilyStore
from outreach_desk.core.referrals import Referral, ReferralStore, RequestText
from outreach_desk.core.session import Session
from outreach_desk.core.socialmap import SocialMap
from outreach_desk.render.raster import PopplerMissingError, is_blank, pdf_text, render_pdf_to_png
from outreach_desk.ui.interpreters import InterpretersPage

QUESTION = "Can the family get help paying the rent arrears?"


@pytest.fixture
def family_with_referral(session: Session) -> tuple[str, Referral]:
    family = FamilyStore(session.vault).add("Family K", languages=("ar",))
    with SocialMap.open(session.vault.data_dir) as social_map:
        service = social_map.search("cpas anderlecht", limit=1)[0].service
    referral = ReferralStore(session.vault).save(
        Referral(
            id="",
            family_id=family.id,
            service_id=service.id,
            service_name=service.name.get("fr"),
            agency_language="fr",
            domains=("income_debts",),
            request=RequestText(question=QUESTION, documents=("identity card", "rent contract")),
            appointment_at="2026-12-08",
        )
    )
    return family.id, referral


def _save_to(monkeypatch, out: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))


def _assert_printed(pdf: Path, tmp_path: Path, *expected: str) -> None:
    try:
        pages = render_pdf_to_png(pdf, tmp_path / "png")
        text = pdf_text(pdf)
    except PopplerMissingError as error:
        pytest.skip(str(error))
    assert pages and not is_blank(pages[0])
    words = " ".join(text.split())  # the PDF wraps long lines
    for part in expected:
        assert part in words


def test_selecting_a_family_prefills_the_sheet_from_its_referral(
    page: InterpretersPage, family_with_referral
):
    family_id, referral = family_with_referral
    panel = page.appointment_panel
    page.show_family(family_id)
    assert panel.from_referral.isChecked()
    assert panel.referral_combo.currentData() == referral.id
    assert panel.request_edit.text() == QUESTION
    assert "rent contract" in panel.documents_edit.toPlainText()
    assert panel.family_lang.currentData() == "ar"
    assert panel.when_edit.date().toString("yyyy-MM-dd") == "2026-12-08"


def test_sheet_from_a_referral_in_arabic_is_written(
    page: InterpretersPage, family_with_referral, tmp_path: Path, monkeypatch
):
    family_id, _referral = family_with_referral
    page.show_family(family_id)
    panel = page.appointment_panel
    panel.who_edit.setText("mother, interpreter")
    panel.questions_edit.setPlainText("Which documents are still missing?")
    data = panel.appointment_input()
    assert (data.family_lang, data.agency_lang) == ("ar", "fr")
    assert data.documents == ["identity card", "rent contract"]
    out = tmp_path / "sheet.pdf"
    _save_to(monkeypatch, out)
    assert panel.save_sheet() == out
    _assert_printed(out, tmp_path, "rent arrears", "Which documents")


def test_on_its_own_with_a_typed_agency_name(page: InterpretersPage, tmp_path, monkeypatch):
    panel = page.appointment_panel
    page.show_family(None)
    assert panel.on_its_own.isChecked() and not panel.referral_combo.isEnabled()
    panel.agency_name.setText("Maison médicale du Canal")
    panel.request_edit.setText("A first consultation for the youngest child")
    out = tmp_path / "own.pdf"
    _save_to(monkeypatch, out)
    assert panel.save_sheet() == out
    _assert_printed(out, tmp_path, "Canal")


def test_on_its_own_with_a_service_found_on_the_social_map(page: InterpretersPage):
    panel = page.appointment_panel
    panel.service_search.setText("cpas anderlecht")
    panel.search_services()
    assert panel.service_combo.currentData()
    data = panel.appointment_input()
    assert "Anderlecht" in data.agency_name or "Anderlecht" in data.agency_address


def test_without_any_agency_the_worker_is_told_before_choosing_a_file(
    page: InterpretersPage, monkeypatch
):
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("x"))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    page.appointment_panel.on_its_own.setChecked(True)
    assert page.appointment_panel.save_sheet() is None
    assert asked == []
    assert warned and "agency's name" in warned[0]
