"""Test helpers: several vaults, each with a device identity, exchanging real bundles."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.sync.bundle import open_bundle, seal_bundle
from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.fieldmerge import local_write
from outreach_desk.core.sync.identity import DeviceIdentity
from outreach_desk.core.sync.merge import ImportReport, import_bundle
from outreach_desk.core.sync.ops import export_ops
from outreach_desk.core.vault import Vault

PASSPHRASE = "a long test passphrase"


@dataclass
class Laptop:
    name: str
    session: Session
    identity: DeviceIdentity
    roster: dict[str, ContactCard] = field(default_factory=dict)

    @property
    def card(self) -> ContactCard:
        return ContactCard.for_identity(self.identity, self.name)

    def meet(self, other: Laptop) -> None:
        self.roster[other.identity.device_id] = other.card

    def bundle_for(self, other: Laptop, families: list[str], since: str | None = None) -> bytes:
        ops = export_ops(self.session, families, since=since).ops
        return seal_bundle(self.identity, [other.card], ops).data

    def receive(self, data: bytes) -> ImportReport:
        opened = open_bundle(data, self.identity, self.roster)
        return import_bundle(self.session, opened)

    def edit_family(self, family_id: str, resolves: tuple[str, ...] = (), **changes: Any) -> None:
        """An edit as FamilyStore.update should record it (see the casefile hook in the report)."""
        vault = self.session.vault
        with vault.transaction():
            stored, conflicts = self.session.families.raw_fields(family_id)
            new_stored, new_conflicts = local_write(
                stored, conflicts, changes, vault.clock.now().encode(), vault.device_id,
                resolves=resolves,
            )  # fmt: skip
            self.session.families.store_raw(family_id, new_stored, new_conflicts)

    def state(self) -> dict[str, Any]:
        """Everything a worker could see about shared families, in a canonical form."""
        result: dict[str, Any] = {}
        for family in self.session.families.families():
            stored, conflicts = self.session.families.raw_fields(family.id)
            notes = self.session.notes.for_family(family.id)
            result[family.id] = {
                "fields": {name: _canonical(entry) for name, entry in stored.items()},
                "conflicts": sorted(
                    ({"field": c["field"], **_canonical(c)} for c in conflicts),
                    key=lambda c: (c["field"], c["t"]),
                ),
                "notes": {
                    note.id: {
                        "current": note.current.id,
                        "conflicts": sorted(c.id for c in note.conflicts),
                        "versions": sorted(
                            (v.id, v.parent_id or "", v.text) for v in note.versions
                        ),
                    }
                    for note in notes
                },
            }
        return result

    def state_hash(self) -> str:
        return hashlib.sha256(json.dumps(self.state(), sort_keys=True).encode()).hexdigest()


def _canonical(entry: dict[str, Any]) -> dict[str, Any]:
    """Entries written by FamilyStore have no "s" yet; an absent list means an empty one."""
    return {"v": entry["v"], "t": entry["t"], "d": entry["d"], "s": sorted(entry.get("s", []))}


def make_laptops(tmp_path: Path, names: list[str]) -> list[Laptop]:
    laptops = []
    for name in names:
        vault, _code = Vault.create(tmp_path / name, PASSPHRASE, kdf=KdfParams())
        laptops.append(Laptop(name, Session(vault), DeviceIdentity.generate()))
    for one in laptops:
        for other in laptops:
            if one is not other:
                one.meet(other)
    return laptops
