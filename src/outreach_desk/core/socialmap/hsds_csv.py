"""HSDS 3.0 tabular form: a folder with datapackage.json and one CSV per table.

Export flattens the nested services (hsds.py) into rows; import rebuilds the nested
objects from the rows and reads them like nested JSON, so both forms carry the same
data and the same profile attributes.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from outreach_desk.core.socialmap.errors import MapFileInvalid, Problem
from outreach_desk.core.socialmap.hsds import TAXONOMY_DESCRIPTIONS, service_to_hsds, taxonomy_id
from outreach_desk.core.socialmap.hsds_json import parse_services
from outreach_desk.core.socialmap.model import Service

# table -> (file name, fields); numbers are the only non-text type we write
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "organization": (
        "organizations.csv",
        ("id", "name", "alternate_name", "description", "email", "website"),
    ),
    "service": (
        "services.csv",
        (
            "id",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "wait_time",
            "eligibility_description",
            "assured_date",
        ),
    ),
    "phone": ("phones.csv", ("id", "service_id", "number", "description")),
    "language": ("languages.csv", ("id", "service_id", "code")),
    "service_area": ("service_areas.csv", ("id", "service_id", "name", "description")),
    "required_document": ("required_documents.csv", ("id", "service_id", "document")),
    "schedule": ("schedules.csv", ("id", "service_id", "description")),
    "location": ("locations.csv", ("id", "location_type", "organization_id", "name")),
    "address": (
        "addresses.csv",
        (
            "id",
            "location_id",
            "address_1",
            "city",
            "region",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ),
    ),
    "service_at_location": ("service_at_location.csv", ("id", "service_id", "location_id")),
    "attribute": (
        "attributes.csv",
        ("id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value"),
    ),
    "taxonomy": ("taxonomies.csv", ("id", "name", "description")),
    "taxonomy_term": (
        "taxonomy_terms.csv",
        ("id", "code", "name", "description", "taxonomy", "taxonomy_id"),
    ),
}
SERVICE_CHILDREN = {
    "phone": "phones",
    "language": "languages",
    "service_area": "service_areas",
    "required_document": "required_documents",
    "schedule": "schedules",
}
DATAPACKAGE = "datapackage.json"


def export_tables(services: Iterable[Service]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in TABLES}

    def put(table: str, row: dict[str, Any]) -> None:
        fields = TABLES[table][1]
        tables[table][row["id"]] = {k: row[k] for k in fields if row.get(k) not in (None, "")}

    for service in services:
        nested = service_to_hsds(service)
        org = nested["organization"]
        put("organization", org)
        put("service", nested)
        for table, key in SERVICE_CHILDREN.items():
            for row in nested[key]:
                put(table, row)
        for link in nested["service_at_locations"]:
            put("service_at_location", link)
            put("location", link["location"])
            for address in link["location"]["addresses"]:
                put("address", address)
        for attr in [*nested["attributes"], *org["attributes"]]:
            put("attribute", attr)
            put("taxonomy_term", attr["taxonomy_term"])
    for name, description in TAXONOMY_DESCRIPTIONS.items():
        put("taxonomy", {"id": taxonomy_id(name), "name": name, "description": description})
    return {name: list(rows.values()) for name, rows in tables.items()}


def write_package(services: Iterable[Service], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table, rows in export_tables(services).items():
        file_name, fields = TABLES[table]
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        # Row order is kept: it is the order of list facts (aliases, domains...).
        writer.writerows(rows)
        (folder / file_name).write_text(buffer.getvalue(), encoding="utf-8")
        written.append(folder / file_name)
    (folder / DATAPACKAGE).write_text(json.dumps(_datapackage(), indent=1) + "\n", "utf-8")
    return [*written, folder / DATAPACKAGE]


def _datapackage() -> dict[str, Any]:
    return {
        "name": "outreach-desk-brussels-social-map",
        "profile": "tabular-data-package",
        "description": "HSDS 3.0 tabular data with the Outreach Desk Brussels profile "
        "(attributes of the taxonomy 'brussels-profile').",
        "resources": [
            {
                "name": table,
                "path": file_name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": [{"name": f, "type": "string"} for f in fields]},
            }
            for table, (file_name, fields) in TABLES.items()
        ],
    }


def read_package(path: Path) -> list[Service]:
    """Services of a package folder (or its datapackage.json); MapFileInvalid if invalid."""
    folder = path.parent if path.name == DATAPACKAGE else path
    problems: list[Problem] = []
    tables = {t: _read_table(folder, f, fields, problems) for t, (f, fields) in TABLES.items()}
    if problems:
        raise MapFileInvalid(problems)
    return parse_services(_nest(tables), str(folder / TABLES["service"][0]))


def _read_table(
    folder: Path, file_name: str, fields: tuple[str, ...], problems: list[Problem]
) -> list[dict[str, str]]:
    path = folder / file_name
    if not path.is_file():
        if file_name in ("services.csv", "organizations.csv"):
            problems.append(Problem(file_name, "(file)", "(file)", "is missing"))
        return []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (UnicodeDecodeError, csv.Error) as error:
        problems.append(Problem(file_name, "(file)", "(csv)", f"cannot be read: {error}"))
        return []
    for number, row in enumerate(rows, start=2):
        if None in row or not row.get("id"):
            label = row.get("id") or f"line {number}"
            problems.append(Problem(file_name, str(label), "id", "missing id or extra columns"))
    return [{k: v for k, v in row.items() if k in fields and v} for row in rows]


def _nest(tables: dict[str, list[dict[str, str]]]) -> list[dict[str, Any]]:
    by = _index(tables)
    services = []
    for row in tables["service"]:
        service: dict[str, Any] = dict(row)
        for table, key in SERVICE_CHILDREN.items():
            service[key] = by[table, "service_id"].get(row["id"], [])
        service["attributes"] = _attributes(by, row["id"], tables)
        org = next(
            (o for o in tables["organization"] if o["id"] == row.get("organization_id")), None
        )
        if org is not None:
            service["organization"] = {**org, "attributes": _attributes(by, org["id"], tables)}
        service["service_at_locations"] = [
            {**link, "location": _location(by, link.get("location_id", ""), tables)}
            for link in by["service_at_location", "service_id"].get(row["id"], [])
        ]
        services.append(service)
    return services


def _index(tables: dict[str, list[dict[str, str]]]) -> dict[tuple[str, str], Any]:
    by: dict[tuple[str, str], Any] = defaultdict(lambda: defaultdict(list))
    for table, key in (
        *((t, "service_id") for t in SERVICE_CHILDREN),
        ("service_at_location", "service_id"),
        ("address", "location_id"),
        ("attribute", "link_id"),
    ):
        for row in tables[table]:
            by[table, key][row.get(key, "")].append(row)
    return by


def _attributes(by: Any, link_id: str, tables: dict[str, list[dict[str, str]]]) -> list[Any]:
    terms = {t["id"]: t for t in tables["taxonomy_term"]}
    return [
        {**attr, "taxonomy_term": terms.get(attr.get("taxonomy_term_id", ""), {})}
        for attr in by["attribute", "link_id"].get(link_id, [])
    ]


def _location(by: Any, location_id: str, tables: dict[str, list[dict[str, str]]]) -> Any:
    location = next((loc for loc in tables["location"] if loc["id"] == location_id), {})
    return {**location, "addresses": by["address", "location_id"].get(location_id, [])}
