from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from outreach_desk.core.errors import ValidationError
from outreach_desk.render import pdf as pdf_module
from outreach_desk.render.fonts import load_bundled_fonts
from outreach_desk.render.pdf import write_pdf
from outreach_desk.render.raster import (
    dark_pixel_count,
    is_blank,
    pdf_fonts,
    pdf_text,
    render_pdf_to_png,
)
from outreach_desk.render.template import PLAINTEXT_NOTICE, html_escape, html_page

ARABIC = "المركز العمومي للعمل الاجتماعي"


def _page(path: Path, out: Path) -> Path:
    pages = render_pdf_to_png(path, out)
    assert pages, "pdftoppm produced no page"
    return pages[0]


def test_bundled_fonts_load_once_and_give_both_families() -> None:
    first = load_bundled_fonts()
    assert "Noto Sans" in first
    assert "Noto Sans Arabic" in first
    assert load_bundled_fonts() == first


def test_pdf_with_text_is_not_blank_and_has_the_title(tmp_path: Path, poppler: None) -> None:
    out = write_pdf(
        html_page("Hulpvraag", "<p>Een korte tekst.</p>", lang="nl"),
        tmp_path / "a.pdf",
        title="Hulpvraag",
    )
    assert out.read_bytes().startswith(b"%PDF-")
    assert not is_blank(_page(out, tmp_path / "png"))
    text = pdf_text(out)
    assert "Hulpvraag" in text
    assert "Onversleutelde export" in text


def test_empty_html_gives_a_blank_page(tmp_path: Path, poppler: None) -> None:
    out = write_pdf("<html><body></body></html>", tmp_path / "blank.pdf", title="x")
    assert is_blank(_page(out, tmp_path / "png"))


def test_arabic_is_embedded_with_the_bundled_arabic_font(tmp_path: Path, poppler: None) -> None:
    out = write_pdf(f'<p dir="rtl">{ARABIC}</p>', tmp_path / "ar.pdf", title="ar", rtl=True)
    fonts = dict(pdf_fonts(out))
    assert fonts.get("NotoSansArabic-Regular") is True
    # pdftotext returns Arabic presentation forms; NFKC maps them back to letters.
    assert ARABIC in unicodedata.normalize("NFKC", pdf_text(out))


def _ink(tmp_path: Path, name: str, text: str) -> QImage:
    out = write_pdf(
        f'<p dir="rtl" style="font-size:40pt">{text}</p>',
        tmp_path / f"{name}.pdf",
        title=name,
        rtl=True,
    )
    page = _page(out, tmp_path / name)
    assert not is_blank(page)
    image = QImage(str(page)).convertToFormat(QImage.Format.Format_Grayscale8)
    return image.copy(0, 0, image.width(), image.height() // 4)


def test_arabic_renders_as_glyphs_not_boxes(tmp_path: Path, poppler: None) -> None:
    # Missing glyphs print as identical "tofu" boxes, so two different three-letter words
    # would look the same. Real Arabic letters give two different pictures.
    first = _ink(tmp_path, "bab", "باب")
    second = _ink(tmp_path, "kutub", "كتب")
    assert first != second
    fonts = {name for name, _ in pdf_fonts(tmp_path / "bab.pdf")}
    assert "NotoSansArabic-Regular" in fonts


def test_rtl_paragraph_is_right_aligned_and_ltr_left_aligned(tmp_path: Path, poppler: None) -> None:
    rtl = write_pdf(f"<p>{ARABIC}</p>", tmp_path / "r.pdf", title="r", rtl=True)
    ltr = write_pdf("<p>Centre public d'action sociale</p>", tmp_path / "l.pdf", title="l")
    for path, expect_right in ((rtl, True), (ltr, False)):
        page = _page(path, tmp_path / path.stem)
        image = QImage(str(page))
        top = image.height() // 4
        left = dark_pixel_count(page, QRect(0, 0, image.width() // 2, top))
        right = dark_pixel_count(page, QRect(image.width() // 2, 0, image.width() // 2, top))
        assert (right > left) is expect_right, path.name


def test_existing_file_is_replaced_and_no_temp_file_is_left(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    write_pdf("<p>new</p>", target, title="t")
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_failure_leaves_nothing_behind_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    def broken(*_args: object) -> None:
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(pdf_module, "_print_document", broken)
    with pytest.raises(RuntimeError):
        write_pdf("<p>new</p>", target, title="t")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_unwritable_pdf_raises_a_typed_error_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_module, "_print_document", lambda *_args: None)
    with pytest.raises(pdf_module.DocumentRenderError, match="nothing was saved"):
        write_pdf("<p>x</p>", tmp_path / "x.pdf", title="t")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_validation_error(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        write_pdf("<p>x</p>", tmp_path / "nope" / "x.pdf", title="t")


def test_unknown_page_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="page size"):
        write_pdf("<p>x</p>", tmp_path / "x.pdf", title="t", page_size="B7")


def test_long_document_flows_onto_several_pages(tmp_path: Path, poppler: None) -> None:
    body = "".join(f"<p>Regel {i}</p>" for i in range(200))
    out = write_pdf(body, tmp_path / "long.pdf", title="long")
    pages = render_pdf_to_png(out, tmp_path / "png", dpi=30)
    assert len(pages) >= 3
    assert not any(is_blank(page, min_dark_pixels=5) for page in pages)


def test_html_escape_neutralises_markup_and_keeps_line_breaks() -> None:
    assert html_escape('<b>"Ahmed" & co</b>\nline 2') == (
        "&lt;b&gt;&quot;Ahmed&quot; &amp; co&lt;/b&gt;<br>line 2"
    )


def test_user_text_cannot_inject_markup_into_a_pdf(tmp_path: Path, poppler: None) -> None:
    out = write_pdf(
        html_page("t", f"<p>{html_escape('<h1>x</h1>')}</p>"), tmp_path / "e.pdf", title="t"
    )
    assert "<h1>x</h1>" in pdf_text(out)


@pytest.mark.parametrize("lang", sorted(PLAINTEXT_NOTICE))
def test_page_template_states_it_is_a_plaintext_export(lang: str) -> None:
    page = html_page("Titel", "<p>body</p>", lang=lang)
    assert html_escape(PLAINTEXT_NOTICE[lang]) in page
    assert ('dir="rtl"' in page) is (lang == "ar")


def test_bilingual_notice_lists_both_languages() -> None:
    page = html_page("x", "", lang="fr", notice_langs=["fr", "ar"])
    assert html_escape(PLAINTEXT_NOTICE["fr"]) in page
    assert html_escape(PLAINTEXT_NOTICE["ar"]) in page


def test_the_application_object_also_allows_widgets() -> None:
    # pytest-qt and the GUI need a QApplication; a bare QGuiApplication made for a PDF
    # earlier in the same process would make every later widget fail.
    from PySide6.QtWidgets import QApplication

    from outreach_desk.render.qtapp import ensure_gui_app

    assert isinstance(ensure_gui_app(), QApplication)


def test_missing_bundled_font_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from outreach_desk.render import fonts

    monkeypatch.setattr(fonts, "_loaded_families", None)
    monkeypatch.setenv("OUTREACH_DESK_RESOURCES", str(tmp_path))
    with pytest.raises(fonts.FontMissingError, match="reinstall"):
        fonts.load_bundled_fonts()
