"""Workers' experience with a service: encrypted in the vault, never on disk in clear."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.experience import EXPERIENCE_KIND, ExperienceStore
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

PASSPHRASE = "long test passphrase"
CANARY = "Fätimacanaryqz spreekt Tarifit"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    created, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=KdfParams())
    return created


def _disk_bytes(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file())


def test_add_and_list_per_service_newest_first(vault: Vault) -> None:
    store = ExperienceStore(vault)
    old = store.add("ocmw_schaerbeek", "waited 3 weeks", on="2026-01-10", author="Sara")
    new = store.add("ocmw_schaerbeek", "ask for Fatima, speaks Tarifit", on="2026-03-02")
    store.add("caw_brussel", "bad reception for families without papers")
    notes = store.for_service("ocmw_schaerbeek")
    assert [n.id for n in notes] == [new.id, old.id]
    assert notes[1].text == "waited 3 weeks"
    assert notes[1].author == "Sara"
    assert notes[1].date == "2026-01-10"
    assert len(store.all()) == 3
    assert store.count_by_service() == {"ocmw_schaerbeek": 2, "caw_brussel": 1}


def test_edit_keeps_creation_and_delete_removes(vault: Vault) -> None:
    store = ExperienceStore(vault)
    note = store.add("svc", "waited 3 weeks", on="2026-02-01")
    edited = store.edit(note.id, "waited 5 weeks")
    assert edited.id == note.id
    assert edited.created_at == note.created_at
    assert edited.date == "2026-02-01"
    assert store.get(note.id).text == "waited 5 weeks"
    store.delete(note.id)
    assert store.for_service("svc") == []
    with pytest.raises(NotFound):
        store.get(note.id)
    with pytest.raises(NotFound):
        store.delete(note.id)


@pytest.mark.parametrize("text", ["", "   \n"])
def test_empty_text_is_refused(vault: Vault, text: str) -> None:
    with pytest.raises(ValidationError, match="needs some text"):
        ExperienceStore(vault).add("svc", text)


def test_bad_date_is_refused_with_the_format(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        ExperienceStore(vault).add("svc", "waited", on="3 weeks ago")


def test_notes_are_vault_wide_records_and_survive_lock(tmp_path: Path, vault: Vault) -> None:
    store = ExperienceStore(vault)
    note = store.add("svc", "ask for Fatima")
    records = Session(vault).records.query(EXPERIENCE_KIND, None)
    assert [r.family_id for r in records] == [None], "no family: shared with the team later"
    vault.close()
    reopened = Vault.open(tmp_path / "vault", PASSPHRASE)
    assert ExperienceStore(reopened).get(note.id).text == "ask for Fatima"
    reopened.close()


def test_canary_text_never_reaches_the_disk(tmp_path: Path, vault: Vault) -> None:
    store = ExperienceStore(vault)
    note = store.add("svc", CANARY, author="Canaryauthorzq")
    store.edit(note.id, CANARY + " (edited)")
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    while_unlocked = _disk_bytes(tmp_path / "vault")
    vault.close()
    after_lock = _disk_bytes(tmp_path / "vault")
    for blob in (while_unlocked, after_lock):
        for needle in ("Fätimacanaryqz", "Fatimacanaryqz", "Canaryauthorzq"):
            for codec in ("utf-8", "utf-16-le"):
                assert needle.encode(codec) not in blob
                assert needle.lower().encode(codec) not in blob


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(on=st.text(max_size=20), text=st.text(max_size=40))
def test_any_input_is_stored_or_refused_with_a_typed_error(
    vault: Vault, on: str, text: str
) -> None:
    store = ExperienceStore(vault)
    try:
        note = store.add("svc", text, on=on)
    except ValidationError:
        return
    assert store.get(note.id).text == text.strip()
    assert len(note.date) == 10
