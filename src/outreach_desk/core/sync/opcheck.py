"""Strict checks of each operation kind's body, against what the vault's stores accept.

A colleague's app (or a newer version of it) may send anything its signature covers; only
bodies that this version can store exactly are let through. Each failure names the operation
and the field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from outreach_desk.core.casefile import (
    EDITABLE_FIELDS,
    RESIDENCE_VALUES,
    ROLE_VALUES,
    STATUS_VALUES,
)
from outreach_desk.core.domains import is_domain
from outreach_desk.core.notes import MAX_NOTE_CHARS
from outreach_desk.core.sync.errors import BundlePayloadInvalid
from outreach_desk.core.sync.ops import (
    FAMILY_FIELD,
    NOTE_VERSION,
    RECORD_DELETE,
    RECORD_PUT,
    SYNCED_RECORD_KINDS,
)
from outreach_desk.core.sync.payload import Operation

_ID: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
_HLC: Final = re.compile(r"[0-9]{13}-[0-9]{5}-[0-9a-f]{32}")
_MAX_SUPERSEDES: Final = 100_000
_SHORT: Final = 200
_KEYS: Final[dict[str, frozenset[str]]] = {
    NOTE_VERSION: frozenset(
        {"note_id", "version_id", "parent_id", "text", "author", "created_at", "supersedes"}
    ),
    FAMILY_FIELD: frozenset({"field", "value", "supersedes"}),
    RECORD_PUT: frozenset({"record_kind", "record_id", "payload"}),
    RECORD_DELETE: frozenset({"record_kind", "record_id"}),
}


class _Invalid(Exception):
    pass


def check_op(op: Operation, index: int) -> None:
    """Raises BundlePayloadInvalid naming the operation and field when the body is wrong."""
    keys = _KEYS.get(op.kind)
    where = f"operation {index} (op_id {op.op_id}, kind {op.kind})"
    if keys is None:
        raise BundlePayloadInvalid(f"In {where}: this kind of change is unknown to this app.")
    if set(op.body) != keys:
        raise BundlePayloadInvalid(f"In {where}: the body must have exactly {sorted(keys)}.")
    try:
        _CHECKS[op.kind](op)
    except _Invalid as problem:
        raise BundlePayloadInvalid(f"In {where}: field {problem}.") from None


def _note(op: Operation) -> None:
    body = op.body
    _id(body, "note_id")
    _id(body, "version_id")
    if body["version_id"] != op.op_id:
        raise _Invalid("'version_id' must equal the op_id")
    if body["parent_id"] is not None:
        _id(body, "parent_id")
    _text(body, "text", MAX_NOTE_CHARS, allow_empty=False)
    _text(body, "author", _SHORT)
    _text(body, "created_at", 40)
    supersedes = body["supersedes"]
    if not isinstance(supersedes, list) or len(supersedes) > _MAX_SUPERSEDES:
        raise _Invalid("'supersedes' must be a list of version ids")
    for version_id in supersedes:
        if not isinstance(version_id, str) or not _ID.fullmatch(version_id):
            raise _Invalid("'supersedes' must be a list of version ids")


def _field(op: Operation) -> None:
    body = op.body
    name = body["field"]
    if name not in EDITABLE_FIELDS:
        raise _Invalid(f"'field' names no family field ({str(name)[:40]!r})")
    if not _FIELD_VALUES.get(name, _is_text)(body["value"]):
        raise _Invalid(f"'value' is not a valid {name}")
    supersedes = body["supersedes"]
    if not isinstance(supersedes, list) or len(supersedes) > _MAX_SUPERSEDES:
        raise _Invalid("'supersedes' must be a list of clock values")
    if not all(isinstance(t, str) and _HLC.fullmatch(t) for t in supersedes):
        raise _Invalid("'supersedes' must be a list of clock values")


def _record(op: Operation) -> None:
    body = op.body
    if body["record_kind"] not in SYNCED_RECORD_KINDS:
        raise _Invalid(f"'record_kind' {str(body['record_kind'])[:40]!r} is not shared by sync")
    _id(body, "record_id")
    if op.kind == RECORD_PUT and not isinstance(body["payload"], dict):
        raise _Invalid("'payload' must be an object")


def _id(body: dict[str, Any], key: str) -> None:
    if not isinstance(body[key], str) or not _ID.fullmatch(body[key]):
        raise _Invalid(f"'{key}' is not a valid id")


def _text(body: dict[str, Any], key: str, limit: int, *, allow_empty: bool = True) -> None:
    value = body[key]
    if not isinstance(value, str) or len(value) > limit or (not allow_empty and not value.strip()):
        raise _Invalid(f"'{key}' must be text of at most {limit} characters")


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= 10_000


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= 1000 and all(_is_text(v) for v in value)


def _is_member(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and value.get("role") in ROLE_VALUES
        and all(_is_text(value.get(k, "")) for k in ("id", "name", "school", "for_this_child"))
        and (value.get("birth_year") is None or type(value.get("birth_year")) is int)
    )


_FIELD_VALUES: Final[dict[str, Callable[[Any], bool]]] = {
    "label": lambda v: _is_text(v) and bool(v.strip()),
    "members": lambda v: isinstance(v, list) and len(v) <= 100 and all(map(_is_member, v)),
    "languages": _is_text_list,
    "strengths": _is_text_list,
    "domains": lambda v: _is_text_list(v) and all(is_domain(d) for d in v),
    "residence": lambda v: v in RESIDENCE_VALUES,
    "status": lambda v: v in STATUS_VALUES,
    "urgent": lambda v: isinstance(v, bool),
}
_CHECKS: Final[dict[str, Callable[[Operation], None]]] = {
    NOTE_VERSION: _note,
    FAMILY_FIELD: _field,
    RECORD_PUT: _record,
    RECORD_DELETE: _record,
}
