"""Where scenario packs live: one bundled, read-only pack in ``resources/training/`` and the
packs a trainer imported in ``<data_dir>/training/packs/``. Import checks the whole pack and
every id clash before writing one file atomically, so nothing is ever half-imported."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from outreach_desk.core.paths import training_dir
from outreach_desk.core.resources import resource_path
from outreach_desk.core.training.errors import (
    ScenarioPackConflict,
    ScenarioPackError,
    ScenarioPackNotFound,
)
from outreach_desk.core.training.model import ScenarioPack, to_dict
from outreach_desk.core.training.parse import parse_pack_bytes

BUNDLED_PACK_FILE = "core_pack.json"


def canonical_json(value: Any) -> bytes:
    """One byte string per value: sorted keys, no spaces, UTF-8. Equal data, equal bytes."""
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def canonical_hash(value: Any) -> str:
    """SHA-256 of the canonical JSON: the fingerprint a reset must restore exactly."""
    return hashlib.sha256(canonical_json(value)).hexdigest()


def pack_hash(pack: ScenarioPack) -> str:
    return canonical_hash(to_dict(pack))


def load_pack_file(path: Path) -> ScenarioPack:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ScenarioPackError(
            f"the file cannot be read ({error.strerror or error}).", file=str(path)
        ) from None
    return parse_pack_bytes(data, str(path))


def bundled_pack() -> ScenarioPack:
    return load_pack_file(resource_path("training", BUNDLED_PACK_FILE))


def imported_packs_dir(data_dir: Path) -> Path:
    return training_dir(data_dir) / "packs"


def imported_packs(data_dir: Path) -> list[ScenarioPack]:
    folder = imported_packs_dir(data_dir)
    if not folder.is_dir():
        return []
    return [load_pack_file(path) for path in sorted(folder.glob("*.json"))]


def all_packs(data_dir: Path) -> list[ScenarioPack]:
    """The bundled pack first, then imported packs in file-name order."""
    return [bundled_pack(), *imported_packs(data_dir)]


def find_pack(data_dir: Path, pack_id: str) -> ScenarioPack:
    for pack in all_packs(data_dir):
        if pack.pack_id == pack_id:
            return pack
    known = ", ".join(p.pack_id for p in all_packs(data_dir))
    raise ScenarioPackNotFound(f"no scenario pack {pack_id!r} is installed (installed: {known}).")


def export_pack(pack: ScenarioPack, out: Path) -> Path:
    """Write the pack as a readable JSON file a trainer can share or edit."""
    text = json.dumps(to_dict(pack), ensure_ascii=False, indent=2) + "\n"
    _write_atomically(out, text.encode("utf-8"))
    return out


def import_pack(data_dir: Path, source: Path, replace: bool = False) -> ScenarioPack:
    """Validate ``source`` completely, refuse id clashes, then install it in one step.

    With ``replace``, a pack with the same pack id that was imported earlier is replaced
    (the bundled pack can never be replaced)."""
    pack = load_pack_file(source)
    _refuse_conflicts(data_dir, pack, str(source), replace)
    target = imported_packs_dir(data_dir) / f"{pack.pack_id}.json"
    export_pack(pack, target)
    return pack


def _refuse_conflicts(data_dir: Path, pack: ScenarioPack, source: str, replace: bool) -> None:
    bundled = bundled_pack()
    others = [p for p in imported_packs(data_dir) if not (replace and p.pack_id == pack.pack_id)]
    for other in [bundled, *others]:
        if other.pack_id == pack.pack_id:
            hint = "" if other is bundled else " Use --replace to update the imported pack."
            raise ScenarioPackConflict(
                f"a pack with id {pack.pack_id!r} is already installed.{hint}",
                file=source,
                field="pack_id",
            )
        taken = {c.id for c in other.cases}
        clash = next((c.id for c in pack.cases if c.id in taken), None)
        if clash:
            raise ScenarioPackConflict(
                f"case id {clash!r} is already used by pack {other.pack_id!r}; rename the case.",
                file=source,
                case_id=clash,
                field="id",
            )


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=".pack-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
