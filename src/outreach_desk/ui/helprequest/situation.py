"""Steps 3 and 4: the non-take-up lens (which of the five mechanisms is at play, and the
next step each calls for) and the child in view (what this means for each child)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.casefile import Family, Member
from outreach_desk.core.intake.takeup import MECHANISMS, NonTakeUp, next_step_for
from outreach_desk.ui.helprequest.texts import core_lang


class LensStep(QWidget):
    changed = Signal(list)  # the ticked mechanism ids, in the booklet's order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(wordWrap=True)
        self.boxes: dict[str, QCheckBox] = {}
        self.steps: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for mechanism in NonTakeUp:
            box = QCheckBox(objectName=f"hr_mechanism_{mechanism.value}")
            step = QLabel(wordWrap=True, objectName=f"hr_next_step_{mechanism.value}")
            step.setContentsMargins(24, 0, 0, 8)
            step.setStyleSheet("color: #444;")
            box.toggled.connect(self._toggled)
            self.boxes[mechanism.value], self.steps[mechanism.value] = box, step
            layout.addWidget(box)
            layout.addWidget(step)
        layout.addStretch(1)
        self.retranslate_ui()

    def show_mechanisms(self, ticked: list[str]) -> None:
        for mechanism_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(mechanism_id in ticked)
            box.blockSignals(False)
        self._show_steps()

    def ticked(self) -> list[str]:
        return [m for m, box in self.boxes.items() if box.isChecked()]

    def _toggled(self) -> None:
        self._show_steps()
        self.changed.emit(self.ticked())

    def _show_steps(self) -> None:
        lang = core_lang()
        for mechanism in NonTakeUp:
            step = next_step_for(mechanism)
            label = self.steps[mechanism.value]
            if self.boxes[mechanism.value].isChecked():
                label.setText(
                    self.tr("Next step: {0}. {1}").format(
                        step.label.get(lang), step.guidance.get(lang)
                    )
                )
            else:
                label.setText(MECHANISMS[mechanism].explanation.get(lang))

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Why does the family not get what it has a right to? Tick what is at play; "
                "the matching next step appears."
            )
        )
        lang = core_lang()
        for mechanism in NonTakeUp:
            self.boxes[mechanism.value].setText(MECHANISMS[mechanism].label.get(lang))
        self._show_steps()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ChildStep(QWidget):
    """One "what does this mean for the child?" field per child of the family."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(wordWrap=True)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.fields: dict[str, QPlainTextEdit] = {}
        self._children: tuple[Member, ...] = ()
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.form_host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def show_family(self, family: Family | None, notes: dict[str, str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        self._children = family.children if family else ()
        for child in self._children:
            field = QPlainTextEdit(notes.get(child.id, ""), objectName=f"hr_child_{child.id}")
            field.setMaximumHeight(80)
            field.textChanged.connect(self.changed)
            self.fields[child.id] = field
            self.form.addRow(self._child_label(child), field)
        self._show_intro()

    def notes(self) -> dict[str, str]:
        return {child_id: field.toPlainText() for child_id, field in self.fields.items()}

    def _child_label(self, child: Member) -> str:
        age = child.age(date.today())
        who = child.name or self.tr("Child")
        if age is None:
            return self.tr("{0}: what does this mean for this child?").format(who)
        return self.tr("{0} ({1} years): what does this mean for this child?").format(who, age)

    def _show_intro(self) -> None:
        if self._children:
            self.intro.setText(
                self.tr(
                    "Keep the child in view: a line per child goes into the request "
                    "(without names)."
                )
            )
        else:
            self.intro.setText(self.tr("No children are recorded in this family's case file."))

    def retranslate_ui(self) -> None:
        self._show_intro()
        for row, child in enumerate(self._children):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setText(self._child_label(child))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
