"""The help request PDF: produced only behind the consent gate, readable in nl, fr and en."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from outreach_desk.core.casefile import Family, Member
from outreach_desk.core.consent import Consent, Recipient
from outreach_desk.core.errors import ConsentMissing
from outreach_desk.core.help_request import RequestInputs, Worker, build_help_request
from outreach_desk.core.referrals import Intake, Referral
from outreach_desk.core.socialmap.model import Organization, Service, Text
from outreach_desk.render.help_request import help_request_html, printable, write_help_request_pdf
from outreach_desk.render.raster import is_blank, pdf_fonts, pdf_text, render_pdf_to_png

SERVICE = Service(
    "svc",
    Organization("o", Text("OCMW", "CPAS", "PCSW")),
    Text("OCMW Schaarbeek", "CPAS de Schaerbeek", "PCSW Schaerbeek"),
    languages=("nl", "fr"),
    required_documents=("huurcontract",),
)
FAMILY = Family(
    "f", "F", members=(Member("c1", "child", "Yasmine", 2019),), languages=("ar",)
)  # fmt: skip
CONSENT = Consent(
    "c", "f", ("housing",), (Recipient("service", "svc", "CPAS"),), "2026-11-20", "verbal"
)
QUESTION = {
    "fr": "Pouvez-vous aider cette famille pour : logement ?",
    "nl": "Kunt u dit gezin helpen op het vlak van wonen?",
    "en": "Can you help this family with housing?",
}
NOTICE = {"fr": "Export en clair", "nl": "Onversleutelde export", "en": "Plaintext export"}


def _inputs(lang: str, worries: str = "Pas de chauffage.", consents=(CONSENT,)) -> RequestInputs:
    intake = Intake("i", "f", worries=worries, domains=("housing",), child_notes={"c1": "Froid."})
    referral = Referral(
        "r", "f", "svc", "CPAS", agency_language=lang, intake_id="i", domains=("housing",)
    )
    return RequestInputs(
        referral,
        SERVICE,
        FAMILY,
        intake,
        tuple(consents),
        worker=Worker("Sara"),
        today=date(2026, 11, 27),
    )


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_request_pdf_renders_readable_pages(lang: str, tmp_path: Path, poppler: None) -> None:
    out = write_help_request_pdf(build_help_request(_inputs(lang)), tmp_path / f"r-{lang}.pdf")
    pages = render_pdf_to_png(out, tmp_path / "png")
    assert 1 <= len(pages) <= 3 and not any(is_blank(p) for p in pages)
    text = pdf_text(out)
    assert QUESTION[lang] in " ".join(text.split())
    assert NOTICE[lang] in text and "huurcontract" in text and "Sara" in text
    assert "Yasmine" not in text
    assert all(embedded for _name, embedded in pdf_fonts(out))


def test_without_consent_no_pdf_is_written(tmp_path: Path) -> None:
    out = tmp_path / "request.pdf"
    with pytest.raises(ConsentMissing, match="housing"):
        write_help_request_pdf(build_help_request(_inputs("fr", consents=())), out)
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "worries",
    [
        "",
        "x" * 100_000,
        "ik heb geen papieren, le proprio veut nous expulser " * 2000,
        "Le proprio 🏠😢 veut nous expulser 💔 العائلة بلا مأوى 👨‍👩‍👧‍👦 🇧🇪 geen verwarming",
    ],
    ids=["empty", "100k-one-word", "100k-words", "mixed-emoji"],
)
def test_any_worries_make_a_short_readable_pdf(worries: str, tmp_path: Path, poppler: None) -> None:
    out = write_help_request_pdf(build_help_request(_inputs("fr", worries)), tmp_path / "r.pdf")
    pages = render_pdf_to_png(out, tmp_path / "png")
    assert 1 <= len(pages) <= 3 and not is_blank(pages[0])
    text = pdf_text(out)
    assert "Pouvez-vous aider" in text
    if "العائلة" in worries:
        assert "verwarming" in text and "expulser" in text and "🏠" not in text


def test_html_escapes_what_people_typed() -> None:
    html = help_request_html(build_help_request(_inputs("fr", "<b>pas</b> & <script>")))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_printable_drops_pictographs_only() -> None:
    assert printable("Le proprio 🏠😢 veut 👨‍👩‍👧") == "Le proprio veut "
    assert printable("العائلة — école ✓") == "العائلة — école "
    assert printable("sans emoji") == "sans emoji"
