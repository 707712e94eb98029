"""One Service <-> one nested HSDS 3.0 service object (as in compiled/service.json).

Standard HSDS fields carry what HSDS knows (name, phones, languages, assured_date...).
The Brussels profile travels as HSDS ``attribute`` rows whose taxonomy term belongs to
the taxonomy "brussels-profile" (code = profile field, value = its value). Attributes
exist in both HSDS serialisations and in every schema, so the profile survives any
HSDS tool that keeps attributes. Life domains also go out as Open Eligibility terms
(for other tools; ignored on import because they are derived from the life domains).
"""

from __future__ import annotations

import uuid
from typing import Any

from outreach_desk.core.socialmap.model import LANGS, Service
from outreach_desk.core.socialmap.municipalities import municipality
from outreach_desk.core.socialmap.records import ID_NAMESPACE
from outreach_desk.core.socialmap.taxonomy import open_eligibility_terms

PROFILE = "brussels-profile"
OPEN_ELIGIBILITY = "open-eligibility"
TAXONOMY_DESCRIPTIONS = {
    PROFILE: "Outreach Desk Brussels profile: facts HSDS 3.0 has no field for (docs/socialmap.md)",
    OPEN_ELIGIBILITY: "Open Eligibility service taxonomy (CC BY-SA 3.0, Open Eligibility project)",
}
FLAG_CODES = ("confidential_address", "emergency", "region_wide")
LIST_CODES = {
    "life_domain": "domains",
    "municipality": "municipalities",
    "alias": "aliases",
    "needs_verification": "needs_verification",
}
REGION_AREA = (
    "Brussels-Capital Region / Brussels Hoofdstedelijk Gewest / Région de Bruxelles-Capitale"
)


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, ":".join(parts)))


def taxonomy_id(taxonomy: str) -> str:
    return derived_id("taxonomy", taxonomy)


def term(taxonomy: str, code: str, name: str = "") -> dict[str, Any]:
    return {
        "id": derived_id("term", taxonomy, code),
        "code": code,
        "name": name or code,
        "description": f"{taxonomy}: {name or code}",
        "taxonomy": taxonomy,
        "taxonomy_id": taxonomy_id(taxonomy),
    }


def attribute(
    link_id: str, entity: str, taxonomy: str, code: str, value: str, name: str = ""
) -> dict[str, Any]:
    the_term = term(taxonomy, code, name)
    return {
        "id": derived_id("attribute", link_id, taxonomy, code, value),
        "link_id": link_id,
        "link_type": code,
        "link_entity": entity,
        "taxonomy_term_id": the_term["id"],
        "value": value,
        "taxonomy_term": the_term,
    }


def _texts(link: str, entity: str, prefix: str, values: tuple[str, str, str]) -> list[Any]:
    return [
        attribute(link, entity, PROFILE, f"{prefix}.{lang}", value)
        for lang, value in zip(LANGS, values, strict=True)
        if value
    ]


def organization_to_hsds(service: Service) -> dict[str, Any]:
    org = service.organization
    attrs = _texts(org.id, "organization", "name", org.name.values())
    attrs += _texts(org.id, "organization", "description", org.description.values())
    if org.source:
        attrs.append(attribute(org.id, "organization", PROFILE, "source", org.source))
    result: dict[str, Any] = {
        "id": org.id,
        "name": org.name.first(),
        "description": org.description.first() or org.name.first(),
        "attributes": attrs,
    }
    if org.url:
        result["website"] = org.url
    return result


