"""``outreach-desk training ...`` as a trainer uses it before and during a workshop."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from outreach_desk.cli import main
from outreach_desk.commands._common import ExitCode
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.vault import Vault

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def cli(data: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_list_json_shows_ids_titles_languages_and_exercises(cli: Run) -> None:
    code, out, _ = cli("training", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) >= 12
    darija = next(r for r in rows if r["id"] == "darija-ocmw")
    assert darija["languages"] == ["ary"]
    assert {"en", "nl", "fr"} <= darija["titles"].keys()
    assert [e["kind"] for e in darija["exercises"]] == [
        "mechanisms", "strengths", "child", "agencies", "request", "interpreter",
    ]  # fmt: skip


def test_list_in_dutch_prints_dutch_titles(cli: Run) -> None:
    code, out, _ = cli("training", "list", "--lang", "nl")
    assert code == 0 and "Weggestuurd aan het OCMW" in out


def test_export_then_import_a_renamed_pack(cli: Run, tmp_path: Path) -> None:
    exported = tmp_path / "pack.json"
    assert cli("training", "export-pack", str(exported))[0] == 0
    pack = json.loads(exported.read_text("utf-8"))
    pack["pack_id"] = "workshop-extra"
    pack["cases"] = pack["cases"][:1]
    pack["cases"][0]["id"] = "extra-case"
    exported.write_text(json.dumps(pack, ensure_ascii=False), "utf-8")
    code, out, _ = cli("training", "import-pack", str(exported))
    assert code == 0 and "workshop-extra" in out
    ids = [row["id"] for row in json.loads(cli("training", "list", "--json")[1])]
    assert "extra-case" in ids and "shelter-newborn" in ids
    code, _, err = cli("training", "import-pack", str(exported))
    assert code == ExitCode.INVALID_INPUT and "--replace" in err


def test_malformed_pack_is_refused_with_file_case_and_field(cli: Run, tmp_path: Path) -> None:
    exported = tmp_path / "pack.json"
    cli("training", "export-pack", str(exported))
    pack = json.loads(exported.read_text("utf-8"))
    pack["pack_id"] = "broken"
    for case in pack["cases"]:
        case["id"] = "x-" + case["id"]
    pack["cases"][3]["household"]["municipality"] = "Gent"
    exported.write_text(json.dumps(pack), "utf-8")
    code, _, err = cli("training", "import-pack", str(exported))
    assert code == ExitCode.INVALID_INPUT
    assert str(exported) in err and "x-alone-and-exhausted" in err
    assert "cases[3].household.municipality" in err
    ids = [row["id"] for row in json.loads(cli("training", "list", "--json")[1])]
    assert not any(i.startswith("x-") for i in ids)


def test_steps_print_hidden_facts_in_order(cli: Run) -> None:
    code, out, _ = cli("training", "steps", "shelter-newborn", "--json", "--notes")
    steps = json.loads(out)
    assert code == 0
    assert [s["kind"] for s in steps][:3] == ["background", "worries", "strengths"]
    assert [s["number"] for s in steps if s["kind"] == "hidden_fact"] == [1, 2, 3, 4]
    assert all("facilitator_notes" in s for s in steps if s["kind"] == "exercise")


def test_unknown_case_exits_not_found(cli: Run) -> None:
    code, _, err = cli("training", "steps", "no-such-case")
    assert code == ExitCode.NOT_FOUND and "training list" in err


def _real_vault_files(data: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(data.glob("vault.sqlite3*"))
    }


def test_reset_rebuilds_the_same_state_and_leaves_the_real_vault_alone(
    cli: Run, data: Path
) -> None:
    Vault.create(data, "a real passphrase here", kdf=KdfParams())[0].close()
    before = _real_vault_files(data)
    code, out, _ = cli("training", "reset", "--json")
    assert code == 0
    first = json.loads(out)
    assert first["families"] >= 12 and Path(first["path"]).parent == data / "training"
    code, out, _ = cli("training", "reset", "--case", "darija-ocmw", "--json")
    assert code == 0 and json.loads(out)["state_hash"] == first["state_hash"]
    second = json.loads(cli("training", "reset", "--json")[1])
    assert second["state_hash"] == first["state_hash"]
    assert _real_vault_files(data) == before


def test_debrief_lists_missed_and_warns(cli: Run) -> None:
    code, out, _ = cli(
        "training", "debrief", "shelter-newborn",
        "--mechanism", "no_access", "--agency", "woningen_123", "--json",
    )  # fmt: skip
    assert code == 0
    result = json.loads(out)
    assert result["mechanisms"]["matched"] == ["no_access"]
    assert "not_knowing" in result["mechanisms"]["missed"]
    assert result["warnings"][0]["agency"] == "woningen_123"


def test_reveal_adds_the_hidden_fact_to_the_training_vault(cli: Run) -> None:
    code, out, _ = cli("training", "reveal", "darija-ocmw", "2", "--lang", "nl")
    assert code == 0 and out.startswith("Nieuwe informatie 2/3:") and "Ilyas" in out
    code, _, err = cli("training", "reveal", "darija-ocmw", "9")
    assert code == ExitCode.NOT_FOUND and "1 to 3" in err
