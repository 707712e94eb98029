"""Read any map file (HSDS JSON, HSDS CSV package, signed update) and apply it safely.

Order of checks: size, signature (before parsing the payload), every record's shape,
then trust. Nothing is written unless all of it passed; the write is one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from outreach_desk.core.socialmap.errors import (
    MapFileInvalid,
    Problem,
    UpdateSignerUnknown,
    UpdateUnsigned,
)
from outreach_desk.core.socialmap.hsds_csv import DATAPACKAGE, read_package
from outreach_desk.core.socialmap.hsds_json import parse_bytes
from outreach_desk.core.socialmap.model import Service
from outreach_desk.core.socialmap.signing import is_envelope, trusted_keys, verify_envelope
from outreach_desk.core.socialmap.store import ImportResult, SocialMap

MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class LoadedMap:
    services: tuple[Service, ...]
    kind: str  # "hsds-json", "hsds-csv" or "signed-update"
    signer: str | None = None  # fingerprint of a valid signature


def load_file(path: Path) -> LoadedMap:
    """Parse and check a map file without touching any map (used by validate)."""
    if path.is_dir() or path.name == DATAPACKAGE:
        return LoadedMap(tuple(read_package(path)), "hsds-csv")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise MapFileInvalid([Problem(path.name, "(file)", "(size)", "is larger than 200 MB")])
    data = path.read_bytes()
    document = _json_or_none(data)
    if is_envelope(document):
        assert isinstance(document, dict)
        verified = verify_envelope(document, path.name)
        services = parse_bytes(verified.payload, path.name)
        return LoadedMap(tuple(services), "signed-update", verified.signer)
    return LoadedMap(tuple(parse_bytes(data, path.name)), "hsds-json")


def _json_or_none(data: bytes) -> object:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None


def import_file(social_map: SocialMap, path: Path, accept_unsigned: bool = False) -> ImportResult:
    """Apply a map file. Signed by a pinned coordinator: applied. Unsigned or signed by an
    unknown key: only with accept_unsigned=True (a person said yes), else UpdateNotTrusted."""
    loaded = load_file(path)
    check_trust(social_map, loaded, path, accept_unsigned)
    origin = f"{loaded.kind}:{path.name}" + (f" signed {loaded.signer}" if loaded.signer else "")
    return social_map.upsert(loaded.services, origin)


def check_trust(social_map: SocialMap, loaded: LoadedMap, path: Path, accept: bool) -> None:
    if accept:
        return
    if loaded.signer is None:
        raise UpdateUnsigned(
            f"{path.name} is not signed: nobody vouches for its content. Apply it only if you "
            "trust where it came from (confirm, or use --accept-unsigned)."
        )
    if loaded.signer not in trusted_keys(social_map):
        raise UpdateSignerUnknown(
            f"{path.name} is signed by a key you have not pinned ({loaded.signer}). Compare "
            "this fingerprint with your coordinator, then pin the key or confirm once.",
            loaded.signer,
        )
