"""Typed errors. Every failure a person can meet has its own class and a message that
says what happened and what to do; callers (GUI, CLI) never parse message text."""

from __future__ import annotations


class OutreachError(Exception):
    """Base class for every expected failure in Outreach Desk."""


class VaultError(OutreachError):
    pass


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class VaultCorrupt(VaultError):
    pass


class VaultLocked(VaultError):
    pass


class IntegrityError(VaultError):
    """A ciphertext failed authentication: tampered, or moved to another record."""


class NotFound(OutreachError):
    pass


class ValidationError(OutreachError):
    """Input that does not have the expected shape; the message names file, record and field."""


class ConsentMissing(OutreachError):
    pass


class BundleError(OutreachError):
    """Base for sync bundle refusals."""


class BundleTampered(BundleError):
    pass


class BundleNotForThisDevice(BundleError):
    pass


class BundleUnknownSender(BundleError):
    pass


class BundleAlreadyImported(BundleError):
    pass


class BundleNewerFormat(BundleError):
    pass


class TrainingModeRefusal(OutreachError):
    """An action that must not happen with fictional training data (share, sync, real export)."""
