"""HPKE suites a bundle may use, identified by one byte in the bundle and the contact card.

Suite 1 (the default) is the post-quantum hybrid ML-KEM-768 + X25519: case notes must stay
confidential for decades, and a recording of today's bundles must not become readable once a
quantum computer breaks X25519 ("harvest now, decrypt later"). The hybrid stays as strong as
X25519 if ML-KEM were ever broken. Suite 2 is the classical X25519 suite, kept so the format
can name another suite: the id travels in every header, so adding a suite later needs no new
format version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519

from outreach_desk.core.errors import BundleTampered
from outreach_desk.core.sync.errors import IdentityInvalid

SUITE_MLKEM768_X25519: Final = 1
SUITE_X25519: Final = 2
DEFAULT_SUITE: Final = SUITE_MLKEM768_X25519

_X25519_LEN = 32
_MLKEM768_PUBLIC_LEN = 1184
_MLKEM768_SEED_LEN = 64
# Fixed by the specs (FIPS 203, draft-ietf-hpke-pq): written here so the byte layout never
# depends on a library call (KEM.enc_length() only exists from cryptography 49).
_MLKEM768_CIPHERTEXT_LEN = 1088

HpkePrivate = x25519.X25519PrivateKey | hpke.MLKEM768X25519PrivateKey
HpkePublic = x25519.X25519PublicKey | hpke.MLKEM768X25519PublicKey


@dataclass(frozen=True)
class SuiteInfo:
    suite_id: int
    name: str
    suite: hpke.Suite
    enc_length: int
    public_length: int
    private_length: int


SUITES: Final[dict[int, SuiteInfo]] = {
    SUITE_MLKEM768_X25519: SuiteInfo(
        SUITE_MLKEM768_X25519,
        "HPKE ML-KEM-768+X25519 / HKDF-SHA256 / AES-256-GCM",
        hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM),
        _MLKEM768_CIPHERTEXT_LEN + _X25519_LEN,
        _MLKEM768_PUBLIC_LEN + _X25519_LEN,
        _MLKEM768_SEED_LEN + _X25519_LEN,
    ),
    SUITE_X25519: SuiteInfo(
        SUITE_X25519,
        "HPKE X25519 / HKDF-SHA256 / ChaCha20-Poly1305",
        hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305),
        _X25519_LEN,
        _X25519_LEN,
        _X25519_LEN,
    ),
}

_NO_MLKEM = (
    "This installation of the cryptography library has no ML-KEM (post-quantum) support; "
    "install Outreach Desk from its official package, which includes it."
)

# HPKE seals a 32-byte content key; its AEAD adds a 16-byte tag.
SEALED_KEY_EXTRA: Final = 16


def default_suite() -> int:
    """The hybrid suite when this cryptography build has ML-KEM (the shipped wheels do)."""
    try:
        mlkem.MLKEM768PrivateKey.generate()
    except UnsupportedAlgorithm:
        return SUITE_X25519
    return DEFAULT_SUITE


def suite_info(suite_id: int) -> SuiteInfo:
    try:
        return SUITES[suite_id]
    except KeyError:
        raise IdentityInvalid(
            f"Unknown key suite {suite_id}; this app knows suites {sorted(SUITES)}. "
            "Update Outreach Desk to read keys made by a newer version."
        ) from None


@dataclass(frozen=True)
class ReceivingKey:
    """An HPKE private key together with the halves needed to store and re-derive it."""

    suite_id: int
    x25519_key: x25519.X25519PrivateKey
    mlkem_key: mlkem.MLKEM768PrivateKey | None

    @classmethod
    def generate(cls, suite_id: int | None = None) -> ReceivingKey:
        suite_id = default_suite() if suite_id is None else suite_id
        suite_info(suite_id)
        ml = _mlkem_generate() if suite_id == SUITE_MLKEM768_X25519 else None
        return cls(suite_id, x25519.X25519PrivateKey.generate(), ml)

    @classmethod
    def from_bytes(cls, suite_id: int, data: bytes) -> ReceivingKey:
        info = suite_info(suite_id)
        if len(data) != info.private_length:
            raise IdentityInvalid("The stored receiving key has the wrong length; it is damaged.")
        x_key = x25519.X25519PrivateKey.from_private_bytes(data[-_X25519_LEN:])
        ml = None
        if suite_id == SUITE_MLKEM768_X25519:
            try:
                ml = mlkem.MLKEM768PrivateKey.from_seed_bytes(data[:_MLKEM768_SEED_LEN])
            except UnsupportedAlgorithm:
                raise IdentityInvalid(_NO_MLKEM) from None
        return cls(suite_id, x_key, ml)

    def to_bytes(self) -> bytes:
        x_raw = self.x25519_key.private_bytes_raw()
        if self.mlkem_key is not None:
            return self.mlkem_key.private_bytes_raw() + x_raw
        return x_raw

    def public_bytes(self) -> bytes:
        x_pub = self.x25519_key.public_key().public_bytes_raw()
        if self.mlkem_key is not None:
            return self.mlkem_key.public_key().public_bytes_raw() + x_pub
        return x_pub

    def hpke_key(self) -> HpkePrivate:
        if self.mlkem_key is not None:
            return hpke.MLKEM768X25519PrivateKey(self.mlkem_key, self.x25519_key)
        return self.x25519_key

    def open_sealed(self, sealed: bytes, info: bytes) -> bytes:
        try:
            return SUITES[self.suite_id].suite.decrypt(sealed, self.hpke_key(), info=info)
        except (InvalidTag, ValueError):
            raise BundleTampered(
                "The bundle's key for this device does not decrypt: the file was altered "
                "or damaged on the way. Ask the sender to export it again."
            ) from None


def public_key_from_bytes(suite_id: int, data: bytes) -> HpkePublic:
    """Raises IdentityInvalid when the bytes are not a valid public key of that suite."""
    info = suite_info(suite_id)
    if len(data) != info.public_length:
        raise IdentityInvalid(f"A {info.name} public key must be {info.public_length} bytes.")
    try:
        x_pub = x25519.X25519PublicKey.from_public_bytes(data[-_X25519_LEN:])
        if suite_id == SUITE_MLKEM768_X25519:
            ml_pub = mlkem.MLKEM768PublicKey.from_public_bytes(data[:_MLKEM768_PUBLIC_LEN])
            return hpke.MLKEM768X25519PublicKey(ml_pub, x_pub)
        return x_pub
    except ValueError:
        raise IdentityInvalid(f"The bytes are not a valid {info.name} public key.") from None
    except UnsupportedAlgorithm:
        raise IdentityInvalid(_NO_MLKEM) from None


def _mlkem_generate() -> mlkem.MLKEM768PrivateKey:
    try:
        return mlkem.MLKEM768PrivateKey.generate()
    except UnsupportedAlgorithm:
        raise IdentityInvalid(_NO_MLKEM) from None


def seal(suite_id: int, public: HpkePublic, plaintext: bytes, info: bytes) -> bytes:
    return SUITES[suite_id].suite.encrypt(plaintext, public, info=info)
