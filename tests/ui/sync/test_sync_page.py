from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.sync import keystore, settings
from outreach_desk.core.sync.service import sync_now
from outreach_desk.core.sync.sharing import share_family
from outreach_desk.core.sync.transport_folder import FolderTransport
from outreach_desk.core.vault import Vault
from outreach_desk.ui.sync.background import retry_delay
from outreach_desk.ui.sync.page import SyncPage

PASSPHRASE = "a long sync page passphrase"


def _session(path: Path, kind: str = "real") -> Session:
    vault, _code = Vault.create(path, PASSPHRASE, kdf=KdfParams(), kind=kind)
    return Session(vault)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Session, Session]]:
    sara, youssef = _session(tmp_path / "sara"), _session(tmp_path / "youssef")
    yield sara, youssef
    sara.lock()
    youssef.lock()


def _introduce(one: Session, one_name: str, other: Session) -> None:
    card = keystore.my_card(one, one_name)
    keystore.add_contact(other, card.to_text(), name=one_name, fingerprint=card.fingerprint)


def _page(qtbot, session: Session) -> SyncPage:
    page = SyncPage(session)
    qtbot.addWidget(page)
    page.resize(900, 620)
    page.show()
    return page


def _sync(qtbot, page: SyncPage) -> None:
    assert page.sync_now()
    assert not page.target.sync_button.isEnabled()  # busy while the pass runs
    qtbot.waitUntil(lambda: not page.job.running, timeout=30_000)


def test_a_colleague_is_trusted_only_after_confirming_the_fingerprint(qtbot, pair) -> None:
    sara, youssef = pair
    page = _page(qtbot, sara)
    card = keystore.my_card(youssef, "Youssef")
    dialog = page.contacts.open_import_dialog()
    dialog.set_card_data(card.to_text()[:-3])  # damaged on the way
    assert dialog.problem.text() and not dialog.trust_button.isEnabled()

    dialog.set_card_data(card.to_text())
    assert dialog.fingerprint.text() == card.fingerprint
    assert dialog.name.text() == "Youssef"
    assert not dialog.trust_button.isEnabled()  # not compared yet
    dialog.compared.setChecked(True)
    assert dialog.trust_button.isEnabled()
    dialog.trust_button.click()
    assert list(keystore.contacts(sara)) == [card.device_id]
    assert "Youssef" in page.contacts.contact_list.item(0).text()
    header = page.sharing.table.horizontalHeaderItem(2)
    assert header is not None and header.text() == "Youssef"


def test_a_card_file_can_be_opened_as_bytes(qtbot, pair) -> None:
    sara, youssef = pair
    page = _page(qtbot, sara)
    card = keystore.my_card(youssef, "Youssef")
    dialog = page.contacts.open_import_dialog()
    dialog.set_card_data(card.to_json())
    assert dialog.fingerprint.text() == card.fingerprint


def test_sync_now_moves_a_shared_family_to_the_second_vault(qtbot, pair, tmp_path) -> None:
    sara, youssef = pair
    _introduce(sara, "Sara", youssef)
    _introduce(youssef, "Youssef", sara)
    folder = tmp_path / "usb"
    folder.mkdir()
    family = sara.families.add("Familie Peeters")
    sara.notes.add(family.id, "Eerste huisbezoek.")
    page = _page(qtbot, sara)
    page.sharing.refresh()
    page.sharing.set_share(family.id, keystore.ensure_identity(youssef).device_id, True)
    assert "Waiting to go out: 1." in page.status.text()
    page.target.use_folder.setChecked(True)
    page.target.folder.setText(str(folder))
    assert page.target.save()
    _sync(qtbot, page)
    assert "never" not in page.status.text() and "Waiting to go out: 0." in page.status.text()

    other = _page(qtbot, youssef)
    settings.save_folder_target(youssef, folder)
    _sync(qtbot, other)
    assert [f.label for f in youssef.families.families()] == ["Familie Peeters"]
    assert youssef.notes.for_family(family.id)[0].text == "Eerste huisbezoek."


def test_a_failed_sync_is_explained_in_plain_words(qtbot, pair, tmp_path) -> None:
    sara, _ = pair
    settings.save_folder_target(sara, tmp_path / "stick-not-plugged-in")
    page = _page(qtbot, sara)
    _sync(qtbot, page)
    assert "cannot be reached" in page.status.text()
    assert page.auto.failures == 1


