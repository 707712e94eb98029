"""One typed, declarative settings schema over QSettings.

Only preferences live here: never names, notes, passphrases or anything about a family,
because QSettings is a plain file (or the Windows registry) that nobody encrypts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    minimum: float | None = None


SCHEMA: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("language", str, ""),  # "" = follow the system
        Setting("auto_lock_minutes", float, 5.0, minimum=0.001),
        Setting("clipboard_clear_seconds", float, 30.0, minimum=0.01),
        Setting("autosave_seconds", float, 3.0, minimum=0.01),
        Setting("last_data_dir", str, ""),
        Setting("window_geometry", bytes, b""),
    )
}


class Settings:
    """The single accessor: typed reads with defaults, validated writes."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        self._migrate()

    def get(self, key: str) -> Any:
        spec = SCHEMA[key]
        raw = self._store.value(key, spec.default)
        try:
            value = _coerce(spec, raw)
        except (TypeError, ValueError):
            return spec.default
        if spec.minimum is not None and value < spec.minimum:
            return spec.default
        return value

    def set(self, key: str, value: Any) -> None:
        spec = SCHEMA[key]
        value = _coerce(spec, value)
        if spec.minimum is not None and value < spec.minimum:
            raise ValueError(f"{key} must be at least {spec.minimum}")
        self._store.setValue(key, value)

    def sync(self) -> None:
        self._store.sync()

    def _migrate(self) -> None:
        version = int(self._store.value("schema_version", 0) or 0)
        # Version 0 -> 1: nothing to rename yet; later migrations go here, oldest first.
        if version < SCHEMA_VERSION:
            self._store.setValue("schema_version", SCHEMA_VERSION)


def _coerce(spec: Setting, raw: Any) -> Any:
    if spec.type is bytes:
        return bytes(raw) if raw else b""
    if spec.type is bool and isinstance(raw, str):
        return raw.lower() in ("1", "true", "yes")
    return spec.type(raw)
