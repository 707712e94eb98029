"""Every visible string of the help-request screens reaches Qt Linguist (literal strings
with a context), and a language change re-labels the screens live."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

UI = Path(__file__).resolve().parents[3] / "src" / "outreach_desk" / "ui"
MODULES = [
    *(UI / "helprequest").glob("*.py"),
    UI / "pages" / "helprequest.py",
    UI / "pages" / "followup.py",
]


def test_lupdate_finds_the_strings(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    target = tmp_path / "check.ts"
    files = [str(p) for p in MODULES]
    subprocess.run(
        [lupdate, "-extensions", "py", *files, "-ts", str(target)], check=True, capture_output=True
    )
    ts = target.read_text(encoding="utf-8")
    assert "<name></name>" not in ts
    for text in (
        "&amp;Record consent now…",
        "&amp;Export PDF (not encrypted)…",
        "Holds the right",
        "Refused",
        "Urgent: act today.",
        "Help re&amp;quest",
        "To follow &amp;up",
    ):
        assert f"<source>{text}</source>" in ts, text
    assert len(re.findall("<message", ts)) > 80


def test_language_change_relabels(qtbot, page):
    page.next_button.setText("stale")
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.next_button.text() == "&Next"
