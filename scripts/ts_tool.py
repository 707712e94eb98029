"""Move Qt Linguist messages to and from JSON, for translators who work without Linguist.

    python scripts/ts_tool.py export nl todo.json [--unfinished]   # what needs translating
    python scripts/ts_tool.py import nl done.json                  # write translations back

Each JSON item: {"context", "source", "comment", "translation"}; items are matched back by
(context, source, comment). Placeholders (%1, {name}), mnemonics (&) and HTML tags in the
source must appear in the translation too; ``import`` refuses an item that loses one.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "translations"
_PLACEHOLDER = re.compile(r"%\d+|\{[a-z_0-9]*\}|<[^>]+>")


def ts_file(lang: str) -> Path:
    return FOLDER / f"outreach_desk_{lang}.ts"


def _items(tree: ET.ElementTree):
    for context in tree.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def export(lang: str, out: Path, unfinished_only: bool) -> int:
    tree = ET.parse(ts_file(lang))
    items = []
    for name, message in _items(tree):
        translation = message.find("translation")
        done = translation is not None and translation.get("type") is None and translation.text
        if unfinished_only and done:
            continue
        items.append(
            {
                "context": name,
                "source": message.findtext("source", ""),
                "comment": message.findtext("comment", ""),
                "translation": (translation.text or "") if translation is not None else "",
            }
        )
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(items)} messages written to {out}")
    return 0


def _problems(source: str, translated: str) -> list[str]:
    problems = [
        f"missing {token!r}" for token in _PLACEHOLDER.findall(source) if token not in translated
    ]
    if "&" in source.replace("&&", "") and "&" not in translated.replace("&&", ""):
        problems.append("missing the & keyboard mnemonic")
    return problems


def import_(lang: str, source_file: Path) -> int:
    tree = ET.parse(ts_file(lang))
    wanted = {
        (i["context"], i["source"], i.get("comment", "")): i["translation"]
        for i in json.loads(source_file.read_text(encoding="utf-8"))
        if i.get("translation")
    }
    applied, refused = 0, 0
    for name, message in _items(tree):
        key = (name, message.findtext("source", ""), message.findtext("comment", ""))
        if key not in wanted:
            continue
        problems = _problems(key[1], wanted[key])
        if problems:
            refused += 1
            print(f"refused {key[0]}: {key[1][:50]!r}: {', '.join(problems)}")
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.text = wanted[key]
        translation.attrib.pop("type", None)
        applied += 1
    tree.write(ts_file(lang), encoding="utf-8", xml_declaration=True)
    print(f"{applied} translations applied, {refused} refused")
    return 1 if refused else 0


if __name__ == "__main__":
    command, lang, path = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    if command == "export":
        sys.exit(export(lang, path, "--unfinished" in sys.argv))
    sys.exit(import_(lang, path))
