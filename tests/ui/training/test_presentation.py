"""Presentation mode: keyboard navigation, hidden notes, right-to-left worries, and type that
is large and fits at 1280x720 (the screenshots are saved so a person can look at them)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from outreach_desk.core.training import bundled_pack, presentation_steps
from outreach_desk.ui.training.page import TrainingPage
from outreach_desk.ui.training.presentation import PresentationWindow

from .conftest import bundled_fonts

# Big enough to read from the back of a room on a 720-line projector.
READABLE_BODY_PX = 20


_opened: list[PresentationWindow] = []


@pytest.fixture(autouse=True)
def _close_presentations() -> Iterator[None]:
    """The window deletes itself on close, so pytest-qt's own clean-up cannot hold it."""
    yield
    while _opened:
        shown = _opened.pop()
        if shiboken6.isValid(shown):
            shown.close()


@pytest.fixture
def window(qtbot) -> PresentationWindow:
    return _window(qtbot, "darija-ocmw", "en")


def _window(qtbot, case_id: str, lang: str) -> PresentationWindow:
    case = bundled_pack().case(case_id)
    assert case is not None
    shown = PresentationWindow(case, lang)
    _opened.append(shown)
    shown.resize(1280, 720)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_keys_move_through_the_steps(qtbot, window: PresentationWindow) -> None:
    last = len(window.steps) - 1
    assert window.steps.index == 0 and window.step.kind == "background"
    for key, expected in (
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Space, 2),
        (Qt.Key.Key_PageDown, 3),
        (Qt.Key.Key_Left, 2),
        (Qt.Key.Key_PageUp, 1),
        (Qt.Key.Key_End, last),
        (Qt.Key.Key_Right, last),  # stays on the last step
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_Left, 0),  # and on the first
    ):
        qtbot.keyClick(window, key)
        assert window.steps.index == expected, key
        assert window.counter.text() == f"Step {expected + 1} / {last + 1}"


def test_escape_leaves_presentation_mode(qtbot, window: PresentationWindow) -> None:
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not shiboken6.isValid(window) or not window.isVisible()


def test_facilitator_notes_only_when_the_trainer_asks(qtbot, window: PresentationWindow) -> None:
    window.go_to(len(window.steps) - 3)  # an exercise
    assert window.step.kind == "exercise"
    assert not window.notes.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.notes.isVisible()
    assert window.step.facilitator_notes in window.notes.text()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.notes.isVisible()  # the toggle holds while moving on
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert not window.notes.isVisible()


def test_the_training_banner_stays_on_screen(window: PresentationWindow) -> None:
    assert window.banner.isVisible()
    assert window.banner.text() == "TRAINING - fictional families"


def test_arabic_worries_are_right_to_left(window: PresentationWindow) -> None:
    window.go_to(1)
    assert window.step.kind == "worries"
    rtl = [label for label in window.body_labels if label.objectName() == "original_rtl"]
    assert len(rtl) == 2
    assert all(label.layoutDirection() == Qt.LayoutDirection.RightToLeft for label in rtl)


def test_present_button_opens_the_selected_case(qtbot, page: TrainingPage) -> None:
    page.select_case("father-not-welcome")
    page.buttons["present"].click()
    shown = page.presentation
    assert shown is not None
    _opened.append(shown)
    assert shown.case.id == "father-not-welcome"
    page.lock()  # locking the vault takes the case off the projector
    assert page.presentation is None
    assert not shiboken6.isValid(shown) or not shown.isVisible()


def test_showing_a_hidden_fact_reveals_it_in_the_case(qtbot, page: TrainingPage) -> None:
    page.select_case("darija-ocmw")
    shown = page.present(full_screen=False)
    assert shown is not None
    _opened.append(shown)
    steps = presentation_steps(shown.case, "en")
    first_fact = next(n for n, step in enumerate(steps) if step.kind == "hidden_fact")
    shown.go_to(first_fact)
    qtbot.waitUntil(lambda: page.case_view.revealed == 1)


@pytest.mark.parametrize(
    ("name", "case_id", "lang", "step", "notes"),
    [
        ("french_background", "father-not-welcome", "fr", 0, False),
        ("arabic_worries", "darija-ocmw", "fr", 1, False),
        ("facilitator_notes", "darija-ocmw", "fr", 10, True),
        ("dari_worries", "teen-drop-out", "en", 1, False),
    ],
)
def test_screenshot_at_1280x720_is_large_and_fits(
    qtbot, tmp_path: Path, name: str, case_id: str, lang: str, step: int, notes: bool
) -> None:
    bundled_fonts()
    shown = _window(qtbot, case_id, lang)
    shown.go_to(step)
    if notes:
        shown.toggle_notes()
        assert shown.notes.isVisible() and shown.notes.text()
    picture = shown.grab()
    folder = Path(os.environ.get("OUTREACH_DESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert picture.save(str(folder / f"presentation_{name}.png"))
    assert (picture.width(), picture.height()) == (1280, 720)
    assert shown.body_px >= READABLE_BODY_PX
    # nothing cut off: every line of the step fits above the footer
    width = shown.stage.width()
    assert shown._stage_height(shown.body_px, width) <= shown.stage.height()
    assert shown.title.heightForWidth(shown.title.width()) <= shown.title.height()
    assert not _blank(picture.toImage())


def _blank(image: QImage) -> bool:
    """True when the step's text area (between title and footer) holds almost one colour."""
    colours = {
        image.pixel(x, y)
        for y in range(image.height() // 4, image.height() * 3 // 4, 5)
        for x in range(0, image.width(), 7)
    }
    return len(colours) < 8
