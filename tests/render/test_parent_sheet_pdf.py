"""The parent's sheet PDF: one page in ar, nl, fr and en; Arabic right to left."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from outreach_desk.core.help_request import Worker
from outreach_desk.core.parent_sheet import build_parent_sheet
from outreach_desk.core.referrals import Referral, RequestText
from outreach_desk.core.socialmap.model import (
    Access,
    Address,
    Organization,
    Phone,
    Service,
    Text,
    Welcome,
)
from outreach_desk.render.parent_sheet import text_direction, write_parent_sheet_pdf
from outreach_desk.render.raster import is_blank, pdf_fonts, pdf_text, pdf_words, render_pdf_to_png

SERVICE = Service(
    "svc",
    Organization("o", Text("OCMW", "CPAS", "PCSW")),
    Text("OCMW Schaarbeek", "CPAS de Schaerbeek", "PCSW Schaerbeek"),
    domains=("income_debts", "housing"),
    languages=("nl", "fr"),
    access=Access.WALK_IN,
    welcomes_undocumented=Welcome.YES,
    address=Address("Vooruitgangsstraat 1", "1030", "schaerbeek"),
    phones=(Phone("02 345 67 89"),),
    required_documents=("huurcontract", "identiteitskaart of paspoort"),
)
REFERRAL = Referral(
    "r", "f", "svc", "CPAS", appointment_at="2026-12-08T14:30",
    request=RequestText(documents=("attestation de l'école",)),
)  # fmt: skip
TITLES = {"ar": "خطوتك التالية", "nl": "Uw volgende stap", "fr": "Votre prochaine étape",
          "en": "Your next step"}  # fmt: skip


def _sheet_pdf(lang: str, tmp_path: Path) -> Path:
    sheet = build_parent_sheet(
        REFERRAL, SERVICE, lang, worker=Worker("Sara", phone="0470 11 22 33")
    )
    return write_parent_sheet_pdf(sheet, tmp_path / f"sheet-{lang}.pdf")


def _plain(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("lang", ["ar", "nl", "fr", "en"])
def test_sheet_is_one_readable_page(lang: str, tmp_path: Path, poppler: None) -> None:
    out = _sheet_pdf(lang, tmp_path)
    pages = render_pdf_to_png(out, tmp_path / "png")
    assert len(pages) == 1 and not is_blank(pages[0])
    text = _plain(pdf_text(out))
    for expected in ("Vooruitgangsstraat 1", "08/12/2026 14:30", "huurcontract", "0470 11 22 33"):
        assert expected in text, expected
    assert all(embedded for _name, embedded in pdf_fonts(out))


def test_arabic_sheet_embeds_arabic_glyphs_and_reads_right_to_left(
    tmp_path: Path, poppler: None
) -> None:
    out = _sheet_pdf("ar", tmp_path)
    assert dict(pdf_fonts(out)).get("NotoSansArabic-Regular") is True
    words = pdf_words(out)
    assert sum(w.is_arabic for w in words) > 60  # real glyphs, not empty boxes
    lines: dict[int, list] = {}
    for word in words:
        lines.setdefault(round(word.y_max), []).append(word)
    # (a lone diacritic sits at its own height: not a line)
    arabic_lines = [ws for ws in lines.values() if sum(w.is_arabic for w in ws) > 2]
    # Right-aligned: every Arabic line, short or long, ends at the same right margin.
    right_edges = [max(w.x_max for w in ws) for ws in arabic_lines]
    assert max(right_edges) > 450  # of 595 points
    assert max(right_edges) - min(right_edges) < 4
    # The label sits right of its value; the phone number keeps its digit groups in order.
    phone_line = next(ws for ws in lines.values() if any(w.text == "345" for w in ws))
    digits = sorted((w for w in phone_line if w.text[:1].isdigit()), key=lambda w: w.x_min)
    assert [w.text for w in digits] == ["02", "345", "67", "89"]
    label = [w for w in words if w.is_arabic and abs(w.y_max - digits[0].y_max) < 6]
    assert label and min(w.x_min for w in label) > digits[-1].x_max


def test_sheet_titles_in_the_parents_language(tmp_path: Path, poppler: None) -> None:
    for lang, title in TITLES.items():
        assert _plain(title) in _plain(pdf_text(_sheet_pdf(lang, tmp_path)))


def test_text_direction_from_first_strong_letter() -> None:
    assert text_direction("12 rue") == "ltr" and text_direction("٣ شارع") == "rtl"
    assert text_direction("") == "ltr"
