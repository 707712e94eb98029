from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.glossary import bundled_glossary
from outreach_desk.core.socialmap.model import Address, Organization, Phone, Service, Text
from outreach_desk.render.appointment_sheet import (
    AppointmentInput,
    appointment_from_service,
    appointment_sheet_html,
    format_when,
    key_terms,
    terms_table_html,
    write_appointment_sheet,
)
from outreach_desk.render.pdf import write_pdf
from outreach_desk.render.raster import (
    is_blank,
    pdf_fonts,
    pdf_text,
    pdf_words,
    render_pdf_to_png,
)

SHEET = AppointmentInput(
    agency_name="CPAS de Schaerbeek – service social",
    agency_lang="fr",
    family_lang="ar",
    agency_address="Rue Example 1, 1030 Schaerbeek",
    when=datetime(2026, 12, 8, 14, 30),
    who=["La mère", "Interprète"],
    request="Demander une carte médicale pour les enfants.",
    questions=["Quels documents pour l'enquête sociale ?"],
    documents=["Preuve d'adresse"],
    domains=["health", "income_debts"],
)


@pytest.fixture(scope="module")
def sheet_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sheet") / "sheet.pdf"
    return write_appointment_sheet(SHEET, out)


def test_sheet_pdf_is_not_blank(sheet_pdf: Path, tmp_path: Path, poppler: None) -> None:
    pages = render_pdf_to_png(sheet_pdf, tmp_path)
    assert 1 <= len(pages) <= 2, "an appointment sheet should fit on two pages"
    assert not any(is_blank(page) for page in pages)


def test_sheet_embeds_arabic_font_and_real_arabic_text(sheet_pdf: Path, poppler: None) -> None:
    fonts = dict(pdf_fonts(sheet_pdf))
    assert fonts.get("NotoSansArabic-Regular") is True
    assert fonts.get("NotoSans-Regular") is True
    # Boxes (.notdef glyphs) carry no text; real glyphs map back to Arabic letters.
    arabic_words = [w for w in pdf_words(sheet_pdf) if w.is_arabic]
    assert len(arabic_words) > 100


def test_sheet_prints_every_fact(sheet_pdf: Path, poppler: None) -> None:
    text = pdf_text(sheet_pdf)
    for expected in (
        "CPAS de Schaerbeek",
        "Rue Example 1",
        "mardi 8 décembre 2026, 14:30",
        "La mère",
        "Demander une carte médicale",
        "Quels documents pour",
        "Preuve d'adresse",
        "Export en clair",
        "carte médicale",
    ):
        assert expected in text, expected


def _terms_page(tmp_path: Path, data: AppointmentInput) -> tuple[list, float]:
    entries = key_terms(data, bundled_glossary())
    out = write_pdf(terms_table_html(entries, data), tmp_path / "terms.pdf", title="t")
    words = pdf_words(out)  # the table starts on a fresh page; x positions are per page
    middle = (min(w.x_min for w in words) + max(w.x_max for w in words)) / 2
    return words, middle


def test_arabic_column_is_on_the_right_and_french_on_the_left(
    tmp_path: Path, poppler: None
) -> None:
    words, middle = _terms_page(tmp_path, SHEET)
    arabic = [w for w in words if w.is_arabic]
    assert arabic and all(w.x_min > middle for w in arabic)
    french_firsts = {e.term("fr").split()[0] for e in key_terms(SHEET, bundled_glossary())}
    french = [w for w in words if w.text in french_firsts]
    assert french and all(w.x_max < middle for w in french)


def test_arabic_cells_are_right_aligned(tmp_path: Path, poppler: None) -> None:
    words, _ = _terms_page(tmp_path, SHEET)
    arabic = [w for w in words if w.is_arabic]
    right_edge = max(w.x_max for w in arabic)
    lines: dict[float, float] = {}
    for word in arabic:
        key = round(word.y_min)
        lines[key] = max(lines.get(key, 0.0), word.x_max)
    # Every Arabic line ends at the cell's right edge (a few points for "*" and padding).
    assert all(right_edge - line_end < 12 for line_end in lines.values())


def test_column_order_when_agency_speaks_dutch_and_family_french(
    tmp_path: Path, poppler: None
) -> None:
    data = replace(SHEET, agency_lang="nl", family_lang="fr")
    words, middle = _terms_page(tmp_path, data)
    dutch = {e.term("nl").split()[0] for e in key_terms(data, bundled_glossary())}
    assert all(w.x_max < middle for w in words if w.text in dutch)


def test_arabic_title_is_right_aligned_on_the_page(sheet_pdf: Path, poppler: None) -> None:
    words = [w for w in pdf_words(sheet_pdf) if w.page == 1]
    title = [w for w in words if w.is_arabic and (w.y_max - w.y_min) > 20]  # 15pt heading
    right_margin = max(w.x_max for w in words)
    assert title and right_margin - max(w.x_max for w in title) < 3


