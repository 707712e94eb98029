"""The glossary and appointment-sheet commands: no vault, JSON for scripts, clear errors."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outreach_desk.cli import main

needs_poppler = pytest.mark.skipif(
    shutil.which("pdffonts") is None, reason="poppler-utils is not installed"
)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):
    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_search_cpas_prints_all_four_main_languages(run) -> None:
    code, out, _ = run("glossary", "search", "CPAS")
    assert code == 0
    first = out.split("\n\n")[0]
    assert out.startswith("ocmw_cpas")
    for expected in ("OCMW (Openbaar", "CPAS (Centre public", "Public Social Welfare", "المركز"):
        assert expected in first


def test_search_json_without_accents(run) -> None:
    code, out, _ = run("glossary", "search", "aide medicale", "--json")
    assert code == 0
    hits = json.loads(out)
    assert hits[0]["id"] == "urgent_medical_aid"
    assert hits[0]["matched_lang"] == "fr"
    assert hits[0]["review"]["ar"] == "needs_review"


def test_search_in_arabic_with_language_filter(run) -> None:
    code, out, _ = run("glossary", "search", "البطاقة الطبية", "--lang", "ar", "--json")
    assert code == 0
    assert json.loads(out)[0]["id"] == "medical_card"


def test_search_nothing_found_is_not_an_error(run) -> None:
    code, out, _ = run("glossary", "search", "zzzzqqq")
    assert code == 0
    assert "No glossary entry" in out


def test_search_unknown_language_exits_not_found(run) -> None:
    code, _, err = run("glossary", "search", "CPAS", "--lang", "xx")
    assert code == 7
    assert "no language 'xx'" in err


def test_show_and_coverage(run) -> None:
    code, out, _ = run("glossary", "show", "rental_deposit")
    assert code == 0 and "huurwaarborg" in out and "garantie locative" in out
    code, out, _ = run("glossary", "coverage", "--json")
    coverage = json.loads(out)
    assert coverage["entries"] >= 80
    assert coverage["languages"]["ar"]["terms"] == coverage["entries"]


@needs_poppler
def test_glossary_pdf_command(run, tmp_path: Path) -> None:
    out_pdf = tmp_path / "glossary.pdf"
    code, out, _ = run("glossary", "pdf", "--langs", "nl,ar", "--domain", "health", str(out_pdf))
    assert code == 0
    assert out_pdf.read_bytes().startswith(b"%PDF-")
    assert "plaintext" in out


def test_glossary_pdf_into_missing_folder_is_invalid_input(run, tmp_path: Path) -> None:
    code, _, err = run("glossary", "pdf", str(tmp_path / "no" / "g.pdf"))
    assert code == 8
    assert "does not exist" in err


@needs_poppler
def test_appointment_sheet_for_an_agency_not_on_the_map(run, tmp_path: Path) -> None:
    out_pdf = tmp_path / "sheet.pdf"
    code, out, _ = run(
        "appointment-sheet",
        "--agency-name", "CAW Brussel",
        "--agency-lang", "nl",
        "--family-lang", "ar",
        "--when", "2026-12-08T09:15",
        "--request", "Hulp bij huurwaarborg",
        "--domain", "housing",
        "--json",
        str(out_pdf),
    )  # fmt: skip
    assert code == 0
    result = json.loads(out)
    assert result["path"] == str(out_pdf)
    assert "rental_deposit" in result["terms"]
    assert out_pdf.read_bytes().startswith(b"%PDF-")


@needs_poppler
def test_appointment_sheet_from_the_social_map(run, tmp_path: Path) -> None:
    from outreach_desk.core.socialmap.store import SocialMap

    data_dir = tmp_path / "data"
    with SocialMap.open(data_dir) as social_map:
        service = social_map.services()[0]
    out_pdf = tmp_path / "sheet.pdf"
    code, out, _ = run(
        "appointment-sheet", "--data-dir", str(data_dir), "--agency", service.id,
        "--family-lang", "ar", "--json", str(out_pdf),
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["agency"] == service.name.get("fr")
    assert out_pdf.exists()


def test_appointment_sheet_unknown_service_exits_not_found(run, tmp_path: Path) -> None:
    code, _, err = run(
        "appointment-sheet", "--agency", "nope", "--family-lang", "ar", str(tmp_path / "s.pdf")
    )
    assert code == 7
    assert "nope" in err
    assert not (tmp_path / "s.pdf").exists()


def test_appointment_sheet_bad_date_is_a_usage_error(run, tmp_path: Path) -> None:
    code, _, err = run(
        "appointment-sheet", "--agency-name", "X", "--family-lang", "ar",
        "--when", "next tuesday", str(tmp_path / "s.pdf"),
    )  # fmt: skip
    assert code == 2
    assert "2026-12-08T14:30" in err


def test_appointment_time_with_zone_is_shown_in_brussels_time() -> None:
    from outreach_desk.commands.appointment_sheet import parse_when

    moment = parse_when("2026-12-08T13:30+00:00")
    assert moment is not None and (moment.hour, moment.minute) == (14, 30)


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)))
def test_when_round_trips_any_iso_datetime(moment: datetime) -> None:
    from outreach_desk.commands.appointment_sheet import parse_when

    assert parse_when(moment.isoformat()) == moment


@given(st.text(max_size=30))
def test_when_parser_accepts_or_refuses_cleanly(text: str) -> None:
    from outreach_desk.commands._common import CliError
    from outreach_desk.commands.appointment_sheet import parse_when

    try:
        result = parse_when(text)
    except CliError as error:
        assert "2026-12-08T14:30" in str(error)
    else:
        assert result is None or result.tzinfo is None


def test_search_can_print_explanations(run) -> None:
    code, out, _ = run("glossary", "search", "huurwaarborg", "--explain", "--show", "nl")
    assert code == 0
    assert "geblokkeerde rekening" in out
