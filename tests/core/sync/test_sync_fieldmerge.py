from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_desk.core.sync.fieldmerge import FieldWrite, local_write, merge

DEVICES = ["a" * 32, "b" * 32, "c" * 32]


def stamp(wall: int, device: str) -> str:
    return f"{1_780_000_000_000 + wall:013d}-00000-{device}"


@st.composite
def histories(draw):
    """Writes as devices would make them: each supersedes some earlier writes it saw."""
    writes: list[FieldWrite] = []
    for wall in range(draw(st.integers(1, 12))):
        device = draw(st.sampled_from(DEVICES))
        field = draw(st.sampled_from(["municipality", "status"]))
        earlier = [w for w in writes if w.field == field]
        seen = draw(st.lists(st.sampled_from(earlier), max_size=3, unique=True)) if earlier else []
        supersedes: frozenset[str] = frozenset()
        for write in seen:
            supersedes |= write.supersedes | {write.hlc}
        value = draw(st.sampled_from(["x", "y", "z"]))
        writes.append(FieldWrite(field, value, stamp(wall, device), device, supersedes))
    return writes


def apply(writes, order):
    stored, conflicts = {}, []
    for batch in order:
        stored, conflicts = merge(stored, conflicts, [writes[i] for i in batch])
    return stored, sorted(conflicts, key=lambda c: (c["field"], c["t"]))


@settings(max_examples=300, deadline=None)
@given(histories(), st.data())
def test_any_delivery_order_and_duplication_gives_the_same_result(writes, data):
    indices = list(range(len(writes)))
    order_a = [indices]
    shuffled = data.draw(st.permutations(indices + data.draw(st.lists(st.sampled_from(indices)))))
    order_b = [[i] for i in shuffled]
    assert apply(writes, order_a) == apply(writes, order_b)


@settings(max_examples=200, deadline=None)
@given(histories())
def test_the_latest_unsuperseded_write_wins_and_no_concurrent_write_is_lost(writes):
    stored, conflicts = apply(writes, [list(range(len(writes)))])
    superseded = set().union(*(w.supersedes for w in writes))
    for field in {w.field for w in writes}:
        alive = sorted(w.hlc for w in writes if w.field == field and w.hlc not in superseded)
        assert stored[field]["t"] == alive[-1]
        assert sorted(c["t"] for c in conflicts if c["field"] == field) == alive[:-1]


def test_a_local_edit_supersedes_what_it_replaced():
    stored, conflicts = merge({}, [], [FieldWrite("label", "A", stamp(1, DEVICES[0]), DEVICES[0])])
    stored, conflicts = local_write(
        stored, conflicts, {"label": "B"}, stamp(2, DEVICES[1]), DEVICES[1]
    )
    assert stored["label"]["v"] == "B"
    assert stamp(1, DEVICES[0]) in stored["label"]["s"]
    assert conflicts == []


def test_resolving_supersedes_the_open_conflicts():
    a = FieldWrite("status", "active", stamp(1, DEVICES[0]), DEVICES[0])
    b = FieldWrite("status", "closed", stamp(2, DEVICES[1]), DEVICES[1])
    stored, conflicts = merge({}, [], [a, b])
    assert len(conflicts) == 1
    stored, conflicts = local_write(
        stored,
        conflicts,
        {"status": "active"},
        stamp(3, DEVICES[2]),
        DEVICES[2],
        resolves=["status"],
    )
    assert (stored["status"]["v"], conflicts) == ("active", [])
    # A laptop that still has both old values converges once it sees the resolution.
    resolution = FieldWrite(
        "status", "active", stamp(3, DEVICES[2]), DEVICES[2], frozenset(stored["status"]["s"])
    )
    again, open_conflicts = merge({}, [], [a, b, resolution])
    assert (again["status"]["v"], open_conflicts) == ("active", [])


def test_family_store_update_is_not_reported_as_a_conflict_by_peers(duo):
    sara, youssef = duo
    family = sara.session.families.add("Familie D", municipality="Evere")
    youssef.receive(sara.bundle_for(youssef, [family.id]))
    youssef.session.families.update(family.id, municipality="Vorst")
    sara.receive(youssef.bundle_for(sara, [family.id]))
    assert sara.session.families.get(family.id).conflicts == ()
