"""Crash safety: a writer killed with SIGKILL at random moments, 30 times on the same
vault, never loses a note it acknowledged and never leaves a damaged file.
The 200-kill soak is ``python -m benchmarks.soak_crash``."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:  # the loop lives beside the benchmarks (shared with the soak)
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.soak_crash import crash_loop, prepare_vault, verify  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLS = 30


def test_notes_acknowledged_before_a_kill_survive_30_kills(tmp_path: Path) -> None:
    seed = random.SystemRandom().randrange(10**6)
    data_dir = tmp_path / "vault"
    prepare_vault(data_dir)

    report = crash_loop(data_dir, KILLS, seed, max_delay=0.3)
    verdict = verify(data_dir, report.acknowledged)

    context = f"(seed {seed}; rerun with python -m benchmarks.soak_crash --kills 30 --seed {seed})"
    assert report.kills == KILLS
    assert report.acknowledged_versions > KILLS, f"the writer barely wrote anything {context}"
    assert verdict.integrity == "ok", f"integrity_check: {verdict.integrity} {context}"
    assert verdict.missing == [], f"acknowledged notes lost {context}"
    assert verdict.wrong_text == [], f"acknowledged text differs {context}"
    assert verdict.index == "same as a fresh build", f"{verdict.index} {context}"
    assert report.index_failures == [], f"kept search index went wrong {context}"


def test_the_check_notices_a_lost_note(tmp_path: Path) -> None:
    """The verdict is not vacuous: a note id that was acknowledged but is absent is reported."""
    data_dir = tmp_path / "vault"
    prepare_vault(data_dir)
    verdict = verify(data_dir, {"0" * 32: {"deadbeef"}})
    assert verdict.integrity == "ok"
    assert verdict.missing == ["0" * 32]
    assert not verdict.ok
