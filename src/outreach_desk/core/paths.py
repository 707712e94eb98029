"""Where the vault lives: one place decides it (platformdirs), with overrides for
tests and administrators (``--data-dir`` beats ``OUTREACH_DESK_DATA_DIR`` beats default)."""

from __future__ import annotations

import os
from pathlib import Path

from outreach_desk import APP_NAME

ENV_DATA_DIR = "OUTREACH_DESK_DATA_DIR"


def default_data_dir() -> Path:
    import platformdirs  # only when no folder was given: it costs start-up time

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser()
    return default_data_dir()


def vault_file(data_dir: Path) -> Path:
    return data_dir / "vault.sqlite3"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def training_dir(data_dir: Path) -> Path:
    """The training vault sits in its own folder so opening it never touches the real one."""
    return data_dir / "training"
