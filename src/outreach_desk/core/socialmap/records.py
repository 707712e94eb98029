"""The map's own JSON form of a record (bundled file, local database) <-> dataclasses.

Reading never raises on bad input: every problem is collected with its file, record
and field, so a person sees all of them at once and nothing half-valid is stored.
"""

from __future__ import annotations

import enum
import re
import uuid
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from outreach_desk.core.domains import is_domain
from outreach_desk.core.socialmap.errors import Problem
from outreach_desk.core.socialmap.model import (
    LANGS,
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
)
from outreach_desk.core.socialmap.municipalities import MUNICIPALITY_IDS

# Fixed namespace: ids derived from a record's key are the same on every machine.
ID_NAMESPACE = uuid.UUID("6f0d7a52-3c1e-4b0a-9b7e-5a0c2d9e8b11")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
E = TypeVar("E", bound=enum.Enum)


def stable_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, f"{kind}:{key}"))


def is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


class RecordReader:
    """Typed access to one JSON object, collecting problems instead of raising."""

    def __init__(self, file: str, record: str, data: Any, problems: list[Problem]) -> None:
        self.file, self.record, self.problems = file, record, problems
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        if not isinstance(data, dict):
            self.problem("(record)", f"expected an object, found {type(data).__name__}")

    def problem(self, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, self.record, field, message))

    def string(self, key: str, required: bool = False) -> str:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                self.problem(key, "is required and missing")
            return ""
        if not isinstance(value, str):
            self.problem(key, f"must be text, found {type(value).__name__}")
            return ""
        return value

    def boolean(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            self.problem(key, "must be true or false")
            return False
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, "must be a list of texts")
            return ()
        return tuple(value)

    def text(self, key: str, required: bool = False) -> Text:
        value = self.data.get(key, {})
        if not isinstance(value, dict) or not all(
            k in LANGS and isinstance(v, str) for k, v in value.items()
        ):
            self.problem(key, 'must be an object like {"nl": "...", "fr": "...", "en": "..."}')
            return Text()
        text = Text(**value)
        if required and not text:
            self.problem(key, "needs a text in at least one of nl, fr, en")
        return text

    def choice(self, key: str, kind: type[E], default: E) -> E:
        value = self.data.get(key, default.value)
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(str(m.value) for m in kind)
            self.problem(key, f"{value!r} is not one of: {allowed}")
            return default

    def day(self, key: str) -> date | None:
        value = self.data.get(key)
        if value in (None, ""):
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            self.problem(key, f"{value!r} is not a date like 2025-01-31")
            return None

    def mapping(self, key: str) -> dict[str, str]:
        value = self.data.get(key, {})
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            self.problem(key, "must be an object of texts")
            return {}
        return dict(value)


def read_organization(reader: RecordReader) -> Organization:
    key = reader.string("key")
    org_id = reader.string("id") or (stable_id("organization", key) if key else "")
    if not org_id:
        reader.problem("id", "is required (or give a key)")
    return Organization(
        id=org_id,
        name=reader.text("name", required=True),
        description=reader.text("description"),
        url=reader.string("url"),
        source=reader.string("source"),
    )


