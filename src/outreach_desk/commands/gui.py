"""``outreach-desk gui [--demo]``: start the desktop app (also what no command does)."""

from __future__ import annotations

import argparse

from outreach_desk.commands._common import add_data_dir_argument


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    gui = subparsers.add_parser("gui", help="start the desktop app (the default)")
    add_data_dir_argument(gui)
    gui.add_argument("--demo", action="store_true", help="open the demo vault (fictional data)")
    gui.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    gui.set_defaults(handler=_gui)


def start_gui(data_dir: str | None, *, demo: bool = False, smoke_test: bool = False) -> int:
    from outreach_desk.ui.app import main

    argv: list[str] = ["--data-dir", data_dir] if data_dir else []
    argv += ["--demo"] if demo else []
    argv += ["--smoke-test"] if smoke_test else []
    return main(argv)


def _gui(args: argparse.Namespace) -> int:
    return start_gui(getattr(args, "data_dir", None), demo=args.demo, smoke_test=args.smoke_test)
