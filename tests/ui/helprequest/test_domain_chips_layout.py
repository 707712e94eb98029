"""Life-domain chips wrap inside a narrow window instead of being cut off at its edge."""

from __future__ import annotations

from outreach_desk.ui.helprequest.page import HelpRequestPage

from .conftest import analyse

WORRY = (
    "My little boy drank something from a bottle under the sink and now he's vomiting "
    "and very sleepy."
)


def test_long_chips_wrap_inside_a_narrow_window(qtbot, page: HelpRequestPage) -> None:
    analyse(qtbot, page, WORRY)
    chips = page.worries.chips
    qtbot.waitUntil(lambda: chips.model().rowCount() >= 2, timeout=5_000)
    chips.setFixedWidth(330)  # as narrow as the list gets in a small window in Arabic
    chips.doItemsLayout()
    room = chips.viewport().width()
    widest = max(
        chips.visualRect(chips.model().index(row, 0)).width()
        for row in range(chips.model().rowCount())
    )
    longest = max(
        chips.fontMetrics().horizontalAdvance(chips.model().index(row, 0).data())
        for row in range(chips.model().rowCount())
    )
    assert longest > room, "the test needs a chip longer than the window is wide"
    assert widest <= room, f"a chip is {widest} px wide in a list {room} px wide"
