"""This device's keys and the trusted contacts, kept in the vault (encrypted like any record).

Stored as vault-level records (no family), so they never travel in a bundle and are not
shredded with a family. The private keys exist in clear only in memory while unlocked.
"""

from __future__ import annotations

import base64
from typing import Any, Final

from outreach_desk.core.errors import NotFound
from outreach_desk.core.records import Record
from outreach_desk.core.session import Session
from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.identity import DeviceIdentity

IDENTITY_KIND: Final = "sync.identity"
CONTACT_KIND: Final = "sync.contact"
STATE_KIND: Final = "sync.state"
_IDENTITY_ID: Final = "this-device"


def load_identity(session: Session) -> DeviceIdentity | None:
    try:
        record = session.records.get(IDENTITY_KIND, _IDENTITY_ID)
    except NotFound:
        return None
    return DeviceIdentity.from_private_bytes(base64.b64decode(record.payload["private"]))


def ensure_identity(session: Session) -> DeviceIdentity:
    """The device identity, created (post-quantum suite) the first time sync is used."""
    identity = load_identity(session)
    if identity is None:
        identity = DeviceIdentity.generate()
        private = base64.b64encode(identity.to_private_bytes()).decode("ascii")
        session.records.put(IDENTITY_KIND, {"private": private}, record_id=_IDENTITY_ID)
    return identity


def my_card(session: Session, name: str) -> ContactCard:
    return ContactCard.for_identity(ensure_identity(session), name)


def add_contact(
    session: Session, card_data: bytes | str, *, name: str, fingerprint: str
) -> ContactCard:
    """Trusts a colleague's card, only if it matches the fingerprint they read out."""
    original = ContactCard.parse(card_data, expected_fingerprint=fingerprint)
    card = original.renamed(name)
    # The card as signed is kept; the local name beside it (a renamed card fails its check).
    payload = {"card": original.to_text(), "name": card.name}
    session.records.put(CONTACT_KIND, payload, record_id=card.device_id)
    return card


def contacts(session: Session) -> dict[str, ContactCard]:
    """The roster: device id -> card, with the local name the worker chose."""
    roster = {}
    for record in session.records.query(CONTACT_KIND):
        card = ContactCard.parse(record.payload["card"]).renamed(record.payload["name"])
        roster[card.device_id] = card
    return roster


def find_contact(session: Session, wanted: str) -> ContactCard:
    """By device id, fingerprint or (case-insensitive) local name."""
    roster = contacts(session)
    matches = [
        card
        for card in roster.values()
        if wanted in (card.device_id, card.fingerprint) or card.name.casefold() == wanted.casefold()
    ]
    if len(matches) != 1:
        known = ", ".join(sorted(c.name for c in roster.values())) or "none yet"
        raise NotFound(f"No single contact matches {wanted!r}. Known contacts: {known}.")
    return matches[0]


def remove_contact(session: Session, device_id: str) -> None:
    session.records.delete(CONTACT_KIND, device_id)


def load_state(session: Session, key: str) -> dict[str, Any]:
    """Small sync bookkeeping (watermarks, files already seen), per contact or place."""
    try:
        return dict(session.records.get(STATE_KIND, key).payload)
    except NotFound:
        return {}


def save_state(session: Session, key: str, state: dict[str, Any]) -> Record:
    return session.records.put(STATE_KIND, state, record_id=key)
