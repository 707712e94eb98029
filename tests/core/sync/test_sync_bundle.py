from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_desk.core.errors import (
    BundleError,
    BundleNewerFormat,
    BundleNotForThisDevice,
    BundleTampered,
    BundleUnknownSender,
    ValidationError,
)
from outreach_desk.core.sync.bundle import (
    FORMAT_VERSION,
    MAGIC,
    open_bundle,
    peek_header,
    seal_bundle,
)
from outreach_desk.core.sync.errors import BundleNotRecognised
from outreach_desk.core.sync.identity import DeviceIdentity
from outreach_desk.core.sync.payload import Operation

CANARY = "CANARY-Fatima-El-Amrani-7731"


def make_ops(device: str, count: int = 3, text: str = "Huisbezoek, moeder vraagt hulp") -> list:
    return [
        Operation(
            op_id=f"op-{device[:8]}-{i}",
            hlc=f"{1_780_000_000_000 + i:013d}-{i:05d}-{device}",
            device=device,
            author="sara",
            family_id="fam-0001",
            kind="note.version",
            body={"note_id": f"n{i}", "text": f"{text} {i}", "tags": ["school", 3, None, True]},
        )
        for i in range(count)
    ]


@pytest.fixture(scope="module")
def small_bundle(identities, cards):
    ops = make_ops(identities["sara"].device_id, 2, CANARY)
    return seal_bundle(identities["sara"], [cards["youssef"]], ops), ops


def roster(cards, *names):
    return {cards[n].device_id: cards[n] for n in names}


def test_round_trip_one_recipient(identities, cards, small_bundle):
    sealed, ops = small_bundle
    opened = open_bundle(sealed.data, identities["youssef"], roster(cards, "sara"))
    assert opened.ops == ops
    assert opened.bundle_id == sealed.bundle_id
    assert opened.sender.device_id == identities["sara"].device_id


@pytest.mark.parametrize("compressed", [True, False])
def test_round_trip_three_recipients_each_reads_it(identities, cards, compressed):
    ops = make_ops(identities["sara"].device_id, 50)
    recipients = [cards["youssef"], cards["lotte"], cards["sara"]]
    sealed = seal_bundle(identities["sara"], recipients, ops, compressed=compressed)
    for name in ("youssef", "lotte", "sara"):
        opened = open_bundle(sealed.data, identities[name], roster(cards, "sara"))
        assert opened.ops == ops
        assert set(opened.recipients) == {c.device_id for c in recipients}


def test_bundle_for_someone_else_is_refused(identities, cards, small_bundle):
    sealed, _ = small_bundle
    with pytest.raises(BundleNotForThisDevice):
        open_bundle(sealed.data, identities["lotte"], roster(cards, "sara"))


def test_unknown_sender_is_refused_before_anything_else(identities, cards, small_bundle):
    sealed, _ = small_bundle
    with pytest.raises(BundleUnknownSender, match="not among your contacts"):
        open_bundle(sealed.data, identities["youssef"], roster(cards, "lotte", "eve"))


def test_sender_impersonation_fails_the_signature(identities, cards):
    """Eve writes Sara's device id into her own bundle: Sara's key does not verify it."""
    sealed = seal_bundle(identities["eve"], [cards["youssef"]], make_ops("e" * 32))
    forged = bytearray(sealed.data)
    start = len(MAGIC) + 2 + 1 + 16
    forged[start : start + 16] = bytes.fromhex(identities["sara"].device_id)
    with pytest.raises(BundleTampered):
        open_bundle(bytes(forged), identities["youssef"], roster(cards, "sara"))


def test_newer_format_is_reported_as_such(identities, cards, small_bundle):
    sealed, _ = small_bundle
    newer = MAGIC + (FORMAT_VERSION + 1).to_bytes(2, "big") + sealed.data[len(MAGIC) + 2 :]
    with pytest.raises(BundleNewerFormat, match="Update Outreach Desk"):
        open_bundle(newer, identities["youssef"], roster(cards, "sara"))


def test_not_a_bundle(identities, cards):
    with pytest.raises(BundleNotRecognised):
        open_bundle(b"%PDF-1.7 " * 100, identities["youssef"], roster(cards, "sara"))


def test_every_single_byte_flip_is_rejected(identities, cards, small_bundle):
    sealed, _ = small_bundle
    data = sealed.data
    for position in range(len(data)):
        for mask in (0x01, 0x80, 0xFF):
            flipped = bytearray(data)
            flipped[position] ^= mask
            with pytest.raises(BundleError):
                open_bundle(bytes(flipped), identities["youssef"], roster(cards, "sara"))


def test_every_truncation_is_rejected(identities, cards, small_bundle):
    sealed, _ = small_bundle
    for length in range(len(sealed.data)):
        with pytest.raises(BundleError):
            open_bundle(sealed.data[:length], identities["youssef"], roster(cards, "sara"))


def test_appended_bytes_are_rejected(identities, cards, small_bundle):
    sealed, _ = small_bundle
    with pytest.raises(BundleTampered):
        open_bundle(sealed.data + b"\x00", identities["youssef"], roster(cards, "sara"))


