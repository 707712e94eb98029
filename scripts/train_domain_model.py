"""Count the labelled worries into the life-domain model the app ships.

    python scripts/train_domain_model.py write   # resources/intake/domain_model.json
    python scripts/train_domain_model.py check   # CI: fail when the file is stale

Trains on every set under ``benchmarks/data/worries`` except the held-out blind sets
(``evaluation.HELD_OUT``), which only ever measure it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from generated_file import write_or_check  # noqa: E402
from outreach_desk.core.intake.domain_model import count_features  # noqa: E402
from outreach_desk.core.intake.evaluation import load_worries, training_paths  # noqa: E402

WORRIES = ROOT / "benchmarks" / "data" / "worries"
TARGET = ROOT / "resources" / "intake" / "domain_model.json"


def render() -> str:
    worries = load_worries(training_paths(WORRIES))
    counts = count_features((w.text, w.domains) for w in worries)
    counts["trained_on"] = len(worries)
    return json.dumps(counts, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    done = write_or_check(argv, Path(__file__).name, TARGET, render, "domain model")
    if done is not None:
        return done
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
