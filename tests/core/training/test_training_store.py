"""Export, import and the canonical hash: a trainer can share packs as files, and a broken or
clashing pack leaves the installed packs exactly as they were."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from outreach_desk.core.training import (
    ScenarioPackConflict,
    ScenarioPackError,
    ScenarioPackNotFound,
    all_packs,
    bundled_pack,
    canonical_hash,
    export_pack,
    find_pack,
    import_pack,
    pack_hash,
    parse_pack,
)
from outreach_desk.core.training.store import imported_packs_dir


def _folder_state(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {p.name: canonical_hash(p.read_text("utf-8")) for p in sorted(folder.iterdir())}


def _write(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path


def test_canonical_hash_ignores_key_order_but_not_values() -> None:
    assert canonical_hash({"a": 1, "b": [1, "é"]}) == canonical_hash({"b": [1, "é"], "a": 1})
    assert canonical_hash({"a": 1}) != canonical_hash({"a": 2})


def test_exported_bundled_pack_reads_back_identically(tmp_path: Path) -> None:
    out = export_pack(bundled_pack(), tmp_path / "share" / "pack.json")
    again = parse_pack(json.loads(out.read_text("utf-8")))
    assert pack_hash(again) == pack_hash(bundled_pack())


def test_imported_pack_is_listed_after_the_bundled_one(
    tmp_path: Path, small_dict: dict[str, Any]
) -> None:
    data_dir = tmp_path / "data"
    pack = import_pack(data_dir, _write(tmp_path / "new.json", small_dict))
    assert [p.pack_id for p in all_packs(data_dir)] == [bundled_pack().pack_id, pack.pack_id]
    assert find_pack(data_dir, "test-pack") == pack


def test_importing_the_same_pack_twice_needs_replace(
    tmp_path: Path, small_dict: dict[str, Any]
) -> None:
    data_dir = tmp_path / "data"
    source = _write(tmp_path / "new.json", small_dict)
    import_pack(data_dir, source)
    with pytest.raises(ScenarioPackConflict, match="--replace"):
        import_pack(data_dir, source)
    small_dict["title"]["en"] = "Second edition"
    updated = import_pack(data_dir, _write(tmp_path / "v2.json", small_dict), replace=True)
    assert find_pack(data_dir, "test-pack").title["en"] == "Second edition" == updated.title["en"]


def test_a_case_id_taken_by_the_bundled_pack_is_refused(
    tmp_path: Path, small_dict: dict[str, Any]
) -> None:
    small_dict["cases"][0]["id"] = bundled_pack().cases[0].id
    with pytest.raises(ScenarioPackConflict) as caught:
        import_pack(tmp_path / "data", _write(tmp_path / "clash.json", small_dict))
    assert caught.value.case_id == bundled_pack().cases[0].id
    assert _folder_state(imported_packs_dir(tmp_path / "data")) == {}


def test_bundled_pack_id_cannot_be_replaced(tmp_path: Path, small_dict: dict[str, Any]) -> None:
    small_dict["pack_id"] = bundled_pack().pack_id
    with pytest.raises(ScenarioPackConflict):
        import_pack(tmp_path / "data", _write(tmp_path / "p.json", small_dict), replace=True)


def test_a_broken_pack_changes_nothing_already_installed(
    tmp_path: Path, small_dict: dict[str, Any]
) -> None:
    data_dir = tmp_path / "data"
    import_pack(data_dir, _write(tmp_path / "good.json", small_dict))
    before = _folder_state(imported_packs_dir(data_dir))
    small_dict["cases"][0]["worries"][0]["translations"] = {"en": "only English"}
    with pytest.raises(ScenarioPackError, match="nl"):
        import_pack(data_dir, _write(tmp_path / "bad.json", small_dict), replace=True)
    assert _folder_state(imported_packs_dir(data_dir)) == before


def test_unknown_pack_id_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(ScenarioPackNotFound, match="brussels-core"):
        find_pack(tmp_path, "nope")


def test_missing_file_is_a_typed_refusal(tmp_path: Path) -> None:
    with pytest.raises(ScenarioPackError, match="cannot be read"):
        import_pack(tmp_path / "data", tmp_path / "absent.json")
