"""Sealing and opening sync bundles. The byte layout is documented in docs/bundle-format.md.

Standard constructions only: a random 256-bit content key encrypts the payload with
AES-256-GCM (AAD = the header); HPKE (RFC 9180) seals that key once per recipient, with an
`info` that binds the bundle id, the header hash and the recipient; Ed25519 signs everything
before the signature. Opening checks length, magic, version and the signature against the
roster of known contacts before it parses anything else or decrypts a single byte.
"""

from __future__ import annotations

import hashlib
import os
import struct
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from outreach_desk.core.errors import (
    BundleNewerFormat,
    BundleNotForThisDevice,
    BundleTampered,
    BundleUnknownSender,
    ValidationError,
)
from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.errors import BundleNotRecognised, BundleTooLarge
from outreach_desk.core.sync.identity import SIGNATURE_LEN, DeviceIdentity, verify_signature
from outreach_desk.core.sync.payload import (
    MAX_PLAINTEXT_BYTES,
    Operation,
    compress,
    decode_ops,
    decompress,
    encode_ops,
)
from outreach_desk.core.sync.suites import SEALED_KEY_EXTRA, SUITES, seal

MAGIC: Final = b"\x89ODB\r\n\x1a\n"
FORMAT_VERSION: Final = 1
FLAG_ZLIB: Final = 0x01
KNOWN_FLAGS: Final = FLAG_ZLIB
MAX_RECIPIENTS: Final = 64
MAX_BUNDLE_BYTES: Final = MAX_PLAINTEXT_BYTES + 1024 * 1024
ID_LEN: Final = 16
KEY_LEN: Final = 32
NONCE_LEN: Final = 12
TAG_LEN: Final = 16
INFO_LABEL: Final = b"outreach-desk bundle v1\x00"

# magic, version u16, flags u8, bundle id, sender id, created ms u64, ciphertext len u64, count u16
_FIXED: Final = struct.Struct(">8sHB16s16sQQH")
# recipient device id, suite id, slot length: a reader can skip slots of suites it does not know
_ENTRY_LEN: Final = ID_LEN + 1 + 2
_SENDER_OFFSET: Final = 8 + 2 + 1 + ID_LEN
_MIN_SLOT: Final = min(s.enc_length for s in SUITES.values()) + KEY_LEN + SEALED_KEY_EXTRA
MIN_BUNDLE_BYTES: Final = _FIXED.size + _ENTRY_LEN + _MIN_SLOT + NONCE_LEN + TAG_LEN + SIGNATURE_LEN


@dataclass(frozen=True)
class Recipient:
    device_id: str
    suite_id: int
    slot_len: int


@dataclass(frozen=True)
class BundleHeader:
    """The plaintext header. From `peek_header` it is NOT authenticated yet."""

    version: int
    flags: int
    bundle_id: str
    sender: str
    created_ms: int
    ciphertext_len: int
    recipients: tuple[Recipient, ...]

    @property
    def size(self) -> int:
        return _FIXED.size + _ENTRY_LEN * len(self.recipients)

    def to_bytes(self) -> bytes:
        fixed = _FIXED.pack(
            MAGIC,
            self.version,
            self.flags,
            bytes.fromhex(self.bundle_id),
            bytes.fromhex(self.sender),
            self.created_ms,
            self.ciphertext_len,
            len(self.recipients),
        )
        entries = b"".join(
            bytes.fromhex(r.device_id) + bytes([r.suite_id]) + r.slot_len.to_bytes(2, "big")
            for r in self.recipients
        )
        return fixed + entries


@dataclass(frozen=True)
class SealedBundle:
    bundle_id: str
    data: bytes


@dataclass(frozen=True)
class OpenedBundle:
    bundle_id: str
    sender: ContactCard
    created_ms: int
    recipients: tuple[str, ...]
    ops: list[Operation]


def slot_length(suite_id: int) -> int:
    return SUITES[suite_id].enc_length + KEY_LEN + SEALED_KEY_EXTRA


def hpke_info(bundle_id: bytes, header: bytes, recipient_id: str) -> bytes:
    return INFO_LABEL + bundle_id + hashlib.sha256(header).digest() + bytes.fromhex(recipient_id)


def seal_bundle(
    identity: DeviceIdentity,
    recipients: Sequence[ContactCard],
    ops: Sequence[Operation],
    *,
    compressed: bool = True,
    created_ms: int | None = None,
) -> SealedBundle:
    """Encrypts `ops` so only `recipients` can read them, signed by `identity`."""
    cards = list({card.device_id: card for card in recipients}.values())
    if not 1 <= len(cards) <= MAX_RECIPIENTS:
        raise ValidationError(f"A bundle needs 1 to {MAX_RECIPIENTS} recipients.")
    plaintext = encode_ops(ops)
    if len(plaintext) > MAX_PLAINTEXT_BYTES:
        raise BundleTooLarge("Too much to send in one bundle; split it into several.")
    body = compress(plaintext) if compressed else plaintext
    bundle_id = os.urandom(ID_LEN)
    header = BundleHeader(
        FORMAT_VERSION,
        FLAG_ZLIB if compressed else 0,
        bundle_id.hex(),
        identity.device_id,
        time.time_ns() // 1_000_000 if created_ms is None else created_ms,
        len(body) + TAG_LEN,
        tuple(Recipient(c.device_id, c.suite_id, slot_length(c.suite_id)) for c in cards),
    ).to_bytes()
    content_key = AESGCM.generate_key(bit_length=256)
    slots = b"".join(
        seal(c.suite_id, c.receiving_key(), content_key, hpke_info(bundle_id, header, c.device_id))
        for c in cards
    )
    nonce = os.urandom(NONCE_LEN)
    ciphertext = AESGCM(content_key).encrypt(nonce, body, header)
    signed = b"".join((header, slots, nonce, ciphertext))
    return SealedBundle(bundle_id.hex(), signed + identity.sign(signed))


