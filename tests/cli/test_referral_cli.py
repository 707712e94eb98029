"""The whole path headless: intake, referral, consent gate, request text/PDF, parent's sheet,
follow-up list."""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest

from outreach_desk.cli import main
from outreach_desk.commands._common import ExitCode
from outreach_desk.core.casefile import FamilyStore, Member
from outreach_desk.core.socialmap.store import SocialMap
from outreach_desk.core.vault import Vault

PASSPHRASE = "a long cli passphrase"


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("OUTREACH_DESK_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data)])
        out, err = capsys.readouterr()
        return code, out, err

    run.data = data  # type: ignore[attr-defined]
    return run


@pytest.fixture
def family(cli) -> tuple[str, str]:
    """A family with a named child (id c1), and the CPAS de Schaerbeek's id on the map."""
    assert cli("vault", "init", "--kdf-memory-mib", "64")[0] == 0
    _, out, _ = cli(
        "family", "add", "--label", "Famille S", "--language", "ar", "--municipality", "Schaerbeek"
    )
    family_id = out.strip()
    vault = Vault.open(cli.data, PASSPHRASE)
    try:
        FamilyStore(vault).update(family_id, members=(Member("c1", "child", "Yasmine", 2019),))
    finally:
        vault.close()
    with SocialMap.open(cli.data) as social_map:
        service = next(s for s in social_map.services() if s.name.fr == "CPAS de Schaerbeek")
    return family_id, service.id


def _referral(cli, family_id: str, service_id: str) -> str:
    code, _, err = cli(
        "intake", "add", family_id,
        "--worries", "Le proprio veut nous expulser 😢 et on n'a plus de revenus",
        "--summary", "Plus de revenus depuis octobre.",
        "--domain", "income_debts", "--mechanism", "not_knowing",
        "--child-note", "c1=Elle ne mange pas à midi.",
    )  # fmt: skip
    assert code == 0, err
    code, referral_id, err = cli(
        "referral", "add", family_id, "--service", service_id, "--follow-up", "2026-01-05"
    )
    assert code == 0, err
    return referral_id.strip()


def test_without_consent_nothing_is_produced_and_the_gap_is_named(cli, family, tmp_path) -> None:
    family_id, service_id = family
    referral_id = _referral(cli, family_id, service_id)
    code, out, err = cli("request", "text", referral_id)
    assert code == ExitCode.CONSENT_MISSING and out == ""
    assert "income_debts" in err and service_id in err and "consent add" in err
    pdf = tmp_path / "request.pdf"
    code, _, err = cli("request", "pdf", referral_id, str(pdf))
    assert code == ExitCode.CONSENT_MISSING and not pdf.exists()
    assert list(tmp_path.glob("*.pdf*")) == []


def test_whole_path_with_consent(cli, family, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    from outreach_desk.render.raster import is_blank, pdf_text, render_pdf_to_png

    family_id, service_id = family
    referral_id = _referral(cli, family_id, service_id)
    code, _, err = cli(
        "consent", "add", family_id, "--recipient", service_id,
        "--topic", "income_debts", "--how", "verbal", "--on", "2026-11-20",
    )  # fmt: skip
    assert code == 0, err
    code, text, err = cli("request", "text", referral_id, "--worker-name", "Sara")
    assert code == 0, err
    assert text.startswith("Demande d'aide adressée à CPAS de Schaerbeek")
    assert "revenus et dettes" in text and "Enfant (" in text and "Elle ne mange pas" in text
    assert "Yasmine" not in text and "Sara" in text
    assert "La famille ne connaissait pas cette aide." in text
    pdf = tmp_path / "request.pdf"
    assert cli("request", "pdf", referral_id, str(pdf))[0] == 0
    assert not is_blank(render_pdf_to_png(pdf, tmp_path / "png")[0])
    assert "Pouvez-vous aider" in pdf_text(pdf)
    sheet = tmp_path / "sheet-ar.pdf"
    code, out, err = cli("parent-sheet", referral_id, "--lang", "ar", str(sheet))
    assert code == 0 and "العربية" in out, err
    assert "خطوتك" in unicodedata.normalize("NFKC", pdf_text(sheet))


def test_parent_sheet_needs_no_consent_but_a_known_language(cli, family, tmp_path) -> None:
    family_id, service_id = family
    referral_id = _referral(cli, family_id, service_id)
    assert cli("parent-sheet", referral_id, "--lang", "nl", str(tmp_path / "nl.pdf"))[0] == 0
    code, _, err = cli("parent-sheet", referral_id, "--lang", "xx", str(tmp_path / "xx.pdf"))
    assert code == ExitCode.INVALID_INPUT and "available: nl, fr, en, ar" in err
    assert not (tmp_path / "xx.pdf").exists()


def test_follow_up_list_shows_what_is_due(cli, family) -> None:
    family_id, service_id = family
    referral_id = _referral(cli, family_id, service_id)
    code, out, _ = cli("referral", "list", "--due", "--json", "--today", "2026-01-10")
    assert [r["id"] for r in json.loads(out)] == [referral_id]
    assert cli("referral", "list", "--due", "--json", "--today", "2026-01-01")[1].strip() == "[]"
    code, out, _ = cli(
        "referral", "status", referral_id, "appointment_set", "--follow-up", "2026-02-01"
    )
    assert code == 0 and "appointment_set" in out
    assert json.loads(cli("referral", "list", "--due", "--json", "--today", "2026-01-10")[1]) == []
    cli("referral", "status", referral_id, "refused", "--barrier", "language", "--note", "FR only")
    (row,) = json.loads(cli("referral", "list", "--json")[1])
    assert row["status"] == "refused" and row["barrier"] == "language" and not row["due"]
    assert [h["status"] for h in row["history"]] == ["draft", "appointment_set", "refused"]
    code, out, _ = cli("referral", "list", "--due", "--today", "2026-03-01")
    assert "Nothing to follow up." in out


def test_bad_inputs_exit_with_a_clear_message(cli, family) -> None:
    family_id, service_id = family
    code, _, err = cli("referral", "add", family_id, "--service", "no-such-service")
    assert code == ExitCode.NOT_FOUND and "no-such-service" in err
    code, _, err = cli("referral", "add", family_id, "--service", service_id, "--follow-up", "soon")
    assert code == ExitCode.INVALID_INPUT and "YYYY-MM-DD" in err
    code, _, err = cli("intake", "add", family_id, "--worries", "x", "--child-note", "no-equals")
    assert code == ExitCode.INVALID_INPUT and "MEMBER_ID=TEXT" in err


@pytest.mark.parametrize("worries", ["", "ik heb geen papieren " * 5000, "👍🏽🏠 شكرا ok"])
def test_any_worries_go_through_the_cli(cli, family, worries: str) -> None:
    family_id, service_id = family
    code, _, err = cli("intake", "add", family_id, "--worries", worries, "--domain", "housing")
    assert code == 0, err
    _, ref, _ = cli("referral", "add", family_id, "--service", service_id)
    cli("consent", "add", family_id, "--recipient", service_id, "--topic", "*", "--how", "written")
    code, text, err = cli("request", "text", ref.strip())
    assert code == 0, err
    assert "Pouvez-vous aider cette famille pour : logement ?" in text and len(text) < 5000
