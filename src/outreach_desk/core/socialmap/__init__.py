"""The Brussels social map: HSDS-shaped records, search, HSDS import/export, signed updates.

Typical use (GUI, CLI, help-request suggestions)::

    from outreach_desk.core.socialmap import SocialMap, SearchFilters
    with SocialMap.open(data_dir) as social_map:
        hits = social_map.search("cpas schaerbeek", SearchFilters(undocumented=True))
        service = social_map.get(hits[0].service.id)
"""

from __future__ import annotations

from outreach_desk.core.socialmap.index import SearchFilters, SearchHit, SearchIndex
from outreach_desk.core.socialmap.mapfile import bundled_map
from outreach_desk.core.socialmap.model import (
    Access,
    Address,
    Formality,
    Interpretation,
    Organization,
    Phone,
    Service,
    Text,
    WaitingList,
    Welcome,
    days_since_verified,
    is_stale,
)
from outreach_desk.core.socialmap.municipalities import (
    MUNICIPALITIES,
    Municipality,
    resolve_municipality,
)
from outreach_desk.core.socialmap.store import ImportResult, SocialMap
from outreach_desk.core.socialmap.taxonomy import open_eligibility_terms


def emergency_services() -> list[Service]:
    """The emergency numbers (112, 101, 1712) from the bundled map; no data folder needed."""
    return [s for s in bundled_map().services if s.emergency]


__all__ = [
    "MUNICIPALITIES",
    "Access",
    "Address",
    "Formality",
    "ImportResult",
    "Interpretation",
    "Municipality",
    "Organization",
    "Phone",
    "SearchFilters",
    "SearchHit",
    "SearchIndex",
    "Service",
    "SocialMap",
    "Text",
    "WaitingList",
    "Welcome",
    "days_since_verified",
    "emergency_services",
    "is_stale",
    "open_eligibility_terms",
    "resolve_municipality",
]
