"""A malformed pack is refused with a message naming file, case and field, and only with
typed errors: never a KeyError or TypeError that a trainer cannot act on."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.training import (
    ScenarioPackError,
    ScenarioPackTooNew,
    parse_pack,
    parse_pack_bytes,
)
from outreach_desk.core.training.store import load_pack_file


def _write(tmp_path: Path, value: Any) -> Path:
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def test_missing_dutch_notes_names_file_case_and_field(
    tmp_path: Path, bundled_dict: dict[str, Any]
) -> None:
    del bundled_dict["cases"][2]["exercises"][0]["facilitator_notes"]["nl"]
    path = _write(tmp_path, bundled_dict)
    with pytest.raises(ScenarioPackError) as caught:
        load_pack_file(path)
    error = caught.value
    assert isinstance(error, ValidationError)
    assert error.case_id == bundled_dict["cases"][2]["id"]
    assert error.field == "cases[2].exercises[0].facilitator_notes"
    assert str(path) in str(error) and "nl" in str(error)


def test_unknown_agency_in_answer_key_is_refused(small_dict: dict[str, Any]) -> None:
    small_dict["cases"][0]["exercises"][1]["expected"]["agencies"] = ["nowhere"]
    with pytest.raises(ScenarioPackError, match="nowhere") as caught:
        parse_pack(small_dict)
    assert caught.value.field == "cases[0].exercises[1].expected.agencies[0]"
    assert caught.value.case_id == "case-one"


def test_unknown_field_is_refused_so_typos_do_not_vanish(small_dict: dict[str, Any]) -> None:
    small_dict["cases"][0]["hiden_facts"] = []
    with pytest.raises(ScenarioPackError, match="unknown field"):
        parse_pack(small_dict)


def test_municipality_outside_brussels_is_refused(small_dict: dict[str, Any]) -> None:
    small_dict["cases"][0]["household"]["municipality"] = "antwerpen"
    with pytest.raises(ScenarioPackError) as caught:
        parse_pack(small_dict)
    assert caught.value.field == "cases[0].household.municipality"


def test_pack_not_marked_fictional_is_refused(small_dict: dict[str, Any]) -> None:
    small_dict["fictional"] = False
    with pytest.raises(ScenarioPackError, match="fictional"):
        parse_pack(small_dict)


def test_newer_format_version_asks_to_update(small_dict: dict[str, Any]) -> None:
    small_dict["format_version"] = 2
    with pytest.raises(ScenarioPackTooNew, match="Update Outreach Desk"):
        parse_pack(small_dict)


def test_duplicate_case_ids_are_refused(small_dict: dict[str, Any]) -> None:
    small_dict["cases"].append(copy.deepcopy(small_dict["cases"][0]))
    with pytest.raises(ScenarioPackError, match="appears twice"):
        parse_pack(small_dict)


def test_request_exercise_without_model_answer_is_refused(small_dict: dict[str, Any]) -> None:
    small_dict["cases"][0]["exercises"][0]["kind"] = "request"
    with pytest.raises(ScenarioPackError, match="model_answer"):
        parse_pack(small_dict)


def test_invalid_json_reports_line_and_file() -> None:
    with pytest.raises(ScenarioPackError, match=r"broken\.json.*line 1"):
        parse_pack_bytes(b"{not json", "broken.json")


def test_non_utf8_file_is_refused() -> None:
    with pytest.raises(ScenarioPackError, match="UTF-8"):
        parse_pack_bytes(b"\xff\xfe{}", "latin.json")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_raise_only_typed_errors(data: bytes) -> None:
    with pytest.raises(ScenarioPackError):
        parse_pack_bytes(data, "random.json")


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_random_json_raises_only_typed_errors(value: Any) -> None:
    with pytest.raises(ScenarioPackError):
        parse_pack_bytes(json.dumps(value).encode(), "random.json")


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), json_values)
def test_one_corrupted_value_never_escapes_as_an_untyped_error(
    make_small_dict: Callable[[], dict[str, Any]], data: st.DataObject, replacement: Any
) -> None:
    pack = make_small_dict()
    path = data.draw(st.sampled_from(_paths(pack)[1:]))
    parent = pack
    for key in path[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    try:
        parse_pack_bytes(json.dumps(pack).encode(), "mutated.json")
    except ScenarioPackError as error:
        assert "mutated.json" in str(error)
