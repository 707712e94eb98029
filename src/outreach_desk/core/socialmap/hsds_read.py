"""A nested HSDS 3.0 service object -> Service, collecting every problem with its field.

Profile attributes (taxonomy "brussels-profile") win over the plain HSDS fields, so a
map exported by Outreach Desk comes back exactly; HSDS data from elsewhere still loads,
with unknown profile facts left "unknown".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from outreach_desk.core.socialmap.hsds import FLAG_CODES, LIST_CODES, PROFILE
from outreach_desk.core.socialmap.model import (
    Access,
    Formality,
    Interpretation,
    Organization,
    Service,
    WaitingList,
    Welcome,
)
from outreach_desk.core.socialmap.municipalities import resolve_municipality
from outreach_desk.core.socialmap.records import RecordReader, read_organization, read_service

STATUSES = ("active", "inactive", "defunct", "temporarily closed")


class _Profile:
    """The brussels-profile attributes of one record, grouped by code."""

    def __init__(self, reader: RecordReader, field: str = "attributes") -> None:
        self.values: dict[str, list[str]] = {}
        raw = reader.data.get(field, [])
        if not isinstance(raw, list):
            reader.problem(field, "must be a list")
            return
        for index, item in enumerate(raw):
            code, value = _attribute(item)
            if code is None:
                reader.problem(f"{field}[{index}]", "must be an attribute object")
            elif value is None:
                reader.problem(f"{field}[{index}].value", "must be text")
            elif code:
                self.values.setdefault(code, []).append(value)

    def one(self, code: str) -> str | None:
        found = self.values.get(code)
        return found[0] if found else None

    def text(self, prefix: str) -> dict[str, str]:
        return {lang: v for lang in ("nl", "fr", "en") if (v := self.one(f"{prefix}.{lang}"))}


def _attribute(item: Any) -> tuple[str | None, str | None]:
    """(code, value) of a profile attribute; ("", "") for other taxonomies."""
    if not isinstance(item, dict):
        return None, None
    term = item.get("taxonomy_term")
    if not isinstance(term, dict) or term.get("taxonomy") != PROFILE:
        return "", ""
    code, value = term.get("code"), item.get("value", "")
    if not isinstance(code, str):
        return None, None
    return code, value if isinstance(value, str) else None


def organization_from_hsds(reader: RecordReader) -> Organization:
    profile = _Profile(reader)
    name = profile.text("name") or {"en": reader.string("name", required=True)}
    # Our own exports carry the texts as attributes; an empty one there means "unknown".
    description = profile.text("description")
    if not profile.values:
        description = _plain(reader.string("description"))
    org_dict = {
        "id": reader.string("id", required=True),
        "name": name,
        "description": description,
        "url": reader.string("website"),
        "source": profile.one("source") or "",
    }
    return read_organization(RecordReader(reader.file, reader.record, org_dict, reader.problems))


def service_from_hsds(
    reader: RecordReader, organizations: dict[str, Organization]
) -> Service | None:
    profile = _Profile(reader)
    status = reader.string("status", required=True)
    if status and status not in STATUSES:
        reader.problem("status", f"{status!r} is not one of: {', '.join(STATUSES)}")
    org = _organization(reader, organizations)
    record: dict[str, Any] = {
        "id": reader.string("id", required=True),
        "organization": org.id if org else "",
        "name": profile.text("name") or {"en": reader.string("name", required=True)},
        "description": profile.text("description") or _plain(reader.string("description")),
        "url": reader.string("url"),
        "email": reader.string("email"),
        "cost": reader.string("fees_description"),
        "eligibility": reader.string("eligibility_description"),
        "last_verified": reader.string("assured_date") or None,
        "status": status or "active",
        "languages": _column(reader, "languages", "code"),
        "required_documents": _column(reader, "required_documents", "document"),
        "hours": next(iter(_column(reader, "schedules", "description")), ""),
        "phones": _phones(reader),
        "address": _address(reader),
    }
    record.update(_profile_fields(profile, reader))
    if not profile.values.get("municipality"):
        record["municipalities"] = _areas_to_municipalities(reader)
    known = {org.id: org} if org else {}
    sub = RecordReader(reader.file, reader.record, record, reader.problems)
    return read_service(sub, known)


def _plain(text: str) -> dict[str, str]:
    return {"en": text} if text else {}


def _profile_fields(profile: _Profile, reader: RecordReader) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    enums: dict[str, Callable[[str], object]] = {
        "formality": Formality,
        "welcomes_undocumented": Welcome,
        "access": Access,
        "waiting_list": WaitingList,
        "interpretation": Interpretation,
    }
    for code in (*enums, "undocumented_conditions", "source"):
        value = profile.one(code)
        if value is not None:
            fields[code] = value
    for code in FLAG_CODES:
        value = profile.one(code)
        if value is not None and value not in ("true", "false"):
            reader.problem(f"attributes[{code}]", f"{value!r} must be true or false")
        fields[code] = value == "true"
    for code, field in LIST_CODES.items():
        fields[field] = list(profile.values.get(code, []))
    fields["field_sources"] = {
        code.removeprefix("field_source."): values[0]
        for code, values in profile.values.items()
        if code.startswith("field_source.")
    }
    return fields


def _organization(
    reader: RecordReader, organizations: dict[str, Organization]
) -> Organization | None:
    nested = reader.data.get("organization")
    if isinstance(nested, dict):
        sub = RecordReader(reader.file, reader.record + "/organization", nested, reader.problems)
        return organization_from_hsds(sub)
    org_id = reader.string("organization_id")
    if org_id in organizations:
        return organizations[org_id]
    reader.problem("organization", "needs a nested organization or a known organization_id")
    return None


def _items(reader: RecordReader, field: str) -> list[dict[str, Any]]:
    raw = reader.data.get(field, [])
    if not isinstance(raw, list) or not all(isinstance(i, dict) for i in raw):
        reader.problem(field, "must be a list of objects")
        return []
    return raw


def _column(reader: RecordReader, field: str, key: str) -> list[str]:
    values = []
    for index, item in enumerate(_items(reader, field)):
        value = item.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            reader.problem(f"{field}[{index}].{key}", "must be text")
            continue
        values.append(value)
    return values


def _phones(reader: RecordReader) -> list[dict[str, str]]:
    phones = []
    for index, item in enumerate(_items(reader, "phones")):
        number, description = item.get("number"), item.get("description", "")
        if not isinstance(number, str) or not isinstance(description, str):
            reader.problem(f"phones[{index}]", "number and description must be text")
            continue
        phones.append({"number": number, "description": description})
    return phones


def _address(reader: RecordReader) -> dict[str, str] | None:
    for item in _items(reader, "service_at_locations"):
        location = item.get("location")
        addresses = location.get("addresses") if isinstance(location, dict) else None
        if not isinstance(addresses, list) or not addresses or not isinstance(addresses[0], dict):
            continue
        first = addresses[0]
        values = [first.get(k, "") for k in ("address_1", "postal_code", "region", "city")]
        if not all(isinstance(v, str) for v in values):
            reader.problem("service_at_locations.location.addresses", "fields must be text")
            return None
        street, postal, region, city = values
        muni = resolve_municipality(region) or resolve_municipality(city) or ""
        return {"street": street, "postal_code": postal, "municipality": muni}
    return None


def _areas_to_municipalities(reader: RecordReader) -> list[str]:
    found = []
    for item in _items(reader, "service_areas"):
        for key in ("description", "name"):
            value = item.get(key)
            muni = resolve_municipality(value) if isinstance(value, str) else None
            if muni:
                found.append(muni)
                break
    return found
