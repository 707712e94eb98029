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

_CTX = "Errors"


def _headline(error: BaseException) -> str:
    tr = QCoreApplication.translate
    table: list[tuple[type[BaseException], str]] = [
        (
            WrongPassphrase,
            tr(_CTX, "That is not the right passphrase or code. Nothing was changed."),
        ),
        (
            VaultTooNew,
            tr(_CTX, "This vault was made by a newer Outreach Desk. Install the newer version."),
        ),
        (VaultCorrupt, tr(_CTX, "The vault file is damaged. It was left exactly as it is.")),
        (VaultNotFound, tr(_CTX, "There is no vault in this folder.")),
        (VaultExists, tr(_CTX, "A vault already exists in this folder; open it instead.")),
        (VaultLocked, tr(_CTX, "The vault is locked; unlock it first.")),
        (IntegrityError, tr(_CTX, "A record failed its integrity check and was not shown.")),
        (WeakPassphrase, tr(_CTX, "That passphrase is too weak.")),
        (ValidationError, tr(_CTX, "Please check what you entered.")),
        (NotFound, tr(_CTX, "This item no longer exists.")),
    ]
    for cls, text in table:
        if isinstance(error, cls):
            return text
    return tr(_CTX, "Something went wrong.")


def describe_error(error: BaseException) -> str:
    """A headline a person understands, then the core's detail."""
    detail = str(error).strip()
    headline = _headline(error)
    if not detail or isinstance(error, WrongPassphrase):
        return headline
    return f"{headline}\n{detail}"
