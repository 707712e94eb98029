"""What to tell a person when the core refuses something. The core's own message (English,
with details such as a file path) is appended so nothing useful is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from outreach_desk.core.errors import (
    IntegrityError,
    NotFound,
    ValidationError,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from outreach_desk.core.passphrase import WeakPassphrase


def _headline(error: BaseException) -> str:
    table: list[tuple[type[BaseException], str]] = [
        (
            WrongPassphrase,
            QCoreApplication.translate(
                "Errors", "That is not the right passphrase or code. Nothing was changed."
            ),
        ),
        (
            VaultTooNew,
            QCoreApplication.translate(
                "Errors", "This vault was made by a newer Outreach Desk. Install the newer version."
            ),
        ),
        (
            VaultCorrupt,
            QCoreApplication.translate(
                "Errors", "The vault file is damaged. It was left exactly as it is."
            ),
        ),
        (VaultNotFound, QCoreApplication.translate("Errors", "There is no vault in this folder.")),
        (
            VaultExists,
            QCoreApplication.translate(
                "Errors", "A vault already exists in this folder; open it instead."
            ),
        ),
        (
            VaultLocked,
            QCoreApplication.translate("Errors", "The vault is locked; unlock it first."),
        ),
        (
            IntegrityError,
            QCoreApplication.translate(
                "Errors", "A record failed its integrity check and was not shown."
            ),
        ),
        (WeakPassphrase, QCoreApplication.translate("Errors", "That passphrase is too weak.")),
        (ValidationError, QCoreApplication.translate("Errors", "Please check what you entered.")),
        (NotFound, QCoreApplication.translate("Errors", "This item no longer exists.")),
    ]
    for cls, text in table:
        if isinstance(error, cls):
            return text
    return QCoreApplication.translate("Errors", "Something went wrong.")


def describe_error(error: BaseException) -> str:
    """A headline a person understands, then the core's detail."""
    detail = str(error).strip()
    headline = _headline(error)
    if not detail or isinstance(error, WrongPassphrase):
        return headline
    return f"{headline}\n{detail}"