def read_service(reader: RecordReader, organizations: dict[str, Organization]) -> Service | None:
    key = reader.string("key")
    service_id = reader.string("id") or (stable_id("service", key) if key else "")
    if not service_id:
        reader.problem("id", "is required (or give a key)")
    org_ref = reader.string("organization", required=True)
    organization = organizations.get(org_ref)
    if org_ref and organization is None:
        reader.problem("organization", f"{org_ref!r} is not an organization of this file")
    service = Service(
        id=service_id,
        organization=organization or Organization(id="", name=Text()),
        name=reader.text("name", required=True),
        description=reader.text("description"),
        aliases=reader.strings("aliases"),
        domains=_checked(reader, "domains", is_domain, "a life domain id"),
        municipalities=_checked(
            reader, "municipalities", MUNICIPALITY_IDS.__contains__, "a municipality id"
        ),
        region_wide=reader.boolean("region_wide"),
        languages=_checked(reader, "languages", _is_language, "a language code like nl, ar"),
        formality=reader.choice("formality", Formality, Formality.UNKNOWN),
        welcomes_undocumented=reader.choice("welcomes_undocumented", Welcome, Welcome.UNKNOWN),
        undocumented_conditions=reader.string("undocumented_conditions"),
        access=reader.choice("access", Access, Access.UNKNOWN),
        waiting_list=reader.choice("waiting_list", WaitingList, WaitingList.UNKNOWN),
        interpretation=reader.choice("interpretation", Interpretation, Interpretation.UNKNOWN),
        confidential_address=reader.boolean("confidential_address"),
        emergency=reader.boolean("emergency"),
        phones=_phones(reader),
        address=_address(reader),
        url=reader.string("url"),
        email=reader.string("email"),
        hours=reader.string("hours"),
        required_documents=reader.strings("required_documents"),
        cost=reader.string("cost"),
        eligibility=reader.string("eligibility"),
        source=reader.string("source"),
        field_sources=reader.mapping("field_sources"),
        last_verified=reader.day("last_verified"),
        needs_verification=reader.strings("needs_verification"),
        status=reader.string("status") or "active",
    )
    if service.confidential_address and service.address is not None:
        # Shelter addresses must never be stored: drop it rather than keep a secret.
        service = replace(service, address=None)
    return service


def _is_language(code: str) -> bool:
    return bool(LANGUAGE_CODE.match(code))


def _checked(reader: RecordReader, key: str, ok: Any, what: str) -> tuple[str, ...]:
    values = reader.strings(key)
    for value in values:
        if not ok(value):
            reader.problem(key, f"{value!r} is not {what}")
    return tuple(v for v in values if ok(v))


def _phones(reader: RecordReader) -> tuple[Phone, ...]:
    raw = reader.data.get("phones", [])
    if not isinstance(raw, list):
        reader.problem("phones", "must be a list")
        return ()
    phones = []
    for index, item in enumerate(raw):
        number = item.get("number") if isinstance(item, dict) else None
        description = item.get("description", "") if isinstance(item, dict) else None
        if not isinstance(number, str) or not number or not isinstance(description, str):
            reader.problem(f"phones[{index}]", 'must be {"number": "...", "description": "..."}')
            continue
        phones.append(Phone(number, description))
    return tuple(phones)


def _address(reader: RecordReader) -> Address | None:
    raw = reader.data.get("address")
    if raw is None:
        return None
    sub = RecordReader(reader.file, reader.record, raw, reader.problems)
    street = sub.string("street", required=True)
    muni = sub.string("municipality")
    if muni and muni not in MUNICIPALITY_IDS:
        reader.problem("address.municipality", f"{muni!r} is not a municipality id")
    return Address(street, sub.string("postal_code"), muni) if street else None


def organization_to_dict(org: Organization) -> dict[str, Any]:
    return {
        "id": org.id,
        "name": org.name.as_dict(),
        "description": org.description.as_dict(),
        "url": org.url,
        "source": org.source,
    }


def service_to_dict(service: Service) -> dict[str, Any]:
    address = service.address
    return {
        "id": service.id,
        "organization": service.organization.id,
        "name": service.name.as_dict(),
        "description": service.description.as_dict(),
        "aliases": list(service.aliases),
        "domains": list(service.domains),
        "municipalities": list(service.municipalities),
        "region_wide": service.region_wide,
        "languages": list(service.languages),
        "formality": service.formality.value,
        "welcomes_undocumented": service.welcomes_undocumented.value,
        "undocumented_conditions": service.undocumented_conditions,
        "access": service.access.value,
        "waiting_list": service.waiting_list.value,
        "interpretation": service.interpretation.value,
        "confidential_address": service.confidential_address,
        "emergency": service.emergency,
        "phones": [{"number": p.number, "description": p.description} for p in service.phones],
        "address": None
        if address is None or service.confidential_address
        else {
            "street": address.street,
            "postal_code": address.postal_code,
            "municipality": address.municipality,
        },
        "url": service.url,
        "email": service.email,
        "hours": service.hours,
        "required_documents": list(service.required_documents),
        "cost": service.cost,
        "eligibility": service.eligibility,
        "source": service.source,
        "field_sources": dict(service.field_sources),
        "last_verified": service.last_verified.isoformat() if service.last_verified else None,
        "needs_verification": list(service.needs_verification),
        "status": service.status,
    }
