"""``outreach-desk search QUERY``: find families and notes (accent-insensitive)."""

from __future__ import annotations

import argparse

from outreach_desk.commands._common import (
    add_data_dir_argument,
    handles_errors,
    open_vault,
    print_json,
)
from outreach_desk.core.search import SearchIndex


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    search = subparsers.add_parser("search", help="search families and notes")
    add_data_dir_argument(search)
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=50)
    search.set_defaults(handler=handles_errors(_search))


def _search(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        index = SearchIndex(vault)
        index.load()
        hits = index.search(args.query, limit=args.limit)
        if index.worth_saving:  # the next search (or unlock) opens it instead of rebuilding
            index.save()
    if args.json:
        print_json(
            [
                {
                    "kind": h.kind,
                    "family_id": h.family_id,
                    "note_id": h.note_id,
                    "family_label": h.family_label,
                    "snippet": h.snippet,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print("Nothing found.")
    for h in hits:
        where = f"note {h.note_id}" if h.note_id else "case file"
        print(f"{h.family_label} ({where}): {h.snippet}")
    return 0
