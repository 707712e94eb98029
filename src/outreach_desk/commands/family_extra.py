"""``outreach-desk family ecomap|summary``: the family at a glance, printed or as a picture.

These actions live under the ``family`` command, which ``commands/family.py`` owns; it calls
:func:`add_family_subcommands`. Both write plaintext files on purpose and say so on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from outreach_desk.commands._common import (
    add_data_dir_argument,
    handles_errors,
    open_vault,
    print_json,
)

LANGUAGES = ("en", "nl", "fr", "ar")
PLAINTEXT_WARNING = (
    "note: {path} is not encrypted; keep it safe and delete it when it is no longer needed"
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Nothing at the top level: the actions below are added to ``family`` by family.py."""


def add_family_subcommands(family_subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ecomap = family_subparsers.add_parser(
        "ecomap", help="save the family's network map as a PNG picture (not encrypted)"
    )
    add_data_dir_argument(ecomap)
    ecomap.add_argument("family_id")
    ecomap.add_argument("out", type=Path, metavar="OUT.png")
    ecomap.add_argument("--scale", type=float, default=2.0, help="pixels per point (default 2)")
    ecomap.add_argument("--json", action="store_true")
    ecomap.set_defaults(handler=handles_errors(_ecomap))

    summary = family_subparsers.add_parser(
        "summary", help="print the family summary to a PDF (a deliberate plaintext export)"
    )
    add_data_dir_argument(summary)
    summary.add_argument("family_id")
    summary.add_argument("out", type=Path, metavar="OUT.pdf")
    summary.add_argument("--lang", choices=LANGUAGES, default="en", help="page direction")
    summary.add_argument("--json", action="store_true")
    summary.set_defaults(handler=handles_errors(_summary))


def _check_scale(scale: float) -> None:
    from outreach_desk.core.errors import ValidationError

    if not 0.5 <= scale <= 6.0:
        raise ValidationError(f"--scale must be between 0.5 and 6, not {scale}")


def _ecomap(args: argparse.Namespace) -> int:
    _check_scale(args.scale)
    # Qt is imported only when a picture is really drawn, so other commands start fast.
    from outreach_desk.core.ecomap import EcomapStore
    from outreach_desk.core.session import Session
    from outreach_desk.render.qtapp import ensure_gui_app

    ensure_gui_app()
    from outreach_desk.ui.ecomap.paint import save_png

    with open_vault(args) as vault:
        session = Session(vault)
        family = session.families.get(args.family_id)
        ecomap = EcomapStore(session.records).load(family.id)
        out = save_png(ecomap, family.label, args.out, scale=args.scale)
    _report(args, out, contacts=len(ecomap.contacts))
    return 0


def _summary(args: argparse.Namespace) -> int:
    from outreach_desk.core.session import Session
    from outreach_desk.render.family_summary import write_family_summary

    with open_vault(args) as vault:
        session = Session(vault)
        out = write_family_summary(session, args.family_id, args.out, lang=args.lang)
    _report(args, out)
    return 0


def _report(args: argparse.Namespace, out: Path, **extra: int) -> None:
    if args.json:
        print_json({"path": str(out), "encrypted": False, **extra})
    else:
        print(out)
    print(PLAINTEXT_WARNING.format(path=out), file=sys.stderr)
