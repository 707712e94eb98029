from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_desk.core.ecomap import Contact, Ecomap
from outreach_desk.core.ecomap_layout import (
    MAX_LINE_CHARS,
    MAX_LINES,
    MIN_TIE_LENGTH,
    NODE_GAP,
    Rect,
    edge_points,
    layout,
    segment_hits,
    tie_points,
    ties_crossing_nodes,
    wrap_label,
)

LONG = "Centre Public d'Action Sociale de Molenbeek-Saint-Jean service de médiation de dettes"


def _contacts(count: int, name: str = "Contact", split: str = "alternate") -> Ecomap:
    contacts = []
    for i in range(count):
        alternate = "formal" if i % 2 == 0 else "informal"
        network = alternate if split == "alternate" else split
        contacts.append(Contact(f"c{i:02d}", f"{name} {i}", network=network))
    return Ecomap("fam", tuple(contacts))


def _assert_no_overlap(ecomap: Ecomap, centre: str = "Family Amrani") -> None:
    placed = layout(ecomap, centre)
    rects = [placed.centre, *(n.rect for n in placed.nodes)]
    assert len(placed.nodes) == len(ecomap.contacts)
    for a, b in itertools.combinations(rects, 2):
        assert not a.overlaps(b), f"{a} overlaps {b}"


@pytest.mark.parametrize("count", range(1, 31))
@pytest.mark.parametrize("split", ["alternate", "formal", "informal"])
def test_layout_never_overlaps_up_to_thirty_contacts(count: int, split: str) -> None:
    _assert_no_overlap(_contacts(count, split=split))


@pytest.mark.parametrize("count", [1, 7, 13, 30])
def test_layout_never_overlaps_with_long_names(count: int) -> None:
    _assert_no_overlap(_contacts(count, name=LONG), centre=LONG)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.text(min_size=1, max_size=80), st.sampled_from(["formal", "informal"])),
        min_size=1,
        max_size=30,
    )
)
def test_layout_never_overlaps_for_any_names(entries: list[tuple[str, str]]) -> None:
    contacts = tuple(Contact(f"c{i}", name, network=net) for i, (name, net) in enumerate(entries))
    _assert_no_overlap(Ecomap("fam", contacts))


def test_formal_contacts_sit_left_and_informal_right() -> None:
    placed = layout(_contacts(20), "Family")
    for node in placed.nodes:
        if node.contact.network == "formal":
            assert node.rect.cx < 0
        else:
            assert node.rect.cx > 0


def test_more_than_twelve_contacts_use_a_second_ring() -> None:
    assert {n.ring for n in layout(_contacts(12), "F").nodes} == {0}
    assert {n.ring for n in layout(_contacts(14), "F").nodes} == {0, 1}


def test_layout_is_deterministic() -> None:
    assert layout(_contacts(17), "Family") == layout(_contacts(17), "Family")


def test_first_contact_of_each_side_is_at_the_top() -> None:
    placed = layout(_contacts(6), "F")
    formal = [n for n in placed.nodes if n.contact.network == "formal"]
    assert formal[0].rect.cy < formal[-1].rect.cy


def test_wrap_label_keeps_lines_short_and_marks_cut_text() -> None:
    lines = wrap_label(LONG)
    assert len(lines) <= MAX_LINES
    assert all(len(line) <= MAX_LINE_CHARS for line in lines)
    assert lines[-1].endswith("…")
    assert wrap_label("Oma") == ("Oma",)
    assert wrap_label("   ") == ("",)


def test_edge_points_lie_on_the_node_borders() -> None:
    a = Rect.centred(0, 0, 100, 40)
    b = Rect.centred(300, 0, 80, 30)
    start, end = edge_points(a, b)
    assert start == pytest.approx((50, 0))
    assert end == pytest.approx((260, 0))


def test_gap_between_nodes_is_kept() -> None:
    placed = layout(_contacts(30, name=LONG), "F")
    for a, b in itertools.combinations([n.rect for n in placed.nodes], 2):
        assert not a.overlaps(b, NODE_GAP - 0.01)


@pytest.mark.parametrize("count", range(1, 31))
@pytest.mark.parametrize("split", ["alternate", "formal", "informal"])
def test_no_tie_runs_through_another_node(count: int, split: str) -> None:
    assert ties_crossing_nodes(layout(_contacts(count, split=split), "Family Amrani")) == []


@pytest.mark.parametrize("count", [1, 6, 12, 20, 30])
def test_every_tie_is_long_enough_to_read(count: int) -> None:
    placed = layout(_contacts(count), "Family Amrani")
    for node in placed.nodes:
        (x0, y0), (x1, y1) = tie_points(placed.centre, node.rect)
        assert ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 >= MIN_TIE_LENGTH


def test_segment_hits() -> None:
    box = Rect(10, 10, 10, 10)
    assert segment_hits((0, 0), (30, 30), box)
    assert segment_hits((15, 0), (15, 12), box)
    assert not segment_hits((0, 0), (30, 5), box)
    assert not segment_hits((0, 0), (5, 5), box)


def test_ties_start_on_the_family_ellipse() -> None:
    centre = Rect.centred(0, 0, 200, 100)
    start, _ = tie_points(centre, Rect.centred(300, 300, 50, 20))
    assert (start[0] / 100) ** 2 + (start[1] / 50) ** 2 == pytest.approx(1.0)


def test_a_contact_with_an_unknown_network_is_still_drawn() -> None:
    placed = layout(Ecomap("fam", (Contact("x", "Oma", network="person"),)), "F")
    assert [n.contact.id for n in placed.nodes] == ["x"]
