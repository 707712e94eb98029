"""One training case for the trainer: background, household, the parent's worries in their
own script, strengths, children, and the hidden facts revealed one at a time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.training.model import Case, pick
from outreach_desk.core.training.vocab import MUNICIPALITIES, RESIDENCE, language_name
from outreach_desk.ui.training.texts import heading, in_script, wrapped


class CaseView(QScrollArea):
    """Emits ``reveal_requested(case_id, number)``; the page writes the fact into the
    training vault and then calls ``set_revealed``."""

    reveal_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_case_view")
        self.setWidgetResizable(True)
        self.case: Case | None = None
        self.lang = "en"
        self.revealed = 0
        self.fact_labels: list[QLabel] = []
        self.worry_labels: list[QLabel] = []
        self.reveal_button = QPushButton(objectName="reveal_next_fact")
        self.reveal_button.clicked.connect(self._reveal_next)
        self.reveal_status = QLabel(objectName="reveal_status")
        self.empty = wrapped("")
        self.setWidget(self.empty)
        self.retranslate_ui()

    def show_case(self, case: Case | None, lang: str, revealed: int = 0) -> None:
        self.case, self.lang = case, lang
        self.revealed = revealed if case is None else min(revealed, len(case.hidden_facts))
        self.fact_labels, self.worry_labels = [], []
        self.reveal_button.setParent(None)
        self.reveal_status.setParent(None)
        if case is None:
            self.empty = wrapped(self.tr("Choose a case in the list."))
            self.setWidget(self.empty)
            return
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(pick(case.title, lang), 1.4))
        layout.addWidget(wrapped(_household_line(case, lang)))
        layout.addWidget(heading(self.tr("Background")))
        layout.addWidget(wrapped(pick(case.background, lang)))
        self._add_children(layout, case)
        self._add_worries(layout, case)
        layout.addWidget(heading(self.tr("What goes well")))
        layout.addWidget(wrapped("\n".join(f"• {pick(s, lang)}" for s in case.strengths)))
        self._add_hidden_facts(layout, case)
        layout.addStretch(1)
        self.setWidget(content)
        self._update_facts()

    def set_revealed(self, count: int) -> None:
        if self.case is not None:
            self.revealed = max(0, min(count, len(self.case.hidden_facts)))
            self._update_facts()

    # ---- sections ---------------------------------------------------------------------
    def _add_children(self, layout: QVBoxLayout, case: Case) -> None:
        layout.addWidget(heading(self.tr("Children")))
        if not case.children:
            layout.addWidget(wrapped(self.tr("No children in this case.")))
        for child in case.children:
            school = pick(child.school, self.lang) if child.school else ""
            text = self.tr("{0}, born in {1}").format(child.first_name, child.birth_year)
            layout.addWidget(wrapped(f"• {text}" + (f" - {school}" if school else "")))

    def _add_worries(self, layout: QVBoxLayout, case: Case) -> None:
        layout.addWidget(heading(self.tr("In their own words")))
        for worry in case.worries:
            name = language_name(worry.lang, self.lang)
            layout.addWidget(heading(self.tr("{0} ({1})").format(worry.speaker, name), 1.0))
            original = in_script(worry.text, worry.lang)
            font = original.font()
            font.setPointSizeF(font.pointSizeF() * 1.25)  # other scripts read small at 9 pt
            original.setFont(font)
            self.worry_labels.append(original)
            layout.addWidget(original)
            if worry.lang != self.lang:
                translation = wrapped(pick(worry.translations, self.lang))
                translation.setStyleSheet("color: #555; font-style: italic;")
                layout.addWidget(translation)

    def _add_hidden_facts(self, layout: QVBoxLayout, case: Case) -> None:
        layout.addWidget(heading(self.tr("Hidden facts (revealed by the trainer)")))
        for number in range(1, len(case.hidden_facts) + 1):
            label = wrapped("", selectable=True)
            label.setObjectName(f"hidden_fact_{number}")
            self.fact_labels.append(label)
            layout.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(self.reveal_button)
        row.addWidget(self.reveal_status, 1)
        layout.addLayout(row)

    def _update_facts(self) -> None:
        if self.case is None:
            return
        facts = self.case.hidden_facts
        for number, label in enumerate(self.fact_labels, start=1):
            if number <= self.revealed:
                label.setText(f"{number}. {pick(facts[number - 1], self.lang)}")
                label.setStyleSheet("")
            else:
                label.setText(self.tr("{0}. (not revealed yet)").format(number))
                label.setStyleSheet("color: #777;")
        self.reveal_button.setEnabled(self.revealed < len(facts))
        self.reveal_status.setText(self.tr("{0} of {1} revealed").format(self.revealed, len(facts)))

    def _reveal_next(self) -> None:
        if self.case is not None and self.revealed < len(self.case.hidden_facts):
            self.reveal_button.setEnabled(False)  # until the page confirms it was written
            self.reveal_requested.emit(self.case.id, self.revealed + 1)

    def retranslate_ui(self) -> None:
        """Fixed texts only; the page shows the case again in the new language."""
        self.reveal_button.setText(self.tr("&Reveal the next fact"))
        if self.case is None:
            self.empty.setText(self.tr("Choose a case in the list."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _household_line(case: Case, lang: str) -> str:
    household = case.household
    place = next(m.label(lang) for m in MUNICIPALITIES if m.id == household.municipality)
    residence = next(r.label(lang) for r in RESIDENCE if r.id == household.residence)
    spoken = ", ".join(language_name(code, lang) for code in household.languages)
    return f"{place} · {residence} · {spoken}"
