"""The plaintext inside a bundle: a list of operations as compact, deterministic JSON.

Validation is strict and hand-written (no runtime dependency): exact key sets, types, lengths
and patterns, no duplicate keys, no NaN, a depth limit. Everything that fails raises
BundlePayloadInvalid naming the operation index and field, so a person can report it.
"""

from __future__ import annotations

import codecs
import json
import math
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from outreach_desk.core.sync.errors import (
    BundlePayloadInvalid,
    BundleTooLarge,
    PayloadNewerFormat,
)

PAYLOAD_FORMAT: Final = "outreach-desk-ops"
PAYLOAD_VERSION: Final = 1
MAX_PLAINTEXT_BYTES: Final = 256 * 1024 * 1024
MAX_OPS: Final = 2_000_000
MAX_BODY_DEPTH: Final = 16
_STEP_BYTES: Final = 64 * 1024  # work done per step while parsing, so other threads run
_OP_KEYS: Final = frozenset({"op_id", "hlc", "device", "author", "family_id", "kind", "body"})
_TOP_KEYS: Final = frozenset({"format", "version", "ops"})
_ID: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
_DEVICE: Final = re.compile(r"[0-9a-f]{32}")
_KIND: Final = re.compile(r"[a-z][a-z0-9_.]{0,63}")
# The encoding of core.hlc.Timestamp.encode(): fixed width, so text order is clock order.
_HLC: Final = re.compile(r"([0-9]{13})-([0-9]{5})-([0-9a-f]{32})")
_MAX_AUTHOR: Final = 200

JsonObject = dict[str, Any]


@dataclass(frozen=True)
class Operation:
    """One immutable change. `body` is kind-specific and validated by the merge layer."""

    op_id: str
    hlc: str
    device: str
    author: str
    family_id: str
    kind: str
    body: JsonObject = field(default_factory=dict)

    def to_json(self) -> JsonObject:
        return {
            "op_id": self.op_id,
            "hlc": self.hlc,
            "device": self.device,
            "author": self.author,
            "family_id": self.family_id,
            "kind": self.kind,
            "body": self.body,
        }


