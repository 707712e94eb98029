"""Primitives of the vault, all standard constructions from ``cryptography``.

- Argon2id turns a passphrase into a key-encryption key (calibrated, never below 64 MiB/t=3).
- AES-256-GCM with a random 96-bit nonce seals every field; the AAD names the record the
  ciphertext belongs to, so a ciphertext copied into another row fails to open.
- HKDF-SHA256 derives sub-keys (the search/kind tags, the recovery wrap) from high-entropy keys.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from outreach_desk.core.errors import IntegrityError

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MAX_MEMORY_KIB = 1024 * 1024
CALIBRATION_TARGET_S = (0.3, 1.0)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored beside the wrapped key so the vault opens on any machine."""

    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = 4

    def __post_init__(self) -> None:
        if self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS:
            raise ValueError("Argon2id cost below the floor of 64 MiB and 3 iterations")

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: dict[str, int]) -> KdfParams:
        return cls(int(raw["memory_kib"]), int(raw["iterations"]), int(raw["lanes"]))


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def calibrate_kdf(target: tuple[float, float] = CALIBRATION_TARGET_S) -> KdfParams:
    """Pick the largest memory cost that keeps one derivation inside the target time.

    Memory hardness is what hurts GPU attackers, so memory grows first; iterations only
    grow once memory is at its ceiling.
    """
    low, high = target
    params = KdfParams()
    salt = new_salt()
    while True:
        elapsed = _time_kdf(params, salt)
        if elapsed >= low:
            return params  # at the floor this may exceed the target: security wins
        scale = max(1.3, min(4.0, (low + high) / 2 / max(elapsed, 1e-3)))
        if params.memory_kib < MAX_MEMORY_KIB:
            memory = min(MAX_MEMORY_KIB, int(params.memory_kib * scale) // 1024 * 1024)
            candidate = KdfParams(memory, params.iterations, params.lanes)
        else:
            candidate = KdfParams(params.memory_kib, params.iterations + 1, params.lanes)
        if _time_kdf(candidate, salt) > high:
            return params
        params = candidate


def _time_kdf(params: KdfParams, salt: bytes) -> float:
    started = time.perf_counter()
    derive_passphrase_key("calibration", salt, params)
    return time.perf_counter() - started


def hkdf(key: bytes, info: str, length: int = KEY_BYTES) -> bytes:
    return HKDF(hashes.SHA256(), length, salt=None, info=info.encode()).derive(key)


def seal(key: bytes | AESGCM, plaintext: bytes | memoryview, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    cipher = key if isinstance(key, AESGCM) else AESGCM(key)
    return nonce + cipher.encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes | AESGCM, blob: bytes, aad: bytes, what: str = "record") -> bytes:
    """Open a sealed blob; ``key`` may be a ready AESGCM object (saves its set-up per row)."""
    if len(blob) < NONCE_BYTES + 16:
        raise IntegrityError(f"The {what} is too short to be valid: it is damaged.")
    cipher = key if isinstance(key, AESGCM) else AESGCM(key)
    try:
        return cipher.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except InvalidTag:
        raise IntegrityError(
            f"The {what} failed its integrity check: it was altered, damaged or moved "
            "from another record. Nothing was changed."
        ) from None


def tag(key: bytes, value: str, length: int = 16) -> str:
    """A keyed, deterministic tag: lets the vault group rows without storing what they are."""
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()[: length * 2]


# Recovery codes: 160 random bits in Crockford base32, read aloud and typed back easily.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_B32_STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_CROCKFORD = str.maketrans(_B32_STD, _CROCKFORD)
_FROM_CROCKFORD = str.maketrans(_CROCKFORD, _B32_STD)
RECOVERY_BYTES = 20


def new_recovery_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode().translate(_TO_CROCKFORD)
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_code(code: str) -> bytes:
    """Accept the code as people type it: any case, spaces or dashes, O for 0, I/L for 1."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1").replace("U", "V")
    if len(cleaned) != 32 or any(ch not in _CROCKFORD for ch in cleaned):
        raise ValueError("a recovery code has 32 letters and digits, in groups of four")
    return base64.b32decode(cleaned.translate(_FROM_CROCKFORD))


def recovery_key(code: str, salt: bytes) -> bytes:
    # The code already carries 160 random bits; a slow KDF would add nothing but waiting.
    return HKDF(hashes.SHA256(), KEY_BYTES, salt=salt, info=b"recovery/v1").derive(
        normalise_recovery_code(code)
    )
