"""`outreach-desk suggest --intake FILE.json [--json]`, as the issue specifies it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from outreach_desk.cli import main
from outreach_desk.commands._common import ExitCode

ISSUE_SHAPE = {
    "worries": "Ik spreek enkel Marokkaans-Arabisch en het OCMW wil mij niet helpen. "
    "De huurbaas wil ons buitenzetten.",
    "household": {
        "residence": "undocumented",
        "languages": ["ar", "fr"],
        "municipality": "Schaerbeek",
        "children": [{"birth_year": 2022}],
        "single_parent": True,
    },
}


def _write(tmp_path: Path, data: object, name: str = "intake.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _run_json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    assert main(["suggest", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_output_has_the_shape_of_the_issue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _run_json(capsys, "--intake", str(_write(tmp_path, ISSUE_SHAPE)))
    assert set(data) >= {"domains", "urgent", "urgency_reasons", "suggestions"}
    domains = {d["id"]: d for d in data["domains"]}
    assert {"housing", "administration_language"} <= set(domains)
    assert domains["housing"]["evidence"][0]["text"] == "huurbaas"
    assert data["urgent"] is False
    first = data["suggestions"][0]
    assert set(first) >= {"service_id", "name", "organization", "domain", "reasons", "blockers"}
    assert "Schaarbeek" in first["name"]["nl"]
    assert all({"code", "text"} <= set(r) for r in first["reasons"])


def test_given_domains_are_used_and_urgency_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    intake = {"worries": "On sera à la rue ce soir avec les enfants.", "domains": ["housing"]}
    data = _run_json(capsys, "--intake", str(_write(tmp_path, intake)))
    assert [d["id"] for d in data["domains"]] == ["housing"]
    assert data["urgent"] is True
    assert data["urgency_reasons"][0]["signal"] == "no_shelter_tonight"
    assert "Samusocial" in data["suggestions"][0]["name"]["nl"]
    assert data["first_steps"][0]["services"] == [data["suggestions"][0]["service_id"]]


def test_text_output_for_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["suggest", "--intake", str(_write(tmp_path, ISSUE_SHAPE)), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Logement" in out
    assert "accueille les familles sans papiers" in out


def test_empty_intake_works(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _run_json(capsys, "--intake", str(_write(tmp_path, {})))
    assert data["domains"] == [] and data["suggestions"] == [] and data["urgent"] is False


def test_bad_json_says_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"worries": "x",', encoding="utf-8")
    assert main(["suggest", "--intake", str(path), "--json"]) == ExitCode.INVALID_INPUT
    assert "broken.json" in capsys.readouterr().err


def test_bad_field_names_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, {"household": {"residence": "sometimes"}})
    assert main(["suggest", "--intake", str(path)]) == ExitCode.INVALID_INPUT
    assert "household.residence" in capsys.readouterr().err


def test_missing_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["suggest", "--intake", str(tmp_path / "nope.json")]) == ExitCode.ERROR
    assert "nope.json" in capsys.readouterr().err


INDIRECT = (
    "My little boy drank something from a bottle under the sink and now he's vomiting "
    "and very sleepy."
)


def test_json_carries_a_prompt_to_check_urgency_without_making_it_urgent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _run_json(capsys, "--intake", str(_write(tmp_path, {"worries": INDIRECT})))
    assert data["urgent"] is False and data["urgency_reasons"] == []
    check = data["urgency_check"]
    assert check["basis"] == "similar_urgent_worries"
    assert check["score"] >= check["threshold"]
    for quote in check["evidence"]:
        assert INDIRECT[quote["start"] : quote["end"]] == quote["text"]

    assert main(["suggest", "--intake", str(_write(tmp_path, {"worries": INDIRECT}))]) == 0
    assert "Check with the parent" in capsys.readouterr().out


def test_json_has_no_prompt_for_an_ordinary_worry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _run_json(capsys, "--intake", str(_write(tmp_path, ISSUE_SHAPE)))
    assert "urgency_check" in data and data["urgency_check"] is None
