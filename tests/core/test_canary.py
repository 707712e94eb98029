"""A stolen laptop reveals nothing: canary strings typed into every kind of field are never
found in any file under the data directory (vault, -wal, -shm, backups, logs), in UTF-8 or
UTF-16, composed (NFC) or decomposed (NFD), as typed or as a search index would store
them (lower case, accents removed) - neither while the vault is unlocked nor after lock."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from outreach_desk.core.backup import make_backup
from outreach_desk.core.casefile import Member
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

PASSPHRASE = "canary vault passphrase"

# Accented on purpose, so NFC and NFD spell them differently. Unique enough that they
# cannot show up in ciphertext or SQLite structures by chance.
CANARIES = {
    "label": "Qzvëlabelcanarí",
    "real_names": "Ødegårdrealnamecanaryx",
    "member": "Jéssmembercanaryq",
    "strength": "Zwölfstrengthcanaryw",
    "note": "Brûléenotecanaryk",
    "note_edit": "Çaféeditcanaryj",
    "draft": "Mañanadraftcanaryv",
    "search": "Ñandúsearchcanaryp",
}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def encodings_of(text: str) -> set[bytes]:
    """Every byte form the text could take on disk."""
    forms = set()
    for variant in (text, text.casefold(), _strip_accents(text), _strip_accents(text).casefold()):
        for normal in ("NFC", "NFD"):
            spelled = unicodedata.normalize(normal, variant)
            for codec in ("utf-8", "utf-16-le", "utf-16-be"):
                forms.add(spelled.encode(codec))
    return forms


def find_canaries(data_dir: Path) -> list[str]:
    """'file: canary' for every canary found in any file below data_dir."""
    found = []
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        try:
            content = path.read_bytes()
        except FileNotFoundError:  # a temporary file the app renamed meanwhile
            continue
        for field, canary in CANARIES.items():
            if any(form in content for form in encodings_of(canary)):
                found.append(f"{path.relative_to(data_dir)}: {field}")
    return found


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _fill_with_canaries(session: Session) -> None:
    family = session.families.add(
        f"Familie {CANARIES['label']}",
        real_names=CANARIES["real_names"],
        members=(Member.parent(CANARIES["member"]), Member.child(2019)),
        strengths=(CANARIES["strength"],),
        municipality="Molenbeek",
        languages=("nl", "ar"),
    )
    note = session.notes.add(family.id, f"Gesprek met {CANARIES['note']} over huisvesting.")
    session.notes.edit(note.id, f"Gesprek met {CANARIES['note_edit']} over de huur.")
    session.drafts.save(session.drafts.new_id(), family.id, f"Nog te doen: {CANARIES['draft']}")
    for canary in CANARIES.values():  # searching must not write what was searched
        session.search_index.search(canary)
    session.wait_for_index_snapshot()  # the kept index is scanned too, once written


def test_no_canary_on_disk_while_unlocked_and_after_lock(data_dir: Path) -> None:
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    _fill_with_canaries(session)
    make_backup(vault.conn, data_dir)
    present = {p.name for p in data_dir.iterdir()}
    assert {"backups", "vault.sqlite3", "vault.sqlite3-wal", "vault.sqlite3-shm"} <= present, (
        "the scan below must see the live WAL files and a backup"
    )
    assert find_canaries(data_dir) == [], "plain text on disk while unlocked"

    session.lock()
    assert find_canaries(data_dir) == [], "plain text on disk after lock"

    reopened = Vault.open(data_dir, PASSPHRASE)
    assert CANARIES["label"] in Session(reopened).families.families()[0].label
    reopened.close()
    assert find_canaries(data_dir) == [], "plain text on disk after unlock and lock"


def test_search_index_data_stays_off_disk(data_dir: Path) -> None:
    """The index holds the plain words lower-cased and without accents; none reach disk."""
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    _fill_with_canaries(session)
    hits = session.search_index.search(_strip_accents(CANARIES["note_edit"]).lower())
    assert len(hits) == 1, "the canary note must be searchable, or this test proves nothing"
    assert find_canaries(data_dir) == []
    session.lock()


def test_the_kept_search_index_holds_no_plain_text(data_dir: Path) -> None:
    """The snapshot that lets the next unlock skip re-indexing holds every indexed word;
    on disk it is ciphertext, and the key never leaves the vault."""
    from outreach_desk.core import search_snapshot

    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    session = Session(vault)
    _fill_with_canaries(session)
    assert session.search_index.save()
    make_backup(vault.conn, data_dir)
    plain = bytes(search_snapshot.read(vault))
    token = _strip_accents(CANARIES["note_edit"]).casefold().encode()
    assert token in plain, "control: the decrypted snapshot holds the indexed words"
    assert search_snapshot.snapshot_file(data_dir).exists()
    assert find_canaries(data_dir) == []
    session.lock()
    assert find_canaries(data_dir) == []


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("normal", ["NFC", "NFD"])
def test_the_scan_finds_a_canary_in_every_form(data_dir: Path, codec: str, normal: str) -> None:
    """Control: a canary written in plain text in any of these forms is found."""
    (data_dir / "logs").mkdir(parents=True)
    text = f"log line: {unicodedata.normalize(normal, CANARIES['note'])}\n"
    (data_dir / "logs" / "app.log").write_bytes(text.encode(codec))
    assert find_canaries(data_dir) == ["logs/app.log: note"]


def test_the_scan_finds_an_index_token(data_dir: Path) -> None:
    """Control: the lower-case, accent-free token an FTS index would store is found too."""
    data_dir.mkdir()
    (data_dir / "index.db").write_bytes(_strip_accents(CANARIES["search"]).lower().encode())
    assert find_canaries(data_dir) == ["index.db: search"]
