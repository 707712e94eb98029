"""``outreach-desk family ...``: case files from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from outreach_desk.commands._common import (
    add_data_dir_argument,
    handles_errors,
    open_vault,
    print_json,
)
from outreach_desk.core.casefile import RESIDENCE_VALUES, Family, FamilyStore
from outreach_desk.core.domains import DOMAIN_IDS


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    family = subparsers.add_parser("family", help="case files of the families you accompany")
    commands = family.add_subparsers(dest="family_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="open a case file; prints its id")
    add_data_dir_argument(add)
    add.add_argument("--label", required=True, help="a pseudonymous label, e.g. 'Family Sun'")
    add.add_argument("--municipality", default="")
    add.add_argument("--language", action="append", default=[], help="ISO code; repeatable")
    add.add_argument("--residence", choices=RESIDENCE_VALUES, default="unknown")
    add.add_argument("--domain", action="append", default=[], choices=DOMAIN_IDS)
    add.set_defaults(handler=handles_errors(_add))

    listing = commands.add_parser("list", help="list case files")
    add_data_dir_argument(listing)
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--active", action="store_true", help="only open case files")
    listing.set_defaults(handler=handles_errors(_list))

    show = commands.add_parser("show", help="show one case file")
    add_data_dir_argument(show)
    show.add_argument("family_id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=handles_errors(_show))

    close = commands.add_parser("close", help="close a case file (it stays readable)")
    add_data_dir_argument(close)
    close.add_argument("family_id")
    close.set_defaults(handler=handles_errors(_close))

    try:  # the family-at-a-glance commands (ecomap, summary) live in their own module
        from outreach_desk.commands.family_extra import add_family_subcommands
    except ImportError:
        return
    add_family_subcommands(commands)


def family_to_json(family: Family) -> dict[str, Any]:
    return {
        "id": family.id,
        "label": family.label,
        "municipality": family.municipality,
        "languages": list(family.languages),
        "residence": family.residence,
        "domains": list(family.domains),
        "strengths": list(family.strengths),
        "status": family.status,
        "opened_on": family.opened_on,
        "closed_on": family.closed_on,
        "members": [m.to_dict() for m in family.members],
        "conflicts": len(family.conflicts),
    }


def _add(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        family = FamilyStore(vault).add(
            args.label,
            municipality=args.municipality,
            languages=tuple(args.language),
            residence=args.residence,
            domains=tuple(args.domain),
        )
    print(family.id)
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        families = FamilyStore(vault).families(include_closed=not args.active)
    if args.json:
        print_json([family_to_json(f) for f in families])
        return 0
    if not families:
        print("No case files yet. Add one with: outreach-desk family add --label LABEL")
    for f in families:
        print(f"{f.id}  {f.status:<7} {f.label}  {f.municipality}  {','.join(f.languages)}")
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        family = FamilyStore(vault).get(args.family_id)
    data = family_to_json(family)
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key:>12}: {value}")
    return 0


def _close(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        family = FamilyStore(vault).close_case(args.family_id)
    print(f"Closed {family.label} on {family.closed_on}.")
    return 0
