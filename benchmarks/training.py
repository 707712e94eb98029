"""Training-mode benchmark: how long a trainer waits to load the packs, rebuild the training
vault in front of a room, restore one case and check the state hash.

Run: ``.venv/bin/python benchmarks/training.py``. The lead's harness calls :func:`run`.
A full reset is dominated by two Argon2id derivations (checking the old vault is a training
vault, then creating the new one), at the minimum cost fictional data allows.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from outreach_desk.core.training import bundled_pack, presentation_steps
from outreach_desk.core.training.vault_seed import (
    open_training_vault,
    reset_training_case,
    reset_training_vault,
    training_state_hash,
)


def _median_ms(action: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def _row(name: str, value: float, unit: str, target: float) -> dict[str, Any]:
    return {"name": f"training.{name}", "value": value, "unit": unit, "target": target}


def run() -> list[dict[str, Any]]:
    pack = bundled_pack()
    rows = [
        _row("load_validate_bundled_pack", _median_ms(bundled_pack), "ms", 500),
        _row(
            "presentation_steps_all_cases",
            _median_ms(lambda: [presentation_steps(c, "nl") for c in pack.cases]),
            "ms",
            100,
        ),
    ]
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        reset_training_vault(data_dir, [pack])
        reset_s = _median_ms(lambda: reset_training_vault(data_dir, [pack]), repeat=3) / 1000
        rows.append(_row("reset_training_vault", round(reset_s, 2), "s", 5))
        with open_training_vault(data_dir) as vault:
            case_ms = _median_ms(lambda: reset_training_case(vault, "darija-ocmw", [pack]))
            rows.append(_row("reset_one_case", case_ms, "ms", 500))
            rows.append(
                _row("state_hash", _median_ms(lambda: training_state_hash(vault)), "ms", 200)
            )
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<40} {row['value']:>8} {row['unit']:<3} (target {row['target']})")
