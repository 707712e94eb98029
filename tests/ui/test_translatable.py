"""Every visible string must reach Qt Linguist: lupdate only sees literal contexts/strings."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "src" / "outreach_desk" / "ui"
MY_MODULES = [
    p
    for p in UI.glob("*.py")
    if p.name not in ("family_glance.py",)  # others own theirs
] + list((UI / "models").glob("*.py"))


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    return found


def test_lupdate_finds_every_string_with_a_context(tmp_path):
    target = tmp_path / "check_nl.ts"
    files = [str(p) for p in MY_MODULES]
    subprocess.run(
        [_lupdate(), "-extensions", "py", *files, "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    ts = target.read_text(encoding="utf-8")
    assert "<name></name>" not in ts, "a string without context cannot be translated"
    for text in (
        "DEMO - fictional data",
        "TRAINING - fictional families",
        "Very weak",
        "Without legal residence",
        "That is not the right passphrase or code. Nothing was changed.",
        "New &amp;family...",
        "Choose a passphrase",
    ):
        assert f"<source>{text}</source>" in ts, text
    assert len(re.findall("<message", ts)) > 150
