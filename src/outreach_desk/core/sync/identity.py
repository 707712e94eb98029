"""Device identity: an Ed25519 signing key pair and an HPKE receiving key pair.

The device id is derived from the public keys (self-certifying): a card or bundle that claims
an id its keys do not hash to is refused, so ids cannot be borrowed. The private form is
plain bytes because the vault stores it encrypted; this module never writes keys to disk.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from outreach_desk.core.sync.errors import IdentityInvalid
from outreach_desk.core.sync.suites import ReceivingKey, suite_info

_KEYS_LABEL: Final = b"outreach-desk public keys v1\x00"
_PRIVATE_MAGIC: Final = b"ODID\x01"
ED25519_LEN: Final = 32
SIGNATURE_LEN: Final = 64
DEVICE_ID_BYTES: Final = 16

# Crockford base32: no I, L, O, U, so a fingerprint read aloud cannot be misheard as a digit.
_CROCKFORD: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_FINGERPRINT_GROUPS: Final = 6
_GROUP_LEN: Final = 4


def canonical_public_keys(signing_public: bytes, suite_id: int, receiving_public: bytes) -> bytes:
    """The exact bytes that device id, fingerprint and card signature are computed over."""
    return _KEYS_LABEL + signing_public + bytes([suite_id]) + receiving_public


def _keys_digest(signing_public: bytes, suite_id: int, receiving_public: bytes) -> bytes:
    return hashlib.sha256(
        canonical_public_keys(signing_public, suite_id, receiving_public)
    ).digest()


def device_id_for(signing_public: bytes, suite_id: int, receiving_public: bytes) -> str:
    digest = _keys_digest(signing_public, suite_id, receiving_public)
    return digest[:DEVICE_ID_BYTES].hex()


def fingerprint_for(signing_public: bytes, suite_id: int, receiving_public: bytes) -> str:
    """Six groups of four Crockford base32 characters: 120 bits of SHA-256."""
    chars = _FINGERPRINT_GROUPS * _GROUP_LEN
    digest = _keys_digest(signing_public, suite_id, receiving_public)
    number = int.from_bytes(digest[: chars * 5 // 8], "big")
    text = "".join(_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(chars)))
    return " ".join(text[i : i + _GROUP_LEN] for i in range(0, chars, _GROUP_LEN))


def normalise_fingerprint(text: str) -> str:
    """Accepts what a person types: any case, spaces or dashes, O for 0 and I/L for 1."""
    cleaned = text.upper().replace(" ", "").replace("-", "")
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    return " ".join(cleaned[i : i + _GROUP_LEN] for i in range(0, len(cleaned), _GROUP_LEN))


def verify_signature(signing_public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(signing_public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class DeviceIdentity:
    """The private keys of this device. Create once per vault with `generate()`."""

    signing_key: ed25519.Ed25519PrivateKey
    receiving_key: ReceivingKey

    @classmethod
    def generate(cls, suite_id: int | None = None) -> DeviceIdentity:
        """Post-quantum hybrid suite by default (see suites.py)."""
        return cls(ed25519.Ed25519PrivateKey.generate(), ReceivingKey.generate(suite_id))

    @classmethod
    def from_private_bytes(cls, data: bytes) -> DeviceIdentity:
        header = len(_PRIVATE_MAGIC) + 1
        if len(data) < header + ED25519_LEN or not data.startswith(_PRIVATE_MAGIC):
            raise IdentityInvalid("The stored device keys are not readable; the vault is damaged.")
        suite_id = data[len(_PRIVATE_MAGIC)]
        suite_info(suite_id)
        signing = ed25519.Ed25519PrivateKey.from_private_bytes(data[header : header + ED25519_LEN])
        receiving = ReceivingKey.from_bytes(suite_id, data[header + ED25519_LEN :])
        return cls(signing, receiving)

    def to_private_bytes(self) -> bytes:
        """Secret material: store only encrypted (the vault does)."""
        return (
            _PRIVATE_MAGIC
            + bytes([self.suite_id])
            + self.signing_key.private_bytes_raw()
            + self.receiving_key.to_bytes()
        )

    @property
    def suite_id(self) -> int:
        return self.receiving_key.suite_id

    @property
    def signing_public(self) -> bytes:
        return self.signing_key.public_key().public_bytes_raw()

    @property
    def receiving_public(self) -> bytes:
        return self.receiving_key.public_bytes()

    @property
    def device_id(self) -> str:
        return device_id_for(self.signing_public, self.suite_id, self.receiving_public)

    @property
    def fingerprint(self) -> str:
        return fingerprint_for(self.signing_public, self.suite_id, self.receiving_public)

    def sign(self, message: bytes) -> bytes:
        return self.signing_key.sign(message)
