"""Sync figures for a share of 10,000 case notes: the whole export (read the families out
of the vault, seal the bundle) and the whole import (verify, decrypt, validate, merge into
another vault in one transaction), against the issue's targets: export <= 2 s, import <= 3 s.
The bundle layer alone (seal/open of the same operations) is shown too.

Full size: 10,000 notes (200-2,000 characters, nl/fr/en) in 40 families, 2 recipients.
Quick: 300 notes in 4 families.
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.generate import LANGUAGES, generate_vault, note_text
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.sync.bundle import open_bundle, seal_bundle
from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.identity import DeviceIdentity
from outreach_desk.core.sync.merge import import_bundle
from outreach_desk.core.sync.ops import export_ops
from outreach_desk.core.sync.payload import Operation
from outreach_desk.core.sync.transport import new_bundle_name
from outreach_desk.core.sync.transport_folder import FolderTransport
from outreach_desk.core.vault import Vault

Row = dict[str, Any]


def make_ops(device: str, notes: int, seed: int = 5) -> list[Operation]:
    rng = random.Random(seed)
    families = [f"fam-{i:04d}" for i in range(max(1, notes // 250))]
    return [
        Operation(
            op_id=uuid.UUID(int=rng.getrandbits(128)).hex,
            hlc=f"{1_780_000_000_000 + i:013d}-00000-{device}",
            device=device,
            author="sara",
            family_id=rng.choice(families),
            kind="note.version",
            body={
                "note_id": uuid.UUID(int=rng.getrandbits(128)).hex,
                "version_id": uuid.UUID(int=rng.getrandbits(128)).hex,
                "parent_id": None,
                "text": note_text(rng, rng.choice(LANGUAGES)),
                "domains": ["housing", "income"],
            },
        )
        for i in range(notes)
    ]


def _best_of(repeats: int, action: Any) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeats):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    return best, result


def vault_rows(notes: int, families: int) -> list[Row]:
    """Export from a generated vault and import into an empty one, end to end."""
    sender, receiver = DeviceIdentity.generate(), DeviceIdentity.generate()
    receiver_card = ContactCard.for_identity(receiver, "Receiver")
    roster = {sender.device_id: ContactCard.for_identity(sender, "Sender")}
    with tempfile.TemporaryDirectory() as tmp:
        source = generate_vault(Path(tmp) / "a", families=families, notes=notes)
        target, _code = Vault.create(Path(tmp) / "b", source.passphrase, kdf=KdfParams())
        with Vault.open(source.data_dir, source.passphrase) as vault:
            session = Session(vault)
            family_ids = [family.id for family in session.families.families()]
            started = time.perf_counter()
            ops = export_ops(session, family_ids).ops
            sealed = seal_bundle(sender, [receiver_card], ops)
            export_s = time.perf_counter() - started
        with target:
            started = time.perf_counter()
            opened = open_bundle(sealed.data, receiver, roster)
            report = import_bundle(Session(target), opened)
            import_s = time.perf_counter() - started
            assert report.notes_added == notes
    label = f"{notes:,} notes in {families} families"
    return [
        {"name": f"sync export (vault -> sealed bundle), {label}", "value": round(export_s, 3),
         "unit": "s", "target": 2.0},
        {"name": f"sync import (bundle -> merged into vault), {label}",
         "value": round(import_s, 3), "unit": "s", "target": 3.0},
    ]  # fmt: skip


def run(quick: bool = False) -> list[Row]:
    notes = 300 if quick else 10_000
    rows = vault_rows(notes, 4 if quick else 40)
    sender, first, second = (DeviceIdentity.generate() for _ in range(3))
    cards = [ContactCard.for_identity(i, n) for i, n in ((first, "A"), (second, "B"))]
    roster = {sender.device_id: ContactCard.for_identity(sender, "Sender")}
    ops = make_ops(sender.device_id, notes)
    seal_s, sealed = _best_of(3, lambda: seal_bundle(sender, cards, ops))
    open_s, opened = _best_of(3, lambda: open_bundle(sealed.data, first, roster))
    assert opened.ops == ops
    with tempfile.TemporaryDirectory() as folder:
        transport = FolderTransport(Path(folder))
        write_s, _ = _best_of(1, lambda: transport.upload(new_bundle_name(), sealed.data))
    plain_mb = sum(len(op.body["text"]) for op in ops) / 1e6
    label = f"{notes:,} notes"
    return [
        *rows,
        {"name": f"bundle seal only, {label}", "value": round(seal_s, 3),
         "unit": "s", "target": 2.0},
        {"name": f"bundle open + validate only, {label}", "value": round(open_s, 3),
         "unit": "s", "target": 3.0},
        {"name": f"bundle atomic write to folder, {label}", "value": round(write_s, 3),
         "unit": "s", "target": None},
        {"name": f"bundle size, {label} ({plain_mb:.1f} MB of note text)",
         "value": round(len(sealed.data) / 1e6, 2), "unit": "MB", "target": None},
    ]  # fmt: skip


if __name__ == "__main__":
    for row in run():
        print(row)
