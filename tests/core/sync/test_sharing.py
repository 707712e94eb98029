from __future__ import annotations

import pytest

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.errors import NotFound, TrainingModeRefusal
from outreach_desk.core.session import Session
from outreach_desk.core.sync.bundle import open_bundle, peek_header
from outreach_desk.core.sync.keystore import add_contact, contacts, ensure_identity, my_card
from outreach_desk.core.sync.service import (
    KEEP_BOTH,
    KEEP_MINE,
    conflicts,
    outbox,
    resolve_note,
    sync_now,
)
from outreach_desk.core.sync.settings import (
    load_status,
    load_target,
    open_transport,
    save_folder_target,
    save_webdav_target,
)
from outreach_desk.core.sync.sharing import (
    handover,
    pending_handovers,
    share_family,
    shared_with,
    shares_by_contact,
    unshare_family,
)
from outreach_desk.core.sync.transport_folder import FolderTransport
from outreach_desk.core.timeline import build_timeline
from outreach_desk.core.vault import Vault, vault_file

CANARY = "CANARY-Aicha-Boulevard-Anspach-77"


def introduce(one, other):
    card = my_card(one.session, one.name.title())
    add_contact(other.session, card.to_text(), name=one.name.title(), fingerprint=card.fingerprint)


def device(laptop) -> str:
    return ensure_identity(laptop.session).device_id


@pytest.fixture
def trio(tmp_path, syncworld):
    laptops = syncworld.make_laptops(tmp_path, ["sara", "youssef", "lotte"])
    for one in laptops:
        for other in laptops:
            if one is not other:
                introduce(one, other)
    yield laptops
    for laptop in laptops:
        laptop.session.lock()


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "shared-folder"
    path.mkdir()
    return FolderTransport(path)


def test_share_and_unshare_change_what_each_contact_gets(trio):
    sara, youssef, _lotte = trio
    family = sara.session.families.add("Familie A")
    assert shares_by_contact(sara.session) == {}
    share_family(sara.session, family.id, "Youssef")
    assert shared_with(sara.session, family.id) == [device(youssef)]
    assert shares_by_contact(sara.session) == {device(youssef): [family.id]}
    unshare_family(sara.session, family.id, "youssef")
    assert shares_by_contact(sara.session) == {}


def test_sharing_needs_a_known_contact_and_an_existing_family(trio):
    sara = trio[0]
    family = sara.session.families.add("Familie B")
    with pytest.raises(NotFound, match="Known contacts"):
        share_family(sara.session, family.id, "Mallory")
    with pytest.raises(NotFound, match="No family"):
        share_family(sara.session, "0" * 32, "Youssef")


def test_only_what_is_shared_with_a_recipient_reaches_them(trio, folder):
    sara, youssef, lotte = trio
    for_youssef = sara.session.families.add("Familie voor Youssef")
    for_lotte = sara.session.families.add("Familie voor Lotte")
    private = sara.session.families.add("Alleen Sara")
    sara.session.notes.add(private.id, f"Privé: {CANARY}")
    share_family(sara.session, for_youssef.id, "Youssef")
    share_family(sara.session, for_lotte.id, "Lotte")

    report = sync_now(sara.session, folder)
    assert len(report.sent) == 2
    sync_now(youssef.session, folder)
    sync_now(lotte.session, folder)

    assert [f.id for f in youssef.session.families.families()] == [for_youssef.id]
    assert [f.id for f in lotte.session.families.families()] == [for_lotte.id]
    for laptop, allowed in ((youssef, for_youssef.id), (lotte, for_lotte.id)):
        identity = ensure_identity(laptop.session)
        for path in folder.folder.iterdir():
            data = path.read_bytes()
            if identity.device_id in {r.device_id for r in peek_header(data).recipients}:
                opened = open_bundle(data, identity, contacts(laptop.session))
                assert {op.family_id for op in opened.ops} == {allowed}
    for path in folder.folder.iterdir():
        assert CANARY.encode() not in path.read_bytes()


def test_a_family_shared_later_arrives_whole(trio, folder):
    sara, youssef, _ = trio
    first = sara.session.families.add("Eerste familie")
    share_family(sara.session, first.id, "Youssef")
    later = sara.session.families.add("Latere familie")
    sara.session.notes.add(later.id, "Oud gesprek, van voor het delen.")
    sync_now(sara.session, folder)  # the watermark now lies after the old note
    share_family(sara.session, later.id, "Youssef")
    sync_now(sara.session, folder)
    sync_now(youssef.session, folder)
    texts = [n.text for n in youssef.session.notes.for_family(later.id)]
    assert texts == ["Oud gesprek, van voor het delen."]


