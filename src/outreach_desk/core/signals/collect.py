"""Read a vault's intakes and referrals into signal counts."""

from __future__ import annotations

from outreach_desk.core.session import Session
from outreach_desk.core.signals.counts import SignalCounts, count_signals


def collect_signals(session: Session) -> SignalCounts:
    municipality = {f.id: f.municipality for f in session.families.families()}
    intakes = [
        (intake, municipality[family_id])
        for family_id in municipality
        for intake in session.intakes.for_family(family_id)
    ]
    referrals = [
        (r, municipality[r.family_id])
        for r in session.referrals.all()
        if r.family_id in municipality
    ]
    return count_signals(intakes, referrals)
