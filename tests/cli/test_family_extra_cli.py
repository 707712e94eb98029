"""``outreach-desk family ecomap`` and ``family summary`` as a script would use them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from outreach_desk.cli import main
from outreach_desk.commands._common import ExitCode
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.ecomap import Contact, EcomapStore
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault
from outreach_desk.render.raster import is_blank, pdf_text, render_pdf_to_png

PASSPHRASE = "a long cli passphrase"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    monkeypatch.setenv("OUTREACH_DESK_PASSPHRASE", PASSPHRASE)
    data_dir = tmp_path / "data"
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    family = session.families.add("Familie Amrani", strengths=("Strong bond with grandmother",))
    store = EcomapStore(session.records)
    store.add_contact(family.id, Contact.new("Oma Fatima", tie="strong", support="both"))
    store.add_contact(family.id, Contact.new("OCMW", network="formal", tie="strained"))
    vault.close()
    return data_dir, family.id


def _run(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    return code, out, err


def test_family_ecomap_writes_a_png(data, tmp_path: Path, capsys) -> None:
    data_dir, family_id = data
    out = tmp_path / "map.png"
    code, stdout, stderr = _run(capsys, data_dir, "family", "ecomap", family_id, str(out), "--json")
    assert code == 0
    assert json.loads(stdout) == {"path": str(out), "encrypted": False, "contacts": 2}
    assert "not encrypted" in stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 500
    assert not is_blank(out, min_dark_pixels=1000)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_family_summary_writes_a_pdf(data, tmp_path: Path, capsys) -> None:
    data_dir, family_id = data
    out = tmp_path / "summary.pdf"
    code, stdout, stderr = _run(capsys, data_dir, "family", "summary", family_id, str(out))
    assert code == 0 and stdout.strip() == str(out)
    assert "not encrypted" in stderr
    assert not any(is_blank(p) for p in render_pdf_to_png(out, tmp_path / "pages", dpi=50))
    assert "Strong bond with grandmother" in pdf_text(out)


def test_unknown_family_exits_with_not_found(data, tmp_path: Path, capsys) -> None:
    data_dir, _ = data
    code, _, stderr = _run(capsys, data_dir, "family", "ecomap", "nope", str(tmp_path / "x.png"))
    assert code == ExitCode.NOT_FOUND
    assert "nope" in stderr
    assert not (tmp_path / "x.png").exists()


def test_missing_folder_is_a_clear_error(data, tmp_path: Path, capsys) -> None:
    data_dir, family_id = data
    target = tmp_path / "missing" / "s.pdf"
    code, _, stderr = _run(capsys, data_dir, "family", "summary", family_id, str(target))
    assert code == ExitCode.INVALID_INPUT
    assert "does not exist" in stderr
