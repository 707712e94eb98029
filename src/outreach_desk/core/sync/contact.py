"""Contact cards: a colleague's public keys and display name, as a file or a short text.

A card is self-signed (the name and keys are signed with the card's own signing key), which
proves the sender holds the key but not who they are: that is what the fingerprint, compared
aloud or in person, is for. `parse()` only ever raises ContactCardInvalid.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import unicodedata
from dataclasses import dataclass
from typing import Any, Final

from outreach_desk.core.sync.errors import (
    ContactCardInvalid,
    FingerprintMismatch,
    IdentityInvalid,
)
from outreach_desk.core.sync.identity import (
    ED25519_LEN,
    SIGNATURE_LEN,
    DeviceIdentity,
    canonical_public_keys,
    device_id_for,
    fingerprint_for,
    normalise_fingerprint,
    verify_signature,
)
from outreach_desk.core.sync.suites import HpkePublic, public_key_from_bytes, suite_info

CARD_TYPE: Final = "outreach-desk-contact"
CARD_VERSION: Final = 1
TEXT_PREFIX: Final = "ODC1:"
MAX_NAME_CHARS: Final = 64
MAX_CARD_BYTES: Final = 16_384
_SIGN_LABEL: Final = b"outreach-desk contact card v1\x00"
_CHECKSUM_LEN: Final = 4


def _clean_name(name: str) -> str:
    name = unicodedata.normalize("NFC", name).strip()
    if not name or len(name) > MAX_NAME_CHARS:
        raise ContactCardInvalid(f"A contact name must have 1 to {MAX_NAME_CHARS} characters.")
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise ContactCardInvalid("A contact name must not contain control characters.")
    return name


@dataclass(frozen=True)
class ContactCard:
    name: str
    suite_id: int
    signing_public: bytes
    receiving_public: bytes
    signature: bytes

    @classmethod
    def for_identity(cls, identity: DeviceIdentity, name: str) -> ContactCard:
        name = _clean_name(name)
        unsigned = cls(
            name, identity.suite_id, identity.signing_public, identity.receiving_public, b""
        )
        return cls(
            name,
            unsigned.suite_id,
            unsigned.signing_public,
            unsigned.receiving_public,
            identity.sign(unsigned._signed_bytes()),
        )

    @property
    def device_id(self) -> str:
        return device_id_for(self.signing_public, self.suite_id, self.receiving_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint_for(self.signing_public, self.suite_id, self.receiving_public)

    def receiving_key(self) -> HpkePublic:
        return public_key_from_bytes(self.suite_id, self.receiving_public)

    def renamed(self, name: str) -> ContactCard:
        """The local name a worker gives a contact; the signature still covers the card's name."""
        return ContactCard(
            _clean_name(name),
            self.suite_id,
            self.signing_public,
            self.receiving_public,
            self.signature,
        )

    def require_fingerprint(self, expected: str) -> None:
        if normalise_fingerprint(expected) != self.fingerprint:
            raise FingerprintMismatch(
                f"The contact card's fingerprint is {self.fingerprint}, not "
                f"{normalise_fingerprint(expected)}. Do not trust this card: ask your colleague "
                "to read their fingerprint again, in person or by phone."
            )

    def _signed_bytes(self) -> bytes:
        keys = canonical_public_keys(self.signing_public, self.suite_id, self.receiving_public)
        return _SIGN_LABEL + keys + self.name.encode("utf-8")

    # --- file form (JSON) -------------------------------------------------------------
    def to_json(self) -> bytes:
        doc = {
            "type": CARD_TYPE,
            "version": CARD_VERSION,
            "name": self.name,
            "device_id": self.device_id,
            "fingerprint": self.fingerprint,
            "suite": self.suite_id,
            "signing_key": base64.b64encode(self.signing_public).decode("ascii"),
            "receiving_key": base64.b64encode(self.receiving_public).decode("ascii"),
            "signature": base64.b64encode(self.signature).decode("ascii"),
        }
        return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"

    # --- text form (base32, QR alphanumeric friendly) ---------------------------------
    def to_text(self) -> str:
        name = self.name.encode("utf-8")
        body = (
            bytes([self.suite_id])
            + self.signing_public
            + self.receiving_public
            + bytes([len(name)])
            + name
            + self.signature
        )
        body += hashlib.sha256(body).digest()[:_CHECKSUM_LEN]
        return TEXT_PREFIX + base64.b32encode(body).decode("ascii").rstrip("=")

    @classmethod
    def parse(cls, data: bytes | str, expected_fingerprint: str | None = None) -> ContactCard:
        """Reads either form; checks keys, ids and self-signature, then the fingerprint."""
        if len(data) > MAX_CARD_BYTES * 2:
            raise ContactCardInvalid("This file is far too large to be a contact card.")
        text = data if isinstance(data, str) else _decode_utf8(data)
        stripped = "".join(text.split())
        if stripped.upper().startswith(TEXT_PREFIX):
            card = _from_text(stripped[len(TEXT_PREFIX) :])
        else:
            card = _from_json(text)
        card._check()
        if expected_fingerprint is not None:
            card.require_fingerprint(expected_fingerprint)
        return card

    def _check(self) -> None:
        try:
            suite_info(self.suite_id)
            public_key_from_bytes(self.suite_id, self.receiving_public)
        except IdentityInvalid as exc:
            raise ContactCardInvalid(f"The contact card's keys are not usable: {exc}") from None
        if len(self.signing_public) != ED25519_LEN or not verify_signature(
            self.signing_public, self.signature, self._signed_bytes()
        ):
            raise ContactCardInvalid(
                "The contact card's signature does not match its content: it was altered or "
                "damaged. Ask your colleague to export their card again."
            )