def _profile_attributes(s: Service) -> list[dict[str, Any]]:
    sid = s.id
    attrs = _texts(sid, "service", "name", s.name.values())
    attrs += _texts(sid, "service", "description", s.description.values())
    singles = {
        "formality": s.formality.value,
        "welcomes_undocumented": s.welcomes_undocumented.value,
        "undocumented_conditions": s.undocumented_conditions,
        "access": s.access.value,
        "waiting_list": s.waiting_list.value,
        "interpretation": s.interpretation.value,
        "source": s.source,
    }
    attrs += [attribute(sid, "service", PROFILE, c, v) for c, v in singles.items() if v]
    attrs += [
        attribute(sid, "service", PROFILE, code, str(getattr(s, code)).lower())
        for code in FLAG_CODES
    ]
    for code, field in LIST_CODES.items():
        attrs += [attribute(sid, "service", PROFILE, code, v) for v in getattr(s, field)]
    attrs += [
        attribute(sid, "service", PROFILE, f"field_source.{key}", value)
        for key, value in s.field_sources.items()
    ]
    for domain_id in s.domains:
        attrs += [
            attribute(sid, "service", OPEN_ELIGIBILITY, t.slug, domain_id, t.name)
            for t in open_eligibility_terms(domain_id)
        ]
    return attrs


def service_to_hsds(s: Service) -> dict[str, Any]:
    sid = s.id
    names = [n for n in s.name.values() if n and n != s.name.first()]
    result: dict[str, Any] = {
        "id": sid,
        "organization_id": s.organization.id,
        "name": s.name.first(),
        "status": s.status,
        "interpretation_services": f"interpretation: {s.interpretation.value}",
        "application_process": f"access: {s.access.value}",
        "wait_time": f"waiting list: {s.waiting_list.value}",
        "phones": [
            {
                "id": derived_id("phone", sid, str(i)),
                "service_id": sid,
                "number": p.number,
                "description": p.description,
            }
            for i, p in enumerate(s.phones)
        ],
        "languages": [
            {"id": derived_id("language", sid, code), "service_id": sid, "code": code}
            for code in s.languages
        ],
        "service_areas": _areas(s),
        "required_documents": [
            {"id": derived_id("document", sid, str(i)), "service_id": sid, "document": doc}
            for i, doc in enumerate(s.required_documents)
        ],
        "schedules": [
            {"id": derived_id("schedule", sid), "service_id": sid, "description": s.hours}
        ]
        if s.hours
        else [],
        "service_at_locations": _locations(s),
        "attributes": _profile_attributes(s),
        "organization": organization_to_hsds(s),
    }
    optional = {
        "alternate_name": " / ".join(names),
        "description": s.description.first(),
        "url": s.url,
        "email": s.email,
        "fees_description": s.cost,
        "eligibility_description": s.eligibility,
        "assured_date": s.last_verified.isoformat() if s.last_verified else "",
    }
    result.update({k: v for k, v in optional.items() if v})
    return result


def _areas(s: Service) -> list[dict[str, Any]]:
    areas = [
        {
            "id": derived_id("area", s.id, m),
            "service_id": s.id,
            "name": municipality(m).label("en"),
            "description": m,
        }
        for m in s.municipalities
    ]
    if s.region_wide:
        areas.append(
            {
                "id": derived_id("area", s.id, "region"),
                "service_id": s.id,
                "name": REGION_AREA,
                "description": "region",
            }
        )
    return areas


def _locations(s: Service) -> list[dict[str, Any]]:
    # A confidential address never leaves the app: no location is written at all.
    if s.address is None or s.confidential_address:
        return []
    location_id = derived_id("location", s.id)
    city = municipality(s.address.municipality).label("en") if s.address.municipality else ""
    address = {
        "id": derived_id("address", s.id),
        "location_id": location_id,
        "address_1": s.address.street,
        "city": city,
        "region": s.address.municipality,
        "state_province": "Brussels-Capital Region",
        "postal_code": s.address.postal_code,
        "country": "BE",
        "address_type": "physical",
    }
    location = {
        "id": location_id,
        "location_type": "physical",
        "name": s.name.first(),
        "organization_id": s.organization.id,
        "addresses": [address],
    }
    return [
        {
            "id": derived_id("service_at_location", s.id),
            "service_id": s.id,
            "location_id": location_id,
            "location": location,
        }
    ]