def canonical_json(value: Any) -> bytes:
    """Compact, key-sorted UTF-8 JSON: the same operations always give the same bytes."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def encode_ops(ops: Sequence[Operation]) -> bytes:
    for index, op in enumerate(ops):
        _check_op(op.to_json(), index)
    # The same bytes as canonical_json of the whole document, built one operation at a time:
    # one json.dumps over 10,000 notes would hold the GIL (and freeze the GUI) for ~0.5 s.
    head = canonical_json({"format": PAYLOAD_FORMAT})[:-1] + b',"ops":['
    tail = b"]," + canonical_json({"version": PAYLOAD_VERSION})[1:]
    return head + b",".join(canonical_json(o.to_json()) for o in ops) + tail


def decode_ops(data: bytes) -> list[Operation]:
    doc = _loads(data)
    if not isinstance(doc, dict):
        raise BundlePayloadInvalid("The bundle content is not a JSON object.")
    if doc.get("format") != PAYLOAD_FORMAT:
        raise BundlePayloadInvalid("The bundle content is not a list of Outreach Desk operations.")
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > PAYLOAD_VERSION:
        raise PayloadNewerFormat(
            f"The bundle content uses version {version}; this app reads up to "
            f"{PAYLOAD_VERSION}. Update Outreach Desk, then import the bundle again."
        )
    if version != PAYLOAD_VERSION or set(doc) != _TOP_KEYS:
        raise BundlePayloadInvalid("The bundle content has unexpected top-level fields.")
    ops = doc["ops"]
    if not isinstance(ops, list) or len(ops) > MAX_OPS:
        raise BundlePayloadInvalid(f"Field 'ops' must be a list of at most {MAX_OPS} operations.")
    return [_to_op(raw, index) for index, raw in enumerate(ops)]


def compress(data: bytes) -> bytes:
    # Level 3: about twice as fast as the default 6 for a 10-15% larger bundle.
    return zlib.compress(data, 3)


def decompress(data: bytes, cap: int = MAX_PLAINTEXT_BYTES) -> bytes:
    """Inflates at most `cap` bytes, so a small hostile bundle cannot fill the memory."""
    inflater = zlib.decompressobj()
    parts: list[bytes] = []
    size = 0
    # Small steps, so a background import lets the GUI thread run in between.
    for start in range(0, len(data), _STEP_BYTES):
        try:
            out = inflater.decompress(data[start : start + _STEP_BYTES], cap + 1 - size)
        except zlib.error:
            raise BundlePayloadInvalid("The bundle content is not valid compressed data.") from None
        size += len(out)
        parts.append(out)
        if size > cap or inflater.unconsumed_tail:
            raise BundleTooLarge(f"The bundle content is larger than {cap} bytes once unpacked.")
    if not inflater.eof or inflater.unused_data:
        raise BundlePayloadInvalid("The compressed bundle content is incomplete or has extra data.")
    return b"".join(parts)


def _reject_constant(name: str) -> Any:
    raise BundlePayloadInvalid(f"The bundle content contains {name}, which is not allowed.")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> JsonObject:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise BundlePayloadInvalid("The bundle content repeats a key inside one object.")
    return obj


def _loads(data: bytes) -> Any:
    try:
        decoder = codecs.getincrementaldecoder("utf-8")()
        steps = range(0, len(data), _STEP_BYTES * 16)
        text = "".join(decoder.decode(data[i : i + _STEP_BYTES * 16]) for i in steps)
        text += decoder.decode(b"", final=True)
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundlePayloadInvalid("The bundle content is not valid UTF-8 JSON.") from None


def _to_op(raw: Any, index: int) -> Operation:
    _check_op(raw, index)
    return Operation(
        raw["op_id"],
        raw["hlc"],
        raw["device"],
        raw["author"],
        raw["family_id"],
        raw["kind"],
        raw["body"],
    )


def _check_op(raw: Any, index: int) -> None:
    where = f"operation {index}"
    if not isinstance(raw, dict) or set(raw) != _OP_KEYS:
        raise BundlePayloadInvalid(f"In {where}: expected exactly the fields {sorted(_OP_KEYS)}.")
    where = f"operation {index} (op_id {str(raw['op_id'])[:64]!r})"
    _match(raw["op_id"], _ID, where, "op_id")
    _match(raw["family_id"], _ID, where, "family_id")
    _match(raw["device"], _DEVICE, where, "device")
    _match(raw["kind"], _KIND, where, "kind")
    author = raw["author"]
    if not isinstance(author, str) or not 0 < len(author) <= _MAX_AUTHOR:
        raise BundlePayloadInvalid(f"In {where}: field 'author' must be 1-{_MAX_AUTHOR} chars.")
    _check_hlc(raw["hlc"], raw["device"], where)
    if not isinstance(raw["body"], dict):
        raise BundlePayloadInvalid(f"In {where}: field 'body' must be an object.")
    _check_json_value(raw["body"], where, 0)


def _match(value: Any, pattern: re.Pattern[str], where: str, name: str) -> None:
    if not isinstance(value, str) or pattern.fullmatch(value) is None:
        raise BundlePayloadInvalid(f"In {where}: field '{name}' has an invalid value.")


def _check_hlc(value: Any, device: str, where: str) -> None:
    match = _HLC.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise BundlePayloadInvalid(f"In {where}: field 'hlc' is not a clock value.")
    if match[3] != device:
        raise BundlePayloadInvalid(f"In {where}: field 'hlc' names another device.")


def _check_json_value(value: Any, where: str, depth: int) -> None:
    # Hot path on import (one call per value of 10,000s of operations): exact type checks,
    # recursing only into containers.
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return
    if depth >= MAX_BODY_DEPTH:
        raise BundlePayloadInvalid(f"In {where}: field 'body' is nested too deeply.")
    if kind is dict:
        for key, item in value.items():
            if type(key) is not str:
                raise BundlePayloadInvalid(f"In {where}: field 'body' has a non-text key.")
            _check_json_value(item, where, depth + 1)
    elif kind is list:
        for item in value:
            _check_json_value(item, where, depth + 1)
    elif kind is float:
        if not math.isfinite(value):
            raise BundlePayloadInvalid(f"In {where}: field 'body' contains a non-finite number.")
    else:
        raise BundlePayloadInvalid(f"In {where}: field 'body' contains a non-JSON value.")
