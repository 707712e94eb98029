from __future__ import annotations

import pytest

from outreach_desk.core.errors import NotFound
from outreach_desk.core.sync.errors import FingerprintMismatch
from outreach_desk.core.sync.keystore import (
    add_contact,
    contacts,
    ensure_identity,
    find_contact,
    load_identity,
    my_card,
)
from outreach_desk.core.sync.syncrun import sync_once
from outreach_desk.core.sync.transport_folder import FolderTransport
from outreach_desk.core.sync.transport_webdav import WebDavTransport

CANARY = "CANARY-Moussa-Diallo-rue-de-Flandre-12"


def introduce(one, other):
    """Each worker imports the other's card after comparing fingerprints aloud."""
    card = my_card(one.session, one.name.title())
    add_contact(other.session, card.to_text(), name=one.name.title(), fingerprint=card.fingerprint)


@pytest.fixture
def paired(duo):
    sara, youssef = duo
    introduce(sara, youssef)
    introduce(youssef, sara)
    return sara, youssef


def test_identity_is_created_once_and_kept_in_the_vault(duo):
    sara = duo[0]
    assert load_identity(sara.session) is None
    first = ensure_identity(sara.session)
    assert ensure_identity(sara.session).device_id == first.device_id
    assert load_identity(sara.session).fingerprint == first.fingerprint


def test_a_contact_with_the_wrong_fingerprint_is_not_added(duo):
    sara, youssef = duo
    card = my_card(sara.session, "Sara")
    wrong = my_card(youssef.session, "Youssef").fingerprint
    with pytest.raises(FingerprintMismatch):
        add_contact(youssef.session, card.to_json(), name="Sara", fingerprint=wrong)
    assert contacts(youssef.session) == {}


def test_contacts_are_found_by_local_name(paired):
    sara, youssef = paired
    found = find_contact(youssef.session, "sara")
    assert found.device_id == ensure_identity(sara.session).device_id
    with pytest.raises(NotFound, match="Known contacts: Sara"):
        find_contact(youssef.session, "lotte")


def share(sender, receiver, family_ids):
    return {ensure_identity(receiver.session).device_id: family_ids}


def test_sync_through_a_folder_delivers_once_and_keeps_the_folder_opaque(paired, tmp_path):
    sara, youssef = paired
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    family = sara.session.families.add("Familie E", municipality="Vorst")
    sara.session.notes.add(family.id, f"Gesprek met {CANARY}.", author="sara")

    sent = sync_once(sara.session, FolderTransport(folder), share(sara, youssef, [family.id]))
    assert len(sent.sent) == 1
    got = sync_once(youssef.session, FolderTransport(folder), {})
    assert [r.notes_added for r in got.received] == [1]
    assert got.problems == []
    assert youssef.session.notes.for_family(family.id)[0].text == f"Gesprek met {CANARY}."

    again = sync_once(youssef.session, FolderTransport(folder), {})
    assert (again.received, again.problems) == ([], [])
    assert (
        sync_once(sara.session, FolderTransport(folder), share(sara, youssef, [family.id])).sent
        == []
    )

    for path in folder.iterdir():
        assert CANARY.encode() not in path.read_bytes()
        assert "Familie" not in path.name and family.id not in path.name


def test_duo_edits_flow_both_ways_over_webdav(paired, dav_server, dav_credentials):
    sara, youssef = paired
    family = sara.session.families.add("Familie F")
    with WebDavTransport(dav_server.url, *dav_credentials) as dav:
        sync_once(sara.session, dav, share(sara, youssef, [family.id]))
        sync_once(youssef.session, dav, {})
        youssef.session.notes.add(family.id, "Youssef zag de moeder aan de schoolpoort.")
        sync_once(youssef.session, dav, share(youssef, sara, [family.id]))
        report = sync_once(sara.session, dav, share(sara, youssef, [family.id]))
    assert report.problems == []
    texts = [n.text for n in sara.session.notes.for_family(family.id)]
    assert texts == ["Youssef zag de moeder aan de schoolpoort."]
    for path in dav_server.root.iterdir():
        assert b"schoolpoort" not in path.read_bytes()


def test_a_stranger_cannot_write_to_a_family_that_is_not_shared_with_them(paired, tmp_path):
    sara, youssef = paired
    folder = tmp_path / "share"
    folder.mkdir()
    mine = youssef.session.families.add("Familie van Youssef")
    sara_family = sara.session.families.add("Familie van Sara")
    sync_once(sara.session, FolderTransport(folder), share(sara, youssef, [sara_family.id]))
    sync_once(youssef.session, FolderTransport(folder), {})
    # Sara now sends changes to a family Youssef never shared with her.
    sara.session.vault.case_key(mine.id, create=True)
    sara.session.notes.add(mine.id, "Dit hoort hier niet.")
    sync_once(sara.session, FolderTransport(folder), share(sara, youssef, [mine.id]))
    report = sync_once(youssef.session, FolderTransport(folder), {})
    assert report.received == []
    assert any("not shared between you" in p for p in report.problems)
    assert youssef.session.notes.for_family(mine.id) == []


def test_a_bundle_from_an_unknown_device_is_reported_and_retried_later(duo, tmp_path):
    sara, youssef = duo
    introduce(youssef, sara)  # Sara knows Youssef; Youssef does not know Sara yet
    folder = tmp_path / "share"
    folder.mkdir()
    family = sara.session.families.add("Familie G")
    sync_once(sara.session, FolderTransport(folder), share(sara, youssef, [family.id]))
    first = sync_once(youssef.session, FolderTransport(folder), {})
    assert first.received == [] and "not among your contacts" in first.problems[0]
    introduce(sara, youssef)
    second = sync_once(youssef.session, FolderTransport(folder), {})
    assert len(second.received) == 1
