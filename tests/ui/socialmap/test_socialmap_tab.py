"""The social map is a tab of the main window, reachable from the keyboard."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from outreach_desk.ui.actions import ActionId
from outreach_desk.ui.pages.socialmap import page_spec
from outreach_desk.ui.socialmap import SocialMapPage


def test_page_spec_is_a_tab_after_families() -> None:
    spec = page_spec()
    assert spec.key == "socialmap"
    assert spec.order == 20
    assert spec.title().replace("&", "") == "Social map"


def test_main_window_shows_the_social_map_tab(qtbot, unlocked) -> None:
    _controller, window = unlocked
    page = window.page("socialmap")
    assert isinstance(page, SocialMapPage)
    window.show()
    qtbot.waitExposed(window)
    assert page.social_map is None, "not read at unlock: only when the tab is first shown"
    QTest.keySequence(window.windowHandle(), QKeySequence("Ctrl+K"))
    assert window.pages.currentWidget() is page, "Ctrl+K brings the social map forward"
    assert page.model.rowCount() > 30, "the bundled map, opened from the vault's data folder"
    assert QApplication.focusWidget() is page.search_field
    page.results.setFocus()
    window.registry[ActionId.SEARCH].trigger()
    assert QApplication.focusWidget() is page.search_field, "the Search action, on this tab"
