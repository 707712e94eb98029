"""Smoke test of the benchmark runner on tiny sizes: it finds the feature modules, judges
rows against targets and baselines, survives a broken benchmark, and writes JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import generate, harness
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fake_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    package = tmp_path / "fakebench"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "fast.py").write_text(
        "def run(quick=False):\n"
        "    return [{'name': 'quick flag', 'value': 1 if quick else 0, 'unit': '', 'target': 0.5},"
        " {'name': 'save', 'value': 3.0, 'unit': 'ms', 'target': '<= 1.5x', 'baseline': 2.5}]\n"
    )
    (package / "old_style.py").write_text(
        "def run():\n    return [{'name': 'no quick parameter', 'value': 5, 'unit': 's',"
        " 'target': 10}]\n"
    )
    (package / "broken.py").write_text("def run(quick=False):\n    raise RuntimeError('boom')\n")
    (package / "helper.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    return package


def test_discovery_lists_feature_modules_and_skips_tools(fake_package: Path) -> None:
    names = harness.discover(fake_package)
    assert names == ["broken", "fast", "helper", "old_style"]
    assert harness.discover()[:2] == ["startup", "vault"]
    assert "generate" not in harness.discover() and "soak_crash" not in harness.discover()


def test_rows_are_judged_against_targets_and_baselines(fake_package: Path) -> None:
    fast = harness.run_module("fast", quick=True, package="fakebench")
    assert [(r.name, r.status) for r in fast] == [("quick flag", "FAIL"), ("save", "pass")]
    assert fast[1].ratio == pytest.approx(1.2)
    old = harness.run_module("old_style", quick=True, package="fakebench")
    assert [(r.name, r.status) for r in old] == [("no quick parameter", "pass")]
    assert harness.run_module("helper", quick=True, package="fakebench") == []


def test_a_broken_benchmark_becomes_an_error_row(fake_package: Path) -> None:
    results = harness.run_module("broken", quick=True, package="fakebench")
    assert len(results) == 1
    assert results[0].status == "ERROR" and "boom" in results[0].note
    table = harness.format_table(results)
    assert "broken (did not run)" in table and "ERROR (RuntimeError: boom)" in table


@pytest.mark.parametrize(
    ("target", "value", "baseline", "status"),
    [
        (10, 9.0, None, "pass"),
        (10, 11.0, None, "FAIL"),
        ("<= 1.3x", 1.2, 1.0, "pass"),
        ("<= 1.3x", 1.4, 1.0, "FAIL"),
        (">= 100", 150.0, None, "pass"),
        (">= 100", 50.0, None, "FAIL"),
        (None, 1.0, None, "info"),
        (0.9, 0.95, None, "pass"),  # unit "share": higher is better
        (0.9, 0.85, None, "FAIL"),
        ("<= 1.5x", 1.0, None, "info"),  # a relative target without baseline judges nothing
    ],
)
def test_target_forms(target: object, value: float, baseline: float | None, status: str) -> None:
    unit = "share" if target == 0.9 else "s"
    row = {"name": "x", "value": value, "unit": unit, "target": target, "baseline": baseline}
    assert harness.judge("m", row).status == status


def test_explicit_direction_beats_the_unit() -> None:
    row = {"name": "x", "value": 150, "unit": "MB", "target": 100, "higher_is_better": True}
    assert harness.judge("m", row).status == "pass"
    row = {"name": "x", "value": 0.5, "unit": "share", "target": 0.9, "higher_is_better": False}
    assert harness.judge("m", row).status == "pass"


def test_generator_writes_readable_multilingual_notes(tmp_path: Path) -> None:
    import random

    rng = random.Random(3)
    texts = [generate.note_text(rng, lang) for lang in ("nl", "fr", "en") for _ in range(20)]
    assert all(200 <= len(t) <= 2000 for t in texts)
    generated = generate.generate_vault(tmp_path / "vault", families=4, notes=40)
    with Vault.open(generated.data_dir, generated.passphrase) as vault:
        session = Session(vault)
        assert len(session.families.families()) == 4
        assert len(session.notes.all_current()) == 40
        assert session.search_index.search("OCMW") or session.search_index.search("CPAS")


def test_quick_run_writes_json_with_the_vault_figures(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--only", "vault", "--json", str(out)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "search: p95" in completed.stdout
    document = json.loads(out.read_text())
    names = {row["name"] for row in document["rows"]}
    assert {"search: p95", "save note: p95", "unlock: time beyond the KDF"} <= names
    assert all(row["status"] != "ERROR" for row in document["rows"]), document["rows"]
    by_name = {row["name"]: row for row in document["rows"]}
    save = by_name["save note: p95"]
    assert save["baseline"] > 0 and save["ratio"] > 0
    same_rows = by_name["same two rows, vault schema, plain SQL: p95"]
    assert same_rows["baseline"] == save["baseline"] and same_rows["value"] > 0
    assert document["machine"]["cpus"] == os.cpu_count()


def test_startup_rows_compare_with_bare_qt() -> None:
    from benchmarks import startup

    rows = startup.run(quick=True)
    by_name = {row["name"]: row for row in rows}
    app = by_name["start: to unlock window (outreach-desk-gui)"]
    assert app["value"] > 0 and app["baseline"] == by_name["start: bare PySide6 window"]["value"]