def peek_header(data: bytes) -> BundleHeader:
    """Reads the header WITHOUT checking the signature: only for cheap skip decisions."""
    _check_envelope(data)
    version, flags, bundle_id, sender, created, ct_len, count = _FIXED.unpack_from(data)[1:]
    if not 1 <= count <= MAX_RECIPIENTS or len(data) < _FIXED.size + count * _ENTRY_LEN:
        raise BundleTampered("The bundle header is damaged (recipient list).")
    entries = tuple(
        Recipient(
            data[pos : pos + ID_LEN].hex(),
            data[pos + ID_LEN],
            int.from_bytes(data[pos + ID_LEN + 1 : pos + _ENTRY_LEN], "big"),
        )
        for pos in range(_FIXED.size, _FIXED.size + count * _ENTRY_LEN, _ENTRY_LEN)
    )
    return BundleHeader(version, flags, bundle_id.hex(), sender.hex(), created, ct_len, entries)


def open_bundle(
    data: bytes,
    identity: DeviceIdentity,
    roster: Mapping[str, ContactCard],
    *,
    max_plaintext: int = MAX_PLAINTEXT_BYTES,
) -> OpenedBundle:
    """Authenticates, decrypts and validates a bundle; raises only BundleError subclasses.

    `roster` maps device id -> contact card of every trusted contact.
    """
    _check_envelope(data)
    sender_id = data[_SENDER_OFFSET : _SENDER_OFFSET + ID_LEN].hex()
    sender = roster.get(sender_id)
    if sender is None:
        raise BundleUnknownSender(
            f"This bundle comes from device {sender_id}, which is not among your contacts. "
            "Import that colleague's contact card (and compare the fingerprint) first."
        )
    signed = data[:-SIGNATURE_LEN]
    if not verify_signature(sender.signing_public, data[-SIGNATURE_LEN:], signed):
        raise BundleTampered(
            f"The bundle's signature does not match its sender ({sender.name}): the file was "
            "altered or damaged on the way. Do not use it; ask for a new export."
        )
    header = peek_header(data)
    slot = _find_slot(data, header, identity)
    content_key = identity.receiving_key.open_sealed(
        slot, hpke_info(bytes.fromhex(header.bundle_id), data[: header.size], identity.device_id)
    )
    body = _decrypt_body(data, header, content_key)
    if header.flags & FLAG_ZLIB:
        body = decompress(body, max_plaintext)
    elif len(body) > max_plaintext:
        raise BundleTooLarge(f"The bundle content is larger than {max_plaintext} bytes.")
    ops = decode_ops(body)
    return OpenedBundle(
        header.bundle_id,
        sender,
        header.created_ms,
        tuple(r.device_id for r in header.recipients),
        ops,
    )


def _check_envelope(data: bytes) -> None:
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleTooLarge(f"The file is larger than {MAX_BUNDLE_BYTES} bytes; not a bundle.")
    if not data.startswith(MAGIC):
        raise BundleNotRecognised("This file is not an Outreach Desk bundle.")
    if len(data) < MIN_BUNDLE_BYTES:
        raise BundleTampered("The bundle is incomplete (cut short); ask for a new export.")
    version = int.from_bytes(data[8:10], "big")
    if version > FORMAT_VERSION:
        raise BundleNewerFormat(
            f"This bundle uses format {version}; this app reads format {FORMAT_VERSION}. "
            "Update Outreach Desk, then import it again."
        )
    if version != FORMAT_VERSION:
        raise BundleTampered(f"The bundle claims format {version}, which never existed.")


def _find_slot(data: bytes, header: BundleHeader, identity: DeviceIdentity) -> bytes:
    if header.flags & ~KNOWN_FLAGS:
        raise BundleTampered("The bundle header has flags this format does not define.")
    known = [r for r in header.recipients if r.suite_id in SUITES]
    if any(r.slot_len != slot_length(r.suite_id) for r in known) or any(
        r.slot_len == 0 for r in header.recipients
    ):
        raise BundleTampered("The bundle's recipient list declares impossible key sizes.")
    lengths = [r.slot_len for r in header.recipients]
    expected = header.size + sum(lengths) + NONCE_LEN + header.ciphertext_len + SIGNATURE_LEN
    if header.ciphertext_len < TAG_LEN or expected != len(data):
        raise BundleTampered("The bundle's declared lengths do not match its size.")
    pos = header.size
    for recipient, length in zip(header.recipients, lengths, strict=True):
        if recipient.device_id == identity.device_id:
            if recipient.suite_id != identity.suite_id:
                raise BundleTampered("The bundle's key for this device uses the wrong suite.")
            return data[pos : pos + length]
        pos += length
    raise BundleNotForThisDevice(
        "This bundle was made for other devices, not this one. Nothing was imported."
    )


def _decrypt_body(data: bytes, header: BundleHeader, content_key: bytes) -> bytes:
    end = len(data) - SIGNATURE_LEN
    start = end - header.ciphertext_len
    nonce = data[start - NONCE_LEN : start]
    try:
        return AESGCM(content_key).decrypt(nonce, data[start:end], data[: header.size])
    except InvalidTag:
        raise BundleTampered("The bundle content does not decrypt: it was altered.") from None
