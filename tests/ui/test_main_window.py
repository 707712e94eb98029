"""Daily work in the main window: families, notes, search, drafts, lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTextBrowser

from outreach_desk.ui.actions import ActionId
from outreach_desk.ui.family_dialog import FamilyDialog

from .conftest import unlock


def _add_family(qtbot, window, label: str, municipality: str = "Schaerbeek") -> None:
    window.registry[ActionId.NEW_FAMILY].trigger()
    dialogs = [d for d in window.findChildren(FamilyDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    dialog.label.setText(label)
    dialog.municipality.setCurrentText(municipality)
    dialog.strengths.setPlainText("Mother comes to the school gate every day")
    dialog.add_member.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.families.detail.title.text() == label)


def _write_note(qtbot, window, text: str) -> None:
    window.registry[ActionId.NEW_NOTE].trigger()
    window.families.notes.editor.text.setPlainText(text)
    window.registry[ActionId.SAVE_NOTE].trigger()


def test_add_family_write_note_find_it_and_lock(qtbot, unlocked):
    controller, window = unlocked
    page = window.families
    assert page.list.is_empty_state_shown()
    _add_family(qtbot, window, "Familie Zonnebloem")
    assert not page.list.is_empty_state_shown()
    assert page.model.rowCount() == 1
    assert "school gate" in page.detail.strengths.text()

    _write_note(qtbot, window, "Schimmel in de slaapkamer; Yara hoest al weken.")
    notes = page.notes.model
    assert notes is not None and notes.rowCount() == 1
    assert "Schimmel" in notes.index(0).data()
    note_id = notes.note_at(0).id
    assert page.notes.editor.text.toPlainText() == ""

    page.list.table.clearSelection()
    page.search.field.setText("slaapkamer")
    page.search.run_search()
    assert page.search.model.rowCount() == 1
    page.search.results.activated.emit(page.search.model.index(0))
    assert page.detail.title.text() == "Familie Zonnebloem"
    assert page.notes.selected_note_id() == note_id

    window.registry[ActionId.LOCK].trigger()
    assert controller.window is None and controller.session is None
    assert page.model.rowCount() == 0, "the family list is emptied at lock"
    assert page.search.model.rowCount() == 0
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()


def test_search_is_accent_insensitive_and_live(qtbot, unlocked):
    _controller, window = unlocked
    _add_family(qtbot, window, "Famille Horizon")
    _write_note(qtbot, window, "Les factures d'énergie sont en retard.")
    search = window.families.search
    search.field.setText("energie")
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)  # as you type, no Enter needed


def test_editing_a_note_keeps_history(qtbot, unlocked):
    _controller, window = unlocked
    _add_family(qtbot, window, "Familie Regenboog")
    _write_note(qtbot, window, "First version")
    page = window.families
    page.notes.timeline.setCurrentIndex(page.notes.model.index(0))
    window.registry[ActionId.EDIT_NOTE].trigger()
    assert page.notes.editor.text.toPlainText() == "First version"
    page.notes.editor.text.setPlainText("Second version")
    window.registry[ActionId.SAVE_NOTE].trigger()
    assert page.notes.model.rowCount() == 1
    assert "edited" in page.notes.model.index(0).data()
    page.notes.timeline.setCurrentIndex(page.notes.model.index(0))
    dialog = page.notes.show_history()
    text = dialog.view.toPlainText()
    assert "First version" in text and "Second version" in text and "(current)" in text
    dialog.close()


def test_close_case_asks_first_then_hides_the_family(qtbot, unlocked):
    _controller, window = unlocked
    _add_family(qtbot, window, "Familie Horizon")
    page = window.families
    page.confirm = lambda title, question: False
    window.registry[ActionId.CLOSE_CASE].trigger()
    assert page.model.family_at(0).status == "active"
    page.confirm = lambda title, question: True
    window.registry[ActionId.CLOSE_CASE].trigger()
    assert page.model.family_at(0).status == "closed"
    assert page.list.proxy.rowCount() == 0, "closed cases are hidden by default"
    window.registry[ActionId.SHOW_CLOSED].setChecked(True)
    assert page.list.proxy.rowCount() == 1


def test_domain_chips_change_the_case_file(qtbot, unlocked):
    _controller, window = unlocked
    _add_family(qtbot, window, "Familie Horizon")
    detail = window.families.detail
    detail.chips["housing"].click()
    qtbot.waitUntil(lambda: "housing" in window.families.model.family_at(0).domains)
    assert detail.chips["housing"].isChecked()


def test_filter_box_narrows_the_list(qtbot, unlocked):
    _controller, window = unlocked
    _add_family(qtbot, window, "Familie Zonnebloem", "Schaerbeek")
    _add_family(qtbot, window, "Famille Horizon", "Molenbeek")
    panel = window.families.list
    panel.filter.setText("molen")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data() == "Famille Horizon"


def test_draft_is_autosaved_and_offered_back_after_lock(qtbot, unlocked, settings):
    controller, window = unlocked
    _add_family(qtbot, window, "Familie Zonnebloem")
    editor = window.families.notes.editor
    editor.autosave.setInterval(50)
    editor.text.setPlainText("Half-written note about the landlord")
    session = controller.session
    qtbot.waitUntil(lambda: len(session.drafts.pending()) == 1, timeout=5_000)

    controller.lock()
    window = unlock(qtbot, controller)
    bar = window.draft_bar
    assert bar.isVisible()
    assert "Familie Zonnebloem" in bar.message.text()
    bar.resume_button.click()
    editor = window.families.notes.editor
    assert editor.text.toPlainText() == "Half-written note about the landlord"
    assert window.families.detail.title.text() == "Familie Zonnebloem"
    window.registry[ActionId.SAVE_NOTE].trigger()
    assert controller.session.drafts.pending() == []
    assert window.families.notes.model.rowCount() == 1


def test_auto_lock_after_idle_time(qtbot, existing_vault, make_controller, settings):
    settings.set("auto_lock_minutes", 0.003)  # about 0.2 s
    controller = make_controller()
    controller.start()
    unlock(qtbot, controller)
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        pass
    assert controller.window is None
    assert controller.unlock_dialog.isVisible()


def test_language_change_retranslates_without_losing_state(qtbot, unlocked):
    _controller, window = unlocked
    _add_family(qtbot, window, "Familie Zonnebloem")
    QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    for child in window.findChildren(type(window.families.detail)):
        QApplication.sendEvent(child, QEvent(QEvent.Type.LanguageChange))
    assert window.families.detail.title.text() == "Familie Zonnebloem"
    assert window.pages.tabText(0) == "&Families"


def test_language_menu_switches_and_remembers(qtbot, unlocked, settings):
    _controller, window = unlocked
    window.registry[ActionId.LANGUAGE_AR].trigger()
    assert settings.get("language") == "ar"
    assert QApplication.layoutDirection().name == "RightToLeft"
    window.registry[ActionId.LANGUAGE_EN].trigger()
    assert settings.get("language") == "en"
    assert QApplication.layoutDirection().name == "LeftToRight"
    assert not window.registry[ActionId.LANGUAGE_AR].isChecked()


def test_pages_plug_in_as_tabs(qtbot, unlocked):
    from PySide6.QtWidgets import QLabel

    _controller, window = unlocked
    window.register_page("extra", QLabel("social map goes here"), lambda: "Social map")
    assert window.pages.count() >= 2
    window.show_page("extra")
    assert window.pages.currentWidget() is window.page("extra")
    window.open_family  # noqa: B018 - the API other pages use to jump back
    window.show_page("families")
    assert window.pages.currentWidget() is window.families


def test_family_panels_follow_the_selected_family(qtbot, unlocked):
    _controller, window = unlocked
    _add_family(qtbot, window, "Familie Zonnebloem")
    tabs = window.families.tabs
    family_id = window.families.list.selected_family_id()
    assert tabs.tabText(0) == "&Case file"
    for position in range(1, tabs.count()):
        tabs.setCurrentIndex(position)
        assert tabs.shown_family(position) == family_id


def test_a_broken_screen_shows_why_instead_of_blocking_unlock(qtbot):
    from outreach_desk.ui.pages import build_safely

    def broken():
        raise RuntimeError("missing data file")

    widget = build_safely(broken, "broken")
    qtbot.addWidget(widget)
    assert "missing data file" in widget.text()


def test_visible_family_panel_reloads_when_a_note_is_saved(qtbot, unlocked):
    _controller, window = unlocked
    _add_family(qtbot, window, "Familie Zonnebloem")
    tabs = window.families.tabs
    if tabs.count() < 2:
        pytest.skip("no family panel is installed in this build")
    tabs.setCurrentIndex(1)
    with qtbot.waitSignal(tabs.panel_refreshed, timeout=2_000):
        _write_note(qtbot, window, "A note the panel should pick up")


def test_copied_note_leaves_the_clipboard_at_lock(qtbot, unlocked):
    from PySide6.QtGui import QGuiApplication

    controller, window = unlocked
    _add_family(qtbot, window, "Familie Zonnebloem")
    _write_note(qtbot, window, "Address of the shelter: fictional street 1")
    notes = window.families.notes
    notes.timeline.setCurrentIndex(notes.model.index(0))
    assert window.registry[ActionId.COPY_NOTE].isEnabled()
    window.registry[ActionId.COPY_NOTE].trigger()
    assert QGuiApplication.clipboard().text() == "Address of the shelter: fictional street 1"
    controller.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_language_change_after_lock_does_not_touch_the_closed_vault(qtbot, unlocked):
    from outreach_desk.ui.i18n import install_translators

    controller, window = unlocked
    _add_family(qtbot, window, "Familie Zonnebloem")
    controller.lock()  # the window now waits for deletion
    install_translators(QApplication.instance(), "fr")  # must not raise VaultLocked
    install_translators(QApplication.instance(), "en")
    assert controller.unlock_dialog.isVisible()


def test_switching_language_retranslates_the_open_window_for_real(qtbot, unlocked, settings):
    """The shipped .qm files are loaded and every visible text follows, without a restart."""
    _controller, window = unlocked
    _add_family(qtbot, window, "Familie Zonnebloem")
    english = [window.pages.tabText(i) for i in range(window.pages.count())]
    window.registry[ActionId.LANGUAGE_NL].trigger()  # Qt posts LanguageChange to every widget
    qtbot.waitUntil(lambda: window.pages.tabText(0) == "&Gezinnen", timeout=5_000)
    dutch = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert window.menuBar().actions()[0].text() == "&Bestand"
    assert window.registry[ActionId.LOCK].text() == "&Vergrendelen"
    assert sum(a != b for a, b in zip(english, dutch, strict=True)) == len(english)
    window.registry[ActionId.LANGUAGE_FR].trigger()
    qtbot.waitUntil(lambda: window.pages.tabText(0) == "&Familles", timeout=5_000)
    assert window.families.detail.title.text() == "Familie Zonnebloem"  # data untouched
    window.registry[ActionId.LANGUAGE_EN].trigger()
    qtbot.waitUntil(lambda: window.pages.tabText(0) == "&Families", timeout=5_000)
    assert [window.pages.tabText(i) for i in range(window.pages.count())] == english


def test_licences_are_reachable_from_the_help_menu(qtbot, unlocked):
    _controller, window = unlocked
    dialog = window.show_licenses()
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser).toPlainText()
    for notice in ("LGPL", "SIL Open Font License", "Open Referral", "Open Eligibility"):
        assert notice in text
