"""Keep the Qt Linguist translations current and complete.

    python scripts/translations.py update   # lupdate the .ts files, fill English, lrelease .qm
    python scripts/translations.py check    # CI: fail when .ts/.qm are stale or nl/fr/en unfinished

Sources are every ``.py`` under ``src/outreach_desk`` (``self.tr`` / ``translate`` with
literal strings). ``.ts`` are written without source locations so that moving code does not
churn them. The compiled ``.qm`` files are committed next to the ``.ts`` sources and shipped
as package data and in the PyInstaller bundle.
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "outreach_desk"
FOLDER = ROOT / "translations"
LANGUAGES = ("nl", "fr", "en", "ar")
MUST_BE_COMPLETE = ("nl", "fr", "en")
BIN = Path(sys.executable).parent


def ts_path(folder: Path, lang: str) -> Path:
    return folder / f"outreach_desk_{lang}.ts"


def lupdate(folder: Path) -> None:
    targets = [str(ts_path(folder, lang)) for lang in LANGUAGES]
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            str(SOURCES),
            "-ts",
            *targets,
        ],
        check=True,
        capture_output=True,
        text=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


def fill_english(ts: Path) -> int:
    """English is the source language: its translation is the source text."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if translation is not None and (translation.get("type") or not translation.text):
            if message.get("numerus") == "yes":
                for form in translation.findall("numerusform") or [
                    ET.SubElement(translation, "numerusform")
                ]:
                    form.text = form.text or source
            else:
                translation.text = source
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished(ts: Path) -> tuple[int, int, list[str]]:
    tree = ET.parse(ts)
    total, missing, examples = 0, 0, []
    for context in tree.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            total += 1
            texts = [translation.text] if translation is not None else []
            if translation is not None and message.get("numerus") == "yes":
                texts = [f.text for f in translation.findall("numerusform")]
            if translation is None or translation.get("type") == "unfinished" or not all(texts):
                missing += 1
                if len(examples) < 5:
                    examples.append(f"{name}: {message.findtext('source', '')[:60]!r}")
    return total, missing, examples


def update() -> int:
    FOLDER.mkdir(exist_ok=True)
    lupdate(FOLDER)
    fill_english(ts_path(FOLDER, "en"))
    for lang in LANGUAGES:
        lrelease(ts_path(FOLDER, lang), FOLDER / f"outreach_desk_{lang}.qm")
    return report()


def report() -> int:
    status = 0
    for lang in LANGUAGES:
        total, missing, examples = unfinished(ts_path(FOLDER, lang))
        share = 100.0 * (total - missing) / total if total else 100.0
        print(f"{lang}: {total - missing}/{total} translated ({share:.1f} %)")
        if missing and lang in MUST_BE_COMPLETE:
            status = 1
            for example in examples:
                print(f"   unfinished: {example}")
    return status


def messages(ts: Path) -> list[tuple[str, str, str, str, str]]:
    """What a .ts file says, independent of how it is laid out on disk."""
    found = []
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            state = "" if translation is None else (translation.get("type") or "")
            source, comment = message.findtext("source", ""), message.findtext("comment", "")
            found.append((name, source, comment, text, state))
    return sorted(found)


def check() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for lang in LANGUAGES:
            shutil.copy(ts_path(FOLDER, lang), ts_path(scratch, lang))
        lupdate(scratch)
        fill_english(ts_path(scratch, "en"))
        stale = [
            lang
            for lang in LANGUAGES
            if messages(ts_path(scratch, lang)) != messages(ts_path(FOLDER, lang))
        ]

        for lang in LANGUAGES:
            lrelease(ts_path(FOLDER, lang), scratch / f"{lang}.qm")
            if not filecmp.cmp(scratch / f"{lang}.qm", FOLDER / f"outreach_desk_{lang}.qm", False):
                stale.append(f"{lang}.qm")
    if stale:
        print("Translations are out of date with the code: " + ", ".join(stale))
        print("Run: .venv/bin/python scripts/translations.py update (then translate and commit)")
        return 1
    return report()


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    sys.exit({"update": update, "check": check, "report": report}[command]())
