"""The family's network map (ecomap): who is around the family, formal and informal, and
how the tie feels. One encrypted record per family, sealed with the family's own key. The
picture is laid out by :mod:`outreach_desk.core.ecomap_layout`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.ids import new_id
from outreach_desk.core.records import Record, RecordStore
from outreach_desk.core.socialmap.model import Formality, Service

KIND = "ecomap"
CONTACT_KINDS = ("person", "organisation")
NETWORKS = ("formal", "informal")
TIES = ("strong", "weak", "strained", "broken")
SUPPORTS = ("to_family", "from_family", "both", "none")
MAX_CONTACTS = 60  # readable up to 30; beyond that the map still lays out, just larger
MAX_NAME_CHARS = 120
MAX_NOTE_CHARS = 2000


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    kind: str = "person"  # person | organisation
    network: str = "informal"  # formal | informal
    tie: str = "strong"  # strong | weak | strained | broken
    support: str = "both"  # to_family | from_family | both | none
    service_id: str = ""  # a social-map service, when the contact is one
    note: str = ""

    @classmethod
    def new(cls, name: str, **values: str) -> Contact:
        return cls(id=new_id(), name=name, **values)

    def to_dict(self) -> dict[str, str]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "network": self.network,
            "tie": self.tie,
            "support": self.support,
            "service_id": self.service_id,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Contact:
        # Unknown values from a newer version fall back to neutral ones instead of failing.
        return cls(
            id=str(raw.get("id") or new_id()),
            name=str(raw.get("name", "")),
            kind=_known(raw.get("kind"), CONTACT_KINDS),
            network=_known(raw.get("network"), NETWORKS, "informal"),
            tie=_known(raw.get("tie"), TIES),
            support=_known(raw.get("support"), SUPPORTS, "none"),
            service_id=str(raw.get("service_id", "")),
            note=str(raw.get("note", "")),
        )


def _known(value: Any, allowed: Sequence[str], default: str | None = None) -> str:
    return str(value) if value in allowed else (default or allowed[0])


def validate_contact(contact: Contact) -> None:
    name = contact.name.strip()
    if not name:
        raise ValidationError("a contact on the network map needs a name (a role is fine)")
    if len(name) > MAX_NAME_CHARS:
        raise ValidationError(f"a contact name is limited to {MAX_NAME_CHARS} characters")
    for field_name, value, allowed in (
        ("kind", contact.kind, CONTACT_KINDS),
        ("network", contact.network, NETWORKS),
        ("tie", contact.tie, TIES),
        ("support", contact.support, SUPPORTS),
    ):
        if value not in allowed:
            raise ValidationError(
                f"contact {name!r}: {field_name} must be one of {', '.join(allowed)}, not {value!r}"
            )
    if len(contact.note) > MAX_NOTE_CHARS:
        raise ValidationError(f"a contact note is limited to {MAX_NOTE_CHARS} characters")


@dataclass(frozen=True)
class Ecomap:
    family_id: str
    contacts: tuple[Contact, ...] = ()

    def contact(self, contact_id: str) -> Contact:
        for contact in self.contacts:
            if contact.id == contact_id:
                return contact
        raise ValidationError(f"the network map has no contact with id {contact_id}")

    def with_contact(self, contact: Contact) -> Ecomap:
        """Add the contact, or replace the one with the same id in place."""
        validate_contact(contact)
        ids = [c.id for c in self.contacts]
        if contact.id in ids:
            contacts = list(self.contacts)
            contacts[ids.index(contact.id)] = contact
            return replace(self, contacts=tuple(contacts))
        if len(self.contacts) >= MAX_CONTACTS:
            raise ValidationError(
                f"a network map holds at most {MAX_CONTACTS} contacts; remove one first"
            )
        return replace(self, contacts=(*self.contacts, contact))

    def without(self, contact_id: str) -> Ecomap:
        self.contact(contact_id)
        return replace(self, contacts=tuple(c for c in self.contacts if c.id != contact_id))

    def in_network(self, network: str) -> tuple[Contact, ...]:
        return tuple(c for c in self.contacts if c.network == network)


class EcomapStore:
    """One encrypted ``ecomap`` record per family, sealed with the family's own key."""

    def __init__(self, records: RecordStore) -> None:
        self._records = records

    def load(self, family_id: str) -> Ecomap:
        newest = self._newest(family_id)
        if newest is None:
            return Ecomap(family_id)
        raw = newest.payload.get("contacts", [])
        return Ecomap(family_id, tuple(Contact.from_dict(c) for c in raw))

    def save(self, ecomap: Ecomap) -> Ecomap:
        for contact in ecomap.contacts:
            validate_contact(contact)
        existing = self._records.query(KIND, ecomap.family_id)
        record_id = existing[-1].id if existing else None
        payload = {"version": 1, "contacts": [c.to_dict() for c in ecomap.contacts]}
        self._records.put(KIND, payload, family_id=ecomap.family_id, record_id=record_id)
        # Two laptops may each have started a map offline; the newest one wins, and the
        # older record is removed so it cannot come back after the next sync.
        for stale in existing[:-1]:
            self._records.delete(KIND, stale.id)
        return ecomap

    def add_contact(self, family_id: str, contact: Contact) -> Ecomap:
        return self.save(self.load(family_id).with_contact(contact))

    def remove_contact(self, family_id: str, contact_id: str) -> Ecomap:
        return self.save(self.load(family_id).without(contact_id))

    def _newest(self, family_id: str) -> Record | None:
        found = self._records.query(KIND, family_id)
        return found[-1] if found else None


@dataclass(frozen=True)
class ServiceChoice:
    """A social-map service a worker can put on the map as an organisation contact."""

    id: str
    name: str  # the service's full name, for the list to choose from
    short_name: str  # what the node on the map says (the part before " – ")
    network: str  # formal | informal | "" when the map does not say


# The booklet's continuum has a middle: non-profits on project subsidies count as formal
# help on a family's map (professionals, procedures), citizen initiatives as informal.
_NETWORK_FOR_FORMALITY = {
    Formality.FORMAL: "formal",
    Formality.INTERMEDIATE: "formal",
    Formality.INFORMAL: "informal",
}


def service_choices(services: Iterable[Service], lang: str = "nl") -> list[ServiceChoice]:
    """Social-map services as choices for the map editor, sorted by name."""
    choices = []
    for service in services:
        name = service.name.get(lang) or service.organization.name.get(lang)
        short = name.split(" – ")[0].strip() or name
        network = _NETWORK_FOR_FORMALITY.get(service.formality, "")
        choices.append(ServiceChoice(service.id, name, short, network))
    return sorted(choices, key=lambda c: c.name.casefold())
