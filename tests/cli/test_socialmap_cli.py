from __future__ import annotations

import json
from pathlib import Path

import pytest

from outreach_desk.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_search_json_lists_services_with_the_promised_fields(capsys) -> None:
    code, out, _ = run(capsys, "socialmap", "search", "cpas schaerbeek", "--json")
    hits = json.loads(out)
    assert code == 0
    assert hits[0]["name"] == {
        "nl": "OCMW Schaarbeek",
        "fr": "CPAS de Schaerbeek",
        "en": "OCMW/CPAS Schaerbeek – public social welfare centre",
    }
    for key in (
        "id",
        "organization",
        "domains",
        "municipalities",
        "welcomes_undocumented",
        "languages",
    ):
        assert key in hits[0]
    assert hits[0]["municipalities"] == ["schaerbeek"]


def test_search_filters(capsys) -> None:
    code, out, _ = run(
        capsys,
        "socialmap",
        "search",
        "",
        "--undocumented",
        "--walk-in",
        "--municipality",
        "Sint-Jans-Molenbeek",
        "--language",
        "sq",
        "--json",
    )
    assert code == 0
    assert [h["name"]["nl"] for h in json.loads(out)] == [
        "Les AlBelges – Albanese vrouwenvereniging"
    ]


def test_export_validate_import_round_trip(capsys, tmp_path: Path) -> None:
    out = tmp_path / "map.json"
    assert run(capsys, "socialmap", "export", "--format", "hsds-json", str(out))[0] == 0
    code, text, _ = run(capsys, "socialmap", "validate", str(out))
    assert code == 0 and "valid hsds-json" in text
    assert run(capsys, "socialmap", "export", "--format", "hsds-csv", str(tmp_path / "pkg"))[0] == 0
    assert (tmp_path / "pkg" / "datapackage.json").is_file()
    code, _, err = run(capsys, "socialmap", "import", str(out))
    assert code != 0 and "not signed" in err
    code, text, _ = run(capsys, "socialmap", "import", str(out), "--accept-unsigned")
    assert code == 0 and "0 added, 0 updated" in text


def test_broken_file_exits_non_zero_and_names_the_record(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"contents": [{"id": "abc", "name": "X", "status": "open"}]}')
    code, _, err = run(capsys, "socialmap", "import", str(bad), "--accept-unsigned")
    assert code == 8
    assert "bad.json: record abc, field status" in err


def test_signed_update_flow(capsys, tmp_path: Path) -> None:
    key, out, signed = tmp_path / "k" / "coord.key", tmp_path / "map.json", tmp_path / "upd.json"
    assert run(capsys, "socialmap", "keygen", str(key))[0] == 0
    run(capsys, "socialmap", "export", str(out))
    assert run(capsys, "socialmap", "sign", "--key", str(key), str(out), str(signed))[0] == 0
    code, _, err = run(capsys, "socialmap", "import", str(signed))
    assert code == 12 and "not pinned" in err
    assert run(capsys, "socialmap", "pin-key", str(key) + ".pub", "--label", "Coord")[0] == 0
    assert run(capsys, "socialmap", "import", str(signed))[0] == 0
    envelope = json.loads(signed.read_text())
    envelope["payload"] = envelope["payload"][:-8] + "AAAAAAA="
    signed.write_text(json.dumps(envelope))
    assert run(capsys, "socialmap", "import", str(signed))[0] == 10


def test_stats(capsys) -> None:
    code, out, _ = run(capsys, "socialmap", "stats", "--json")
    stats = json.loads(out)
    assert code == 0
    assert stats["per_municipality"]["schaerbeek"] >= 2
    assert stats["emergency"] == 3
    assert set(stats["per_formality"]) <= {"informal", "intermediate", "formal", "unknown"}


def test_unknown_filter_values_are_usage_errors(capsys) -> None:
    code, _, err = run(capsys, "socialmap", "search", "x", "--municipality", "Gent")
    assert code == 2 and "Schaarbeek/Schaerbeek" in err
    code, _, err = run(capsys, "socialmap", "search", "x", "--domain", "money")
    assert code == 2 and "income_debts" in err