def _decode_utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ContactCardInvalid("This file is not a contact card (not text).") from None


def _from_text(encoded: str) -> ContactCard:
    padded = encoded.upper() + "=" * (-len(encoded) % 8)
    try:
        body = base64.b32decode(padded)
    except (binascii.Error, ValueError):
        raise ContactCardInvalid(
            "The contact text contains characters that do not belong there; check for typos."
        ) from None
    payload, checksum = body[:-_CHECKSUM_LEN], body[-_CHECKSUM_LEN:]
    if len(body) <= _CHECKSUM_LEN or hashlib.sha256(payload).digest()[:_CHECKSUM_LEN] != checksum:
        raise ContactCardInvalid("The contact text is incomplete or mistyped (checksum differs).")
    return _from_binary(payload)


def _from_binary(payload: bytes) -> ContactCard:
    try:
        suite_id = payload[0]
        public_len = suite_info(suite_id).public_length
    except (IndexError, IdentityInvalid):
        raise ContactCardInvalid("The contact text names an unknown key type.") from None
    pos = 1 + ED25519_LEN + public_len
    if len(payload) < pos + 1:
        raise ContactCardInvalid("The contact text is too short.")
    name_len = payload[pos]
    name_end = pos + 1 + name_len
    if len(payload) != name_end + SIGNATURE_LEN:
        raise ContactCardInvalid("The contact text has the wrong length.")
    try:
        name = _clean_name(payload[pos + 1 : name_end].decode("utf-8"))
    except UnicodeDecodeError:
        raise ContactCardInvalid("The contact name is not valid text.") from None
    return ContactCard(
        name,
        suite_id,
        payload[1 : 1 + ED25519_LEN],
        payload[1 + ED25519_LEN : pos],
        payload[name_end:],
    )


def _from_json(text: str) -> ContactCard:
    try:
        doc: Any = json.loads(text)
    except (ValueError, RecursionError):
        raise ContactCardInvalid("This file is not a contact card (not valid JSON).") from None
    if not isinstance(doc, dict) or doc.get("type") != CARD_TYPE:
        raise ContactCardInvalid("This file is not an Outreach Desk contact card.")
    if doc.get("version") != CARD_VERSION:
        raise ContactCardInvalid(
            f"Contact card version {doc.get('version')!r} is not supported; update Outreach Desk."
        )
    card = ContactCard(
        _clean_name(_field(doc, "name")),
        _int_field(doc, "suite"),
        _b64_field(doc, "signing_key"),
        _b64_field(doc, "receiving_key"),
        _b64_field(doc, "signature"),
    )
    if doc.get("device_id") != card.device_id:
        raise ContactCardInvalid("The card's device id does not belong to its keys.")
    return card


def _field(doc: dict[str, Any], key: str) -> str:
    value = doc.get(key)
    if not isinstance(value, str):
        raise ContactCardInvalid(f"Contact card field '{key}' is missing or not text.")
    return value


def _int_field(doc: dict[str, Any], key: str) -> int:
    value = doc.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 255:
        raise ContactCardInvalid(f"Contact card field '{key}' is missing or not a small number.")
    return value


def _b64_field(doc: dict[str, Any], key: str) -> bytes:
    try:
        return base64.b64decode(_field(doc, key), validate=True)
    except (binascii.Error, ValueError):
        raise ContactCardInvalid(f"Contact card field '{key}' is not valid base64.") from None
