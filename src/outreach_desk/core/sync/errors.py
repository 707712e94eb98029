"""Typed errors of the sync layer that core.errors does not define.

Bundle refusals subclass core.errors.BundleError so callers can catch one family;
transport failures have their own family because they are about the network or the
shared folder, never about a bundle's content.
"""

from __future__ import annotations

from outreach_desk.core.errors import (
    BundleError,
    BundleNewerFormat,
    BundleTampered,
    OutreachError,
    ValidationError,
)


class BundleNotRecognised(BundleTampered):
    """The file does not start like an Outreach Desk bundle (wrong magic or far too short)."""


class BundlePayloadInvalid(BundleTampered):
    """Signed by a known contact but the content does not match the payload schema."""


class BundleTooLarge(BundleError):
    """The bundle or its decompressed content is larger than this app accepts."""


class PayloadNewerFormat(BundleNewerFormat):
    """The payload schema version is newer than this app understands."""


class BundleClockTooFarAhead(BundleError):
    """An operation is dated too far after this computer's clock to be trusted."""


class BundleFamilyNotShared(BundleError):
    """The sender wrote to a family that is not shared between you."""


class ContactCardInvalid(ValidationError):
    """A contact card could not be read (damaged, truncated, mistyped or forged)."""


class FingerprintMismatch(ValidationError):
    """The fingerprint of a contact card differs from the one the colleague read out."""


class IdentityInvalid(ValidationError):
    """Stored private key bytes could not be read back into a device identity."""


class TransportError(OutreachError):
    """A shared folder or WebDAV server could not be used."""


class TransportUnreachable(TransportError):
    """The server or folder could not be reached (offline, wrong address, stopped server)."""


class TransportAuthFailed(TransportError):
    """The server refused the user name or password, or denies access to the folder."""


class TransportServerFull(TransportError):
    """The server or disk has no space left (HTTP 507 or ENOSPC)."""


class TransportInsecure(TransportError):
    """Plain http to a non-local address: credentials and metadata would travel unprotected."""


class TransportNameTaken(TransportError):
    """A file with this name already exists; uploads never overwrite."""


class TransportFileMissing(TransportError):
    """The named file is not (or no longer) there."""


class TransportProtocolError(TransportError):
    """The server answered something this app does not understand."""
