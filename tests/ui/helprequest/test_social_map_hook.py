"""'Use in a help request' on the social map picks that service on the help-request tab."""

from __future__ import annotations

from outreach_desk.core.socialmap import SocialMap
from outreach_desk.ui.helprequest.page import SUGGESTIONS, HelpRequestPage


def test_service_from_the_social_map_is_picked(qtbot, window, session, family_id):
    page = window.page("helprequest")
    assert isinstance(page, HelpRequestPage)
    window.open_family(family_id)
    qtbot.waitUntil(lambda: page.flow.family is not None)
    with SocialMap.open(session.vault.data_dir) as social_map:
        service = next(s for s in social_map.services() if not s.emergency)
    map_page = window.page("socialmap")
    map_page.use_in_request.emit(service.id)  # the map's button, without opening the map
    assert window.pages.currentWidget() is page
    assert page.stack.currentIndex() == SUGGESTIONS
    assert page.flow.service is not None and page.flow.service.id == service.id
    assert service.name.get("en") in page.suggestions.chosen.text()


def test_without_a_family_the_map_service_waits(qtbot, window):
    page = window.page("helprequest")
    window.page("socialmap").use_in_request.emit("any-service")
    assert "Select a family" in page.message.text()
