"""Signed map updates: a coordinator signs, workers who pinned that key apply without asking.

Envelope (JSON): {"format", "signer": base64 Ed25519 public key, "signature": base64,
"payload": base64 of an HSDS JSON export}. The signature covers the format line and the
payload bytes and is checked before the payload is parsed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from outreach_desk.core.socialmap.errors import (
    KeyFileError,
    MapFileInvalid,
    Problem,
    UpdateTampered,
)
from outreach_desk.core.socialmap.store import SocialMap

UPDATE_FORMAT = "outreach-desk-socialmap-update/1"
_CONTEXT = (UPDATE_FORMAT + "\n").encode()


@dataclass(frozen=True)
class VerifiedUpdate:
    payload: bytes
    signer: str  # fingerprint


def fingerprint(public_key: bytes) -> str:
    """Short, readable: compare it aloud with the coordinator before pinning."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def generate_key(private_path: Path) -> str:
    """Write a new private key (PEM, owner-only) and its public key beside it (.pub)."""
    if private_path.exists():
        raise KeyFileError(f"{private_path} exists already; choose another file name")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    private_path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    public = _raw_public(key.public_key())
    public_path(private_path).write_text(base64.b64encode(public).decode() + "\n", "ascii")
    return fingerprint(public)


def public_path(private_path: Path) -> Path:
    return private_path.with_name(private_path.name + ".pub")


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _load_private(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as error:
        raise KeyFileError(f"{path} is not an Outreach Desk signing key ({error})") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} is not an Ed25519 key")
    return key


def sign_update(payload: bytes, private_path: Path) -> bytes:
    key = _load_private(private_path)
    envelope = {
        "format": UPDATE_FORMAT,
        "signed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "signer": base64.b64encode(_raw_public(key.public_key())).decode(),
        "signature": base64.b64encode(key.sign(_CONTEXT + payload)).decode(),
        "payload": base64.b64encode(payload).decode(),
    }
    return (json.dumps(envelope, indent=1) + "\n").encode()


def is_envelope(document: Any) -> bool:
    return isinstance(document, dict) and document.get("format") == UPDATE_FORMAT


def verify_envelope(document: dict[str, Any], file: str) -> VerifiedUpdate:
    """Check the signature; UpdateTampered if it does not match (nothing is applied)."""
    try:
        signer = base64.b64decode(document["signer"], validate=True)
        signature = base64.b64decode(document["signature"], validate=True)
        payload = base64.b64decode(document["payload"], validate=True)
        public = Ed25519PublicKey.from_public_bytes(signer)
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        raise MapFileInvalid(
            [Problem(file, "(envelope)", "signer/signature/payload", f"malformed: {error}")]
        ) from error
    try:
        public.verify(signature, _CONTEXT + payload)
    except InvalidSignature:
        raise UpdateTampered(
            f"{file}: the signature does not match the content; the file was changed after "
            "signing or is damaged. Nothing was applied; ask the coordinator for a new copy."
        ) from None
    return VerifiedUpdate(payload, fingerprint(signer))


def parse_public_key(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, binascii.Error) as error:
        raise KeyFileError(f"not an Ed25519 public key in base64 ({error})") from error
    return raw


def pin_key(social_map: SocialMap, public_key: bytes, label: str) -> str:
    """Trust updates signed by this key from now on; returns its fingerprint."""
    key_print = fingerprint(public_key)
    social_map.db.execute(
        "INSERT INTO trusted_keys(fingerprint, public_key, label, added_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(fingerprint) DO UPDATE SET label = excluded.label",
        (
            key_print,
            base64.b64encode(public_key).decode(),
            label,
            datetime.now(UTC).isoformat(timespec="seconds"),
        ),
    )
    return key_print


def unpin_key(social_map: SocialMap, key_fingerprint: str) -> bool:
    cursor = social_map.db.execute(
        "DELETE FROM trusted_keys WHERE fingerprint = ?", (key_fingerprint,)
    )
    return cursor.rowcount > 0


def trusted_keys(social_map: SocialMap) -> dict[str, str]:
    """fingerprint -> label of every pinned coordinator key."""
    rows = social_map.db.execute("SELECT fingerprint, label FROM trusted_keys ORDER BY label")
    return {str(f): str(label) for f, label in rows}
