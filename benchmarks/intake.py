"""Intake benchmark: life-domain suggestion accuracy, urgency precision/recall on the
labelled worries (benchmarks/data/worries), and analysis time per worry.

Run: ``.venv/bin/python benchmarks/intake.py`` (prints a table; ``--misses`` lists misses).
The lead's harness calls :func:`run`.

Sets, reported separately because they were built differently. All but ``blind6`` have
been used to tune the word lists or situations, so their scores are upper bounds; the
first look (before any change made because of a set) is the honest estimate:
- ``worries/*.jsonl``: written from the booklet's quotes and situations (built the lists).
- ``worries/heldout``: first look 51.7 %, then tuned.
- ``worries/blind``: first look 75 % domains, urgency recall 3/8, then tuned.
- ``worries/blind2``: first look 79.2 % (nl 92 / fr 83 / en 75 / ar 67 %), urgency 6/8,
  then tuned.
- ``worries/fresh``: first look 56.2 %, urgency 0/12, then tuned.
- ``worries/round5``: first look 43.8 %, urgency 3/12, then tuned.
- ``worries/untuned``: first look 60.4 %, urgency 4/8, then tuned (broad-vocabulary round).
- ``worries/blind3``: first look 75.0 % (nl 69 / fr 88 / en 62 / ar 81 %), urgency 2/13;
  its misses were inspected for the situation round (no exact phrase copied).
- ``worries/blind4``: written before the situation round; first look 86.6 % (nl 82 /
  fr 82 / en 88 / ar 94 %), urgency 5/12; its misses were seen during that round.
- ``worries/blind5``: written after the first situation round; first look 76.7 % (nl 80 /
  fr 80 / en 80 / ar 67 %), urgency 3/12, one false alarm; then tuned (second round).
- ``worries/blind6``: written after the second situation round, evaluated once, never
  tuned: 73.3 % (nl 80 / fr 73 / en 53 / ar 87 %), urgency recall 0/12, no false alarm.
  This is the number to improve; write a new set once it has been used.
- ``worries/blind7`` and ``worries/blind8`` (64 each): written on 2026-11-27 by two
  independent helpers who never saw the word lists; first look with the word lists
  alone: 79.7 % and 81.2 %, urgency recall 2/12 and 4/12 (3 false alarms each); with the
  domain model (scored once): 89.1 % each.
- ``worries/blind9`` and ``worries/blind10`` (64 each): written late on 2026-11-27 by two more
  independent helpers, committed before being scored once: with the domain model 96.9 % and
  93.8 % (word lists alone 89.1 % and 81.2 %); urgency recall 4/12 and 2/12, and the
  learnt prompt to check caught 5/8 and 8/10 of the urgent worries the rules missed, with
  1/52 needless prompt each. See docs/intake.md.
- ``worries/blind11`` (64): written by a fifth independent helper, kept unscored until the
  "told about the far past" urgency rule was committed (28 November 2026), then scored once:
  with the domain model 92.2 % (word lists alone 82.8 %); urgency recall 3/12, 1 false
  alarm; the prompt to check caught 3 of the 9 misses, 2/52 needless. The new rule changed
  no outcome on it (nor on ``blind6``-``blind10``). See docs/intake.md.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

from outreach_desk.core.intake import analyse_worries
from outreach_desk.core.intake.evaluation import Report, evaluate, load_worries
from outreach_desk.core.intake.household import Household, IntakeRequest, Residence
from outreach_desk.core.intake.pipeline import process_intake
from outreach_desk.core.intake.suggest import ServiceIndex

DATA = Path(__file__).resolve().parent / "data" / "worries"
SETS = {
    "booklet": DATA,
    "heldout": DATA / "heldout",
    "blind": DATA / "blind",
    "blind2": DATA / "blind2",
    "fresh": DATA / "fresh",
    "round5": DATA / "round5",
    "untuned": DATA / "untuned",
    "blind3": DATA / "blind3",
    "blind4": DATA / "blind4",
    "blind5": DATA / "blind5",
    "blind6": DATA / "blind6",
    "blind7": DATA / "blind7",
    "blind8": DATA / "blind8",
    "blind9": DATA / "blind9",
    "blind10": DATA / "blind10",
    "blind11": DATA / "blind11",
}


def _report(folder: Path) -> Report:
    return evaluate(load_worries(sorted(folder.glob("*.jsonl"))))


def _rows_for(name: str, report: Report) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [
        {
            "name": f"intake.{name}.domain_accuracy",
            "value": round(report.primary_accuracy, 3),
            "unit": "share",
            "target": ">= 0.90",
        },
        {
            "name": f"intake.{name}.domain_accuracy_words_only",
            "value": round(report.words_accuracy, 3),
            "unit": "share",
            "target": None,
        },
        {
            "name": f"intake.{name}.label_recall",
            "value": round(report.label_recall, 3),
            "unit": "share",
            "target": None,
        },
        {
            "name": f"intake.{name}.suggestion_precision",
            "value": round(report.suggestion_precision, 3),
            "unit": "share",
            "target": None,
        },
        {
            "name": f"intake.{name}.urgency_precision",
            "value": round(report.urgency_precision, 3),
            "unit": "share",
            "target": ">= 0.95",
        },
        {
            "name": f"intake.{name}.urgency_recall",
            "value": round(report.urgency_recall, 3),
            "unit": "share",
            "target": ">= 0.90",
        },
        {
            "name": f"intake.{name}.urgency_prompt_catches_missed",
            "value": round(report.urgency_check_catch, 3),
            "unit": "share",
            "target": None,
        },
        {
            "name": f"intake.{name}.urgency_prompt_on_ordinary",
            "value": round(report.urgency_check_prompt_rate, 3),
            "unit": "share",
            "target": None,
        },
    ]
    for key in ("lang", "domain"):
        # The small sets have 4-8 worries per domain: one miss is 12 %, so informative only.
        target = ">= 0.90" if key == "lang" or name == "booklet" else None
        for group, share in report.by(key).items():
            rows.append(
                {
                    "name": f"intake.{name}.accuracy.{key}.{group}",
                    "value": round(share, 3),
                    "unit": "share",
                    "target": target,
                }
            )
    return rows


def _timing_rows() -> list[dict[str, Any]]:
    texts = [w.text for w in load_worries(sorted(DATA.rglob("*.jsonl")))]  # all sets
    analyse_worries("warm up the word lists")
    times = []
    for text in texts * 5:
        start = time.perf_counter()
        analyse_worries(text)
        times.append((time.perf_counter() - start) * 1000)
    big = "Le proprio veut nous expulser et on a des dettes. " * 2000
    start, start_cpu = time.perf_counter(), time.process_time()
    analyse_worries(big)
    big_ms = (time.perf_counter() - start) * 1000
    big_cpu_ms = (time.process_time() - start_cpu) * 1000
    p95 = statistics.quantiles(times, n=20)[-1]
    return [
        {"name": "intake.analyse_p95", "value": round(p95, 3), "unit": "ms", "target": 50},
        {
            "name": "intake.analyse_100kb_cpu",
            "value": round(big_cpu_ms, 1),
            "unit": "ms",
            "target": 1000,
        },
        {"name": "intake.analyse_100kb", "value": round(big_ms, 1), "unit": "ms", "target": None},
    ]


def _synthetic_services(count: int) -> list[Any]:
    try:
        from benchmarks.socialmap import synthetic_map
    except ImportError:  # run as a script: benchmarks/ itself is on sys.path
        from socialmap import synthetic_map  # type: ignore[import-not-found,no-redef]
    return list(synthetic_map(count))


def _suggest_rows(count: int, runs: int) -> list[dict[str, Any]]:
    services = _synthetic_services(count)
    start = time.perf_counter()
    service_index = ServiceIndex(services)
    build_ms = (time.perf_counter() - start) * 1000
    worries = load_worries(sorted(DATA.rglob("*.jsonl")))
    households = [
        Household(Residence.UNDOCUMENTED, ("ar", "fr"), "schaerbeek", (2022,), True),
        Household(Residence.REGULAR, ("nl",), "molenbeek", (2015, 2019), False),
        Household(Residence.ASYLUM, ("sq",), None, (), None),
        Household(),
    ]
    times, cpu = [], []
    for index in range(runs):
        worry = worries[index % len(worries)]
        request = IntakeRequest(worry.text, households[index % len(households)])
        start, start_cpu = time.perf_counter(), time.process_time()
        process_intake(request, service_index)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    p95 = statistics.quantiles(times, n=20)[-1]
    # On a shared machine wall time includes waiting for a core; CPU time does not.
    cpu_p95 = statistics.quantiles(cpu, n=20)[-1]
    return [
        {
            "name": f"intake.suggest_index_build ({len(services)} services)",
            "value": round(build_ms, 1),
            "unit": "ms",
            "target": 2000,
        },
        {
            "name": f"intake.suggest_cpu_p95 ({len(services)} services)",
            "value": round(cpu_p95, 2),
            "unit": "ms",
            "target": 50,
        },
        {
            "name": f"intake.suggest_p95 ({len(services)} services)",
            "value": round(p95, 2),
            "unit": "ms",
            "target": 50,
        },
        {
            "name": f"intake.suggest_median ({len(services)} services)",
            "value": round(statistics.median(times), 2),
            "unit": "ms",
            "target": None,
        },
    ]


def run(quick: bool = False) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name, folder in SETS.items():
        rows.extend(_rows_for(name, _report(folder)))
    rows.extend(_timing_rows())
    rows.extend(_suggest_rows(500 if quick else 5000, 40 if quick else 200))
    return rows


def main(argv: list[str]) -> int:
    for row in run():
        print(f"{row['name']:<55} {row['value']:>9} {row['unit']:<6} target {row['target']}")
    if "--misses" in argv:
        for name, folder in SETS.items():
            for outcome in _report(folder).misses():
                print(
                    name,
                    outcome.worry.id,
                    outcome.worry.domains,
                    "->",
                    outcome.suggested,
                    "urgent",
                    outcome.worry.urgent,
                    "->",
                    outcome.urgent,
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
