"""The sync commands end to end: real vaults, a temp folder and a real WebDAV server."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from outreach_desk.cli import main
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.vault import Vault

PASSPHRASE = "a long cli passphrase"
CANARY = "CANARY-Fatima-rue-Haute-140"
DAV_FILE = Path(__file__).parents[1] / "core" / "sync" / "sync_davserver.py"


def _davserver() -> Any:
    spec = importlib.util.spec_from_file_location("sync_davserver_cli", DAV_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


davserver = _davserver()


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[Any]:
    root = tmp_path / "dav-root"
    root.mkdir()
    server = davserver.DavServer(root)
    yield server
    server.stop()


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("OUTREACH_DESK_PASSPHRASE", PASSPHRASE)

    def run(who: str, *args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", str(tmp_path / who)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _init(desk, *names: str) -> None:
    for name in names:
        assert desk(name, "vault", "init", "--kdf-memory-mib", "64")[0] == 0


def _introduce(desk, tmp_path: Path, one: str, other: str) -> None:
    """`one` exports a card; `other` imports it with the fingerprint read out."""
    card = tmp_path / f"{one}.card"
    code, _, err = desk(one, "contact", "export", str(card), "--name", one.title())
    assert code == 0 and "Fingerprint" in err
    fingerprint = json.loads(desk(one, "identity", "show", "--json")[1])["fingerprint"]
    code, out, _ = desk(other, "contact", "import", str(card), "--name", one.title(),
                        "--fingerprint", fingerprint)  # fmt: skip
    assert code == 0, out


@pytest.fixture
def duo(desk, tmp_path: Path):
    _init(desk, "sara", "youssef")
    _introduce(desk, tmp_path, "sara", "youssef")
    _introduce(desk, tmp_path, "youssef", "sara")
    return desk


def _family(desk, who: str, label: str, note: str = "") -> str:
    code, out, _ = desk(who, "family", "add", "--label", label)
    assert code == 0
    family_id = out.strip()
    if note:
        assert desk(who, "note", "add", family_id, "--text", note)[0] == 0
    return family_id


def _families(desk, who: str) -> dict[str, dict[str, Any]]:
    code, out, _ = desk(who, "family", "list", "--json")
    assert code == 0
    return {f["id"]: f for f in json.loads(out)}


def test_identity_show_prints_the_fingerprint_and_card(desk) -> None:
    _init(desk, "sara")
    code, out, _ = desk("sara", "identity", "show")
    assert code == 0 and "Fingerprint:" in out and "ODC1:" in out
    shown = json.loads(desk("sara", "identity", "show", "--json")[1])
    assert len(shown["device_id"]) == 32 and shown["card"].startswith("ODC1:")


def test_contact_import_refuses_a_fingerprint_that_does_not_match(desk, tmp_path) -> None:
    _init(desk, "sara", "youssef")
    card = tmp_path / "sara.card"
    desk("sara", "contact", "export", str(card), "--name", "Sara")
    wrong = json.loads(desk("youssef", "identity", "show", "--json")[1])["fingerprint"]
    code, _, err = desk("youssef", "contact", "import", str(card), "--name", "Sara",
                        "--fingerprint", wrong)  # fmt: skip
    assert code == 8 and "fingerprint" in err.lower()
    assert json.loads(desk("youssef", "contact", "list", "--json")[1]) == []


def test_two_vaults_round_trip_through_a_folder(duo, tmp_path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    listed = json.loads(duo("youssef", "contact", "list", "--json")[1])
    assert [c["name"] for c in listed] == ["Sara"]
    shared = _family(duo, "sara", "Famille Haute", f"Visite: {CANARY}")
    _family(duo, "sara", "Alleen bij Sara")
    code, out, _ = duo("sara", "share", shared, "--with", "Youssef")
    assert code == 0 and "Shared with Youssef" in out
    outbox = json.loads(duo("sara", "outbox", "--json")[1])
    assert [(e["contact"], e["family"], e["changes"]) for e in outbox] == [
        ("Youssef", "Famille Haute", "all")
    ]

    assert duo("sara", "sync", "--folder", str(folder))[0] == 0
    code, out, _ = duo("youssef", "sync", "--folder", str(folder))
    assert code == 0 and "imported 1" in out
    assert list(_families(duo, "youssef")) == [shared]
    assert json.loads(duo("sara", "outbox", "--json")[1]) == []
    for path in folder.iterdir():
        assert CANARY.encode() not in path.read_bytes()


def test_sync_over_webdav_with_the_password_stored_in_the_vault(
    duo, dav, tmp_path, monkeypatch
) -> None:
    family = _family(duo, "sara", "Familie Dav", f"Gesprek: {CANARY}")
    duo("sara", "share", family, "--with", "youssef")
    monkeypatch.setenv("OUTREACH_DESK_WEBDAV_PASSWORD", davserver.PASSWORD)
    code, out, _ = duo("sara", "sync", "set-webdav", dav.url, "--user", davserver.USER)
    assert code == 0 and "encrypted" in out
    monkeypatch.delenv("OUTREACH_DESK_WEBDAV_PASSWORD")
    for _ in range(2):  # the stored target and password, still there after a sync
        code, _, err = duo("sara", "sync")
        assert code == 0, err
    monkeypatch.setenv("OUTREACH_DESK_WEBDAV_PASSWORD", davserver.PASSWORD)
    code, out, err = duo("youssef", "sync", "--webdav", dav.url, "--user", davserver.USER)
    assert code == 0 and "imported 1" in out, err
    assert family in _families(duo, "youssef")
    for path in dav.root.rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes()
    status = json.loads(duo("sara", "sync", "status", "--json")[1])
    assert status["error"] is None and status["last_success"]


def test_a_wrong_webdav_password_says_so(duo, dav, monkeypatch) -> None:
    monkeypatch.setenv("OUTREACH_DESK_WEBDAV_PASSWORD", "not-the-password")
    code, _, err = duo("sara", "sync", "--webdav", dav.url, "--user", davserver.USER)
    assert code != 0 and "password" in err.lower()


def test_bundle_import_exit_codes(duo, desk, tmp_path) -> None:
    _init(desk, "lotte")
    _introduce(desk, tmp_path, "lotte", "sara")
    _introduce(desk, tmp_path, "sara", "lotte")
    family = _family(duo, "sara", "Familie Bundel", "Eerste gesprek.")
    duo("sara", "share", family, "--with", "Youssef")
    duo("sara", "share", family, "--with", "Lotte")
    for_youssef, for_lotte = tmp_path / "y.odb", tmp_path / "l.odb"
    assert duo("sara", "bundle", "export", "--for", "Youssef", str(for_youssef))[0] == 0
    assert duo("sara", "bundle", "export", "--for", "Lotte", str(for_lotte))[0] == 0

    data = for_youssef.read_bytes()
    tampered = tmp_path / "tampered.odb"
    tampered.write_bytes(data[:200] + bytes([data[200] ^ 1]) + data[201:])
    assert duo("youssef", "bundle", "import", str(tampered))[0] == 10
    assert duo("youssef", "bundle", "import", str(for_lotte))[0] == 11
    newer = tmp_path / "newer.odb"
    newer.write_bytes(data[:8] + (2).to_bytes(2, "big") + data[10:])
    assert duo("youssef", "bundle", "import", str(newer))[0] == 14
    assert _families(duo, "youssef") == {}

    code, out, _ = duo("youssef", "bundle", "import", str(for_youssef))
    assert code == 0 and "1 families" in out
    code, _, err = duo("youssef", "bundle", "import", str(for_youssef))
    assert code == 13 and "already imported" in err

    # Youssef's bundle for Lotte: Lotte never imported Youssef's card.
    _introduce(desk, tmp_path, "lotte", "youssef")
    from_youssef = tmp_path / "from-youssef.odb"
    assert duo("youssef", "share", family, "--with", "Lotte")[0] == 0
    assert duo("youssef", "bundle", "export", "--for", "Lotte", str(from_youssef))[0] == 0
    code, _, err = desk("lotte", "bundle", "import", str(from_youssef))
    assert code == 12 and "not among your contacts" in err


def test_handover_without_access_removes_the_family_after_export(duo, tmp_path) -> None:
    family = _family(duo, "sara", "Familie Overdracht", "Dossier.")
    code, out, _ = duo("sara", "handover", family, "--to", "Youssef", "--no-access")
    assert code == 0 and "removed from this laptop as soon as" in out
    assert family in _families(duo, "sara")
    bundle = tmp_path / "handover.odb"
    code, out, _ = duo("sara", "bundle", "export", "--for", "Youssef", str(bundle))
    assert code == 0 and "now removed" in out
    assert family not in _families(duo, "sara")
    assert duo("youssef", "bundle", "import", str(bundle))[0] == 0
    notes = json.loads(duo("youssef", "note", "list", family, "--json")[1])
    assert any("Youssef is now responsible" in n["text"] for n in notes)


def test_conflicts_list_and_resolve(duo, tmp_path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    family = _family(duo, "sara", "Familie Conflict")
    note = duo("sara", "note", "add", family, "--text", "Begin.")[1].strip()
    duo("sara", "share", family, "--with", "Youssef")
    duo("sara", "sync", "--folder", str(folder))
    duo("youssef", "sync", "--folder", str(folder))
    duo("sara", "note", "edit", note, "--text", "Sara: afspraak maandag.")
    duo("youssef", "note", "edit", note, "--text", "Youssef: afspraak dinsdag.")
    for who in ("sara", "youssef", "sara"):
        assert duo(who, "sync", "--folder", str(folder))[0] == 0
    found = json.loads(duo("sara", "conflicts", "list", "--json")[1])
    assert [(c["type"], c["mine"], c["theirs"]) for c in found] == [
        ("note", "Sara: afspraak maandag.", "Youssef: afspraak dinsdag.")
    ]
    assert duo("sara", "conflicts", "resolve-note", note, "--keep", "theirs")[0] == 0
    assert json.loads(duo("sara", "conflicts", "list", "--json")[1]) == []
    _code, out, _ = duo("sara", "conflicts", "list")
    assert out.strip() == "No conflicts."


def test_a_training_vault_refuses_to_share_or_sync(desk, tmp_path) -> None:
    vault, _code = Vault.create(tmp_path / "train", PASSPHRASE, kdf=KdfParams(), kind="training")
    vault.close()
    folder = tmp_path / "f"
    folder.mkdir()
    code, _, err = desk("train", "sync", "--folder", str(folder))
    assert code == 15 and "training" in err
    assert list(folder.iterdir()) == []
