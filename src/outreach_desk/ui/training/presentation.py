"""Presentation mode: one step of a case at a time, in large type for a projector
(1280x720 and up), with the TRAINING banner kept on screen.

Keys: Right / Page Down / Space = next, Left / Page Up = previous, Home / End = first /
last step, N = show or hide the facilitator notes, Escape = leave."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from outreach_desk.core.training.model import Case, pick
from outreach_desk.core.training.steps import Step, StepCursor, presentation_steps
from outreach_desk.core.training.vocab import language_name
from outreach_desk.ui.banner import KindBanner
from outreach_desk.ui.training.texts import in_script, key_terms_text, wrapped

_NEXT = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
_PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
_NOTES_STYLE = (
    "QLabel#presentation_notes { background: #fff8e1; color: #3e2723;"
    " border-left: 8px solid #ffa000; padding: 10px; }"
)
# Type sizes as a share of the window height: at 720 px the body starts at 32 px.
_BODY_SHARE, _TITLE_SHARE, _SMALLEST_BODY_PX = 1 / 22.5, 1 / 15, 15


class PresentationWindow(QWidget):
    """Emits ``step_shown(step)`` at every step (the page reveals hidden facts into the
    training vault as they are shown) and ``closed`` when the trainer leaves."""

    step_shown = Signal(object)
    closed = Signal()

    def __init__(self, case: Case, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation_window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Cases are presented in nl/fr/en even when the interface is Arabic; RTL worries
        # carry their own direction (see ``in_script``).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.case, self.lang = case, lang
        self.steps = StepCursor(presentation_steps(case, lang))
        self.notes_shown = False
        self.body_labels: list[QLabel] = []
        self.body_px = 0
        self._build()
        self.retranslate_ui()
        self._render()

    def _build(self) -> None:
        self.banner = KindBanner("training")
        self.title = QLabel(objectName="presentation_title", wordWrap=True)
        self.stage = QWidget(objectName="presentation_stage")
        # The stage takes the room left; its text shrinks to fit instead of growing the window.
        self.stage.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.stage_layout = QVBoxLayout(self.stage)
        self.stage_layout.setContentsMargins(0, 0, 0, 0)
        self.notes = wrapped("")
        self.notes.setObjectName("presentation_notes")
        self.hint = QLabel(objectName="presentation_hint")
        self.counter = QLabel(objectName="presentation_counter")
        footer = QHBoxLayout()
        footer.setSpacing(24)
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.counter)
        content = QVBoxLayout()
        content.setContentsMargins(48, 24, 48, 16)
        content.addWidget(self.title)
        content.addWidget(self.stage, 1)
        content.addLayout(footer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addLayout(content, 1)
        self.setStyleSheet(
            "QWidget#presentation_window { background: white; }"
            " QLabel { color: #1a1a1a; } QLabel#presentation_hint { color: #666; }"
            " QLabel#presentation_counter { color: #444; } " + _NOTES_STYLE
        )

    # ---- navigation -------------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.steps.current

    def next_step(self) -> None:
        self.steps.next()
        self._render()

    def previous_step(self) -> None:
        self.steps.previous()
        self._render()

    def go_to(self, index: int) -> None:
        self.steps.go_to(index)
        self._render()

    def toggle_notes(self) -> None:
        self.notes_shown = not self.notes_shown
        self._render()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _NEXT:
            self.next_step()
        elif key in _PREVIOUS:
            self.previous_step()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(len(self.steps) - 1)
        elif key == Qt.Key.Key_N:
            self.toggle_notes()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # ---- drawing a step ---------------------------------------------------------------
    def _render(self) -> None:
        step = self.step
        self.title.setText(step.title)
        self._clear_stage()
        if step.kind == "worries":
            self._add_worries()
        else:
            for line in step.lines:
                self._add_body(wrapped(line))
        self.stage_layout.addStretch(1)
        self.notes.setText(self._notes_text(step))
        self.notes.setVisible(self.notes_shown and bool(self.notes.text()))
        self.stage_layout.addWidget(self.notes)
        self.counter.setText(
            self.tr("Step {0} / {1}").format(self.steps.index + 1, len(self.steps))
        )
        self._fit()
        self.step_shown.emit(step)

    def _clear_stage(self) -> None:
        self.body_labels = []
        while self.stage_layout.count():
            item = self.stage_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.notes:
                widget.hide()  # deleteLater waits for the event loop; gone from screen now
                widget.setParent(None)
                widget.deleteLater()

    def _add_body(self, label: QLabel, scale: float = 1.0, italic: bool = False) -> None:
        label.setProperty("scale", scale)
        label.setProperty("italic", italic)
        self.body_labels.append(label)
        self.stage_layout.addWidget(label)
        label.show()  # Qt would show it only at the next event loop turn, after a grab

    def _add_worries(self) -> None:
        for worry in self.case.worries:
            name = language_name(worry.lang, self.lang)
            self._add_body(wrapped(self.tr("{0} ({1}):").format(worry.speaker, name)), 0.8)
            self._add_body(in_script(worry.text, worry.lang))
            if worry.lang != self.lang:
                self._add_body(wrapped(pick(worry.translations, self.lang)), 0.85, italic=True)

    def _notes_text(self, step: Step) -> str:
        parts = []
        if step.facilitator_notes:
            parts.append(self.tr("Facilitator notes: {0}").format(step.facilitator_notes))
        if step.model_answer:
            parts.append(self.tr("Model request: {0}").format(step.model_answer))
        if step.key_terms:
            terms = key_terms_text(step.key_terms, self.lang).replace("\n", "; ")
            parts.append(self.tr("Key terms: {0}").format(terms))
        return "\n\n".join(parts)

    # ---- large type that still fits ---------------------------------------------------
    def _fit(self) -> None:
        """Largest body size (from ~1/22 of the height down) at which the whole step fits."""
        height = max(self.height(), 360)
        self._set_px(self.title, round(height * _TITLE_SHARE), bold=True)
        small = max(round(height / 40), 12)
        for label in (self.hint, self.counter):
            self._set_px(label, small)
        self._set_px(self.banner, max(round(height / 32), 14), bold=True)
        self._settle()  # the title may now wrap: the stage's real height comes after that
        width = max(self.stage.width(), self.width() - 96)
        available = self.stage.height() if self.stage.height() > 100 else height * 0.6
        px = round(height * _BODY_SHARE)
        while px > _SMALLEST_BODY_PX and self._stage_height(px, width) > available:
            px -= 1
        self._apply_body(px)
        self._settle()

    def _settle(self) -> None:
        """Lay the window out now, not at the next event loop turn (a grab comes first)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.stage_layout.activate()  # the stage is a widget of its own: its own layout

    def _stage_height(self, px: int, width: int) -> int:
        self._apply_body(px)
        shown = [*self.body_labels, *([self.notes] if self.notes.isVisibleTo(self) else [])]
        spacing = self.stage_layout.spacing() * max(len(shown) - 1, 0)
        return sum(label.heightForWidth(width) for label in shown) + spacing

    def _apply_body(self, px: int) -> None:
        self.body_px = px
        for label in self.body_labels:
            scale = float(label.property("scale") or 1.0)
            self._set_px(label, round(px * scale), italic=bool(label.property("italic")))
        self._set_px(self.notes, round(px * 0.8))

    @staticmethod
    def _set_px(label: QLabel, px: int, *, bold: bool = False, italic: bool = False) -> None:
        font = label.font()
        font.setPixelSize(max(px, 1))
        font.setBold(bold)
        font.setItalic(italic)
        label.setFont(font)

    # ---- window events ----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Training - presentation"))
        self.hint.setText(
            self.tr("→ / Space: next   ← : previous   Home / End   N: notes   Esc: leave")
        )
        self.counter.setText(
            self.tr("Step {0} / {1}").format(self.steps.index + 1, len(self.steps))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
