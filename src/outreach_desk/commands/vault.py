"""``outreach-desk vault ...``: create, check, back up, restore, change the passphrase."""

from __future__ import annotations

import argparse
import os
import sys

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
from outreach_desk.core import backup
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.vault import Vault


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    vault = subparsers.add_parser("vault", help="create and look after the encrypted vault")
    commands = vault.add_subparsers(dest="vault_command", metavar="ACTION", required=True)

    init = commands.add_parser("init", help="create a vault; prints the recovery code once")
    add_data_dir_argument(init)
    init.add_argument(
        "--kdf-memory-mib",
        type=int,
        help="fix the Argon2id memory cost instead of calibrating (at least 64)",
    )
    init.add_argument("--kdf-iterations", type=int, default=3, help="Argon2id passes (>= 3)")
    init.set_defaults(handler=handles_errors(_init))

    change = commands.add_parser("change-passphrase", help="set a new passphrase")
    add_data_dir_argument(change)
    change.add_argument(
        "--recovery-code",
        action="store_true",
        help="unlock with the recovery code (OUTREACH_DESK_RECOVERY_CODE or a prompt) "
        "instead of the old passphrase",
    )
    change.set_defaults(handler=handles_errors(_change_passphrase))

    check = commands.add_parser("check", help="verify the file and every encrypted record")
    add_data_dir_argument(check)
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=handles_errors(_check))

    make = commands.add_parser("backup", help="make an encrypted backup now")
    add_data_dir_argument(make)
    make.set_defaults(handler=handles_errors(_backup))

    listing = commands.add_parser("backups", help="list the automatic backups")
    add_data_dir_argument(listing)
    listing.set_defaults(handler=handles_errors(_list_backups))

    restore = commands.add_parser("restore", help="put a backup in place of the vault")
    add_data_dir_argument(restore)
    restore.add_argument("backup", nargs="?", help="backup file (default: the latest)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=handles_errors(_restore))


def _new_passphrase(env: str = "OUTREACH_DESK_NEW_PASSPHRASE") -> str:
    value = os.environ.get(env)
    if value:
        return value
    first = read_passphrase("New passphrase: ", env)
    if sys.stdin.isatty() and read_passphrase("Repeat it: ", env) != first:
        raise CliError("the two passphrases differ; nothing was changed", ExitCode.USAGE)
    return first


def _kdf_from(args: argparse.Namespace) -> KdfParams | None:
    if args.kdf_memory_mib is None:
        return None
    try:
        return KdfParams(args.kdf_memory_mib * 1024, args.kdf_iterations)
    except ValueError as error:
        raise CliError(str(error), ExitCode.USAGE) from None


def _init(args: argparse.Namespace) -> int:
    passphrase = os.environ.get("OUTREACH_DESK_PASSPHRASE") or _new_passphrase(
        "OUTREACH_DESK_PASSPHRASE"
    )
    vault, code = Vault.create(data_dir(args), passphrase, kdf=_kdf_from(args))
    info = vault.info()
    vault.close()
    print(f"Vault created in {info.path.parent}")
    print(f"Key derivation: Argon2id, {info.kdf.memory_kib // 1024} MiB, t={info.kdf.iterations}")
    print()
    print("RECOVERY CODE (shown only this once; write it down and keep it apart from the laptop):")
    print(f"    {code}")
    return 0


def _change_passphrase(args: argparse.Namespace) -> int:
    folder = data_dir(args)
    if args.recovery_code:
        code = read_passphrase("Recovery code: ", "OUTREACH_DESK_RECOVERY_CODE")
        vault = Vault.open_with_recovery_code(folder, code)
    else:
        vault = Vault.open(folder, read_passphrase("Current passphrase: "))
    try:
        vault.change_passphrase(_new_passphrase())
    finally:
        vault.close()
    print("Passphrase changed. The recovery code stays the same.")
    return 0


def _check(args: argparse.Namespace) -> int:
    from outreach_desk.core.check import check_vault

    with open_vault(args) as vault:
        report = check_vault(vault)
        pragmas = vault.pragmas()
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "sqlite": report.sqlite_detail,
                "counts": report.counts,
                "problems": report.problems,
                "pragmas": pragmas,
            }
        )
    else:
        print(f"SQLite integrity: {report.sqlite_detail}")
        for what, count in sorted(report.counts.items()):
            print(f"  {what}: {count} readable")
        for problem in report.problems:
            print(f"PROBLEM: {problem}", file=sys.stderr)
        print("Vault is healthy." if report.ok else "Vault has problems (see above).")
    return 0 if report.ok else int(ExitCode.VAULT_CORRUPT)


def _backup(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        path = backup.make_backup(vault.conn, vault.data_dir)
    print(f"Backup written: {path}")
    return 0


def _list_backups(args: argparse.Namespace) -> int:
    found = backup.list_backups(data_dir(args))
    if not found:
        print("No backups yet.")
    for path in found:
        print(f"{backup.backup_time(path):%Y-%m-%d %H:%M:%S} UTC  {path}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    folder = data_dir(args)
    chosen = Path(args.backup) if args.backup else backup.latest_backup(folder)
    if chosen is None:
        raise CliError("there is no backup to restore", ExitCode.NOT_FOUND)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("restoring replaces the vault: confirm with --yes", ExitCode.USAGE)
        answer = input(
            f"Replace the vault with {chosen.name}? The current file is kept aside. [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes", "j", "ja", "o", "oui"):
            print("Nothing changed.")
            return 0
    aside = backup.restore_backup(folder, chosen)
    print(f"Restored {chosen.name}. The previous vault file was kept as {aside.name}.")
    return 0