def test_a_shared_family_flows_back_without_sharing_it_again(trio, folder):
    sara, youssef, _ = trio
    family = sara.session.families.add("Duo-familie")
    share_family(sara.session, family.id, "Youssef")
    sync_now(sara.session, folder)
    sync_now(youssef.session, folder)
    assert shares_by_contact(youssef.session) == {device(sara): [family.id]}
    youssef.session.notes.add(family.id, "Youssef: moeder gesproken aan de schoolpoort.")
    sync_now(youssef.session, folder)
    sync_now(sara.session, folder)
    assert [n.text for n in sara.session.notes.for_family(family.id)] == [
        "Youssef: moeder gesproken aan de schoolpoort."
    ]


def test_handover_with_kept_access(trio, folder):
    sara, youssef, _ = trio
    family = sara.session.families.add("Familie H")
    done = handover(sara.session, family.id, "Youssef", keeps_access=True)
    assert done.to_device == device(youssef)
    assert sara.session.families.get(family.id).owner == device(youssef)
    sync_now(sara.session, folder)
    sync_now(youssef.session, folder)

    arrived = youssef.session.families.get(family.id)
    assert arrived.owner == device(youssef)
    entries = build_timeline(
        youssef.session.notes, youssef.session.consents, youssef.session.records, family.id
    )
    kinds = [e.kind for e in entries]
    assert "handover" in kinds and "note" in kinds
    note = youssef.session.notes.for_family(family.id)[0].text
    assert "Youssef is now responsible" in note and "keep read access" in note

    youssef.session.notes.add(family.id, "Eerste gesprek door Youssef.")
    sync_now(youssef.session, folder)
    sync_now(sara.session, folder)
    assert "Eerste gesprek door Youssef." in [
        n.text for n in sara.session.notes.for_family(family.id)
    ]


def test_handover_without_access_destroys_the_family_here_once_sent(trio, folder):
    sara, youssef, _ = trio
    family = sara.session.families.add("Familie I")
    sara.session.notes.add(family.id, f"Gesprek: {CANARY}")
    handover(sara.session, family.id, "Youssef", keeps_access=False)
    assert pending_handovers(sara.session) == {family.id: device(youssef)}
    assert sara.session.families.exists(family.id)  # not before it went out

    sync_now(sara.session, folder)
    assert not sara.session.families.exists(family.id)
    assert not sara.session.vault.has_case_key(family.id)
    assert pending_handovers(sara.session) == {}
    assert CANARY.encode() not in vault_file(sara.session.vault.path.parent).read_bytes()

    sync_now(youssef.session, folder)
    assert youssef.session.families.get(family.id).owner == device(youssef)
    assert shares_by_contact(youssef.session) == {}  # Sara gave it up: nothing goes back


def test_training_vault_never_shares_hands_over_or_syncs(tmp_path, folder):
    vault, _code = Vault.create(tmp_path / "training", "a long test passphrase", kdf=KdfParams(),
                                kind="training")  # fmt: skip
    session = Session(vault)
    try:
        family = session.families.add("Fictieve familie")
        with pytest.raises(TrainingModeRefusal):
            share_family(session, family.id, "Youssef")
        with pytest.raises(TrainingModeRefusal):
            handover(session, family.id, "Youssef", keeps_access=True)
        with pytest.raises(TrainingModeRefusal):
            sync_now(session, folder)
        assert list(folder.folder.iterdir()) == []
    finally:
        session.lock()


def test_the_webdav_password_is_kept_encrypted_in_the_vault(trio, tmp_path):
    sara = trio[0]
    secret = "PASSWORD-CANARY-9f3e"
    save_webdav_target(sara.session, "https://cloud.example.org/dav/desk", "sara", secret)
    target = load_target(sara.session)
    assert target is not None and target.password == secret and target.user == "sara"
    sara.session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in sara.session.vault.path.parent.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes()
    save_folder_target(sara.session, tmp_path)
    assert isinstance(open_transport(load_target(sara.session)), FolderTransport)


def test_sync_status_remembers_success_and_failure(trio, tmp_path):
    sara = trio[0]
    gone = FolderTransport(tmp_path / "unplugged-stick")
    with pytest.raises(Exception, match="does not exist"):
        sync_now(sara.session, gone)
    status = load_status(sara.session)
    assert "does not exist" in status.error and status.last_success == ""