def test_conflicts_view_settles_a_field_and_a_note(qtbot, pair, tmp_path) -> None:
    sara, youssef = pair
    _introduce(sara, "Sara", youssef)
    _introduce(youssef, "Youssef", sara)
    folder = FolderTransport(tmp_path / "f")
    folder.folder.mkdir()
    family = sara.families.add("Familie Conflict", municipality="Jette")
    note = sara.notes.add(family.id, "Begin.")
    share_family(sara, family.id, "Youssef")
    sync_now(sara, folder)
    sync_now(youssef, folder)
    sara.notes.edit(note.id, "Sara: huisarts gebeld.")
    youssef.notes.edit(note.id, "Youssef: huisarts komt dinsdag.")
    sara.families.update(family.id, municipality="Anderlecht")
    youssef.families.update(family.id, municipality="Molenbeek")
    for session in (sara, youssef, sara):
        sync_now(session, folder)

    page = _page(qtbot, sara)
    panel = page.conflicts
    assert len(panel.items) == 2 and page.tabs.tabText(3).endswith("(2)")
    note_row = next(i for i, c in enumerate(panel.items) if hasattr(c, "note_id"))
    panel.listing.setCurrentRow(note_row)
    assert panel.keep_both.isEnabled()
    panel.keep_both.click()
    text = sara.notes.get(note.id).text
    assert "huisarts gebeld" in text and "komt dinsdag" in text
    assert len(panel.items) == 1
    panel.listing.setCurrentRow(0)
    assert not panel.keep_both.isEnabled()  # one field cannot hold two values
    theirs = panel.items[0].theirs
    panel.keep_theirs.click()
    assert sara.families.get(family.id).municipality == theirs
    assert sara.families.get(family.id).conflicts == ()
    assert panel.items == [] and page.tabs.tabText(3).endswith("(0)")


def test_handover_asks_for_confirmation(qtbot, pair) -> None:
    sara, youssef = pair
    _introduce(youssef, "Youssef", sara)
    family = sara.families.add("Familie Overdracht")
    page = _page(qtbot, sara)
    page.tabs.setCurrentWidget(page.sharing)
    page.sharing.table.selectRow(0)
    answers: list[str] = []
    page.sharing.confirm = lambda _parent, _title, text: answers.append(text) or False
    dialog = page.sharing.start_handover()
    assert dialog is not None
    dialog.drop.setChecked(True)
    dialog.accept()
    assert "removed from this laptop" in answers[0]
    assert sara.families.get(family.id).owner == sara.vault.device_id  # refused: unchanged

    page.sharing.confirm = lambda *_: True
    dialog = page.sharing.start_handover()
    dialog.accept()
    assert sara.families.get(family.id).owner == keystore.ensure_identity(youssef).device_id
    item = page.sharing.table.item(0, 1)
    assert item is not None and item.text() == "Youssef"


def test_training_vault_shows_why_and_disables_every_action(qtbot, tmp_path) -> None:
    session = _session(tmp_path / "training", kind="training")
    try:
        session.families.add("Fictieve familie")
        folder = tmp_path / "f"
        folder.mkdir()
        settings.save_folder_target(session, folder)
        page = _page(qtbot, session)
        assert page.banner.isVisible()
        assert "never shared or synced" in page.banner.text()
        for widget in (
            page.target.sync_button,
            page.contacts.add_button,
            page.sharing.handover_button,
            page.target.save_button,
        ):
            assert not widget.isEnabled()  # fmt: skip
        assert page.sync_now() is False
        assert list(folder.iterdir()) == []
        assert keystore.load_identity(session) is None  # no keys made for fictional data
    finally:
        session.lock()


def test_language_change_retranslates_without_losing_state(qtbot, pair) -> None:
    sara, _ = pair
    page = _page(qtbot, sara)
    page.target.folder.setText("/media/usb")
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert page.target.folder.text() == "/media/usb"
    assert page.tabs.tabText(0) == "&Sync"


def test_automatic_sync_backs_off_from_30_seconds_to_15_minutes() -> None:
    assert [retry_delay(n) for n in (1, 2, 3, 4, 5, 6, 7, 12)] == [
        30, 60, 120, 240, 480, 900, 900, 900,
    ]  # fmt: skip


def test_auto_sync_checkbox_is_remembered_in_the_vault(qtbot, pair) -> None:
    sara, _ = pair
    page = _page(qtbot, sara)
    page.target.auto.setChecked(True)
    assert settings.auto_sync_enabled(sara)
    assert page.auto.timer.isActive()
    page.lock()
    assert not page.auto.timer.isActive()
    again = _page(qtbot, sara)
    assert again.target.auto.checkState() == Qt.CheckState.Checked


def test_the_sync_screen_is_a_tab_of_the_main_window_and_stops_on_lock(qtbot, unlocked) -> None:
    controller, window = unlocked
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    page.target.auto.setChecked(True)
    assert page.auto.timer.isActive()
    controller.set_language("nl")  # a language change must not break the screen
    controller.lock()
    assert controller.window is None


def test_a_manual_sync_does_not_switch_automatic_sync_on(qtbot, pair, tmp_path) -> None:
    sara, _ = pair
    settings.save_folder_target(sara, tmp_path)
    page = _page(qtbot, sara)
    _sync(qtbot, page)
    assert not page.auto.timer.isActive()
    page.target.auto.setChecked(True)
    _sync(qtbot, page)
    assert page.auto.timer.isActive() and page.auto.failures == 0


def test_progress_steps_are_shown_in_the_screen_words(qtbot, pair) -> None:
    page = _page(qtbot, pair[0])
    assert page.progress_words("Sending 12 changes to Youssef") == "Sending 12 changes to Youssef…"
    assert page.progress_words("Receiving 2 of 5") == "Receiving file 2 of 5…"
