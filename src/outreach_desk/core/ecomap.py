"""The family's network map (ecomap): who is around the family, formal and informal, and
how the tie feels. One encrypted record per family; a deterministic radial layout that the
screen, the PNG export and the printed summary all share, so they always show the same map.

Layout: the family in the centre, formal contacts on the left half, informal ones on the
right half (the booklet: "on the one hand the formal network, on the other the informal
network"). Contacts fill rings from the inside out; each ring's radius grows until no two
node rectangles overlap, so the picture stays readable however long the names are.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.records import Record, RecordStore

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
        return cls(id=uuid.uuid4().hex, name=name, **values)

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
            id=str(raw.get("id") or uuid.uuid4().hex),
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


# ---- layout ---------------------------------------------------------------------------
# Scene units are pixels at 100 %. Labels are wrapped here so the size of every node is
# known without a font; the painter elides a line that would still not fit.
CHAR_WIDTH = 7.0
LINE_HEIGHT = 15.0
PAD_X = 10.0
PAD_Y = 7.0
MAX_LINE_CHARS = 18
MAX_LINES = 3
MIN_NODE_WIDTH = 64.0
NODE_GAP = 10.0  # the least free space between two nodes
SIDE_MARGIN_DEG = 14.0  # keeps formal and informal apart at the top and bottom
RING_CAPACITY = 6  # per side on the first ring; each next ring holds 3 more
RADIUS_STEP = 4.0


@dataclass(frozen=True)
class Rect:
    x: float  # left
    y: float  # top
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def overlaps(self, other: Rect, gap: float = 0.0) -> bool:
        return not (
            self.x + self.w + gap <= other.x
            or other.x + other.w + gap <= self.x
            or self.y + self.h + gap <= other.y
            or other.y + other.h + gap <= self.y
        )

    @classmethod
    def centred(cls, cx: float, cy: float, w: float, h: float) -> Rect:
        return cls(cx - w / 2, cy - h / 2, w, h)


@dataclass(frozen=True)
class Node:
    contact: Contact
    rect: Rect
    lines: tuple[str, ...]  # the label, wrapped
    ring: int


@dataclass(frozen=True)
class EcomapLayout:
    centre: Rect
    centre_lines: tuple[str, ...]
    nodes: tuple[Node, ...]

    def node(self, contact_id: str) -> Node:
        return next(n for n in self.nodes if n.contact.id == contact_id)

    @property
    def bounds(self) -> Rect:
        rects = [self.centre, *(n.rect for n in self.nodes)]
        left = min(r.x for r in rects)
        top = min(r.y for r in rects)
        right = max(r.x + r.w for r in rects)
        bottom = max(r.y + r.h for r in rects)
        return Rect(left, top, right - left, bottom - top)


def wrap_label(
    text: str, width: int = MAX_LINE_CHARS, max_lines: int = MAX_LINES
) -> tuple[str, ...]:
    """Greedy word wrap; words longer than a line are cut; the last line ends in an ellipsis
    when the text does not fit."""
    words = [w[i : i + width] for w in text.split() for i in range(0, len(w), width)]
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: width - 1].rstrip() + "…"
    return tuple(lines) or ("",)


def label_size(lines: Sequence[str]) -> tuple[float, float]:
    longest = max((len(line) for line in lines), default=0)
    width = max(MIN_NODE_WIDTH, longest * CHAR_WIDTH + 2 * PAD_X)
    return width, len(lines) * LINE_HEIGHT + 2 * PAD_Y


def layout(ecomap: Ecomap, centre_label: str) -> EcomapLayout:
    """Place the family in the centre and every contact around it, without overlap."""
    centre_lines = wrap_label(centre_label)
    cw, ch = label_size(centre_lines)
    centre = Rect.centred(0.0, 0.0, cw + 16, ch + 12)
    placed: list[Rect] = [centre]
    nodes: list[Node] = []
    rings = _rings(ecomap.in_network("formal"), ecomap.in_network("informal"))
    radius = 0.0
    for ring_index, ring in enumerate(rings):
        radius, ring_nodes = _place_ring(ring, ring_index, radius, placed)
        placed.extend(n.rect for n in ring_nodes)
        nodes.extend(ring_nodes)
    return EcomapLayout(centre, centre_lines, tuple(nodes))


def _rings(
    formal: Sequence[Contact], informal: Sequence[Contact]
) -> list[list[tuple[Contact, float]]]:
    """Split each side into rings and give every contact its angle (degrees, 0 = right)."""
    rings: list[list[tuple[Contact, float]]] = []
    for side, centre_angle in ((formal, 180.0), (informal, 0.0)):
        for ring_index, chunk in enumerate(_chunks(side)):
            while len(rings) <= ring_index:
                rings.append([])
            rings[ring_index].extend(zip(chunk, _angles(len(chunk), centre_angle), strict=True))
    return rings


def _chunks(contacts: Sequence[Contact]) -> Iterable[Sequence[Contact]]:
    start, capacity = 0, RING_CAPACITY
    while start < len(contacts):
        yield contacts[start : start + capacity]
        start, capacity = start + capacity, capacity + 3


def _angles(count: int, centre_angle: float) -> list[float]:
    span = 180.0 - 2 * SIDE_MARGIN_DEG
    first = centre_angle - span / 2
    # Formal runs top to bottom on the left, informal top to bottom on the right.
    direction = 1.0 if centre_angle == 180.0 else -1.0
    slots = [first + (i + 0.5) * span / count for i in range(count)]
    return [centre_angle + direction * (a - centre_angle) for a in slots]


def _place_ring(
    ring: Sequence[tuple[Contact, float]], ring_index: int, inner: float, placed: Sequence[Rect]
) -> tuple[float, list[Node]]:
    sized = [(c, a, wrap_label(c.name)) for c, a in ring]
    biggest = max(max(label_size(lines)) for _, _, lines in sized)
    radius = inner + biggest / 2 + NODE_GAP
    while True:  # terminates: growing the radius separates every pair of distinct angles
        nodes = [_node(c, a, lines, radius, ring_index) for c, a, lines in sized]
        if _free(nodes, placed):
            return radius + biggest / 2, nodes
        radius += RADIUS_STEP


def _node(contact: Contact, angle: float, lines: tuple[str, ...], radius: float, ring: int) -> Node:
    w, h = label_size(lines)
    # Screen y grows downwards, so "up" on the left side is a negative y.
    cx = radius * math.cos(math.radians(angle))
    cy = -radius * math.sin(math.radians(angle))
    return Node(contact, Rect.centred(cx, cy, w, h), lines, ring)


def _free(nodes: Sequence[Node], placed: Sequence[Rect]) -> bool:
    rects = [n.rect for n in nodes]
    for i, rect in enumerate(rects):
        if any(rect.overlaps(other, NODE_GAP) for other in placed):
            return False
        if any(rect.overlaps(other, NODE_GAP) for other in rects[i + 1 :]):
            return False
    return True


def edge_points(a: Rect, b: Rect) -> tuple[tuple[float, float], tuple[float, float]]:
    """Where the line between the centres of ``a`` and ``b`` leaves each rectangle, so
    ties and their arrows touch the node borders instead of disappearing under them."""
    return _exit_point(a, b.cx, b.cy), _exit_point(b, a.cx, a.cy)


def _exit_point(rect: Rect, tx: float, ty: float) -> tuple[float, float]:
    dx, dy = tx - rect.cx, ty - rect.cy
    if dx == 0 and dy == 0:
        return rect.cx, rect.cy
    scale_x = (rect.w / 2) / abs(dx) if dx else math.inf
    scale_y = (rect.h / 2) / abs(dy) if dy else math.inf
    scale = min(scale_x, scale_y, 1.0)
    return rect.cx + dx * scale, rect.cy + dy * scale
