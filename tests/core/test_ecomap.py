from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.ecomap import (
    MAX_LINE_CHARS,
    MAX_LINES,
    NODE_GAP,
    Contact,
    Ecomap,
    EcomapStore,
    Rect,
    edge_points,
    layout,
    wrap_label,
)
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

LONG = "Centre Public d'Action Sociale de Molenbeek-Saint-Jean service de médiation de dettes"


@pytest.fixture
def session(tmp_path: Path) -> Session:
    vault, _ = Vault.create(tmp_path / "v", "long test passphrase", kdf=KdfParams())
    yield Session(vault)
    vault.close()


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


def test_contact_validation_names_the_problem() -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        Ecomap("fam").with_contact(Contact("x", "  "))
    with pytest.raises(ValidationError, match="tie must be one of"):
        Ecomap("fam").with_contact(Contact("x", "Oma", tie="lukewarm"))


def test_with_contact_replaces_in_place_and_without_removes() -> None:
    emap = Ecomap("fam").with_contact(Contact("a", "Oma")).with_contact(Contact("b", "GP"))
    emap = emap.with_contact(Contact("a", "Oma Fatima", tie="weak"))
    assert [c.name for c in emap.contacts] == ["Oma Fatima", "GP"]
    assert [c.id for c in emap.without("a").contacts] == ["b"]
    with pytest.raises(ValidationError):
        emap.without("zzz")


def test_store_round_trip_is_encrypted_and_per_family(session: Session, tmp_path: Path) -> None:
    family = session.families.add("Family Amrani")
    other = session.families.add("Family B")
    store = EcomapStore(session.records)
    assert store.load(family.id).contacts == ()
    store.add_contact(family.id, Contact.new("Juf Leen", network="formal", kind="person"))
    store.add_contact(family.id, Contact.new("Moskee", kind="organisation", tie="weak"))
    loaded = store.load(family.id)
    assert [c.name for c in loaded.contacts] == ["Juf Leen", "Moskee"]
    assert loaded.contacts[1].tie == "weak"
    assert store.load(other.id).contacts == ()
    assert len(session.records.query("ecomap", family.id)) == 1
    raw = (tmp_path / "v").glob("**/*")
    for path in raw:
        if path.is_file():
            assert b"Juf Leen" not in path.read_bytes()


def test_newest_map_wins_and_stale_copies_are_removed(session: Session) -> None:
    family = session.families.add("Family Amrani")
    # Two laptops each started a map while offline.
    session.records.put("ecomap", {"contacts": [{"id": "a", "name": "Old"}]}, family_id=family.id)
    session.records.put("ecomap", {"contacts": [{"id": "b", "name": "New"}]}, family_id=family.id)
    store = EcomapStore(session.records)
    assert [c.name for c in store.load(family.id).contacts] == ["New"]
    store.remove_contact(family.id, "b")
    assert len(session.records.query("ecomap", family.id)) == 1


def test_unknown_values_from_a_newer_version_are_read_softly() -> None:
    contact = Contact.from_dict({"id": "x", "name": "Oma", "tie": "cosmic", "network": "?"})
    assert (contact.tie, contact.network) == ("strong", "informal")
