from __future__ import annotations

from pathlib import Path

import pytest

from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.glossary import bundled_glossary
from outreach_desk.render.glossary_pdf import glossary_html, write_glossary_pdf
from outreach_desk.render.raster import is_blank, pdf_fonts, pdf_words, render_pdf_to_png


def test_glossary_pdf_prints_both_languages_in_columns(tmp_path: Path, poppler: None) -> None:
    out = write_glossary_pdf(tmp_path / "g.pdf", ["nl", "ar"], domains=["housing"])
    pages = render_pdf_to_png(out, tmp_path / "png")
    assert not is_blank(pages[0])
    assert dict(pdf_fonts(out)).get("NotoSansArabic-Bold") is True
    words = [w for w in pdf_words(out) if w.page == 1]
    middle = (min(w.x_min for w in words) + max(w.x_max for w in words)) / 2
    huurwaarborg = [w for w in words if w.text == "huurwaarborg"]
    assert huurwaarborg and huurwaarborg[0].x_max < middle
    table_arabic = [w for w in words if w.is_arabic and w.y_min > huurwaarborg[0].y_min]
    assert table_arabic and all(w.x_min > middle for w in table_arabic)


def test_glossary_html_groups_by_domain_and_skips_missing_languages() -> None:
    html = glossary_html(bundled_glossary(), ["fr", "prs"], domains=["health", "housing"])
    assert html.index("Santé") < html.index("Logement")
    # Entries without a Dari term are left out rather than printed half empty.
    assert "HZIV" not in html and "CAAMI" not in html


def test_arabic_first_glossary_is_a_right_to_left_page() -> None:
    html = glossary_html(bundled_glossary(), ["ar", "fr"], domains=["school"])
    assert '<body dir="rtl">' in html
    assert "معجم المصالح الاجتماعية" in html


def test_glossary_pdf_refuses_unknown_or_no_language(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        write_glossary_pdf(tmp_path / "g.pdf", ["nl", "klingon"])
    with pytest.raises(ValidationError):
        glossary_html(bundled_glossary(), [])
    assert list(tmp_path.iterdir()) == []
