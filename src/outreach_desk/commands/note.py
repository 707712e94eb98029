"""``outreach-desk note ...``: the note timeline of a family."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from outreach_desk.commands._common import (
    add_data_dir_argument,
    handles_errors,
    open_vault,
    print_json,
)
from outreach_desk.core.notes import Note, NoteStore


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    note = subparsers.add_parser("note", help="notes on a family's timeline")
    commands = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="add a note; prints its id")
    add_data_dir_argument(add)
    add.add_argument("family_id")
    add.add_argument("--text", required=True, help="the note ('-' reads standard input)")
    add.set_defaults(handler=handles_errors(_add))

    edit = commands.add_parser("edit", help="write a new version of a note")
    add_data_dir_argument(edit)
    edit.add_argument("note_id")
    edit.add_argument("--text", required=True, help="the new text ('-' reads standard input)")
    edit.set_defaults(handler=handles_errors(_edit))

    listing = commands.add_parser("list", help="list a family's notes, oldest first")
    add_data_dir_argument(listing)
    listing.add_argument("family_id")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--history", action="store_true", help="include every version")
    listing.set_defaults(handler=handles_errors(_list))


def _text(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


def note_to_json(note: Note, history: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": note.id,
        "family_id": note.family_id,
        "text": note.text,
        "created_at": note.created_at,
        "updated_at": note.current.created_at,
        "version_count": len(note.versions),
        "conflicts": [{"version_id": c.id, "text": c.text} for c in note.conflicts],
    }
    if history:
        data["versions"] = [
            {"id": v.id, "parent_id": v.parent_id, "text": v.text, "created_at": v.created_at}
            for v in note.versions
        ]
    return data


def _add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        note = NoteStore(vault).add(args.family_id, _text(args.text))
    print(note.id)
    return 0


def _edit(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        note = NoteStore(vault).edit(args.note_id, _text(args.text))
    print(f"{note.id} now has {len(note.versions)} versions")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        notes = NoteStore(vault).for_family(args.family_id)
    if args.json:
        print_json([note_to_json(n, history=args.history) for n in notes])
        return 0
    if not notes:
        print("No notes yet.")
    for n in notes:
        flag = f" (edited, {len(n.versions)} versions)" if n.edited else ""
        flag += " [CONFLICT: two versions]" if n.conflicts else ""
        print(f"--- {n.created_at}  {n.id}{flag}\n{n.text}\n")
    return 0
