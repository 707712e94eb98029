"""Where every contact of a network map goes: a deterministic radial layout that the screen,
the PNG export and the printed summary share, so they always show the same picture.

The family sits in the centre, formal contacts on the left half and informal ones on the
right half (the booklet: "on the one hand the formal network, on the other the informal
network"). Up to six contacts per side sit on one ring; with more, the side's contacts
are dealt round-robin over several rings, so each tie to an outer node runs between two
inner nodes and can be followed to its end. A ring's
radius grows until no two node rectangles overlap, however long the names are.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from outreach_desk.core.ecomap import Contact, Ecomap

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
MIN_TIE_LENGTH = 56.0  # long enough to see the line style and the arrows
TIE_CLEARANCE = 4.0  # the least free space between a tie and a node it does not join
SIDE_MARGIN_DEG = 14.0  # keeps formal and informal apart at the top and bottom
HALF_SPAN_DEG = 90.0 - SIDE_MARGIN_DEG
RING_CAPACITY = 6  # per side on the first ring; each next ring holds 3 more
RADIUS_STEP = 4.0
CLEAN_TIE_ATTEMPTS = 400  # after this many radius steps, accept ties that touch a node
FORMAL_SIDE, INFORMAL_SIDE = 180.0, 0.0


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

    def grown(self, by: float) -> Rect:
        return Rect(self.x - by, self.y - by, self.w + 2 * by, self.h + 2 * by)

    def corners(self) -> tuple[tuple[float, float], ...]:
        right, bottom = self.x + self.w, self.y + self.h
        return ((self.x, self.y), (right, self.y), (self.x, bottom), (right, bottom))

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
    # Anything not formal is drawn as informal, so no contact can fall off the picture.
    formal = [c for c in ecomap.contacts if c.network == "formal"]
    informal = [c for c in ecomap.contacts if c.network != "formal"]
    slots = [*_side_slots(formal, FORMAL_SIDE), *_side_slots(informal, INFORMAL_SIDE)]
    nodes: list[Node] = []
    radius = max(centre.w, centre.h) / 2
    for ring_index in range(max((s.ring for s in slots), default=-1) + 1):
        ring = [s for s in slots if s.ring == ring_index]
        radius, ring_nodes = _place_ring(ring, radius, centre, nodes)
        nodes.extend(ring_nodes)
    return EcomapLayout(centre, centre_lines, tuple(nodes))


@dataclass(frozen=True)
class _Slot:
    contact: Contact
    side: float  # FORMAL_SIDE or INFORMAL_SIDE
    relative: float  # degrees from the middle of the side, counter-clockwise
    width: float  # degrees between neighbouring slots
    ring: int
    staggered: bool  # ties of outer rings pass beside this node: keep clear of them

    @property
    def angle(self) -> float:
        return self.side + self.relative


def _side_slots(contacts: Sequence[Contact], side: float) -> list[_Slot]:
    """Spread one side's contacts evenly, top to bottom, and deal them round-robin over
    as many rings as needed: a tie to an outer node then runs between two inner nodes."""
    count = len(contacts)
    if not count:
        return []
    rings = math.ceil(count / RING_CAPACITY)
    width = 2 * HALF_SPAN_DEG / count
    relative = [-HALF_SPAN_DEG + (i + 0.5) * width for i in range(count)]
    # Counter-clockwise runs downwards on the left side and upwards on the right side.
    ordered = relative if side == FORMAL_SIDE else list(reversed(relative))
    return [
        # The outermost ring has no tie passing beside it, so its nodes may be wider.
        _Slot(contact, side, rel, width, i % rings, i % rings < rings - 1)
        for i, (contact, rel) in enumerate(zip(contacts, ordered, strict=True))
    ]


def _angular_extent(rect: Rect, side: float) -> tuple[float, float]:
    """The angles a rectangle covers as seen from the centre, relative to ``side``."""
    angles = [_relative(_angle_of(x, y), side) for x, y in rect.grown(TIE_CLEARANCE).corners()]
    return min(angles), max(angles)


def _angle_of(x: float, y: float) -> float:
    return math.degrees(math.atan2(-y, x))  # screen y grows downwards


def _relative(angle: float, side: float) -> float:
    return (angle - side + 180.0) % 360.0 - 180.0


# ---- radius ---------------------------------------------------------------------------
def _place_ring(
    ring: Sequence[_Slot], inner: float, centre: Rect, placed: Sequence[Node]
) -> tuple[float, list[Node]]:
    """Grow the ring's radius until its nodes overlap nothing, leave room for the ties of
    the other rings to pass, and (while reachable) no tie runs through a node it does not
    join. Growing the radius separates nodes at distinct angles, so this ends."""
    sized = [(slot, wrap_label(slot.contact.name)) for slot in ring]
    smallest = min(min(label_size(lines)) for _, lines in sized)
    radius = inner + smallest / 2 + (NODE_GAP if not placed else RADIUS_STEP)
    rects = [centre, *(n.rect for n in placed)]
    for attempt in itertools.count():
        nodes = [_node(slot, lines, radius) for slot, lines in sized]
        if (
            _apart(nodes, rects)
            and all(_tie_length(centre, n.rect) >= MIN_TIE_LENGTH for n in nodes)
            and all(_within_slot(n.rect, slot) for n, (slot, _) in zip(nodes, sized, strict=True))
            and (attempt >= CLEAN_TIE_ATTEMPTS or _ties_clear(nodes, centre, placed))
        ):
            return radius, nodes
        radius += RADIUS_STEP
    raise AssertionError("unreachable")  # pragma: no cover


def _tie_length(centre: Rect, node: Rect) -> float:
    (x0, y0), (x1, y1) = tie_points(centre, node)
    return math.hypot(x1 - x0, y1 - y0)


def _within_slot(rect: Rect, slot: _Slot) -> bool:
    """A node of an inner ring must stay clear of the ties to its outer neighbours."""
    if not slot.staggered:
        return True
    low, high = _angular_extent(rect, slot.side)
    return slot.relative - slot.width < low and high < slot.relative + slot.width


def _node(slot: _Slot, lines: tuple[str, ...], radius: float) -> Node:
    w, h = label_size(lines)
    cx = radius * math.cos(math.radians(slot.angle))
    cy = -radius * math.sin(math.radians(slot.angle))
    return Node(slot.contact, Rect.centred(cx, cy, w, h), lines, slot.ring)


def _apart(nodes: Sequence[Node], placed: Sequence[Rect]) -> bool:
    rects = [n.rect for n in nodes]
    for i, rect in enumerate(rects):
        if any(rect.overlaps(other, NODE_GAP) for other in placed):
            return False
        if any(rect.overlaps(other, NODE_GAP) for other in rects[i + 1 :]):
            return False
    return True


def _ties_clear(ring: Sequence[Node], centre: Rect, placed: Sequence[Node]) -> bool:
    everyone = [*placed, *ring]
    for node in everyone:
        start, end = tie_points(centre, node.rect)
        others = ring if node not in ring else everyone
        for other in others:
            if other is not node and segment_hits(start, end, other.rect.grown(TIE_CLEARANCE)):
                return False
    return True


def ties_crossing_nodes(placed: EcomapLayout) -> list[tuple[str, str]]:
    """(tie's contact id, crossed contact id) for every tie that runs through another node."""
    crossings = []
    for node in placed.nodes:
        start, end = tie_points(placed.centre, node.rect)
        for other in placed.nodes:
            if other is not node and segment_hits(start, end, other.rect):
                crossings.append((node.contact.id, other.contact.id))
    return crossings


# ---- geometry -------------------------------------------------------------------------
def segment_hits(start: tuple[float, float], end: tuple[float, float], rect: Rect) -> bool:
    """Whether the segment touches the rectangle (Liang-Barsky clipping)."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in (
        (-dx, x0 - rect.x),
        (dx, rect.x + rect.w - x0),
        (-dy, y0 - rect.y),
        (dy, rect.y + rect.h - y0),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def tie_points(centre: Rect, node: Rect) -> tuple[tuple[float, float], tuple[float, float]]:
    """A tie runs from the edge of the family's ellipse to the edge of the node's box."""
    start = _ellipse_exit(centre, node.cx, node.cy)
    return start, _exit_point(node, centre.cx, centre.cy)


def _ellipse_exit(rect: Rect, tx: float, ty: float) -> tuple[float, float]:
    dx, dy = tx - rect.cx, ty - rect.cy
    reach = math.hypot(dx / (rect.w / 2), dy / (rect.h / 2))
    if reach <= 1.0:
        return tx, ty
    return rect.cx + dx / reach, rect.cy + dy / reach


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
