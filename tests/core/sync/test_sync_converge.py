"""Two and three laptops edit offline at random, exchange bundles late, shuffled and twice:
they end identical, no note version is lost, and concurrent edits show as conflicts."""

from __future__ import annotations

import contextlib
import random

import pytest

from outreach_desk.core.errors import BundleAlreadyImported

FIELDS = {
    "municipality": ["Molenbeek", "Anderlecht", "Schaerbeek", "Laken", "Jette"],
    "residence": ["regular", "asylum", "undocumented", "unknown"],
    "urgent": [True, False],
    "languages": [["nl"], ["fr", "ar"], ["en", "fr"], []],
    "status": ["active", "closed"],
}


class World:
    def __init__(self, laptops, family_ids, seed):
        self.laptops = laptops
        self.family_ids = family_ids
        self.rng = random.Random(seed)
        self.mailbox = {laptop.name: [] for laptop in laptops}
        self.created_versions: set[str] = set()

    def local_action(self, laptop):
        rng, session = self.rng, laptop.session
        family_id = rng.choice(self.family_ids)
        notes = session.notes.for_family(family_id)
        roll = rng.random()
        if roll < 0.35 or not notes:
            note = session.notes.add(family_id, f"nota {rng.random():.6f}", author=laptop.name)
        elif roll < 0.65:
            note = session.notes.edit(rng.choice(notes).id, f"edit {rng.random():.6f}")
        else:
            field = rng.choice(sorted(FIELDS))
            family = session.families.get(family_id)
            resolves = (field,) if any(c.field == field for c in family.conflicts) else ()
            laptop.edit_family(family_id, resolves, **{field: rng.choice(FIELDS[field])})
            return
        self.created_versions.add(note.current.id)

    def post(self, sender, receiver):
        data = sender.bundle_for(receiver, self.family_ids)
        self.mailbox[receiver.name] += [data] * self.rng.choice([1, 1, 2])

    def deliver(self, laptop):
        inbox, self.mailbox[laptop.name] = self.mailbox[laptop.name], []
        self.rng.shuffle(inbox)
        for data in inbox:
            with contextlib.suppress(BundleAlreadyImported):
                laptop.receive(data)

    def run(self, actions):
        for _ in range(actions):
            roll = self.rng.random()
            laptop = self.rng.choice(self.laptops)
            if roll < 0.88:
                self.local_action(laptop)
            elif roll < 0.97:
                other = self.rng.choice([x for x in self.laptops if x is not laptop])
                self.post(laptop, other)
            else:
                self.deliver(laptop)

    def settle(self):
        for _ in range(2):  # the second round carries what arrived during the first
            for sender in self.laptops:
                for receiver in self.laptops:
                    if sender is not receiver:
                        self.post(sender, receiver)
            for laptop in self.laptops:
                self.deliver(laptop)


@pytest.mark.parametrize(("names", "seed"), [(["sara", "youssef"], 11), (["a", "b", "c"], 7)])
def test_laptops_converge_after_random_offline_work(tmp_path, syncworld, names, seed):
    laptops = syncworld.make_laptops(tmp_path, names)
    try:
        first = laptops[0]
        family_ids = [first.session.families.add(f"Familie {i}").id for i in range(2)]
        for other in laptops[1:]:
            other.receive(first.bundle_for(other, family_ids))
        world = World(laptops, family_ids, seed)
        world.run(1000)
        world.settle()

        hashes = {laptop.name: laptop.state_hash() for laptop in laptops}
        assert len(set(hashes.values())) == 1, hashes
        state = first.state()
        for laptop in laptops:
            kept = {v.id for f in family_ids for n in laptop.session.notes.for_family(f)
                    for v in n.versions}  # fmt: skip
            assert world.created_versions <= kept
        assert any(family["conflicts"] for family in state.values())
        assert any(
            note["conflicts"] for family in state.values() for note in family["notes"].values()
        )
    finally:
        for laptop in laptops:
            laptop.session.lock()
