"""The CLI as administrators and scripts use it: exit codes, JSON, messages on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outreach_desk import __version__
from outreach_desk.cli import main

PASSPHRASE = "a long cli passphrase"


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("OUTREACH_DESK_PASSPHRASE", PASSPHRASE)
    data = tmp_path / "data"

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(data)] if args[0] != "--version" else list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"outreach-desk {__version__}"


def test_full_cycle(cli) -> None:
    code, out, _ = cli("vault", "init", "--kdf-memory-mib", "64")
    assert code == 0 and "RECOVERY CODE" in out
    code, family_id, _ = cli("family", "add", "--label", "Famille Test", "--language", "ar")
    family_id = family_id.strip()
    assert code == 0 and len(family_id) == 32
    code, note_id, _ = cli("note", "add", family_id, "--text", "Pas de chauffage à la maison")
    assert code == 0
    code, out, _ = cli("note", "list", family_id, "--json")
    notes = json.loads(out)
    assert notes[0]["id"] == note_id.strip() and notes[0]["text"].startswith("Pas de chauffage")
    code, out, _ = cli("family", "list", "--json")
    assert json.loads(out)[0]["languages"] == ["ar"]
    code, out, _ = cli("search", "chauffage", "--json")
    assert json.loads(out)[0]["family_id"] == family_id
    code, out, _ = cli("vault", "check")
    assert code == 0 and "healthy" in out


def test_wrong_passphrase_exit_code_and_message(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("vault", "init", "--kdf-memory-mib", "64")
    monkeypatch.setenv("OUTREACH_DESK_PASSPHRASE", "not the passphrase")
    code, _, err = cli("family", "list")
    assert code == 3 and "Wrong passphrase" in err


def test_no_vault_yet(cli) -> None:
    code, _, err = cli("family", "list")
    assert code == 4 and "Create one first" in err


def test_unknown_family(cli) -> None:
    cli("vault", "init", "--kdf-memory-mib", "64")
    code, _, err = cli("note", "add", "deadbeef", "--text", "x")
    assert code == 7 and "deadbeef" in err


def test_kdf_below_floor_is_a_usage_error(cli) -> None:
    code, _, err = cli("vault", "init", "--kdf-memory-mib", "16")
    assert code == 2 and "floor" in err


def test_newer_vault_message(cli, tmp_path: Path) -> None:
    import sqlite3

    cli("vault", "init", "--kdf-memory-mib", "64")
    conn = sqlite3.connect(tmp_path / "data" / "vault.sqlite3")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    code, _, err = cli("family", "list")
    assert code == 5 and "newer version" in err and "3" in err


def test_backup_and_restore(cli) -> None:
    cli("vault", "init", "--kdf-memory-mib", "64")
    cli("family", "add", "--label", "Kept")
    assert cli("vault", "backup")[0] == 0
    cli("family", "add", "--label", "Added after the backup")
    code, out, _ = cli("vault", "restore", "--yes")
    assert code == 0 and "kept as" in out
    _, out, _ = cli("family", "list", "--json")
    assert [f["label"] for f in json.loads(out)] == ["Kept"]
