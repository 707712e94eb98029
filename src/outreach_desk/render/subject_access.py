"""The subject-access export as a readable PDF: every field, note version, draft and record
of one family, under the "plaintext export" notice printed by ``html_page``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from outreach_desk.render.pdf import write_pdf
from outreach_desk.render.template import html_escape, html_page

_FAMILY_FIELDS = (
    ("label", "Label"), ("real_names", "Names"), ("status", "Status"),
    ("opened_on", "Opened on"), ("closed_on", "Closed on"), ("municipality", "Municipality"),
    ("residence", "Residence"), ("languages", "Languages"), ("domains", "Life domains"),
    ("strengths", "What goes well"), ("urgent", "Urgent"), ("owner", "Responsible device"),
)  # fmt: skip


def subject_access_html(export: dict[str, Any]) -> str:
    family = export["family"]
    body = [
        f"<p>{html_escape(export['notice'])}</p>",
        f"<p>Family id: {html_escape(export['family_id'])}</p>",
        _section("Case file", _family_table(family)),
        _section("Members", _members_table(family.get("members", []))),
        _section("Notes (every version)", _notes_html(export["notes"])),
        _section("Unsaved drafts", _drafts_html(export["drafts"])),
        _section("Other records", _records_html(export["records"])),
    ]
    if export["records_not_readable"]:
        items = "".join(
            f"<li>{html_escape(r['id'])}: {html_escape(r['reason'])}</li>"
            for r in export["records_not_readable"]
        )
        body.append(_section("Records this version cannot show", f"<ul>{items}</ul>"))
    title = f"Everything held about {family.get('label') or export['family_id']}"
    return html_page(title, "".join(body))


def write_subject_access_pdf(export: dict[str, Any], out_path: Path) -> Path:
    title = f"Subject access export {export['family_id']}"
    return write_pdf(subject_access_html(export), Path(out_path), title=title)


def _section(title: str, inner: str) -> str:
    return f"<h2>{html_escape(title)}</h2>{inner or '<p>None.</p>'}"


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value) or "-"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if value is None or value == "":
        return "-"
    return str(value)


def _rows(pairs: list[tuple[str, Any]]) -> str:
    cells = "".join(
        f'<tr><th align="left" valign="top" width="30%">{html_escape(k)}</th>'
        f"<td>{html_escape(_text(v))}</td></tr>"
        for k, v in pairs
    )
    return f'<table border="1" cellspacing="0" width="100%">{cells}</table>'


def _family_table(family: dict[str, Any]) -> str:
    pairs = [(label, family.get(name)) for name, label in _FAMILY_FIELDS]
    pairs += [(f"Conflict on {c['field']}", c["value"]) for c in family.get("conflicts", [])]
    return _rows(pairs)


def _members_table(members: list[dict[str, Any]]) -> str:
    blocks = [
        _rows(
            [
                ("Role", m.get("role")),
                ("Name", m.get("name")),
                ("Birth year", m.get("birth_year")),
                ("School", m.get("school")),
                ("For this child", m.get("for_this_child")),
            ]
        )
        for m in members
    ]
    return "<br>".join(blocks)


def _notes_html(notes: list[dict[str, Any]]) -> str:
    parts = []
    for index, note in enumerate(notes, start=1):
        parts.append(f"<h3>Note {index}</h3>")
        for number, version in enumerate(note["versions"], start=1):
            when = html_escape(version["created_at"] or "-")
            author = html_escape(version["author"] or "-")
            current = " (current)" if version["version_id"] == note["current_version_id"] else ""
            parts.append(
                f"<p><b>Version {number}{current}: {when}</b>, {author}<br>"
                f"{html_escape(version['text'])}</p>"
            )
    return "".join(parts)


def _drafts_html(drafts: list[dict[str, Any]]) -> str:
    return "".join(
        f"<p><b>{html_escape(d['saved_at'])}</b><br>{html_escape(d['text'])}</p>" for d in drafts
    )


def _records_html(records: dict[str, list[dict[str, Any]]]) -> str:
    parts = []
    for kind in sorted(records):
        for record in records[kind]:
            pairs = sorted(record["data"].items())
            parts.append(f"<h3>{html_escape(kind)} {html_escape(record['id'])}</h3>")
            parts.append(_rows(pairs))
    return "".join(parts)