def test_canary_never_appears_in_bundle_bytes(identities, cards, small_bundle):
    sealed, _ = small_bundle
    for needle in (CANARY.encode(), CANARY.encode("utf-16-le"), b"fam-0001", b"sara"):
        assert sealed.data.count(needle) == 0
    uncompressed = seal_bundle(
        identities["sara"], [cards["youssef"]], make_ops("a" * 32, 2, CANARY), compressed=False
    )
    assert uncompressed.data.count(CANARY.encode()) == 0


def test_peek_header_exposes_ids_without_decrypting(identities, small_bundle):
    sealed, _ = small_bundle
    header = peek_header(sealed.data)
    assert header.bundle_id == sealed.bundle_id
    assert header.sender == identities["sara"].device_id
    assert [r.device_id for r in header.recipients] == [identities["youssef"].device_id]


def test_each_bundle_gets_a_fresh_id(identities, cards):
    ops = make_ops(identities["sara"].device_id, 1)
    ids = {seal_bundle(identities["sara"], [cards["lotte"]], ops).bundle_id for _ in range(5)}
    assert len(ids) == 5


def test_sealing_needs_a_recipient(identities):
    with pytest.raises(ValidationError):
        seal_bundle(identities["sara"], [], [])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_parser_on_random_bytes_only_raises_typed_errors(identities, cards, junk):
    with pytest.raises(BundleError):
        open_bundle(junk, identities["youssef"], roster(cards, "sara"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_parser_on_mutated_bundles_only_raises_typed_errors(identities, cards, small_bundle, data):
    sealed, _ = small_bundle
    raw = bytearray(sealed.data)
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    mutated = bytes(raw[:cut]) + data.draw(st.binary(max_size=64))
    if mutated == sealed.data:
        return
    with pytest.raises(BundleError):
        open_bundle(mutated, identities["youssef"], roster(cards, "sara"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes_behind_a_valid_prefix_only_raise_typed_errors(identities, cards, junk):
    sender = bytes.fromhex(identities["sara"].device_id)
    prefix = MAGIC + FORMAT_VERSION.to_bytes(2, "big") + b"\x01" + bytes(16) + sender
    with pytest.raises(BundleError):
        open_bundle(prefix + junk, identities["youssef"], roster(cards, "sara"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_malformed_bundles_signed_by_a_known_contact_only_raise_typed_errors(
    identities, cards, small_bundle, data
):
    """A buggy or hostile colleague can sign garbage: parsing after the signature must hold."""
    sealed, _ = small_bundle
    body = bytearray(sealed.data[:-64])
    for _ in range(data.draw(st.integers(1, 6))):
        body[data.draw(st.integers(len(MAGIC) + 2, len(body) - 1))] = data.draw(st.integers(0, 255))
    body = body[: data.draw(st.integers(len(MAGIC) + 2 + 1 + 32, len(body)))]
    if bytes(body) == sealed.data[:-64]:
        return
    resigned = bytes(body) + identities["sara"].sign(bytes(body))
    with pytest.raises(BundleError):
        open_bundle(resigned, identities["youssef"], roster(cards, "sara"))


def test_signed_but_invalid_payload_is_refused_with_its_field(identities, cards, monkeypatch):
    from outreach_desk.core.sync import bundle as bundle_module
    from outreach_desk.core.sync.errors import BundlePayloadInvalid

    bad = b'{"format":"outreach-desk-ops","version":1,"ops":[{"op_id":"x"}]}'
    monkeypatch.setattr(bundle_module, "encode_ops", lambda ops: bad)
    sealed = seal_bundle(identities["sara"], [cards["youssef"]], [])
    with pytest.raises(BundlePayloadInvalid, match="operation 0"):
        open_bundle(sealed.data, identities["youssef"], roster(cards, "sara"))


def test_compression_bomb_is_capped(identities, cards, monkeypatch):
    from outreach_desk.core.sync import bundle as bundle_module
    from outreach_desk.core.sync.errors import BundleTooLarge

    monkeypatch.setattr(bundle_module, "encode_ops", lambda ops: b" " * (8 * 1024 * 1024))
    sealed = seal_bundle(identities["sara"], [cards["youssef"]], [])
    assert len(sealed.data) < 64 * 1024
    with pytest.raises(BundleTooLarge):
        open_bundle(
            sealed.data, identities["youssef"], roster(cards, "sara"), max_plaintext=1024 * 1024
        )


def test_a_slot_of_an_unknown_future_suite_is_skipped(identities, cards, monkeypatch):
    """A colleague with a newer key type must not lock the others out of a shared bundle."""
    from dataclasses import replace

    from outreach_desk.core.sync.contact import ContactCard
    from outreach_desk.core.sync.suites import SUITE_X25519, SUITES

    future = DeviceIdentity.generate(SUITE_X25519)
    monkeypatch.setitem(SUITES, 9, replace(SUITES[SUITE_X25519], suite_id=9))
    future_card = ContactCard("Future", 9, future.signing_public, future.receiving_public, b"")
    ops = make_ops(identities["sara"].device_id, 2)
    sealed = seal_bundle(identities["sara"], [future_card, cards["youssef"]], ops)
    monkeypatch.delitem(SUITES, 9)
    opened = open_bundle(sealed.data, identities["youssef"], roster(cards, "sara"))
    assert opened.ops == ops
