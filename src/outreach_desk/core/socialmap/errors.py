"""Typed errors of the social map. Import errors name the file, the record and the field."""

from __future__ import annotations

from dataclasses import dataclass

from outreach_desk.core.errors import (
    BundleTampered,
    BundleUnknownSender,
    OutreachError,
    ValidationError,
)


@dataclass(frozen=True)
class Problem:
    file: str
    record: str  # the record id (or its position when it has no id)
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: record {self.record}, field {self.field}: {self.message}"


class MapFileInvalid(ValidationError):
    """A map file does not have the expected shape; nothing of it was imported."""

    MAX_LISTED = 20

    def __init__(self, problems: list[Problem]) -> None:
        # One message per field: a missing id is not reported twice.
        unique = {(p.file, p.record, p.field): p for p in reversed(problems)}
        problems = [p for p in problems if unique[(p.file, p.record, p.field)] is p]
        self.problems = tuple(problems)
        listed = "\n  ".join(str(p) for p in problems[: self.MAX_LISTED])
        more = len(problems) - self.MAX_LISTED
        tail = f"\n  ... and {more} more" if more > 0 else ""
        super().__init__(
            f"the map file is not valid, nothing was imported ({len(problems)} problem(s)):\n"
            f"  {listed}{tail}\nFix the file (or ask its author for a corrected one) and retry."
        )


class UpdateNotTrusted(BundleUnknownSender):
    """An update that is unsigned or signed by a key nobody pinned: needs a person's yes."""


class UpdateUnsigned(UpdateNotTrusted):
    pass


class UpdateSignerUnknown(UpdateNotTrusted):
    def __init__(self, message: str, fingerprint: str) -> None:
        super().__init__(message)
        self.fingerprint = fingerprint


class UpdateTampered(BundleTampered):
    """The signature does not match the content: refused, the map is unchanged."""


class KeyFileError(OutreachError):
    pass
