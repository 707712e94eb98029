from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_desk.core.errors import BundleError, BundleNewerFormat
from outreach_desk.core.sync.errors import BundlePayloadInvalid
from outreach_desk.core.sync.payload import (
    PAYLOAD_FORMAT,
    Operation,
    canonical_json,
    decode_ops,
    encode_ops,
)

DEVICE = "0123456789abcdef0123456789abcdef"


def op(**changes) -> dict:
    base = {
        "op_id": "op-1",
        "hlc": f"1780000000000-00000-{DEVICE}",
        "device": DEVICE,
        "author": "sara",
        "family_id": "fam-1",
        "kind": "family.field",
        "body": {"field": "address", "value": "Rue de la Senne 1"},
    }
    base.update(changes)
    return base


def doc(*ops, **top) -> bytes:
    return json.dumps({"format": PAYLOAD_FORMAT, "version": 1, "ops": list(ops), **top}).encode()


def test_valid_payload_round_trips():
    ops = decode_ops(doc(op(), op(op_id="op-2")))
    assert [o.op_id for o in ops] == ["op-1", "op-2"]
    assert decode_ops(encode_ops(ops)) == ops


def test_encoding_is_deterministic_whatever_the_key_order():
    body_a = {"b": 1, "a": [1, {"z": 0, "y": "é"}]}
    body_b = {"a": [1, {"y": "é", "z": 0}], "b": 1}
    one = Operation("x", f"1780000000000-00000-{DEVICE}", DEVICE, "s", "f", "k", body_a)
    two = Operation("x", f"1780000000000-00000-{DEVICE}", DEVICE, "s", "f", "k", body_b)
    assert encode_ops([one]) == encode_ops([two])
    assert b" " not in canonical_json({"a": [1, 2]})


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"op_id": ""}, "op_id"),
        ({"op_id": "../etc"}, "op_id"),
        ({"family_id": 7}, "family_id"),
        ({"device": "ABC"}, "device"),
        ({"kind": "Drop Table"}, "kind"),
        ({"author": ""}, "author"),
        ({"hlc": "yesterday"}, "hlc"),
        ({"hlc": f"1780000000000-00000-{'f' * 32}"}, "hlc"),
        ({"body": []}, "body"),
        ({"body": {"x": {"y": {"z": [[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]}}}}, "body"),
    ],
)
def test_invalid_fields_are_named(changes, field):
    with pytest.raises(BundlePayloadInvalid, match=f"'{field}'"):
        decode_ops(doc(op(**changes)))


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"[]",
        b"\xff\xfe",
        b'{"format":"outreach-desk-ops","version":1,"ops":[],"ops":[]}',
        b'{"format":"outreach-desk-ops","version":1,"ops":[],"extra":1}',
        b'{"format":"other","version":1,"ops":[]}',
        b'{"format":"outreach-desk-ops","version":1,"ops":{}}',
        b'{"format":"outreach-desk-ops","version":"1","ops":[]}',
        b'{"format":"outreach-desk-ops","version":1,"ops":[NaN]}',
        b"[" * 100_000,
    ],
)
def test_malformed_documents_are_refused(raw):
    with pytest.raises(BundlePayloadInvalid):
        decode_ops(raw)


def test_missing_or_extra_op_fields_are_refused():
    incomplete = op()
    del incomplete["author"]
    with pytest.raises(BundlePayloadInvalid, match="operation 0"):
        decode_ops(doc(incomplete))
    with pytest.raises(BundlePayloadInvalid):
        decode_ops(doc(op(parents=[])))


def test_non_finite_numbers_in_body_are_refused():
    raw = doc(op()).replace(b'"Rue de la Senne 1"', b"Infinity")
    with pytest.raises(BundlePayloadInvalid):
        decode_ops(raw)


def test_newer_payload_version_says_update():
    with pytest.raises(BundleNewerFormat):
        decode_ops(json.dumps({"format": PAYLOAD_FORMAT, "version": 2, "ops": []}).encode())


def test_encoder_refuses_to_write_an_invalid_operation():
    with pytest.raises(BundlePayloadInvalid):
        encode_ops([Operation("bad id!", "x", DEVICE, "s", "f", "k", {})])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decoder_on_random_bytes_only_raises_typed_errors(raw):
    with pytest.raises(BundleError):
        decode_ops(raw)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(op())), json_values, max_size=9))
def test_decoder_on_random_operations_never_crashes(fields):
    try:
        ops = decode_ops(doc(op(**fields)))
    except BundleError:
        return
    assert decode_ops(encode_ops(ops)) == ops
