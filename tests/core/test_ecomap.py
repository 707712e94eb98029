from __future__ import annotations

from pathlib import Path

import pytest

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.ecomap import Contact, Ecomap, EcomapStore
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault


@pytest.fixture
def session(tmp_path: Path) -> Session:
    vault, _ = Vault.create(tmp_path / "v", "long test passphrase", kdf=KdfParams())
    yield Session(vault)
    vault.close()


def test_contact_validation_names_the_problem() -> None:
    with pytest.raises(ValidationError, match="needs a name"):
        Ecomap("fam").with_contact(Contact("x", "  "))
    with pytest.raises(ValidationError, match="tie must be one of"):
        Ecomap("fam").with_contact(Contact("x", "Oma", tie="lukewarm"))


def test_with_contact_replaces_in_place_and_without_removes() -> None:
    emap = Ecomap("fam").with_contact(Contact("a", "Oma")).with_contact(Contact("b", "GP"))
    emap = emap.with_contact(Contact("a", "Oma Fatima", tie="weak"))
    assert [c.name for c in emap.contacts] == ["Oma Fatima", "GP"]
    assert [c.id for c in emap.without("a").contacts] == ["b"]
    with pytest.raises(ValidationError):
        emap.without("zzz")


def test_store_round_trip_is_encrypted_and_per_family(session: Session, tmp_path: Path) -> None:
    family = session.families.add("Family Amrani")
    other = session.families.add("Family B")
    store = EcomapStore(session.records)
    assert store.load(family.id).contacts == ()
    store.add_contact(family.id, Contact.new("Juf Leen", network="formal", kind="person"))
    store.add_contact(family.id, Contact.new("Moskee", kind="organisation", tie="weak"))
    loaded = store.load(family.id)
    assert [c.name for c in loaded.contacts] == ["Juf Leen", "Moskee"]
    assert loaded.contacts[1].tie == "weak"
    assert store.load(other.id).contacts == ()
    assert len(session.records.query("ecomap", family.id)) == 1
    raw = (tmp_path / "v").glob("**/*")
    for path in raw:
        if path.is_file():
            assert b"Juf Leen" not in path.read_bytes()


def test_newest_map_wins_and_stale_copies_are_removed(session: Session) -> None:
    family = session.families.add("Family Amrani")
    # Two laptops each started a map while offline.
    session.records.put("ecomap", {"contacts": [{"id": "a", "name": "Old"}]}, family_id=family.id)
    session.records.put("ecomap", {"contacts": [{"id": "b", "name": "New"}]}, family_id=family.id)
    store = EcomapStore(session.records)
    assert [c.name for c in store.load(family.id).contacts] == ["New"]
    store.remove_contact(family.id, "b")
    assert len(session.records.query("ecomap", family.id)) == 1


def test_unknown_values_from_a_newer_version_are_read_softly() -> None:
    contact = Contact.from_dict({"id": "x", "name": "Oma", "tie": "cosmic", "network": "?"})
    assert (contact.tie, contact.network) == ("strong", "informal")


def test_service_choices_from_the_bundled_social_map(tmp_path: Path) -> None:
    from outreach_desk.core.ecomap import service_choices
    from outreach_desk.core.socialmap.store import SocialMap

    with SocialMap.open(tmp_path / "map") as social_map:
        choices = service_choices(social_map.services())
    assert choices, "the bundled social map has services"
    names = [c.name.casefold() for c in choices]
    assert names == sorted(names)
    assert all(c.network in ("formal", "informal", "") for c in choices)
    assert all(" – " not in c.short_name for c in choices)
    assert any(c.network == "informal" for c in choices)  # citizen initiatives are there
