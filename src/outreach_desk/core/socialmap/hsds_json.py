"""HSDS 3.0 nested JSON: a page of services as the HSDS API returns it.

Export: ``{"total_items": n, ..., "contents": [service, ...]}`` where each service holds
its organization (compiled/service.json). Import also accepts a bare list of services
or a single service object.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from outreach_desk.core.socialmap.errors import MapFileInvalid, Problem
from outreach_desk.core.socialmap.hsds import service_to_hsds
from outreach_desk.core.socialmap.hsds_read import service_from_hsds
from outreach_desk.core.socialmap.model import Organization, Service
from outreach_desk.core.socialmap.records import RecordReader

PROFILE_VERSION = "brussels-profile/1"


def export_document(services: Iterable[Service]) -> dict[str, Any]:
    contents = [service_to_hsds(s) for s in sorted(services, key=lambda s: s.id)]
    return {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "hsds_version": "3.0",
        "profile": PROFILE_VERSION,
        "contents": contents,
    }


def export_bytes(services: Iterable[Service]) -> bytes:
    text = json.dumps(export_document(services), ensure_ascii=False, indent=1, sort_keys=True)
    return (text + "\n").encode("utf-8")


def parse_bytes(data: bytes, file: str) -> list[Service]:
    """Every service of the file, or MapFileInvalid listing every problem."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise MapFileInvalid(
            [Problem(file, "(file)", "(json)", f"not valid JSON: {error}")]
        ) from None
    return parse_services(_contents(document, file), file)


def _contents(document: Any, file: str) -> list[Any]:
    if isinstance(document, dict) and "contents" in document:
        contents = document["contents"]
    elif isinstance(document, dict):
        contents = [document]
    else:
        contents = document
    if not isinstance(contents, list):
        raise MapFileInvalid([Problem(file, "(file)", "contents", "must be a list of services")])
    return contents


def parse_services(
    raw_services: list[Any], file: str, organizations: dict[str, Organization] | None = None
) -> list[Service]:
    problems: list[Problem] = []
    services: list[Service] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_services):
        label = raw.get("id") if isinstance(raw, dict) else None
        label = label if isinstance(label, str) and label else f"#{index + 1}"
        reader = RecordReader(file, label, raw, problems)
        service = service_from_hsds(reader, organizations or {})
        if service is None:
            continue
        if service.id in seen:
            problems.append(Problem(file, service.id, "id", "appears more than once"))
        seen.add(service.id)
        services.append(service)
    if problems:
        raise MapFileInvalid(problems)
    return services
