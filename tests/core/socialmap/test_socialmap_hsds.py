from __future__ import annotations

import contextlib
import csv
import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.socialmap import Address, SocialMap
from outreach_desk.core.socialmap.errors import MapFileInvalid
from outreach_desk.core.socialmap.hsds_csv import TABLES, read_package, write_package
from outreach_desk.core.socialmap.hsds_json import export_bytes, parse_bytes
from outreach_desk.core.socialmap.importer import import_file


def schema(shared_dir: Path, name: str) -> jsonschema.Draft202012Validator:
    path = shared_dir / "hsds-3.0-schema" / "compiled" / name
    return jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))


def test_json_export_validates_against_the_official_schemas(social_map, shared_dir) -> None:
    document = json.loads(export_bytes(social_map.services()))
    services, organizations = (
        schema(shared_dir, "service.json"),
        schema(shared_dir, "organization.json"),
    )
    assert document["total_items"] == len(social_map.services()) > 50
    for item in document["contents"]:
        assert not list(services.iter_errors(item)), item["name"]
        assert not list(organizations.iter_errors(item["organization"])), item["name"]


def test_csv_export_validates_against_the_tabular_schema(social_map, shared_dir, tmp_path) -> None:
    write_package(social_map.services(), tmp_path / "pkg")
    tables = {
        t: list(csv.DictReader((tmp_path / "pkg" / f).open(encoding="utf-8")))
        for t, (f, _) in TABLES.items()
    }
    assert len(tables["service"]) == len(social_map.services())
    assert not list(schema(shared_dir, "tabular.json").iter_errors(tables))
    package = json.loads((tmp_path / "pkg" / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in package["resources"]} == {f for f, _ in TABLES.values()}


def test_round_trips_are_lossless(social_map: SocialMap, tmp_path: Path) -> None:
    original = {s.id: s for s in social_map.services()}
    from_json = {s.id: s for s in parse_bytes(export_bytes(original.values()), "map.json")}
    write_package(original.values(), tmp_path / "pkg")
    from_csv = {s.id: s for s in read_package(tmp_path / "pkg")}
    assert from_json == original
    assert from_csv == original


def test_reimport_is_idempotent(social_map: SocialMap, tmp_path: Path) -> None:
    path = tmp_path / "map.json"
    path.write_bytes(export_bytes(social_map.services()))
    first = import_file(social_map, path, accept_unsigned=True)
    again = import_file(social_map, path, accept_unsigned=True)
    assert first.added == 0 and again.added == again.updated == 0
    assert again.unchanged == len(social_map.services())


def test_confidential_address_is_never_exported(social_map: SocialMap, tmp_path: Path) -> None:
    shelter = replace(
        social_map.services()[0],
        confidential_address=True,
        address=Address("Geheime straat 1", "1000", "brussels"),
    )
    plain = replace(shelter, id="11111111-1111-4111-8111-111111111111", confidential_address=False)
    text = export_bytes([shelter]).decode()
    assert "Geheime straat" not in text
    assert "Geheime straat" in export_bytes([plain]).decode()
    write_package([shelter], tmp_path / "pkg")
    assert not any("Geheime" in p.read_text() for p in (tmp_path / "pkg").iterdir())


def map_rows(social_map: SocialMap) -> list[object]:
    return social_map.db.execute("SELECT id, record FROM services ORDER BY id").fetchall()


@pytest.mark.parametrize(
    "content",
    [
        b'{"contents": [',
        b"",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"contents": {"id": "x"}}',
        b'{"contents": [{"id": "x", "name": 3, "status": "active"}]}',
    ],
)
def test_bad_files_are_refused_and_change_nothing(social_map, tmp_path, content) -> None:
    before = map_rows(social_map)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(MapFileInvalid) as refused:
        import_file(social_map, path, accept_unsigned=True)
    assert "bad.json" in str(refused.value)
    assert map_rows(social_map) == before


def test_one_bad_record_blocks_the_whole_file(social_map, tmp_path) -> None:
    document = json.loads(export_bytes(social_map.services()))
    document["contents"][3]["attributes"][0]["value"] = 42
    changed = json.loads(export_bytes(social_map.services()))["contents"][0]
    changed["name"] = "Changed"
    document["contents"][0] = changed
    path = tmp_path / "map.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = map_rows(social_map)
    with pytest.raises(MapFileInvalid) as refused:
        import_file(social_map, path, accept_unsigned=True)
    problem = refused.value.problems[0]
    assert (problem.file, problem.record) == ("map.json", document["contents"][3]["id"])
    assert problem.field.startswith("attributes[0]")
    assert map_rows(social_map) == before


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "name",
                    "status",
                    "organization",
                    "attributes",
                    "contents",
                    "phones",
                    "languages",
                    "value",
                    "code",
                    "taxonomy_term",
                    "taxonomy",
                    "service_at_locations",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_importer_raises_only_typed_errors(value: object) -> None:
    data = json.dumps(value).encode()
    with contextlib.suppress(ValidationError):
        parse_bytes(data, "fuzz.json")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200))
def test_importer_survives_arbitrary_bytes(data: bytes) -> None:
    with contextlib.suppress(ValidationError):
        parse_bytes(data, "fuzz.json")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(max_size=300),
    st.sampled_from(["services.csv", "organizations.csv", "attributes.csv", "taxonomy_terms.csv"]),
)
def test_csv_importer_raises_only_typed_errors(tmp_path_factory, text, table) -> None:
    folder = tmp_path_factory.mktemp("pkg")
    header = {
        "services.csv": "id,organization_id,name,status\n",
        "organizations.csv": "id,name,description\n",
    }
    for name, head in header.items():
        (folder / name).write_text(head, encoding="utf-8")
    (folder / table).write_text(header.get(table, "id,link_id,value\n") + text, encoding="utf-8")
    with contextlib.suppress(ValidationError):
        read_package(folder)
