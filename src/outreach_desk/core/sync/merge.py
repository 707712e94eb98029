"""Applying an opened bundle to the vault: one transaction, idempotent, nothing overwritten.

* Notes are append-only: a version is inserted once by id; two versions with the same parent
  both stay, and the note shows a conflict until a person writes the version that resolves it.
* Family fields merge per field (fieldmerge.py): last writer wins, concurrent values stay
  as conflicts.
* Records (consents, referrals...) are last-writer-wins by clock; deletes are tombstones.
* The bundle id is remembered; the same bundle again raises BundleAlreadyImported and, since
  every step is idempotent, even a replay under another id changes nothing.

Every operation is validated, and every clock checked, before the first write.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from outreach_desk.core.errors import BundleAlreadyImported
from outreach_desk.core.hlc import MAX_FUTURE_DRIFT_MS, Timestamp
from outreach_desk.core.notes import NoteVersion
from outreach_desk.core.records import Record
from outreach_desk.core.session import Session
from outreach_desk.core.sync.bundle import OpenedBundle
from outreach_desk.core.sync.errors import (
    BundleClockTooFarAhead,
    BundleFamilyNotShared,
    BundlePayloadInvalid,
)
from outreach_desk.core.sync.fieldmerge import FieldWrite, merge
from outreach_desk.core.sync.opcheck import check_op
from outreach_desk.core.sync.ops import FAMILY_FIELD, NOTE_VERSION, RECORD_DELETE
from outreach_desk.core.sync.payload import Operation

IMPORTED_KIND: Final = "sync.imported-bundle"


@dataclass(frozen=True)
class ImportReport:
    bundle_id: str
    sender: str
    families: tuple[str, ...]
    notes_added: int
    field_writes: int
    records_written: int
    ignored_shredded: tuple[str, ...] = ()
    """Families whose key was destroyed here (erased on purpose): their changes are dropped."""


def already_imported(session: Session, bundle_id: str) -> bool:
    row = session.vault.conn.execute(
        "SELECT 1 FROM records WHERE id = ? AND kind_tag = ?",
        (bundle_id, session.vault.kind_tag(IMPORTED_KIND)),
    ).fetchone()
    return row is not None


def import_bundle(
    session: Session,
    opened: OpenedBundle,
    *,
    may_write: Callable[[str], bool] | None = None,
    now_ms: int | None = None,
) -> ImportReport:
    """Merges an opened bundle. `may_write(family_id)` says whether this sender may change
    that family (shared with them, or a share they offer); everything is refused otherwise."""
    if already_imported(session, opened.bundle_id):
        raise BundleAlreadyImported(
            f"Bundle {opened.bundle_id} was already imported; nothing changed."
        )
    _check_all(opened, may_write, time.time_ns() // 1_000_000 if now_ms is None else now_ms)
    vault = session.vault
    shredded = {f for f in {op.family_id for op in opened.ops} if is_shredded(session, f)}
    live = [op for op in opened.ops if op.family_id not in shredded]
    with vault.transaction():
        notes = sum(_apply_note(session, op) for op in live if op.kind == NOTE_VERSION)
        fields = _apply_fields(session, [op for op in live if op.kind == FAMILY_FIELD])
        records = sum(_apply_record(session, op) for op in live if op.kind.startswith("record."))
        if opened.ops:  # clock strings are fixed-width, so the greatest sorts last
            vault.clock.observe(Timestamp.decode(max(op.hlc for op in opened.ops)))
        session.records.write(
            Record(opened.bundle_id, IMPORTED_KIND, None, vault.clock.now().encode(),
                   vault.device_id, False, {"sender": opened.sender.device_id,
                                            "ops": len(opened.ops)})
        )  # fmt: skip
    families = tuple(sorted({op.family_id for op in live}))
    return ImportReport(
        opened.bundle_id, opened.sender.device_id, families, notes, fields, records,
        tuple(sorted(shredded)),
    )  # fmt: skip


def is_shredded(session: Session, family_id: str) -> bool:
    """Data of this family is here but its key was destroyed: it must never come back."""
    if session.vault.has_case_key(family_id):
        return False
    conn = session.vault.conn
    return any(
        conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", (family_id,)).fetchone()  # noqa: S608
        for table, column in (("families", "id"), ("note_versions", "family_id"),
                              ("records", "family_id"))
    )  # fmt: skip


def _check_all(opened: OpenedBundle, may_write: Callable[[str], bool] | None, now_ms: int) -> None:
    for index, op in enumerate(opened.ops):
        check_op(op, index)
        stamp = Timestamp.decode(op.hlc)
        if stamp.wall_ms - now_ms > MAX_FUTURE_DRIFT_MS:
            raise BundleClockTooFarAhead(
                f"Operation {op.op_id} in bundle {opened.bundle_id} is dated "
                f"{(stamp.wall_ms - now_ms) // 60_000} minutes after this computer's clock. "
                "Check the date and time on both computers; nothing was imported."
            )
    if may_write is not None:
        refused = sorted({op.family_id for op in opened.ops if not may_write(op.family_id)})
        if refused:
            raise BundleFamilyNotShared(
                f"{opened.sender.name} sent changes to families not shared between you "
                f"({', '.join(refused)}); nothing was imported."
            )


def _apply_note(session: Session, op: Operation) -> int:
    body = op.body
    version = NoteVersion(
        id=body["version_id"],
        note_id=body["note_id"],
        family_id=op.family_id,
        parent_id=body["parent_id"],
        hlc=op.hlc,
        device=op.device,
        text=body["text"],
        author=body["author"],
        created_at=body["created_at"],
        supersedes=tuple(body["supersedes"]),
    )
    return int(session.notes.write_version(version))


def _apply_fields(session: Session, ops: list[Operation]) -> int:
    by_family: dict[str, list[FieldWrite]] = {}
    for op in ops:
        by_family.setdefault(op.family_id, []).append(
            FieldWrite(op.body["field"], op.body["value"], op.hlc, op.device,
                       frozenset(op.body["supersedes"]))
        )  # fmt: skip
    for family_id, writes in by_family.items():
        if session.families.exists(family_id):
            stored, conflicts = session.families.raw_fields(family_id)
        else:
            stored, conflicts = {}, []
            session.vault.case_key(family_id, create=True)
        merged, merged_conflicts = merge(stored, conflicts, writes)
        if (merged, merged_conflicts) != (stored, conflicts):
            session.families.store_raw(family_id, merged, merged_conflicts)
    return len(ops)


def _apply_record(session: Session, op: Operation) -> int:
    kind_tag = session.vault.kind_tag(op.body["record_kind"])
    row = session.vault.conn.execute(
        "SELECT hlc, kind_tag, family_id FROM records WHERE id = ?", (op.body["record_id"],)
    ).fetchone()
    if row is not None and (row[1], row[2]) != (kind_tag, op.family_id):
        raise BundlePayloadInvalid(
            f"Operation {op.op_id} would replace record {op.body['record_id']}, which is a "
            "different kind of record or belongs to another family; nothing was imported."
        )
    if row is not None and str(row[0]) >= op.hlc:
        return 0  # ours is as new or newer: last writer wins
    session.vault.case_key(op.family_id, create=True)
    record = Record(
        op.body["record_id"], op.body["record_kind"], op.family_id, op.hlc, op.device,
        op.kind == RECORD_DELETE, op.body.get("payload", {}),
    )  # fmt: skip
    session.records.write(record)
    return 1
