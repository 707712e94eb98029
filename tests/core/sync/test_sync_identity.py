from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.sync.contact import TEXT_PREFIX, ContactCard
from outreach_desk.core.sync.errors import ContactCardInvalid, FingerprintMismatch, IdentityInvalid
from outreach_desk.core.sync.identity import DeviceIdentity, normalise_fingerprint
from outreach_desk.core.sync.suites import SUITE_MLKEM768_X25519, SUITE_X25519


def test_new_identities_use_the_post_quantum_hybrid_suite(identities):
    assert identities["sara"].suite_id == SUITE_MLKEM768_X25519


@pytest.mark.parametrize("suite", [SUITE_MLKEM768_X25519, SUITE_X25519])
def test_private_bytes_round_trip_keeps_the_same_device(suite):
    identity = DeviceIdentity.generate(suite)
    restored = DeviceIdentity.from_private_bytes(identity.to_private_bytes())
    assert restored.device_id == identity.device_id
    assert restored.fingerprint == identity.fingerprint
    assert restored.sign(b"m") == identity.sign(b"m")  # Ed25519 is deterministic


@pytest.mark.parametrize("data", [b"", b"ODID\x01", b"ODID\x01\x07" + bytes(200), b"junk" * 40])
def test_damaged_private_bytes_raise_a_typed_error(data):
    with pytest.raises(IdentityInvalid):
        DeviceIdentity.from_private_bytes(data)


def test_fingerprint_is_six_groups_of_four_unambiguous_characters(identities):
    fingerprint = identities["sara"].fingerprint
    groups = fingerprint.split(" ")
    assert [len(g) for g in groups] == [4] * 6
    assert not set(fingerprint) & set("ILOU")


def test_devices_have_different_ids_and_fingerprints(identities):
    assert len({i.device_id for i in identities.values()}) == len(identities)
    assert len({i.fingerprint for i in identities.values()}) == len(identities)


@pytest.mark.parametrize("form", ["json", "text"])
def test_card_round_trips_in_both_forms(cards, form):
    card = cards["sara"]
    data = card.to_json() if form == "json" else card.to_text()
    parsed = ContactCard.parse(data, expected_fingerprint=card.fingerprint)
    assert parsed == card
    assert parsed.device_id == card.device_id


def test_text_form_fits_a_qr_code_alphanumeric_segment(cards):
    text = cards["sara"].to_text()
    assert len(text) <= 4296  # QR version 40-L alphanumeric capacity
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def test_fingerprint_typed_loosely_is_accepted(cards):
    card = cards["sara"]
    typed = card.fingerprint.lower().replace(" ", "-").replace("0", "o").replace("1", "l")
    ContactCard.parse(card.to_text(), expected_fingerprint=typed)
    assert normalise_fingerprint(typed) == card.fingerprint


def test_import_refuses_when_fingerprint_differs(cards):
    with pytest.raises(FingerprintMismatch, match="Do not trust"):
        ContactCard.parse(cards["sara"].to_json(), expected_fingerprint=cards["eve"].fingerprint)


def test_card_with_swapped_keys_is_refused(cards):
    doc = json.loads(cards["sara"].to_json())
    doc["receiving_key"] = json.loads(cards["eve"].to_json())["receiving_key"]
    with pytest.raises(ContactCardInvalid):
        ContactCard.parse(json.dumps(doc).encode())


def test_card_with_a_changed_name_is_refused(cards):
    doc = json.loads(cards["sara"].to_json())
    doc["name"] = "Someone else"
    with pytest.raises(ContactCardInvalid, match="signature"):
        ContactCard.parse(json.dumps(doc).encode())


def test_mistyped_text_card_fails_its_checksum(cards):
    text = cards["sara"].to_text()
    position = len(TEXT_PREFIX) + 40
    swapped = "B" if text[position] != "B" else "C"
    with pytest.raises(ContactCardInvalid):
        ContactCard.parse(text[:position] + swapped + text[position + 1 :])


def test_truncated_text_card_is_refused(cards):
    text = cards["sara"].to_text()
    for cut in range(len(TEXT_PREFIX), len(text), 97):
        with pytest.raises(ContactCardInvalid):
            ContactCard.parse(text[:cut])


def test_local_rename_keeps_keys(cards):
    renamed = cards["sara"].renamed("Sara (school gate)")
    assert renamed.device_id == cards["sara"].device_id
    assert renamed.name == "Sara (school gate)"


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=3000), st.text(max_size=3000)))
def test_parser_only_raises_typed_errors(data):
    with pytest.raises(ValidationError):
        ContactCard.parse(data)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_edit_of_a_text_card_is_caught(cards, data):
    text = cards["youssef"].to_text()
    # The last character may carry base32 padding bits that decode to nothing.
    position = data.draw(st.integers(len(TEXT_PREFIX), len(text) - 2))
    char = data.draw(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
    edited = text[:position] + char + text[position + 1 :]
    if edited == text:
        return
    with pytest.raises(ContactCardInvalid):
        ContactCard.parse(edited)


def test_layout_constants_match_the_library():
    from cryptography.hazmat.primitives import hpke

    from outreach_desk.core.sync.suites import SUITES

    assert SUITES[SUITE_MLKEM768_X25519].enc_length == hpke.KEM.MLKEM768_X25519.enc_length()
    assert SUITES[SUITE_X25519].enc_length == hpke.KEM.X25519.enc_length()


def test_without_ml_kem_new_devices_fall_back_to_x25519(monkeypatch):
    from cryptography.exceptions import UnsupportedAlgorithm

    from outreach_desk.core.sync import suites

    class NoMlKem:
        @staticmethod
        def generate():
            raise UnsupportedAlgorithm("no ML-KEM in this build")

    monkeypatch.setattr(suites.mlkem, "MLKEM768PrivateKey", NoMlKem)
    assert DeviceIdentity.generate().suite_id == SUITE_X25519
