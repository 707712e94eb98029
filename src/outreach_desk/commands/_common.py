"""Shared plumbing for CLI commands: exit codes, data folder, passphrase, JSON output."""

from __future__ import annotations

import argparse
import enum
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from outreach_desk.core import errors


class ExitCode(enum.IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    WRONG_PASSPHRASE = 3
    VAULT_NOT_FOUND = 4
    VAULT_TOO_NEW = 5
    VAULT_CORRUPT = 6
    NOT_FOUND = 7
    INVALID_INPUT = 8
    CONSENT_MISSING = 9
    BUNDLE_TAMPERED = 10
    BUNDLE_NOT_FOR_THIS_DEVICE = 11
    BUNDLE_UNKNOWN_SENDER = 12
    BUNDLE_ALREADY_IMPORTED = 13
    BUNDLE_NEWER_FORMAT = 14
    TRAINING_REFUSAL = 15
    VAULT_EXISTS = 16


_EXIT_FOR_ERROR: tuple[tuple[type[errors.OutreachError], ExitCode], ...] = (
    (errors.WrongPassphrase, ExitCode.WRONG_PASSPHRASE),
    (errors.VaultNotFound, ExitCode.VAULT_NOT_FOUND),
    (errors.VaultExists, ExitCode.VAULT_EXISTS),
    (errors.VaultTooNew, ExitCode.VAULT_TOO_NEW),
    (errors.VaultCorrupt, ExitCode.VAULT_CORRUPT),
    (errors.IntegrityError, ExitCode.VAULT_CORRUPT),
    (errors.NotFound, ExitCode.NOT_FOUND),
    (errors.ValidationError, ExitCode.INVALID_INPUT),
    (errors.ConsentMissing, ExitCode.CONSENT_MISSING),
    (errors.BundleTampered, ExitCode.BUNDLE_TAMPERED),
    (errors.BundleNotForThisDevice, ExitCode.BUNDLE_NOT_FOR_THIS_DEVICE),
    (errors.BundleUnknownSender, ExitCode.BUNDLE_UNKNOWN_SENDER),
    (errors.BundleAlreadyImported, ExitCode.BUNDLE_ALREADY_IMPORTED),
    (errors.BundleNewerFormat, ExitCode.BUNDLE_NEWER_FORMAT),
    (errors.TrainingModeRefusal, ExitCode.TRAINING_REFUSAL),
)


class CliError(Exception):
    def __init__(self, message: str, exit_code: ExitCode = ExitCode.ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def exit_code_for(error: errors.OutreachError) -> ExitCode:
    for error_type, code in _EXIT_FOR_ERROR:
        if isinstance(error, error_type):
            return code
    return ExitCode.ERROR


def handles_errors(handler: Callable[[argparse.Namespace], int | None]) -> Callable[..., int]:
    """Turn core errors raised by a command into CliError with the right exit code."""

    def wrapped(args: argparse.Namespace) -> int:
        try:
            return int(handler(args) or 0)
        except errors.OutreachError as error:
            raise CliError(str(error), exit_code_for(error)) from error
        except OSError as error:
            raise CliError(f"{error.strerror or error}: {error.filename or ''}".strip()) from error

    return wrapped


def data_dir(args: argparse.Namespace) -> Path:
    from outreach_desk.core.paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def read_passphrase(prompt: str = "Passphrase: ", env: str = "OUTREACH_DESK_PASSPHRASE") -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(
            f"no passphrase: set {env} or run this command in a terminal to be asked",
            ExitCode.USAGE,
        )
    return getpass.getpass(prompt)


@contextmanager
def open_vault(args: argparse.Namespace) -> Iterator[Any]:
    """Unlock the vault for one command and lock it again afterwards, whatever happens."""
    from outreach_desk.core.vault import Vault

    vault = Vault.open(data_dir(args), read_passphrase())
    try:
        yield vault
    finally:
        vault.close()


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")


def add_data_dir_argument(parser: argparse.ArgumentParser) -> None:
    """Let ``--data-dir`` also follow the sub-command (``family list --data-dir D``)."""
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder holding the vault")
