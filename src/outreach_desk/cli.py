"""The headless face of Outreach Desk: ``outreach-desk COMMAND ...``.

Each feature adds its sub-commands in a module of ``outreach_desk.commands`` that
defines ``register(subparsers)``; this module only discovers them, parses arguments and
turns typed errors into a message on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from outreach_desk import __version__, commands
from outreach_desk.commands._common import CliError, ExitCode


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outreach-desk",
        description="Encrypted case notes, the Brussels social map and help requests, offline.",
    )
    parser.add_argument("--version", action="version", version=f"outreach-desk {__version__}")
    parser.add_argument(
        "--data-dir",
        help="folder holding the vault (default: the platform's user data folder; "
        "also OUTREACH_DESK_DATA_DIR)",
    )
    app = parser.add_argument_group("starting the desktop app (no COMMAND)")
    app.add_argument("--demo", action="store_true", help="open the demo vault (fictional data)")
    app.add_argument("--lang", help="interface language: nl, fr, en or ar")
    app.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args, unknown = parser.parse_known_args(arguments)
    if args.command is None:  # no sub-command: a person started the app (--demo, --lang...)
        from outreach_desk.ui.app import main as gui_main

        return gui_main(arguments)
    if unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return int(ExitCode.USAGE)
    try:
        return int(handler(args) or 0)
    except CliError as error:
        print(f"outreach-desk: {error}", file=sys.stderr)
        return int(error.exit_code)
    except KeyboardInterrupt:
        print("outreach-desk: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
