"""Merging a family's fields: last writer wins per field, the other values kept as conflicts.

The stored form is the one of core.casefile (`{"v": value, "t": hlc, "d": device}` per field,
and a list of conflicts `{"field", "v", "t", "d"}`), plus one key: `"s"`, the clocks of every
write this one *knew and replaced* (transitively). With it, the merge is a state-based CRDT:

* all writes of a field ever seen, minus those some write superseded, are candidates;
* the winner is the candidate with the greatest (HLC, device) - the HLC string sorts so;
* every other candidate is a conflict a person resolves (resolving supersedes them).

Unions are commutative, associative and idempotent, so laptops that received the same writes
in any order and any number of times show the same winner and the same conflicts. An edit
made after seeing a value is never a conflict with it; two edits made without seeing each
other always are, whatever their clocks say.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

Entry = dict[str, Any]


@dataclass(frozen=True)
class FieldWrite:
    """One write of one field, as it travels in a `family.field` operation."""

    field: str
    value: Any
    hlc: str
    device: str
    supersedes: frozenset[str] = frozenset()

    def to_entry(self) -> Entry:
        return {"v": self.value, "t": self.hlc, "d": self.device, "s": sorted(self.supersedes)}


def writes_of(stored: Mapping[str, Entry], conflicts: Iterable[Entry]) -> list[FieldWrite]:
    """Every write kept in a family record: the winners and the open conflicts."""
    found = [_from_entry(name, entry) for name, entry in stored.items()]
    found += [_from_entry(str(c["field"]), c) for c in conflicts]
    return found


def merge(
    stored: Mapping[str, Entry], conflicts: Iterable[Entry], incoming: Iterable[FieldWrite]
) -> tuple[dict[str, Entry], list[Entry]]:
    """The new (stored, conflicts) after adding `incoming` writes; pure and deterministic."""
    by_field: dict[str, dict[str, FieldWrite]] = {}
    for write in [*writes_of(stored, conflicts), *incoming]:
        known = by_field.setdefault(write.field, {})
        twin = known.get(write.hlc)
        if twin is not None:  # the same write seen twice: keep what both copies knew
            write = FieldWrite(write.field, twin.value, write.hlc, twin.device,
                               twin.supersedes | write.supersedes)  # fmt: skip
        known[write.hlc] = write
    new_stored: dict[str, Entry] = {}
    new_conflicts: list[Entry] = []
    for name in sorted(by_field):
        winner, losers = _resolve(by_field[name].values())
        new_stored[name] = winner.to_entry()
        # Losers keep no "s": the winner's already holds everything superseded, and a loser
        # can never win again (a later write would win instead), so this form is canonical.
        new_conflicts += [
            {"field": name, "v": loser.value, "t": loser.hlc, "d": loser.device} for loser in losers
        ]
    return new_stored, new_conflicts


def local_write(
    stored: Mapping[str, Entry],
    conflicts: Iterable[Entry],
    changes: Mapping[str, Any],
    hlc: str,
    device: str,
    *,
    resolves: Iterable[str] = (),
) -> tuple[dict[str, Entry], list[Entry]]:
    """A person's edit on this device: each changed field supersedes the value it replaced
    (and, for fields named in `resolves`, every open conflict of that field)."""
    resolving = set(resolves)
    open_conflicts = list(conflicts)
    writes = []
    for name, value in changes.items():
        replaced = [stored[name]] if name in stored else []
        if name in resolving:
            replaced += [c for c in open_conflicts if c["field"] == name]
        seen = {str(e["t"]) for e in replaced}
        for entry in replaced:
            seen |= set(entry.get("s", ()))
        writes.append(FieldWrite(name, value, hlc, device, frozenset(seen)))
    return merge(stored, open_conflicts, writes)


def _from_entry(name: str, entry: Mapping[str, Any]) -> FieldWrite:
    return FieldWrite(name, entry.get("v"), str(entry["t"]), str(entry.get("d", "")),
                      frozenset(str(t) for t in entry.get("s", ())))  # fmt: skip


def _resolve(writes: Iterable[FieldWrite]) -> tuple[FieldWrite, list[FieldWrite]]:
    every = list(writes)
    superseded = set().union(*(w.supersedes for w in every))
    candidates = sorted((w for w in every if w.hlc not in superseded), key=lambda w: w.hlc)
    if not candidates:  # only possible with forged clocks; stay deterministic anyway
        candidates = sorted(every, key=lambda w: w.hlc)
    winner = candidates[-1]
    # The winner carries everything known to be superseded, so that knowledge survives
    # even after the superseded writes themselves are dropped.
    winner = FieldWrite(winner.field, winner.value, winner.hlc, winner.device,
                        winner.supersedes | superseded)  # fmt: skip
    return winner, candidates[:-1]
