"""Who may see which family: duo sharing and handover.

* A **share record** (vault-wide, encrypted, never synced) per family lists the contacts it is
  shared with, and the contacts it was explicitly unshared from.
* A family a colleague shared with this device is shared back with that colleague (duo work:
  both see each other's notes), unless it was unshared here.
* A **handover** makes a contact the owner (`Family.owner`, a field edit that syncs), writes a
  note and a `handover` record on the family's timeline, and shares the family with them. With
  `keeps_access=False` the family's key is destroyed here as soon as a bundle carrying the
  handover went to the new owner (`complete_handovers`), and the new owner stops sending to
  the previous one.

`shares_by_contact` is the only input `sync_once` gets: what is not in it never goes out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.session import Session
from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.keystore import (
    contacts,
    ensure_identity,
    find_contact,
    load_state,
    save_state,
)
from outreach_desk.core.training.guard import refuse_in_training

SHARE_KIND: Final = "sync.share"
HANDOVER_KIND: Final = "handover"  # read by core.timeline
_PENDING_KEY: Final = "pending-handovers"


@dataclass(frozen=True)
class Handover:
    family_id: str
    from_device: str
    to_device: str
    to_name: str
    keeps_access: bool
    date: str
    key_destroyed: bool = False


def shared_with(session: Session, family_id: str) -> list[str]:
    """Device ids this family is explicitly shared with from here."""
    return list(_share_payload(session, family_id).get("contacts", []))


def share_family(session: Session, family_id: str, contact: str) -> ContactCard:
    """Share with a trusted contact (name, device id or fingerprint); idempotent."""
    refuse_in_training(session.vault.kind, "share")
    _require_family(session, family_id)
    card = find_contact(session, contact)
    payload = _share_payload(session, family_id)
    wanted = set(payload.get("contacts", [])) | {card.device_id}
    refused = set(payload.get("unshared", [])) - {card.device_id}
    _save_share(session, family_id, wanted, refused)
    return card


def unshare_family(session: Session, family_id: str, contact: str) -> ContactCard:
    """Stop sending this family to a contact (what they already received stays with them)."""
    card = find_contact(session, contact)
    payload = _share_payload(session, family_id)
    wanted = set(payload.get("contacts", [])) - {card.device_id}
    refused = set(payload.get("unshared", [])) | {card.device_id}
    _save_share(session, family_id, wanted, refused)
    return card


def shares_by_contact(session: Session) -> dict[str, list[str]]:
    """{contact device id: [family ids]} for every trusted contact; feeds `sync_once`."""
    if session.is_training:
        return {}
    roster = contacts(session)
    result: dict[str, set[str]] = {device_id: set() for device_id in roster}
    for record in session.records.query(SHARE_KIND):
        for device_id in record.payload.get("contacts", []):
            if device_id in result:
                result[device_id].add(str(record.payload["family_id"]))
    for device_id in roster:
        introduced = load_state(session, f"introduced-by-{device_id}").get("families", [])
        result[device_id].update(introduced)
    for device_id, families in result.items():
        result[device_id] = {
            f
            for f in families
            if session.vault.has_case_key(f) and _may_receive(session, f, device_id)
        }
    return {device_id: sorted(families) for device_id, families in result.items() if families}


def handover(
    session: Session, family_id: str, contact: str, *, keeps_access: bool, date: str = ""
) -> Handover:
    """The contact becomes the worker responsible. Their device receives everything at the
    next sync or bundle export; without kept access the key is destroyed here after that."""
    refuse_in_training(session.vault.kind, "handover")
    family = _require_family(session, family_id)
    card = find_contact(session, contact)
    me = ensure_identity(session).device_id
    if family.owner == card.device_id:
        raise ValidationError(f"{card.name} is already responsible for {family.label}.")
    day = date or datetime.now(UTC).date().isoformat()
    with session.vault.transaction():
        share_family(session, family_id, card.device_id)
        session.families.update(family_id, owner=card.device_id)
        session.notes.add(family_id, _handover_note(card.name, keeps_access, day))
        session.records.put(
            HANDOVER_KIND,
            {
                "date": day,
                "from": me,
                "to": card.device_id,
                "keeps_access": keeps_access,
                "title": f"Handed over to {card.name}",
            },
            family_id=family_id,
        )
        if not keeps_access:
            pending = load_state(session, _PENDING_KEY)
            pending[family_id] = {"to": card.device_id, "after": _latest_change(session)}
            save_state(session, _PENDING_KEY, pending)
    return Handover(family_id, me, card.device_id, card.name, keeps_access, day)


def pending_handovers(session: Session) -> dict[str, str]:
    """{family id: new owner's device id} still waiting to be sent before the key goes."""
    return {f: str(entry["to"]) for f, entry in load_state(session, _PENDING_KEY).items()}


def complete_handovers(session: Session, sent_to: str, *, full_export: bool = False) -> list[str]:
    """Destroy the keys of families handed over without kept access once a bundle reached
    `sent_to`. After `sync_once` the contact's watermark proves the handover was in it; a
    full `bundle export` (`full_export=True`) always carries it. Returns the family ids."""
    pending = load_state(session, _PENDING_KEY)
    watermark = str(load_state(session, f"watermark-{sent_to}").get("since") or "")
    done = [
        family_id
        for family_id, entry in pending.items()
        if entry["to"] == sent_to and (full_export or watermark >= str(entry["after"]))
    ]
    for family_id in done:
        _forget_family(session, family_id)
        del pending[family_id]
    if done:
        save_state(session, _PENDING_KEY, pending)
    return done


def handovers_of(session: Session, family_id: str) -> list[dict[str, Any]]:
    """The family's handover records, oldest first (also received from colleagues)."""
    return [r.payload for r in session.records.query(HANDOVER_KIND, family_id)]


# ---- internals ----------------------------------------------------------------------------
def _may_receive(session: Session, family_id: str, device_id: str) -> bool:
    """Not unshared here, and not a previous owner who gave the family up."""
    if device_id in _share_payload(session, family_id).get("unshared", []):
        return False
    without_access: set[str] = set()
    for entry in handovers_of(session, family_id):
        if not entry.get("keeps_access", True):
            without_access.add(str(entry.get("from", "")))
        without_access.discard(str(entry.get("to", "")))
    return device_id not in without_access


def _share_id(family_id: str) -> str:
    """Record ids are one namespace for every kind: never reuse the bare family id."""
    return f"sync-share-{family_id}"


def _share_payload(session: Session, family_id: str) -> dict[str, Any]:
    try:
        return dict(session.records.get(SHARE_KIND, _share_id(family_id)).payload)
    except NotFound:
        return {}


def _save_share(session: Session, family_id: str, wanted: set[str], refused: set[str]) -> None:
    payload = {"family_id": family_id, "contacts": sorted(wanted), "unshared": sorted(refused)}
    if payload != _share_payload(session, family_id):
        session.records.put(SHARE_KIND, payload, record_id=_share_id(family_id))


def _require_family(session: Session, family_id: str) -> Any:
    if not session.families.exists(family_id):
        raise NotFound(f"No family with id {family_id} in this vault; check `family list`.")
    return session.families.get(family_id)


def _latest_change(session: Session) -> str:
    row = session.vault.conn.execute("SELECT max(hlc) FROM changes").fetchone()
    return str(row[0] or "")


def _handover_note(name: str, keeps_access: bool, day: str) -> str:
    access = (
        "I keep read access to this family."
        if keeps_access
        else "I no longer have access: the family's data is removed from my laptop once "
        "the handover has been sent."
    )
    return f"Handover on {day}: {name} is now responsible for this family. {access}"


def _forget_family(session: Session, family_id: str) -> None:
    """Crypto-shred the family here; the tombstone keeps later bundles from bringing it back."""
    if session.families.exists(family_id):
        try:
            from outreach_desk.core.retention import delete_family
        except ImportError:  # retention not installed: the minimal shred below
            _shred(session, family_id)
        else:
            delete_family(session, family_id)
    if _share_payload(session, family_id):
        session.records.delete(SHARE_KIND, _share_id(family_id))


def _shred(session: Session, family_id: str) -> None:
    vault = session.vault
    with vault.transaction() as conn:
        for table in ("note_versions", "drafts", "records", "changes"):
            conn.execute(f"DELETE FROM {table} WHERE family_id = ?", (family_id,))  # noqa: S608
        conn.execute(
            "UPDATE families SET deleted = 1, blob = NULL, hlc = ? WHERE id = ?",
            (vault.clock.now().encode(), family_id),
        )
        vault.shred_case_key(family_id)
    # As after a retention deletion: no older copy of those pages may stay in the log.
    vault.cut_log()
