"""Plain-dict views of a service (CLI --json, exports to other tools)."""

from __future__ import annotations

from datetime import date
from typing import Any

from outreach_desk.core.socialmap.model import Service, is_stale


def service_summary(service: Service, today: date | None = None) -> dict[str, Any]:
    org = service.organization
    return {
        "id": service.id,
        "name": service.name.as_dict(),
        "organization": {"id": org.id, "name": org.name.as_dict()},
        "domains": list(service.domains),
        "municipalities": list(service.municipalities),
        "region_wide": service.region_wide,
        "welcomes_undocumented": service.welcomes_undocumented.value,
        "undocumented_conditions": service.undocumented_conditions,
        "languages": list(service.languages),
        "access": service.access.value,
        "walk_in": service.walk_in,
        "waiting_list": service.waiting_list.value,
        "interpretation": service.interpretation.value,
        "formality": service.formality.value,
        "emergency": service.emergency,
        "phones": [p.number for p in service.phones],
        "last_verified": service.last_verified.isoformat() if service.last_verified else None,
        "stale": is_stale(service, today),
        "needs_verification": list(service.needs_verification),
        "source": service.source,
    }
