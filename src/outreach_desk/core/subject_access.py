"""Subject access (GDPR art. 15): everything this vault holds about one family, in clear.

The result is a plain, deterministic dictionary (same vault, same output) that becomes a
JSON file or a readable PDF (render/subject_access.py). Both are PLAINTEXT EXPORTS and say
so. Records are found by the family id column, so a record kind this version does not know
is still listed (as "not readable by this version") rather than silently left out.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, Final

from outreach_desk import __version__
from outreach_desk.core.casefile import Family
from outreach_desk.core.errors import NotFound
from outreach_desk.core.notes import Note
from outreach_desk.core.session import Session
from outreach_desk.core.training.guard import mark_if_training

FORMAT: Final = "outreach-desk-subject-access"
FORMAT_VERSION: Final = 1
NOTICE: Final = (
    "PLAINTEXT EXPORT: this file is not encrypted. It holds everything Outreach Desk keeps "
    "about one family. Give it only to that family (or whom they name), keep it safe and "
    "delete it when no longer needed."
)

# Record kinds written by this version that may belong to a family.
KNOWN_RECORD_KINDS: Final = (
    "consent", "ecomap", "handover", "intake", "referral", "service_experience", "training",
)  # fmt: skip


def collect(session: Session, family_id: str) -> dict[str, Any]:
    """Everything about one family: fields, members, every note version, drafts, records."""
    if not session.families.exists(family_id):
        raise NotFound(f"No family with id {family_id}; nothing was exported.")
    family = session.families.get(family_id)
    records, unreadable = _records(session, family_id)
    notice = mark_if_training(session.vault.kind, NOTICE)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "notice": notice,
        "family_id": family_id,
        "family": _family(family),
        "notes": [_note(note) for note in session.notes.for_family(family_id)],
        "drafts": [
            asdict(draft) for draft in sorted(session.drafts.pending(family_id), key=lambda d: d.id)
        ],
        "records": records,
        "records_not_readable": unreadable,
    }


def to_json(export: dict[str, Any]) -> str:
    return json.dumps(export, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _family(family: Family) -> dict[str, Any]:
    data = asdict(family)
    data["last_changed_clock"] = data.pop("hlc")
    return data


def _note(note: Note) -> dict[str, Any]:
    return {
        "note_id": note.id,
        "current_version_id": note.current.id,
        "unresolved_conflict_version_ids": [v.id for v in note.conflicts],
        "versions": [
            {
                "version_id": v.id,
                "parent_id": v.parent_id,
                "created_at": v.created_at,
                "author": v.author,
                "device": v.device,
                "clock": v.hlc,
                "text": v.text,
                "supersedes": list(v.supersedes),
            }
            for v in note.versions
        ],
    }


def _records(
    session: Session, family_id: str
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, str]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for kind in KNOWN_RECORD_KINDS:
        rows = session.records.query(kind, family_id)
        if rows:
            found[kind] = [
                {"id": r.id, "clock": r.hlc, "device": r.device, "data": r.payload}
                for r in sorted(rows, key=lambda r: r.id)
            ]
    known_tags = [session.vault.kind_tag(kind) for kind in KNOWN_RECORD_KINDS]
    marks = ",".join("?" * len(known_tags))
    unknown = session.vault.conn.execute(
        f"SELECT id, hlc FROM records WHERE family_id = ? AND deleted = 0"  # noqa: S608
        f" AND kind_tag NOT IN ({marks}) ORDER BY id",
        (family_id, *known_tags),
    ).fetchall()
    unreadable = [
        {"id": row[0], "clock": row[1], "reason": "a kind of record this version does not know"}
        for row in unknown
    ]
    return found, unreadable
