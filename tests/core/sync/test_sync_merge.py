from __future__ import annotations

import pytest

from outreach_desk.core.errors import BundleAlreadyImported, BundleError
from outreach_desk.core.sync.bundle import open_bundle
from outreach_desk.core.sync.errors import BundleClockTooFarAhead
from outreach_desk.core.sync.merge import import_bundle


def share_new_family(sender, receiver, label="Familie A"):
    family = sender.session.families.add(label, municipality="Molenbeek")
    receiver.receive(sender.bundle_for(receiver, [family.id]))
    return family.id


def test_a_shared_family_arrives_with_its_notes(duo):
    sara, youssef = duo
    family = sara.session.families.add("Familie Benali", municipality="Schaerbeek")
    sara.session.notes.add(family.id, "Moeder vraagt hulp bij de huurwaarborg.", author="sara")
    report = youssef.receive(sara.bundle_for(youssef, [family.id]))
    assert report.notes_added == 1
    received = youssef.session.families.get(family.id)
    assert received.label == "Familie Benali"
    assert received.municipality == "Schaerbeek"
    notes = youssef.session.notes.for_family(family.id)
    assert [n.text for n in notes] == ["Moeder vraagt hulp bij de huurwaarborg."]
    assert youssef.state() == sara.state()


def test_the_same_bundle_twice_changes_nothing(duo):
    sara, youssef = duo
    family_id = share_new_family(sara, youssef)
    sara.session.notes.add(family_id, "Tweede gesprek.", author="sara")
    data = sara.bundle_for(youssef, [family_id])
    youssef.receive(data)
    before = youssef.state_hash()
    with pytest.raises(BundleAlreadyImported):
        youssef.receive(data)
    youssef.receive(sara.bundle_for(youssef, [family_id]))  # same content, new bundle id
    assert youssef.state_hash() == before


def test_concurrent_field_edits_keep_the_loser_as_a_conflict(duo):
    sara, youssef = duo
    family_id = share_new_family(sara, youssef)
    sara.edit_family(family_id, municipality="Anderlecht")
    youssef.edit_family(family_id, municipality="Laken")
    youssef.receive(sara.bundle_for(youssef, [family_id]))
    sara.receive(youssef.bundle_for(sara, [family_id]))
    for laptop in duo:
        family = laptop.session.families.get(family_id)
        values = {family.municipality, *(c.value for c in family.conflicts)}
        assert values == {"Anderlecht", "Laken"}
        assert len(family.conflicts) == 1
    assert sara.state() == youssef.state()


def test_an_edit_made_after_seeing_a_value_is_not_a_conflict(duo):
    sara, youssef = duo
    family_id = share_new_family(sara, youssef)
    youssef.edit_family(family_id, municipality="Laken")
    sara.receive(youssef.bundle_for(sara, [family_id]))
    sara.edit_family(family_id, municipality="Jette")
    youssef.receive(sara.bundle_for(youssef, [family_id]))
    for laptop in duo:
        family = laptop.session.families.get(family_id)
        assert family.municipality == "Jette"
        assert family.conflicts == ()


def test_resolving_a_conflict_syncs_and_clears_it_everywhere(duo):
    sara, youssef = duo
    family_id = share_new_family(sara, youssef)
    sara.edit_family(family_id, residence="asylum")
    youssef.edit_family(family_id, residence="regular")
    youssef.receive(sara.bundle_for(youssef, [family_id]))
    youssef.edit_family(family_id, resolves=("residence",), residence="regular")
    sara.receive(youssef.bundle_for(sara, [family_id]))
    for laptop in duo:
        family = laptop.session.families.get(family_id)
        assert (family.residence, family.conflicts) == ("regular", ())


