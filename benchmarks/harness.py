"""The benchmark runner: finds every ``benchmarks/<feature>.py`` with a ``run()`` function,
runs it, judges each row against its target, prints a table and writes JSON.

A row is a dict: ``name``, ``value``, ``unit``, ``target`` and optionally ``baseline``
(the same operation done the plain way, measured in the same run) and ``note``.
``target`` is a number (``value`` must be <= it; >= it when the row says
``"higher_is_better": True`` or its unit is a share, percentage or rate), a string such as
``"<= 1.5x"`` (``value / baseline`` must be <= 1.5) or ``">= 0.9"``, or None (informative).
A benchmark that raises is reported as a failed row, never a crash.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import platform
import re
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
NOT_BENCHMARKS = {"__init__", "__main__", "harness", "generate", "soak_crash"}
FIRST = ("startup", "vault")  # the foundation figures lead the table
HIGHER_IS_BETTER_UNITS = {"share", "%", "percent", "ratio", "/s", "ops/s", "per s", "score"}
_TARGET = re.compile(r"^\s*(<=|>=|<|>)?\s*([0-9]*\.?[0-9]+)\s*(x)?\s*$")


@dataclass
class Result:
    module: str
    name: str
    value: float | None
    unit: str
    target: Any
    baseline: float | None = None
    ratio: float | None = None
    status: str = "info"  # pass | FAIL | info | ERROR
    note: str = ""


def discover(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """Module names under benchmarks/ that may hold a run(); the foundation ones first."""
    names = sorted(p.stem for p in package_dir.glob("*.py") if p.stem not in NOT_BENCHMARKS)
    return [n for n in FIRST if n in names] + [n for n in names if n not in FIRST]


def call_run(run: Callable[..., Any], quick: bool) -> Any:
    """Call run(quick=...) when it takes the parameter, run() otherwise."""
    try:
        parameters = inspect.signature(run).parameters
    except (TypeError, ValueError):
        parameters = {}  # type: ignore[assignment]
    accepts = "quick" in parameters or any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()
    )
    return run(quick=quick) if accepts else run()


def run_module(module_name: str, quick: bool, package: str = "benchmarks") -> list[Result]:
    started = time.perf_counter()
    try:
        module = importlib.import_module(f"{package}.{module_name}")
        run = getattr(module, "run", None)
        if run is None:
            return []  # a helper module, not a benchmark
        rows = call_run(run, quick)
        results = [judge(module_name, row) for row in _as_rows(rows)]
    except Exception as error:  # one broken benchmark must not hide the others
        detail = traceback.format_exception_only(type(error), error)[-1].strip()
        _log(f"  {module_name} failed:\n{traceback.format_exc()}")
        results = [Result(module_name, f"{module_name} (did not run)", None, "", None,
                          status="ERROR", note=detail)]  # fmt: skip
    _log(f"  {module_name}: {len(results)} row(s) in {time.perf_counter() - started:.1f} s")
    return results


def _as_rows(rows: Any) -> Iterable[dict[str, Any]]:
    if not isinstance(rows, list | tuple):
        raise TypeError(f"run() must return a list of dicts, got {type(rows).__name__}")
    for row in rows:
        if not isinstance(row, dict) or "name" not in row or "value" not in row:
            raise TypeError(f"each row needs at least 'name' and 'value', got {row!r}")
        yield row


def judge(module: str, row: dict[str, Any]) -> Result:
    value = _number(row.get("value"))
    baseline = _number(row.get("baseline"))
    ratio = value / baseline if value is not None and baseline else None
    result = Result(
        module=module,
        name=str(row["name"]),
        value=value,
        unit=str(row.get("unit", "")),
        target=row.get("target"),
        baseline=baseline,
        ratio=ratio,
        note=str(row.get("note", "")),
    )
    if row.get("error"):
        result.status, result.note = "ERROR", str(row["error"])
    elif value is None:
        result.status = "ERROR"
        result.note = result.note or "no value measured"
    else:
        result.status = _status(_explicit(result.target, row), value, ratio)
    return result


def _explicit(target: Any, row: dict[str, Any]) -> Any:
    """Spell a bare number out as '<= N' or '>= N' according to the row's direction."""
    if not isinstance(target, int | float) or isinstance(target, bool):
        return target
    higher = row.get("higher_is_better")
    if higher is None:
        higher = str(row.get("unit", "")).strip().lower() in HIGHER_IS_BETTER_UNITS
    return f"{'>=' if higher else '<='} {target}"


def _status(target: Any, value: float, ratio: float | None) -> str:
    if target is None or target == "":
        return "info"
    match = _TARGET.match(str(target))
    if not match:
        return "info"
    op, number, relative = match.group(1) or "<=", float(match.group(2)), bool(match.group(3))
    measured = ratio if relative else value
    if measured is None:
        return "info"
    ok = {
        "<=": measured <= number,
        "<": measured < number,
        ">=": measured >= number,
        ">": measured > number,
    }[op]
    return "pass" if ok else "FAIL"


def _number(raw: Any) -> float | None:
    if isinstance(raw, bool) or raw is None:
        return None
    try:
        return float(raw)
    except (TypeError, ValueError):
        return None


def format_table(results: list[Result]) -> str:
    header = ("benchmark", "value", "unit", "baseline", "ratio", "target", "status")
    lines = [header]
    for r in results:
        lines.append(
            (
                r.name,
                _fmt(r.value),
                r.unit,
                _fmt(r.baseline),
                f"{r.ratio:.2f}x" if r.ratio is not None else "",
                "" if r.target is None else str(r.target),
                r.status + (f" ({r.note})" if r.note and r.status == "ERROR" else ""),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    rendered = []
    for number, line in enumerate(lines):
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(line[:-1])]
        rendered.append("  ".join([*cells, line[-1]]))
        if number == 0:
            rendered.append("-" * len(rendered[0]))
    return "\n".join(rendered)


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    if value == 0 or abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def run_all(quick: bool, only: list[str] | None = None) -> list[Result]:
    results: list[Result] = []
    for name in discover():
        if only and name not in only:
            continue
        _log(f"running {name} ({'quick' if quick else 'full'})")
        results.extend(run_module(name, quick))
    return results


def write_json(path: Path, results: list[Result], quick: bool) -> None:
    document = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": quick,
        "machine": machine(),
        "rows": [asdict(r) for r in results],
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
