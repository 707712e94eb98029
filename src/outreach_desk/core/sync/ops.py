"""Vault content <-> operations: what goes into a bundle for a family, read from the stores.

Operation kinds (the `kind` of payload.Operation) and their bodies:

* `note.version`  {note_id, version_id, parent_id, text, author, created_at, supersedes}
* `family.field`  {field, value, supersedes}: one write of one family field (fieldmerge.py)
* `record.put`    {record_kind, record_id, payload}: a consent, intake, referral, ecomap...
* `record.delete` {record_kind, record_id}: a tombstone

Op ids are derived from what they describe, so the same change relayed by two colleagues
is one operation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from outreach_desk.core.notes import NoteVersion
from outreach_desk.core.records import Record
from outreach_desk.core.session import Session
from outreach_desk.core.sync.fieldmerge import FieldWrite, writes_of
from outreach_desk.core.sync.payload import Operation

NOTE_VERSION: Final = "note.version"
FAMILY_FIELD: Final = "family.field"
RECORD_PUT: Final = "record.put"
RECORD_DELETE: Final = "record.delete"
OP_KINDS: Final = frozenset({NOTE_VERSION, FAMILY_FIELD, RECORD_PUT, RECORD_DELETE})
# Family-scoped record kinds that travel with a shared family. Settings and secrets never do.
# "handover" travels so the new owner (and a colleague who keeps access) sees it on the timeline.
SYNCED_RECORD_KINDS: Final = ("consent", "intake", "referral", "ecomap", "handover")


@dataclass(frozen=True)
class Export:
    ops: list[Operation]
    watermark: str
    """Pass back as `since` for the next export to the same contact ("" = nothing yet)."""


def export_ops(
    session: Session,
    family_ids: Iterable[str],
    *,
    since: str | None = None,
    record_kinds: Sequence[str] = SYNCED_RECORD_KINDS,
) -> Export:
    """Operations for the given families: everything, or only items changed after `since`."""
    families = sorted(set(family_ids))
    changed = None if since is None else _changed_since(session, families, since)
    ops: list[Operation] = []
    for family_id in families:
        if not session.vault.has_case_key(family_id):
            continue  # not here (never received, or crypto-shredded)
        if changed is not None and not changed.get(family_id):
            continue
        ids = None if changed is None else changed[family_id]
        ops += _family_ops(session, family_id, ids)
        ops += _note_ops(session, family_id, ids)
        ops += _record_ops(session, family_id, record_kinds, ids)
    return Export(ops, _watermark(session))


def _changed_since(session: Session, families: list[str], since: str) -> dict[str, set[str]]:
    """Item ids per family from the vault's change log, newer than the watermark."""
    changed: dict[str, set[str]] = {}
    marks = ",".join("?" * len(families))
    rows = session.vault.conn.execute(
        f"SELECT record_id, family_id FROM changes WHERE hlc > ? AND family_id IN ({marks})",  # noqa: S608
        (since, *families),
    ).fetchall()
    for record_id, family_id in rows:
        changed.setdefault(family_id, set()).add(record_id)
    return changed


def _watermark(session: Session) -> str:
    row = session.vault.conn.execute("SELECT max(hlc) FROM changes").fetchone()
    return str(row[0] or "")


def _family_ops(session: Session, family_id: str, ids: set[str] | None) -> list[Operation]:
    if (ids is not None and family_id not in ids) or not session.families.exists(family_id):
        return []
    stored, conflicts = session.families.raw_fields(family_id)
    return [field_op(family_id, write) for write in writes_of(stored, conflicts)]


def field_op(family_id: str, write: FieldWrite) -> Operation:
    return Operation(
        op_id=_derived_id("field", family_id, write.field, write.hlc),
        hlc=write.hlc,
        device=write.device,
        author=write.device,
        family_id=family_id,
        kind=FAMILY_FIELD,
        body={"field": write.field, "value": write.value, "supersedes": sorted(write.supersedes)},
    )


def _note_ops(session: Session, family_id: str, ids: set[str] | None) -> list[Operation]:
    ops = []
    for note in session.notes.for_family(family_id):
        if ids is None or note.id in ids:
            ops += [note_op(version) for version in note.versions]
    return ops


def note_op(version: NoteVersion) -> Operation:
    return Operation(
        op_id=version.id,
        hlc=version.hlc,
        device=version.device,
        author=version.author or version.device,
        family_id=version.family_id,
        kind=NOTE_VERSION,
        body={
            "note_id": version.note_id,
            "version_id": version.id,
            "parent_id": version.parent_id,
            "text": version.text,
            "author": version.author,
            "created_at": version.created_at,
            "supersedes": list(version.supersedes),
        },
    )


def _record_ops(
    session: Session, family_id: str, kinds: Sequence[str], ids: set[str] | None
) -> list[Operation]:
    ops = []
    for kind in kinds:
        for record in session.records.query(kind, family_id):
            if ids is None or record.id in ids:
                ops.append(record_op(record))
        for record_id, hlc, device in _tombstones(session, kind, family_id):
            if ids is None or record_id in ids:
                ops.append(record_op(Record(record_id, kind, family_id, hlc, device, True)))
    return ops


def _tombstones(session: Session, kind: str, family_id: str) -> list[tuple[str, str, str]]:
    rows = session.vault.conn.execute(
        "SELECT id, hlc, device FROM records WHERE kind_tag = ? AND family_id = ? AND deleted = 1",
        (session.vault.kind_tag(kind), family_id),
    ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def record_op(record: Record) -> Operation:
    assert record.family_id is not None
    body: dict[str, Any] = {"record_kind": record.kind, "record_id": record.id}
    if not record.deleted:
        body["payload"] = record.payload
    return Operation(
        op_id=_derived_id("record", record.id, record.hlc),
        hlc=record.hlc,
        device=record.device,
        author=record.device,
        family_id=record.family_id,
        kind=RECORD_DELETE if record.deleted else RECORD_PUT,
        body=body,
    )


def _derived_id(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
