"""Count the labelled worries into the urgency prompt the app ships, and measure it.

    python scripts/train_urgency_model.py write   # resources/intake/urgency_model.json
    python scripts/train_urgency_model.py check   # CI: fail when the file is stale
    python scripts/train_urgency_model.py loso    # leave-one-set-out table for the threshold

Trains on the sets ``evaluation.training_paths`` gives, never on the held-out blind sets
(``evaluation.HELD_OUT``), which this script never opens.

``loso`` trains on all training sets but one, scores the one left out, and pools the
scores. For each candidate threshold it reports the share of non-urgent worries that get
a prompt and the share of urgent worries the word rules missed that the prompt catches.
The rules were tuned on these sets, so today they miss only a few of their urgent
worries; the table therefore also counts the urgent worries the rules missed at each
set's *first look* (the rules as they were in git before that set was read; needs git).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from generated_file import write_or_check  # noqa: E402
from outreach_desk.core.intake import urgency  # noqa: E402
from outreach_desk.core.intake.evaluation import (  # noqa: E402
    LabelledWorry,
    load_worries,
    training_paths,
)
from outreach_desk.core.intake.normalize import tokenize  # noqa: E402
from outreach_desk.core.intake.urgency_model import (  # noqa: E402
    THRESHOLD,
    UrgencyModel,
    asks_to_check,
    count_urgency,
    mean_lean,
)

WORRIES = ROOT / "benchmarks" / "data" / "worries"
TARGET = ROOT / "resources" / "intake" / "urgency_model.json"
# The urgency rules (git revision of resources/intake/urgency.json) before each set was
# read: they reproduce the first-look recalls in docs/intake.md (6/8, 0/12, 3/12, 4/8,
# 2/13, 5/12, 3/12). The booklet, heldout/ and blind/ built the first lists: no first look.
FIRST_LOOK = {
    "blind2": "185cc65^",
    "fresh": "21ac312^",
    "round5": "e856522",
    "untuned": "6461c98",
    "blind3": "f9f3a23",
    "blind4": "5bf02e3",
    "blind5": "cdd40d8",
}
CANDIDATES = [round(0.025 * step, 3) for step in range(0, 13)]


def render() -> str:
    worries = load_worries(training_paths(WORRIES))
    counts = count_urgency((w.text, w.urgent) for w in worries)
    counts["trained_on"] = len(worries)
    return json.dumps(counts, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def training_sets() -> dict[str, list[LabelledWorry]]:
    groups: dict[str, list[Path]] = {}
    for path in training_paths(WORRIES):
        name = "booklet" if path.parent == WORRIES else path.parent.name
        groups.setdefault(name, []).append(path)
    return {name: load_worries(paths) for name, paths in groups.items()}


@contextmanager
def rules_at(revision: str) -> Iterator[None]:
    """The urgency rules as they were at ``revision`` (measurement only)."""
    shown = subprocess.run(
        ["git", "show", f"{revision}:resources/intake/urgency.json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    old = json.loads(shown.stdout)
    current = urgency.load_json

    def load(name: str) -> Any:
        return old if name == urgency.URGENCY_LEXICON else current(name)

    urgency._rules.cache_clear()
    with mock.patch.object(urgency, "load_json", load):
        yield
    urgency._rules.cache_clear()


def flagged(worries: Sequence[LabelledWorry]) -> dict[str, bool]:
    return {w.id: urgency.triage(w.text).suggested for w in worries}


@dataclass(frozen=True)
class Scored:
    worry: LabelledWorry
    score: float
    words: int
    rules_now: bool
    rules_first: bool | None  # None: no first look for this set


def left_out_scores() -> list[Scored]:
    sets = training_sets()
    scored = []
    for name, worries in sets.items():
        others = [(w.text, w.urgent) for n, ws in sets.items() if n != name for w in ws]
        model = UrgencyModel.from_counts(count_urgency(others))
        now = flagged(worries)
        first: dict[str, bool] = {}
        if name in FIRST_LOOK:
            try:
                with rules_at(FIRST_LOOK[name]):
                    first = flagged(worries)
            except (OSError, subprocess.CalledProcessError):
                print(f"({name}: no git history, first look skipped)")
        for worry in worries:
            pushes = model.pushes(tokenize(worry.text))
            scored.append(
                Scored(worry, mean_lean(pushes), len(pushes), now[worry.id], first.get(worry.id))
            )
    return scored


def _share(hits: int, total: int) -> str:
    return f"{hits:>3}/{total:<3} {100 * hits / total:5.1f} %" if total else "   -"


def table(scored: Sequence[Scored]) -> list[str]:
    def prompts(s: Scored, threshold: float) -> bool:
        return asks_to_check(s.words, s.score, threshold)

    calm = [s for s in scored if not s.worry.urgent and not s.rules_now]
    missed_now = [s for s in scored if s.worry.urgent and not s.rules_now]
    missed_first = [s for s in scored if s.worry.urgent and s.rules_first is False]
    urgent = [s for s in scored if s.worry.urgent]
    lines = [
        "threshold | non-urgent with a prompt | urgent missed at first look, caught "
        "| urgent missed by today's rules, caught | all urgent, model alone"
    ]
    for threshold in CANDIDATES:
        count: Callable[[list[Scored]], int] = lambda group, t=threshold: sum(  # noqa: E731
            prompts(s, t) for s in group
        )
        mark = "  <- shipped" if threshold == THRESHOLD else ""
        lines.append(
            f"{threshold:9.3f} | {_share(count(calm), len(calm))} "
            f"| {_share(count(missed_first), len(missed_first))} "
            f"| {_share(count(missed_now), len(missed_now))} "
            f"| {_share(count(urgent), len(urgent))}{mark}"
        )
    lines.append(f"at the shipped threshold {THRESHOLD}, per language:")
    for lang in sorted({s.worry.lang for s in scored}):
        calm_here = [s for s in calm if s.worry.lang == lang]
        missed_here = [s for s in missed_first if s.worry.lang == lang]
        prompted = sum(prompts(s, THRESHOLD) for s in calm_here)
        caught = sum(prompts(s, THRESHOLD) for s in missed_here)
        lines.append(
            f"  {lang}: non-urgent {_share(prompted, len(calm_here))}"
            f" | missed at first look, caught {_share(caught, len(missed_here))}"
        )
    return lines


def main(argv: list[str]) -> int:
    done = write_or_check(argv, Path(__file__).name, TARGET, render, "urgency model")
    if done is not None:
        return done
    if argv[1:] == ["loso"]:
        print("\n".join(table(left_out_scores())))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
