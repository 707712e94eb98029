"""``outreach-desk transfer export OUT`` / ``transfer import FILE``: move the whole vault to
a new laptop as one file sealed under a separate transfer passphrase."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from outreach_desk.commands._common import (
    CliError,
    ExitCode,
    add_data_dir_argument,
    data_dir,
    handles_errors,
    open_vault,
    print_json,
    read_passphrase,
)

TRANSFER_ENV = "OUTREACH_DESK_TRANSFER_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    transfer = subparsers.add_parser(
        "transfer", help="move the whole vault to another laptop as one encrypted file"
    )
    add_data_dir_argument(transfer)
    actions = transfer.add_subparsers(dest="transfer_command", metavar="ACTION", required=True)

    export = actions.add_parser("export", help="write the vault to OUT, sealed again")
    add_data_dir_argument(export)
    export.add_argument("out", type=Path, metavar="OUT")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=handles_errors(_export))

    imported = actions.add_parser("import", help="unpack FILE into an empty data folder")
    add_data_dir_argument(imported)
    imported.add_argument("file", type=Path, metavar="FILE")
    imported.add_argument("--json", action="store_true")
    imported.set_defaults(handler=handles_errors(_import))


def _transfer_passphrase(confirm: bool) -> str:
    if os.environ.get(TRANSFER_ENV):
        return os.environ[TRANSFER_ENV]
    first = read_passphrase("Transfer passphrase (not your vault passphrase): ", TRANSFER_ENV)
    if confirm and read_passphrase("Repeat the transfer passphrase: ", TRANSFER_ENV) != first:
        raise CliError("the two transfer passphrases differ; nothing was written", ExitCode.USAGE)
    return first


def _export(args: argparse.Namespace) -> int:
    from outreach_desk.core.transfer import export_vault

    with open_vault(args) as vault:
        header = export_vault(vault, args.out, _transfer_passphrase(confirm=True))
    if args.json:
        print_json({"file": str(args.out), "vault_bytes": header.payload_bytes})
    else:
        print(f"Vault exported to {args.out} ({header.payload_bytes:,} bytes, encrypted).")
        print(
            "Move it to the new laptop, run 'outreach-desk transfer import FILE' there, then "
            "delete this file: until it is deleted it can still show families you delete later.",
            file=sys.stderr,
        )
    return 0


def _import(args: argparse.Namespace) -> int:
    from outreach_desk.core.transfer import import_vault

    folder = data_dir(args)
    target = import_vault(args.file, folder, _transfer_passphrase(confirm=False))
    if args.json:
        print_json({"vault": str(target)})
    else:
        print(f"Vault imported into {folder}. Unlock it with your usual vault passphrase.")
    return 0