def test_key_terms_start_with_interpreter_basics_and_follow_the_domains() -> None:
    entries = key_terms(SHEET, bundled_glossary())
    assert [e.id for e in entries[:2]] == ["appointment", "interpreter"]
    assert {"urgent_medical_aid", "ocmw_cpas"} <= {e.id for e in entries}
    assert len(entries) == SHEET.term_count


def test_requested_terms_come_first() -> None:
    data = replace(SHEET, term_ids=["rental_deposit"], term_count=3)
    assert key_terms(data, bundled_glossary())[0].id == "rental_deposit"


def test_unreviewed_terms_are_marked_and_explained() -> None:
    html = appointment_sheet_html(SHEET)
    assert "لم يراجعه بعدُ متحدث أصلي" in html
    assert "pas encore relu" not in html  # every French term printed here is reviewed


def test_user_text_is_escaped() -> None:
    html = appointment_sheet_html(replace(SHEET, request="<script>x</script>"))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_missing_address_says_to_check_it() -> None:
    html = appointment_sheet_html(replace(SHEET, agency_address=""))
    assert "Absente de la carte sociale" in html


def test_confidential_address_is_never_printed() -> None:
    html = appointment_sheet_html(
        replace(SHEET, agency_address="Secret 1", address_confidential=True)
    )
    assert "Secret 1" not in html
    assert "Adresse confidentielle" in html


def test_unknown_language_and_empty_agency_are_refused() -> None:
    with pytest.raises(NotFound, match="no language 'xx'"):
        appointment_sheet_html(replace(SHEET, family_lang="xx"))
    with pytest.raises(ValidationError, match="agency's name"):
        appointment_sheet_html(replace(SHEET, agency_name=" "))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "mardi 8 décembre 2026, 14:30 (08/12/2026)"),
        ("nl", "dinsdag 8 december 2026, 14:30 (08/12/2026)"),
        ("en", "Tuesday 8 December 2026, 14:30 (08/12/2026)"),
        ("ar", "الثلاثاء 8 ديسمبر 2026، الساعة 14:30 (08/12/2026)"),
    ],
)
def test_dates_are_written_in_the_language_with_plain_digits(lang: str, expected: str) -> None:
    assert format_when(datetime(2026, 12, 8, 14, 30), lang) == expected


def _service(**overrides: object) -> Service:
    fields: dict[str, object] = {
        "id": "svc-1",
        "organization": Organization("org-1", Text(nl="OCMW X", fr="CPAS X")),
        "name": Text(nl="Sociale dienst", fr="Service social", en="Social service"),
        "domains": ("housing",),
        "phones": (Phone("02 000 00 00"),),
        "address": Address("Rue Example 1", "1030", "schaerbeek"),
        "required_documents": ("Carte d'identité",),
        "last_verified": date(2026, 1, 1),
    }
    fields.update(overrides)
    return Service(**fields)  # type: ignore[arg-type]


def test_sheet_from_a_social_map_service() -> None:
    data = appointment_from_service(
        _service(), agency_lang="fr", family_lang="ar", documents=["Bail"], request="r"
    )
    assert data.agency_name == "Service social"
    assert data.agency_address.startswith("Rue Example 1, 1030 ")
    assert "Schaerbeek" in data.agency_address
    assert data.agency_phone == "02 000 00 00"
    assert list(data.documents) == ["Bail", "Carte d'identité"]
    assert list(data.domains) == ["housing"]
    assert data.request == "r"


def test_service_with_confidential_address_keeps_it_off_the_sheet() -> None:
    data = appointment_from_service(
        _service(confidential_address=True), agency_lang="nl", family_lang="ar"
    )
    assert data.agency_address == ""
    assert data.address_confidential
    assert "Rue Example" not in appointment_sheet_html(data)


def test_service_address_to_verify_is_flagged() -> None:
    data = appointment_from_service(
        _service(needs_verification=("address",)), agency_lang="fr", family_lang="ar"
    )
    assert data.agency_address.endswith("(à vérifier)")


def test_key_terms_start_on_the_interpreters_own_page(sheet_pdf: Path, poppler: None) -> None:
    words = pdf_words(sheet_pdf)
    facts_page = next(w.page for w in words if w.text == "Quels")
    terms_page = next(w.page for w in words if w.text == "Français")  # column header
    assert (facts_page, terms_page) == (1, 2)


def test_sheet_without_subject_still_gets_first_visit_terms() -> None:
    entries = key_terms(replace(SHEET, domains=()), bundled_glossary())
    assert len(entries) == SHEET.term_count
    assert "ocmw_cpas" in {e.id for e in entries}
