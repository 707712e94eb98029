"""The map's own document form (the bundled file): organizations + services in one JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from outreach_desk.core.resources import resource_path
from outreach_desk.core.socialmap.errors import MapFileInvalid, Problem
from outreach_desk.core.socialmap.model import Organization, Service
from outreach_desk.core.socialmap.records import (
    RecordReader,
    read_organization,
    read_service,
)

FORMAT = "outreach-desk-socialmap/1"
BUNDLED_FILE = ("socialmap", "brussels_map.json")


@dataclass(frozen=True)
class MapDocument:
    version: str
    services: tuple[Service, ...]


def bundled_map() -> MapDocument:
    path = resource_path(*BUNDLED_FILE)
    return parse_document(json.loads(path.read_text(encoding="utf-8")), path.name)


def parse_document(data: Any, file: str) -> MapDocument:
    problems: list[Problem] = []
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise MapFileInvalid([Problem(file, "(file)", "format", f"expected {FORMAT!r}")])
    organizations = _organizations(data.get("organizations"), file, problems)
    services = []
    for index, raw in enumerate(_list(data.get("services"), file, "services", problems)):
        label = _label(raw, index)
        service = read_service(RecordReader(file, label, raw, problems), organizations)
        if service is not None:
            services.append(service)
    _check_unique([s.id for s in services], file, problems)
    if problems:
        raise MapFileInvalid(problems)
    return MapDocument(str(data.get("version", "")), tuple(services))


def _organizations(raw: Any, file: str, problems: list[Problem]) -> dict[str, Organization]:
    found: dict[str, Organization] = {}
    for index, item in enumerate(_list(raw, file, "organizations", problems)):
        reader = RecordReader(file, _label(item, index), item, problems)
        org = read_organization(reader)
        found[org.id] = org
        if reader.data.get("key"):
            found[str(reader.data["key"])] = org
    return found


def _list(raw: Any, file: str, name: str, problems: list[Problem]) -> list[Any]:
    if not isinstance(raw, list):
        problems.append(Problem(file, "(file)", name, "must be a list"))
        return []
    return raw


def _label(raw: Any, index: int) -> str:
    if isinstance(raw, dict):
        for key in ("id", "key"):
            if isinstance(raw.get(key), str) and raw[key]:
                return str(raw[key])
    return f"#{index + 1}"


def _check_unique(ids: list[str], file: str, problems: list[Problem]) -> None:
    seen: set[str] = set()
    for record_id in ids:
        if record_id in seen:
            problems.append(Problem(file, record_id, "id", "appears more than once"))
        seen.add(record_id)
