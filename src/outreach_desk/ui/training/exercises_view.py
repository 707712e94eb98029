"""The exercises of one case: the prompt participants get and, for the trainer only, the
facilitator notes, the model request and the interpreter's key terms."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from outreach_desk.core.training.model import Case, Exercise, pick
from outreach_desk.core.training.vocab import EXERCISE_KINDS
from outreach_desk.ui.training.texts import heading, key_terms_text, wrapped

_NOTES_STYLE = "background: #fff8e1; border-left: 4px solid #ffa000; padding: 6px;"


class ExercisesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_exercises_view")
        self.show_notes = QCheckBox(objectName="show_facilitator_notes")
        self.show_notes.toggled.connect(self._toggle_notes)
        self.scroll_area = QScrollArea(widgetResizable=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_notes)
        layout.addWidget(self.scroll_area, 1)
        self.prompt_labels: list[QLabel] = []
        self.note_labels: list[QLabel] = []
        self.retranslate_ui()

    def show_case(self, case: Case | None, lang: str) -> None:
        self.prompt_labels, self.note_labels = [], []
        content = QWidget()
        layout = QVBoxLayout(content)
        for number, exercise in enumerate(case.exercises if case else (), start=1):
            self._add_exercise(layout, number, exercise, lang)
        layout.addStretch(1)
        self.scroll_area.setWidget(content)
        self._toggle_notes(self.show_notes.isChecked())

    def _add_exercise(
        self, layout: QVBoxLayout, number: int, exercise: Exercise, lang: str
    ) -> None:
        kind = next(k for k in EXERCISE_KINDS if k.id == exercise.kind)
        layout.addWidget(heading(self.tr("Exercise {0}: {1}").format(number, kind.label(lang))))
        prompt = wrapped(pick(exercise.prompt, lang))
        self.prompt_labels.append(prompt)
        layout.addWidget(prompt)
        notes = [self.tr("Facilitator notes:") + "\n" + pick(exercise.facilitator_notes, lang)]
        if exercise.model_answer:
            notes.append(self.tr("Model request:") + "\n" + pick(exercise.model_answer, lang))
        if exercise.key_terms:
            notes.append(self.tr("Key terms:") + "\n" + key_terms_text(exercise.key_terms, lang))
        label = wrapped("\n\n".join(notes))
        label.setObjectName("facilitator_notes")
        label.setStyleSheet(f"QLabel {{ {_NOTES_STYLE} }}")
        self.note_labels.append(label)
        layout.addWidget(label)

    def _toggle_notes(self, shown: bool) -> None:
        for label in self.note_labels:
            label.setVisible(shown)

    def retranslate_ui(self) -> None:
        self.show_notes.setText(self.tr("Show the &facilitator notes"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
