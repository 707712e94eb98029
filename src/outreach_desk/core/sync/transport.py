"""What every transport offers, and the file names bundles travel under.

Names are random (128 bits, hex) with one fixed suffix: they say nothing about a family, a
worker or a date. Transports list only names of that shape, so temporary and partial files
(and anything else in the folder) are never picked up as bundles.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from typing import Final, Protocol

from outreach_desk.core.errors import ValidationError

BUNDLE_SUFFIX: Final = ".odb"
_NAME: Final = re.compile(r"[0-9a-f]{32}\.odb")

ProgressCallback = Callable[[int, int], None]
"""Called with (bytes sent so far, total bytes) during an upload."""


def new_bundle_name() -> str:
    return secrets.token_hex(16) + BUNDLE_SUFFIX


def is_bundle_name(name: str) -> bool:
    return _NAME.fullmatch(name) is not None


def require_bundle_name(name: str) -> str:
    """Refuses anything else, which also rules out paths such as '../x' or 'a/b'."""
    if not is_bundle_name(name):
        raise ValidationError(
            f"{name!r} is not a bundle file name (32 lowercase hex digits + '{BUNDLE_SUFFIX}')."
        )
    return name


class Transport(Protocol):
    """A place where bundles are dropped and picked up: a folder or a WebDAV collection."""

    @property
    def location(self) -> str:
        """Where the bundles go (folder path or URL), to remember what was seen there."""

    def probe(self) -> None:
        """A short real request; raises a TransportError subclass when it cannot be used."""

    def list_names(self) -> list[str]:
        """Bundle names present now, sorted; other files are ignored."""

    def upload(self, name: str, data: bytes, progress: ProgressCallback | None = None) -> None:
        """Create-only: a file appears under `name` complete, or not at all."""

    def download(self, name: str) -> bytes: ...

    def delete(self, name: str) -> None:
        """Removes a processed bundle; a file already gone is not an error."""
