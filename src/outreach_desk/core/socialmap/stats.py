"""Counts for `socialmap stats` and a GUI overview."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from outreach_desk.core.socialmap.model import Service, is_stale


def map_stats(services: Iterable[Service], today: date | None = None) -> dict[str, Any]:
    services = list(services)
    domains: Counter[str] = Counter(d for s in services for d in s.domains)
    municipalities: Counter[str] = Counter(m for s in services for m in s.municipalities)
    municipalities["(region-wide)"] = sum(1 for s in services if s.region_wide)
    return {
        "services": len(services),
        "organizations": len({s.organization.id for s in services}),
        "per_domain": dict(sorted(domains.items())),
        "per_municipality": dict(sorted(municipalities.items())),
        "per_formality": dict(sorted(Counter(s.formality.value for s in services).items())),
        "stale": sum(1 for s in services if is_stale(s, today)),
        "needs_verification": sum(1 for s in services if s.needs_verification),
        "emergency": sum(1 for s in services if s.emergency),
    }
