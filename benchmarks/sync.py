"""Sync bundle figures: sealing and opening a share shaped like 10,000 case notes.

Measures the crypto and transport layer only (encode + compress + AES-256-GCM + HPKE per
recipient + Ed25519, and the reverse with strict validation); reading the operations out of
the vault and merging them in come on top and are measured once the merge exists. Targets
are the issue's totals (export <= 2 s, import <= 3 s) so any row over them is already a miss.

Full size: 10,000 notes (200-2,000 characters, nl/fr/en) in 40 families, 2 recipients.
Quick: 300 notes.
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.generate import LANGUAGES, note_text
from outreach_desk.core.sync.bundle import open_bundle, seal_bundle
from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.identity import DeviceIdentity
from outreach_desk.core.sync.payload import Operation
from outreach_desk.core.sync.transport import new_bundle_name
from outreach_desk.core.sync.transport_folder import FolderTransport

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


def run(quick: bool = False) -> list[Row]:
    notes = 300 if quick else 10_000
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
        {"name": f"bundle seal, {label} (export part)", "value": round(seal_s, 3),
         "unit": "s", "target": 2.0},
        {"name": f"bundle open + validate, {label} (import part)", "value": round(open_s, 3),
         "unit": "s", "target": 3.0},
        {"name": f"bundle atomic write to folder, {label}", "value": round(write_s, 3),
         "unit": "s", "target": None},
        {"name": f"bundle size, {label} ({plain_mb:.1f} MB of note text)",
         "value": round(len(sealed.data) / 1e6, 2), "unit": "MB", "target": None},
    ]  # fmt: skip


if __name__ == "__main__":
    for row in run():
        print(row)
