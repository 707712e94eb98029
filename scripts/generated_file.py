"""``write`` and ``check`` for a file generated from the repository (a trained model), shared
by the training scripts: ``check`` runs in CI and fails when the committed file is stale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_or_check(
    argv: list[str], script: str, target: Path, render: Callable[[], str], what: str
) -> int | None:
    """The exit code of ``script write`` or ``script check``; None for any other command.
    ``what`` names the file in messages ("urgency model")."""
    if argv[1:] == ["write"]:
        target.write_text(render(), encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size // 1024} KiB)")
        return 0
    if argv[1:] == ["check"]:
        if not target.exists() or target.read_text(encoding="utf-8") != render():
            print(f"{target.relative_to(ROOT)} is stale: run scripts/{script} write")
            return 1
        print(f"{what} is current")
        return 0
    return None
