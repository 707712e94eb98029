"""What the CLI and the Sync screen call: one sync pass with bookkeeping, the outbox, and the
conflicts a person has to settle.

Resolving a conflict is an ordinary edit (a family field write that supersedes the values it
settles, or a new note version), so the choice syncs to colleagues like any change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.session import Session
from outreach_desk.core.sync.bundle import open_bundle, seal_bundle
from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.errors import TransportError
from outreach_desk.core.sync.keystore import (
    contacts,
    ensure_identity,
    find_contact,
    load_identity,
    load_state,
)
from outreach_desk.core.sync.merge import ImportReport
from outreach_desk.core.sync.ops import export_ops
from outreach_desk.core.sync.settings import record_status
from outreach_desk.core.sync.sharing import complete_handovers, shares_by_contact
from outreach_desk.core.sync.syncrun import SyncReport, import_opened, sync_once
from outreach_desk.core.sync.transport import Transport
from outreach_desk.core.training.guard import refuse_in_training

KEEP_MINE: Final = "mine"
KEEP_THEIRS: Final = "theirs"
KEEP_BOTH: Final = "both"


@dataclass(frozen=True)
class OutboxEntry:
    contact_id: str
    contact_name: str
    family_id: str
    family_label: str
    changes: int  # items changed since the last send; -1 = never sent, the whole family goes

    def to_dict(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id,
            "contact": self.contact_name,
            "family_id": self.family_id,
            "family": self.family_label,
            "changes": "all" if self.changes < 0 else self.changes,
        }


@dataclass(frozen=True)
class FieldConflictView:
    family_id: str
    family_label: str
    field: str
    mine: Any  # the value that won for now
    theirs: Any  # the concurrent value kept beside it
    theirs_device: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": "family_field", **self.__dict__}


@dataclass(frozen=True)
class NoteConflictView:
    family_id: str
    family_label: str
    note_id: str
    mine: str
    theirs: str
    theirs_device: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": "note", **self.__dict__}


def sync_now(
    session: Session, transport: Transport, progress: Callable[[str], None] | None = None
) -> SyncReport:
    """One pass: send what is shared, import what came in, destroy the keys of families
    handed over without kept access once they went out, and remember how it went."""
    refuse_in_training(session.vault.kind, "sync")
    shares = shares_by_contact(session)
    try:
        report = sync_once(session, transport, shares, progress=progress)
    except TransportError as error:
        record_status(session, error=str(error))
        raise
    for contact_id in shares:
        complete_handovers(session, contact_id)
    record_status(
        session, sent=len(report.sent), received=len(report.received), problems=report.problems
    )
    return report


def export_bundle_for(session: Session, contact: str) -> tuple[ContactCard, bytes]:
    """Everything shared with one contact, sealed for them (for a USB stick or e-mail).
    Call `complete_handovers(session, card.device_id, full_export=True)` once it is saved."""
    refuse_in_training(session.vault.kind, "share")
    card = find_contact(session, contact)
    family_ids = shares_by_contact(session).get(card.device_id, [])
    if not family_ids:
        raise ValidationError(f"No family is shared with {card.name}; share one first.")
    ops = export_ops(session, family_ids).ops
    return card, seal_bundle(ensure_identity(session), [card], ops).data


def import_bundle_data(session: Session, data: bytes) -> ImportReport:
    """Checks and merges one bundle file; raises the typed refusal (tampered, not for this
    device, unknown sender, already imported, newer format)."""
    refuse_in_training(session.vault.kind, "sync")
    opened = open_bundle(data, ensure_identity(session), contacts(session))
    return import_opened(session, opened, shares_by_contact(session))


def outbox(session: Session) -> list[OutboxEntry]:
    """Per contact and family: what the next sync will send."""
    roster = contacts(session)
    labels = {f.id: f.label for f in session.families.families()}
    entries = []
    for contact_id, family_ids in shares_by_contact(session).items():
        state = load_state(session, f"watermark-{contact_id}")
        since = state.get("since")
        sent_before = set(state.get("families", family_ids if since else ()))
        for family_id in family_ids:
            changes = _changes_since(session, family_id, since) if family_id in sent_before else -1
            if changes:
                name = roster[contact_id].name
                entries.append(
                    OutboxEntry(contact_id, name, family_id, labels.get(family_id, ""), changes)
                )
    return entries


def conflicts(session: Session) -> list[FieldConflictView | NoteConflictView]:
    """Every open conflict in the vault: family fields first, then notes."""
    found: list[FieldConflictView | NoteConflictView] = []
    labels = {}
    for family in session.families.families():
        labels[family.id] = family.label
        for conflict in family.conflicts:
            mine = getattr(family, conflict.field, None)
            found.append(
                FieldConflictView(
                    family.id, family.label, conflict.field, mine, conflict.value, conflict.device
                )
            )
    me = my_device_ids(session)
    for note_id in _forked_notes(session):
        note = session.notes.get(note_id)
        if not note.conflicts or note.family_id not in labels:
            continue
        heads = [note.current, *note.conflicts]
        own = next((h for h in heads if h.device in me), note.current)
        for other in (h for h in heads if h.id != own.id):
            found.append(
                NoteConflictView(
                    note.family_id, labels[note.family_id], note.id, own.text, other.text,
                    other.device,
                )
            )  # fmt: skip
    return found


def _forked_notes(session: Session) -> list[str]:
    """Notes where two versions grew from the same parent: the only ones that can be in
    conflict. Found from the plaintext version graph, so no note is decrypted for nothing."""
    rows = session.vault.conn.execute(
        "SELECT v.note_id FROM note_versions v JOIN case_keys k"
        " ON k.family_id = v.family_id GROUP BY v.note_id, v.parent_id HAVING count(*) > 1"
        " ORDER BY min(v.hlc)"
    ).fetchall()
    return list(dict.fromkeys(str(row[0]) for row in rows))


def resolve_note(session: Session, note_id: str, keep: str) -> str:
    """Settles every open version of a note: KEEP_MINE, KEEP_THEIRS or KEEP_BOTH (one text
    holding both versions). Returns the text kept."""
    note = session.notes.get(note_id)
    if not note.conflicts:
        raise ValidationError(f"Note {note_id} has no conflicting versions to resolve.")
    me = my_device_ids(session)
    heads = [note.current, *note.conflicts]
    own = next((h for h in heads if h.device in me), note.current)
    others = [h for h in heads if h.id != own.id]
    if keep == KEEP_MINE:
        text = own.text
    elif keep == KEEP_THEIRS:
        text = others[-1].text
    elif keep == KEEP_BOTH:
        text = merged_text(own.text, [h.text for h in others])
    else:
        raise ValidationError(f"keep must be {KEEP_MINE}, {KEEP_THEIRS} or {KEEP_BOTH}.")
    session.notes.edit(note_id, text)
    return text


def my_device_ids(session: Session) -> set[str]:
    """This laptop's ids: the vault's and the sync identity's (when one was made; looking
    never creates keys, so a training vault stays as it was reset)."""
    identity = load_identity(session)
    return {session.vault.device_id} | ({identity.device_id} if identity else set())


def merged_text(mine: str, theirs: list[str]) -> str:
    parts = [mine, *(f"--- Other version ---\n{text}" for text in theirs if text != mine)]
    return "\n\n".join(parts)


def _changes_since(session: Session, family_id: str, since: str | None) -> int:
    row = session.vault.conn.execute(
        "SELECT count(*) FROM changes WHERE family_id = ? AND hlc > ?", (family_id, since or "")
    ).fetchone()
    return int(row[0])
