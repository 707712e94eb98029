"""Moving a vault to a new laptop as one encrypted file."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.core.conftest import PASSPHRASE

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.errors import VaultExists, WrongPassphrase
from outreach_desk.core.search import SearchIndex
from outreach_desk.core.search_snapshot import KEY_META
from outreach_desk.core.session import Session
from outreach_desk.core.transfer import (
    MAGIC,
    TransferFileInvalid,
    TransferFileTooNew,
    export_vault,
    import_vault,
    read_header,
)
from outreach_desk.core.vault import Vault

TRANSFER = "a different transfer passphrase"
CANARY = "Zwanenvijver-canary-7731"


def _filled(data_dir: Path) -> Vault:
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    family = session.families.add(f"Familie {CANARY}")
    session.notes.add(family.id, f"Huisbezoek bij {CANARY}.")
    return vault


def test_export_then_import_on_a_new_laptop_opens_with_the_same_passphrase(
    tmp_path: Path,
) -> None:
    old = _filled(tmp_path / "old")
    out = tmp_path / "usb" / "vault.odvault"
    out.parent.mkdir()
    export_vault(old, out, TRANSFER, kdf=KdfParams())
    old.close()
    assert CANARY.encode() not in out.read_bytes()
    assert read_header(out).payload_bytes > 0

    import_vault(out, tmp_path / "new", TRANSFER)

    with Vault.open(tmp_path / "new", PASSPHRASE) as moved:
        session = Session(moved)
        family = session.families.families()[0]
        assert CANARY in family.label
        assert CANARY in session.notes.for_family(family.id)[0].text


def test_wrong_transfer_passphrase_imports_nothing(tmp_path: Path) -> None:
    old = _filled(tmp_path / "old")
    out = tmp_path / "vault.odvault"
    export_vault(old, out, TRANSFER, kdf=KdfParams())
    old.close()
    with pytest.raises(WrongPassphrase, match="Nothing was imported"):
        import_vault(out, tmp_path / "new", "not the transfer passphrase")
    assert not (tmp_path / "new" / "vault.sqlite3").exists()


@pytest.mark.parametrize("where", [9, 20, -1, -40])
def test_a_changed_byte_anywhere_is_refused(tmp_path: Path, where: int) -> None:
    old = _filled(tmp_path / "old")
    out = tmp_path / "vault.odvault"
    export_vault(old, out, TRANSFER, kdf=KdfParams())
    old.close()
    data = bytearray(out.read_bytes())
    data[where] ^= 0x01
    out.write_bytes(bytes(data))
    with pytest.raises((WrongPassphrase, TransferFileInvalid, TransferFileTooNew)):
        import_vault(out, tmp_path / "new", TRANSFER)
    assert not (tmp_path / "new" / "vault.sqlite3").exists()


def test_import_never_replaces_an_existing_vault(tmp_path: Path) -> None:
    old = _filled(tmp_path / "old")
    out = tmp_path / "vault.odvault"
    export_vault(old, out, TRANSFER, kdf=KdfParams())
    old.close()
    existing, _code = Vault.create(tmp_path / "busy", "another long passphrase", kdf=KdfParams())
    existing.close()
    before = (tmp_path / "busy" / "vault.sqlite3").read_bytes()
    with pytest.raises(VaultExists, match="never replaces"):
        import_vault(out, tmp_path / "busy", TRANSFER)
    assert (tmp_path / "busy" / "vault.sqlite3").read_bytes() == before


def test_other_files_and_truncated_exports_are_refused_with_a_clear_message(
    tmp_path: Path,
) -> None:
    stranger = tmp_path / "photo.jpg"
    stranger.write_bytes(b"\xff\xd8\xff" + b"x" * 100)
    with pytest.raises(TransferFileInvalid, match="not an Outreach Desk transfer file"):
        import_vault(stranger, tmp_path / "new", TRANSFER)
    cut = tmp_path / "cut.odvault"
    cut.write_bytes(MAGIC + b"\x01\x00\x00\x00\x10{")
    with pytest.raises(TransferFileInvalid, match="cut short"):
        import_vault(cut, tmp_path / "new", TRANSFER)


def test_cli_export_and_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from outreach_desk.cli import main

    _filled(tmp_path / "old").close()
    monkeypatch.setenv("OUTREACH_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OUTREACH_DESK_TRANSFER_PASSPHRASE", TRANSFER)
    monkeypatch.setattr("outreach_desk.core.crypto.calibrate_kdf", lambda *a, **k: KdfParams())
    out = tmp_path / "move.odvault"
    assert main(["transfer", "export", str(out), "--data-dir", str(tmp_path / "old")]) == 0
    assert main(["transfer", "import", str(out), "--data-dir", str(tmp_path / "new")]) == 0
    assert "usual vault passphrase" in capsys.readouterr().out
    assert main(["transfer", "import", str(out), "--data-dir", str(tmp_path / "new")]) == 16
    with Vault.open(tmp_path / "new", PASSPHRASE) as moved:
        assert CANARY in Session(moved).families.families()[0].label


def test_the_kept_search_index_stays_behind_and_is_rebuilt_on_the_new_laptop(
    tmp_path: Path,
) -> None:
    old = _filled(tmp_path / "old")
    index = SearchIndex(old)
    index.build()
    assert index.save()
    out = tmp_path / "vault.odvault"
    export_vault(old, out, TRANSFER, kdf=KdfParams())
    old.close()
    import_vault(out, tmp_path / "new", TRANSFER)
    with Vault.open(tmp_path / "new", PASSPHRASE) as moved:
        row = moved.conn.execute("SELECT 1 FROM meta WHERE key = ?", (KEY_META,)).fetchone()
        assert row is None, "the snapshot key must not travel"
        fresh = SearchIndex(moved)
        assert fresh.load().source == "built"
        assert len(fresh.search(CANARY)) == 2  # the family and its note