def test_outbox_lists_what_waits_to_go_out(trio, folder):
    sara, _youssef, _ = trio
    family = sara.session.families.add("Familie O")
    share_family(sara.session, family.id, "Youssef")
    [entry] = outbox(sara.session)
    assert (entry.contact_name, entry.family_label, entry.changes) == ("Youssef", "Familie O", -1)
    sync_now(sara.session, folder)
    assert outbox(sara.session) == []
    sara.session.notes.add(family.id, "Nieuw.")
    [entry] = outbox(sara.session)
    assert entry.changes == 1


def test_concurrent_note_edits_show_as_a_conflict_and_keep_both_merges(trio, folder):
    sara, youssef, _ = trio
    family = sara.session.families.add("Familie C")
    note = sara.session.notes.add(family.id, "Eerste versie.")
    share_family(sara.session, family.id, "Youssef")
    sync_now(sara.session, folder)
    sync_now(youssef.session, folder)
    sara.session.notes.edit(note.id, "Sara: moeder belt maandag.")
    youssef.session.notes.edit(note.id, "Youssef: moeder belt dinsdag.")
    sara.session.families.update(family.id, municipality="Anderlecht")
    youssef.session.families.update(family.id, municipality="Molenbeek")
    sync_now(sara.session, folder)
    sync_now(youssef.session, folder)
    sync_now(sara.session, folder)

    found = conflicts(sara.session)
    types = sorted(type(c).__name__ for c in found)
    assert types == ["FieldConflictView", "NoteConflictView"]
    note_conflict = next(c for c in found if type(c).__name__ == "NoteConflictView")
    assert note_conflict.mine == "Sara: moeder belt maandag."
    assert note_conflict.theirs == "Youssef: moeder belt dinsdag."

    text = resolve_note(sara.session, note.id, KEEP_BOTH)
    assert "maandag" in text and "dinsdag" in text
    sync_now(sara.session, folder)
    sync_now(youssef.session, folder)
    assert youssef.session.notes.get(note.id).conflicts == ()
    assert youssef.session.notes.get(note.id).text == text
    with pytest.raises(Exception, match="no conflicting"):
        resolve_note(sara.session, note.id, KEEP_MINE)


def test_a_contact_can_be_given_another_local_name(trio):
    sara, youssef, _ = trio
    card = my_card(youssef.session, "Youssef El Amrani")
    add_contact(sara.session, card.to_json(), name="Youssef (school gate)",
                fingerprint=card.fingerprint)  # fmt: skip
    family = sara.session.families.add("Familie N")
    assert share_family(sara.session, family.id, "Youssef (school gate)").name == (
        "Youssef (school gate)"
    )


def test_payload_is_built_in_steps_but_byte_for_byte_canonical():
    from outreach_desk.core.sync import payload
    from outreach_desk.core.sync.errors import BundleTooLarge

    def op(i: int) -> payload.Operation:
        body = {"note_id": f"n{i}", "version_id": f"op{i}", "parent_id": None,
                "text": "é" * 3000, "author": "", "created_at": "", "supersedes": []}  # fmt: skip
        return payload.Operation(
            op_id=f"op{i}", hlc=f"{1_780_000_000_000 + i:013d}-00000-{'a' * 32}",
            device="a" * 32, author="sara", family_id="fam", kind="note.version", body=body,
        )  # fmt: skip

    ops = [op(i) for i in range(400)]
    whole = {"format": payload.PAYLOAD_FORMAT, "version": payload.PAYLOAD_VERSION,
             "ops": [op.to_json() for op in ops]}  # fmt: skip
    encoded = payload.encode_ops(ops)
    assert encoded == payload.canonical_json(whole)
    packed = payload.compress(encoded)
    assert payload.decode_ops(payload.decompress(packed)) == ops
    with pytest.raises(BundleTooLarge):
        payload.decompress(packed, cap=len(encoded) - 1)


def test_every_sync_setting_is_kept_beside_the_others(trio, tmp_path):
    from outreach_desk.core.sync import settings

    sara = trio[0]
    family = sara.session.families.add("Familie S")
    share_family(sara.session, family.id, "Youssef")
    settings.save_folder_target(sara.session, tmp_path)
    settings.record_status(sara.session, sent=1)
    settings.set_my_name(sara.session, "Sara")
    settings.set_auto_sync(sara.session, True)
    assert settings.load_target(sara.session).location == str(tmp_path)
    assert settings.load_status(sara.session).sent == 1
    assert settings.my_name(sara.session) == "Sara"
    assert settings.auto_sync_enabled(sara.session)
    assert shared_with(sara.session, family.id) == [device(trio[1])]
