"""Family-at-a-glance benchmark: how long the network map takes to lay out and to draw,
the children reminder over a long case file, and the timeline of a busy family.

Run: ``.venv/bin/python benchmarks/family_glance.py`` (prints a table). The lead's harness
calls :func:`run`. Targets: a map redraws on every edit, so layout + drawing of the largest
readable map (30 contacts) must stay well under a frame budget a person would notice.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from outreach_desk.core.casefile import Member
from outreach_desk.core.children import child_mention_reminder
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.ecomap import Contact, Ecomap
from outreach_desk.core.ecomap_layout import layout
from outreach_desk.core.session import Session
from outreach_desk.core.timeline import build_timeline
from outreach_desk.core.vault import Vault

NAMES = (
    "Juf Leen (school)",
    "OCMW Schaerbeek",
    "Huisarts / GP",
    "Kind en Gezin",
    "Oma Fatima",
    "Buren (neighbours)",
    "Moskee Al-Khalil",
    "Tante Nadia in Antwerpen",
)
TIES = ("strong", "weak", "strained", "broken")


def _ecomap(count: int) -> Ecomap:
    contacts = tuple(
        Contact(
            f"c{i}",
            f"{NAMES[i % len(NAMES)]} {i}",
            network="formal" if i % 2 else "informal",
            tie=TIES[i % len(TIES)],
            support="both",
        )
        for i in range(count)
    )
    return Ecomap("bench", contacts)


def _median_ms(action: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def _map_rows() -> list[dict[str, Any]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from outreach_desk.render.qtapp import ensure_gui_app

    ensure_gui_app()
    from outreach_desk.ui.ecomap.paint import ecomap_image

    big = _ecomap(30)
    return [
        {
            "name": "family_glance.ecomap.layout_30_contacts",
            "value": _median_ms(lambda: layout(big, "Familie Amrani")),
            "unit": "ms",
            "target": "<= 50",
        },
        {
            "name": "family_glance.ecomap.png_30_contacts_2x",
            "value": _median_ms(lambda: ecomap_image(big, "Familie Amrani"), repeat=3),
            "unit": "ms",
            "target": "<= 500",
        },
    ]


def _vault_rows(folder: Path) -> list[dict[str, Any]]:
    vault, _ = Vault.create(folder / "v", "benchmark passphrase long", kdf=KdfParams())
    try:
        session = Session(vault)
        family = session.families.add("Familie Amrani", members=(Member.child(2020, "Lina"),))
        for i in range(500):
            session.notes.add(family.id, f"Visit {i}: talked about the rent arrears and the OCMW.")
            if i % 10 == 0:
                session.records.put("referral", {"title": f"Referral {i}"}, family_id=family.id)
        notes = session.notes.for_family(family.id)
        reminder_ms = _median_ms(lambda: child_mention_reminder(family, notes))
        timeline_ms = _median_ms(
            lambda: build_timeline(session.notes, session.consents, session.records, family.id),
            repeat=3,
        )
    finally:
        vault.close()
    return [
        {
            "name": "family_glance.children.reminder_500_notes",
            "value": reminder_ms,
            "unit": "ms",
            "target": "<= 100",
        },
        {
            "name": "family_glance.timeline.build_500_notes_50_referrals",
            "value": timeline_ms,
            "unit": "ms",
            "target": "<= 1000",
        },
    ]


def run() -> list[dict[str, Any]]:
    rows = _map_rows()
    with tempfile.TemporaryDirectory() as folder:
        rows += _vault_rows(Path(folder))
    return rows


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<55} {row['value']:>10} {row['unit']:<4} target {row['target']}")
