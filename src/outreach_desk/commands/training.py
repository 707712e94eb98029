"""``outreach-desk training ...``: fictional scenario packs and the training vault.

Nothing here reads or writes the real vault: packs live in ``resources/training`` and
``<data_dir>/training/packs``, the training vault in ``<data_dir>/training``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from outreach_desk.commands._common import (
    add_data_dir_argument,
    data_dir,
    handles_errors,
    print_json,
)
from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.training import (
    Answers,
    ScenarioPackNotFound,
    all_packs,
    debrief,
    export_pack,
    find_pack,
    import_pack,
    presentation_steps,
)
from outreach_desk.core.training.model import Case, ScenarioPack, pick
from outreach_desk.core.training.store import bundled_pack
from outreach_desk.core.training.vocab import MECHANISM_IDS


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    training = subparsers.add_parser(
        "training", help="fictional cases for workshops and the separate training vault"
    )
    commands = training.add_subparsers(dest="training_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list the training cases of every installed pack")
    add_data_dir_argument(listing)
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--lang", default="en", help="language of titles (en, nl, fr)")
    listing.set_defaults(handler=handles_errors(_list))

    steps = commands.add_parser("steps", help="print a case step by step, as presented")
    add_data_dir_argument(steps)
    steps.add_argument("case_id")
    steps.add_argument("--lang", default="en")
    steps.add_argument("--notes", action="store_true", help="include the facilitator notes")
    steps.add_argument("--json", action="store_true")
    steps.set_defaults(handler=handles_errors(_steps))

    export = commands.add_parser("export-pack", help="write a scenario pack to a JSON file")
    add_data_dir_argument(export)
    export.add_argument("out", help="file to write")
    export.add_argument("--pack", help="pack id (default: the bundled pack)")
    export.set_defaults(handler=handles_errors(_export))

    imp = commands.add_parser("import-pack", help="check and install a scenario pack file")
    add_data_dir_argument(imp)
    imp.add_argument("file")
    imp.add_argument("--replace", action="store_true", help="replace an imported pack, same id")
    imp.set_defaults(handler=handles_errors(_import))

    reset = commands.add_parser("reset", help="rebuild the training vault (or one case) from packs")
    add_data_dir_argument(reset)
    reset.add_argument("--case", help="restore only this case")
    reset.add_argument("--lang", default="en", help="language of the seeded notes (en, nl, fr)")
    reset.add_argument("--json", action="store_true")
    reset.set_defaults(handler=handles_errors(_reset))

    reveal = commands.add_parser(
        "reveal", help="add a case's next hidden fact to its notes in the training vault"
    )
    add_data_dir_argument(reveal)
    reveal.add_argument("case_id")
    reveal.add_argument("number", type=int, help="which hidden fact, from 1")
    reveal.add_argument("--lang", default="en")
    reveal.set_defaults(handler=handles_errors(_reveal))

    brief = commands.add_parser("debrief", help="compare a group's answers with the notes")
    add_data_dir_argument(brief)
    brief.add_argument("case_id")
    brief.add_argument("--mechanism", action="append", default=[], choices=MECHANISM_IDS)
    brief.add_argument("--agency", action="append", default=[], help="agency id; repeatable")
    brief.add_argument("--domain", action="append", default=[], choices=DOMAIN_IDS)
    brief.add_argument("--json", action="store_true")
    brief.set_defaults(handler=handles_errors(_debrief))


def case_summary(pack: ScenarioPack, case: Case, lang: str) -> dict[str, Any]:
    return {
        "id": case.id,
        "pack": pack.pack_id,
        "title": pick(case.title, lang),
        "titles": dict(case.title),
        "languages": list(case.languages()),
        "municipality": case.household.municipality,
        "domains": list(case.domains),
        "exercises": [{"id": e.id, "kind": e.kind} for e in case.exercises],
    }


def _list(args: argparse.Namespace) -> int:
    rows = [case_summary(p, c, args.lang) for p in all_packs(data_dir(args)) for c in p.cases]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        kinds = ", ".join(e["kind"] for e in row["exercises"])
        print(f"{row['id']:<24} {row['title']}")
        print(f"{'':<24} languages: {', '.join(row['languages'])} | exercises: {kinds}")
    return 0


def _find_case(args: argparse.Namespace) -> tuple[ScenarioPack, Case]:
    for pack in all_packs(data_dir(args)):
        case = pack.case(args.case_id)
        if case is not None:
            return pack, case
    raise ScenarioPackNotFound(
        f"no training case {args.case_id!r}; 'outreach-desk training list' shows them."
    )


def _steps(args: argparse.Namespace) -> int:
    _pack, case = _find_case(args)
    steps = presentation_steps(case, args.lang)
    if args.json:
        print_json(
            [
                {
                    "kind": s.kind,
                    "number": s.number,
                    "title": s.title,
                    "lines": list(s.lines),
                    **({"facilitator_notes": s.facilitator_notes} if args.notes else {}),
                }
                for s in steps
            ]
        )
        return 0
    for index, step in enumerate(steps, start=1):
        print(f"--- {index}/{len(steps)} {step.title} ---")
        for line in step.lines:
            print(line)
        if args.notes and step.facilitator_notes:
            print(f"[facilitator] {step.facilitator_notes}")
        print()
    return 0


def _export(args: argparse.Namespace) -> int:
    pack = find_pack(data_dir(args), args.pack) if args.pack else bundled_pack()
    out = export_pack(pack, Path(args.out))
    print(f"exported pack {pack.pack_id} ({len(pack.cases)} cases) to {out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    pack = import_pack(data_dir(args), Path(args.file), replace=args.replace)
    print(f"imported pack {pack.pack_id} with {len(pack.cases)} case(s)")
    return 0


def _reset(args: argparse.Namespace) -> int:
    from outreach_desk.core.training import vault_seed

    folder = data_dir(args)
    packs = all_packs(folder)
    if args.case:
        with vault_seed.open_training_vault(folder, lang=args.lang) as vault:
            vault_seed.reset_training_case(vault, args.case, packs, lang=args.lang)
            result = {"case": args.case, "state_hash": vault_seed.training_state_hash(vault)}
    else:
        report = vault_seed.reset_training_vault(folder, packs, lang=args.lang)
        result = {
            "path": str(report.path),
            "families": report.families,
            "notes": report.notes,
            "state_hash": report.state_hash,
        }
    if args.json:
        print_json(result)
    else:
        what = f"case {args.case}" if args.case else f"{result['families']} fictional families"
        print(f"training vault reset: {what}; state {result['state_hash'][:16]}")
        print(f"passphrase (public, fictional data only): {vault_seed.TRAINING_PASSPHRASE}")
    return 0


def _reveal(args: argparse.Namespace) -> int:
    from outreach_desk.core.training import vault_seed

    folder = data_dir(args)
    with vault_seed.open_training_vault(folder, lang=args.lang) as vault:
        note = vault_seed.reveal_hidden_fact(
            vault, args.case_id, args.number, all_packs(folder), lang=args.lang
        )
    print(note.text)
    return 0


def _debrief(args: argparse.Namespace) -> int:
    pack, _case = _find_case(args)
    answers = Answers(frozenset(args.mechanism), frozenset(args.agency), frozenset(args.domain))
    result = debrief(pack, args.case_id, answers)
    parts = {
        "mechanisms": result.mechanisms,
        "agencies": result.agencies,
        "domains": result.domains,
    }
    if args.json:
        print_json(
            {
                "case": result.case_id,
                **{
                    name: {
                        "matched": list(c.matched),
                        "missed": list(c.missed),
                        "extra": list(c.extra),
                    }
                    for name, c in parts.items()
                },
                "warnings": [
                    {"agency": w.agency, "why": pick(w.why, "en")} for w in result.warnings
                ],
            }
        )
        return 0
    for name, c in parts.items():
        print(
            f"{name}: matched {', '.join(c.matched) or '-'} | missed {', '.join(c.missed) or '-'}"
            f" | extra {', '.join(c.extra) or '-'}"
        )
    for warning in result.warnings:
        print(f"warning: {warning.agency}: {pick(warning.why, 'en')}")
    return 0
