from __future__ import annotations

import json
from pathlib import Path

import pytest

from outreach_desk.cli import main
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.referrals import Intake, Referral
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault
from outreach_desk.render.raster import is_blank, pdf_text, render_pdf_to_png

PASSPHRASE = "a long signals passphrase"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    family = session.families.add("CANARY-FAMILY-LABEL", municipality="Schaerbeek")
    with vault.transaction():
        for month in range(1, 7):
            for _ in range(6):
                stamp = f"2026-{month:02d}-10T10:00:00"
                session.intakes.save(
                    Intake("", family.id, "CANARY-WORRY", domains=("housing",), created_at=stamp)
                )
                session.referrals.save(
                    Referral(
                        "",
                        family.id,
                        "svc",
                        "CANARY-SERVICE",
                        domains=("housing",),
                        barrier="waiting_list",
                        created_at=stamp,
                    )
                )
    vault.close()
    monkeypatch.setenv("OUTREACH_DESK_PASSPHRASE", PASSPHRASE)
    return folder


def test_pdf_report_shows_charts_and_no_identifying_text(data_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "signals.pdf"
    code = main(
        [
            "signals",
            "--from",
            "2026-01",
            "--to",
            "2026-06",
            "--by",
            "quarter",
            "--pdf",
            str(pdf),
            "--data-dir",
            str(data_dir),
        ]
    )
    assert code == 0
    pages = render_pdf_to_png(pdf, tmp_path / "png")
    assert pages and not any(is_blank(p) for p in pages)
    text = pdf_text(pdf)
    assert "Signals for policy" in text and "waiting list" in text
    for secret in ("CANARY-FAMILY-LABEL", "CANARY-WORRY", "CANARY-SERVICE"):
        assert secret not in text


def test_json_and_csv_exports(data_dir: Path, tmp_path: Path, capsys) -> None:
    csv_path = tmp_path / "signals.csv"
    code = main(
        [
            "signals",
            "--from",
            "2026-01",
            "--to",
            "2026-06",
            "--json",
            "--csv",
            str(csv_path),
            "--data-dir",
            str(data_dir),
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out[out.index("{") :])
    housing = data["tables"]["domains_over_time"]["cells"][0]
    assert housing == ["6", "6", "6", "6", "6", "6", "36"]
    assert csv_path.read_text().startswith("table,row,column,value")


def test_worker_file_merged_by_coordinator(data_dir: Path, tmp_path: Path, capsys) -> None:
    signed = tmp_path / "worker.signals"
    assert (
        main(
            [
                "signals",
                "--export-signed",
                str(signed),
                "--from",
                "2026-01",
                "--to",
                "2026-06",
                "--data-dir",
                str(data_dir),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        main(
            [
                "signals",
                "--merge",
                str(signed),
                str(signed),
                "--from",
                "2026-01",
                "--to",
                "2026-06",
                "--json",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    data = json.loads(out[out.index("{") :])
    assert data["tables"]["domains_over_time"]["cells"][0][-1] == "72"


def test_bad_month_is_a_usage_error(data_dir: Path, capsys) -> None:
    assert main(["signals", "--from", "2026-13", "--data-dir", str(data_dir)]) == 2
    assert "YYYY-MM" in capsys.readouterr().err
