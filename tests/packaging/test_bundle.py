"""The Linux one-folder bundle: built with packaging/build_linux.sh, then started like a
person would start it (CI runs this; about a minute on two cores)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_desk import __version__

ROOT = Path(__file__).resolve().parents[2]
LICENCES = ("THIRD_PARTY_NOTICES.md", "LGPL-3.0.txt", "OFL-1.1.txt", "CC-BY-SA-4.0.txt")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


def _pyinstaller_available() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        result = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller>=6,<7"],
            capture_output=True,
            check=False,
        )
        return result.returncode == 0
    return True


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    if not _pyinstaller_available():
        pytest.skip("PyInstaller is not installed and could not be installed with pip")
    out = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PYTHON": sys.executable, "DIST": str(out / "dist"),
           "WORK": str(out / "work")}  # fmt: skip
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_linux.sh")],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out / "dist" / "outreach-desk", result.stdout


def _run(binary: Path, *args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "OUTREACH_DESK_DATA_DIR": str(data_dir),
           "XDG_CONFIG_HOME": str(data_dir / "config")}  # fmt: skip
    env.pop("OUTREACH_DESK_RESOURCES", None)  # the bundle must find its own resources
    return subprocess.run(
        [str(binary), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_the_bundle_reports_the_package_version(build: tuple[Path, str], tmp_path: Path) -> None:
    bundle, _log = build
    result = _run(bundle / "outreach-desk", "--version", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"outreach-desk {__version__}"


def test_the_bundle_starts_offscreen_and_shows_its_first_window(
    build: tuple[Path, str], tmp_path: Path
) -> None:
    bundle, _log = build
    result = _run(bundle / "outreach-desk", "gui", "--smoke-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "not loaded" not in result.stderr, "the bundled fonts must be found"
    assert not (tmp_path / "vault.sqlite3").exists(), (
        "the first window only asks; it creates nothing"
    )


def test_the_bundle_runs_cli_commands_against_a_vault(
    build: tuple[Path, str], tmp_path: Path
) -> None:
    bundle, _log = build
    result = _run(bundle / "outreach-desk", "retention", "policy", "--help", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "--months" in result.stdout


def test_the_bundle_size_is_reported_and_within_budget(build: tuple[Path, str]) -> None:
    _bundle, log = build
    found = re.search(r"Unpacked size: (\d+) MB", log)
    assert found, log
    assert int(found.group(1)) <= 150, f"bundle is {found.group(1)} MB, the target is 150 MB"


def test_the_bundle_carries_licences_resources_translations_and_desktop_file(
    build: tuple[Path, str],
) -> None:
    bundle, _log = build
    internal = bundle / "_internal"
    for name in LICENCES:
        assert (internal / "resources" / "licenses" / name).is_file(), name
    assert (internal / "resources" / "fonts" / "OFL.txt").is_file()
    assert (internal / "resources" / "socialmap" / "brussels_map.json").is_file()
    assert sorted(p.name for p in (internal / "translations").glob("*.qm"))
    assert (bundle / "outreach-desk.desktop").is_file()
    assert (bundle / "outreach-desk.png").is_file()
    assert not list(bundle.rglob("*Qt6Quick*")), "Qt Quick is not used and must stay out"
