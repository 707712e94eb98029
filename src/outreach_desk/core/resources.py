"""Where bundled, read-only data (social map, glossary, fonts, templates) lives.

The project keeps it in the top-level ``resources/`` folder. A source checkout or an
editable install finds it beside ``src/``; a PyInstaller bundle carries it under
``sys._MEIPASS/resources``; ``OUTREACH_DESK_RESOURCES`` overrides both (tests, packagers).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get("OUTREACH_DESK_RESOURCES")
    if override:
        found.append(Path(override))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "resources")
    found.append(_PACKAGE_DIR.parent.parent / "resources")
    found.append(_PACKAGE_DIR / "_resources")
    return found


def resources_dir() -> Path:
    for candidate in _candidates():
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(
        f"Outreach Desk's bundled resources were not found (looked in: {tried})"
    )


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root and (Path(frozen_root) / "translations").is_dir():
        return Path(frozen_root) / "translations"
    return _PACKAGE_DIR.parent.parent / "translations"