def test_concurrent_note_edits_are_both_kept(duo):
    sara, youssef = duo
    family_id = share_new_family(sara, youssef)
    note = sara.session.notes.add(family_id, "Afspraak OCMW maandag.", author="sara")
    youssef.receive(sara.bundle_for(youssef, [family_id]))
    sara.session.notes.edit(note.id, "Afspraak OCMW dinsdag.", author="sara")
    youssef.session.notes.edit(note.id, "Afspraak OCMW maandag 10u.", author="youssef")
    youssef.receive(sara.bundle_for(youssef, [family_id]))
    sara.receive(youssef.bundle_for(sara, [family_id]))
    for laptop in duo:
        merged = laptop.session.notes.get(note.id)
        texts = {merged.current.text, *(c.text for c in merged.conflicts)}
        assert texts == {"Afspraak OCMW dinsdag.", "Afspraak OCMW maandag 10u."}
        assert len(merged.versions) == 3
    assert sara.state() == youssef.state()


def test_records_last_writer_wins_and_tombstones_travel(duo):
    sara, youssef = duo
    family_id = share_new_family(sara, youssef)
    record = sara.session.records.put("referral", {"to": "OCMW"}, family_id=family_id)
    youssef.receive(sara.bundle_for(youssef, [family_id]))
    assert youssef.session.records.get("referral", record.id).payload == {"to": "OCMW"}
    sara.session.records.delete("referral", record.id)
    youssef.receive(sara.bundle_for(youssef, [family_id]))
    assert youssef.session.records.query("referral", family_id) == []


def test_a_clock_far_in_the_future_is_refused_and_nothing_changes(duo, syncworld):
    sara, youssef = duo
    family_id = share_new_family(sara, youssef)
    sara.session.notes.add(family_id, "Geschreven met een verkeerde klok.")
    data = sara.bundle_for(youssef, [family_id])
    before = youssef.state_hash()
    opened = open_bundle(data, youssef.identity, youssef.roster)
    an_hour_before_sara_wrote = int(sara.session.vault.clock.now().encode()[:13]) - 3_600_000
    with pytest.raises(BundleClockTooFarAhead, match="minutes after"):
        import_bundle(youssef.session, opened, now_ms=an_hour_before_sara_wrote)
    assert youssef.state_hash() == before


def test_a_tampered_bundle_changes_nothing(duo):
    sara, youssef = duo
    family_id = share_new_family(sara, youssef)
    sara.session.notes.add(family_id, "Nieuwe nota.")
    data = bytearray(sara.bundle_for(youssef, [family_id]))
    before = youssef.state_hash()
    for position in range(0, len(data), max(1, len(data) // 300)):
        flipped = bytearray(data)
        flipped[position] ^= 0x20
        with pytest.raises(BundleError):
            youssef.receive(bytes(flipped))
    assert youssef.state_hash() == before


def test_incremental_export_sends_only_what_changed(duo):
    sara = duo[0]
    family = sara.session.families.add("Familie C")
    for i in range(5):
        sara.session.notes.add(family.id, f"Nota {i}")
    from outreach_desk.core.sync.ops import export_ops

    first = export_ops(sara.session, [family.id])
    sara.session.notes.add(family.id, "Nota 5")
    later = export_ops(sara.session, [family.id], since=first.watermark)
    assert [op.body["text"] for op in later.ops] == ["Nota 5"]


def test_a_family_erased_here_is_not_brought_back_by_a_colleague(duo):
    sara, youssef = duo
    family_id = share_new_family(sara, youssef)
    sara.session.notes.add(family_id, "Nota voor het wissen.")
    youssef.receive(sara.bundle_for(youssef, [family_id]))
    with youssef.session.vault.transaction():
        youssef.session.vault.shred_case_key(family_id)
    sara.session.notes.add(family_id, "Nota na het wissen.")
    report = youssef.receive(sara.bundle_for(youssef, [family_id]))
    assert report.ignored_shredded == (family_id,)
    assert report.notes_added == 0
    assert not youssef.session.families.exists(family_id)
    assert not youssef.session.vault.has_case_key(family_id)
