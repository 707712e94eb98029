"""Step 1: the parent's worries in their own words, the worker's summary, and the life
domains read from the words (debounced, off the GUI thread), which the worker confirms."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.intake import WorryAnalysis, analyse_worries
from outreach_desk.render.parent_sheet import text_direction
from outreach_desk.ui.helprequest.domains_model import DomainChipsModel
from outreach_desk.ui.helprequest.flow import IntakeDraft
from outreach_desk.ui.helprequest.urgency import UrgencyCheckNotice
from outreach_desk.ui.texts import all_domains
from outreach_desk.ui.workers import run_in_background

ANALYSE_DELAY_MS = 400  # wait until the worker pauses typing
DIRECTION_SAMPLE = 2000  # the direction is read from the start of the text


def set_direction_from_text(editor: QPlainTextEdit) -> None:
    """Right-to-left for Arabic (or Hebrew) words, left-to-right otherwise."""
    rtl = text_direction(editor.toPlainText()[:DIRECTION_SAMPLE]) == "rtl"
    option = editor.document().defaultTextOption()
    wanted = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    if option.textDirection() != wanted:
        option.setTextDirection(wanted)
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(align)
        editor.document().setDefaultTextOption(QTextOption(option))


class WorriesStep(QWidget):
    analysed = Signal(object)  # a WorryAnalysis for the current text
    edited = Signal()  # the worries, the summary or a domain tick changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self.worries_label = QLabel(wordWrap=True)
        self.worries = QPlainTextEdit(objectName="hr_worries")
        self.summary_label = QLabel(wordWrap=True)
        self.summary = QPlainTextEdit(objectName="hr_summary")
        self.summary.setMaximumHeight(90)
        self.domains_label = QLabel(wordWrap=True)
        self.reading = QLabel(objectName="hr_reading")
        self.model = DomainChipsModel(self)
        self.chips = QListView(objectName="hr_domains")
        self.chips.setModel(self.model)
        # One chip per line, wrapped: a long chip (Arabic, several quoted words and "worth
        # a look") must never be cut off at the edge of a narrow window.
        self.chips.setFlow(QListView.Flow.TopToBottom)
        self.chips.setWordWrap(True)
        self.chips.setResizeMode(QListView.ResizeMode.Adjust)
        self.chips.setSpacing(4)
        self.chips.setMaximumHeight(120)
        self.add_domain = QComboBox(objectName="hr_add_domain")
        self.urgency_check = UrgencyCheckNotice()
        self._timer = QTimer(self, singleShot=True, interval=ANALYSE_DELAY_MS)
        self._assemble()
        self.worries.textChanged.connect(self._text_changed)
        self.summary.textChanged.connect(self.edited)
        self._timer.timeout.connect(self.analyse_now)
        self.add_domain.activated.connect(self._add_domain)
        self.model.dataChanged.connect(lambda *_: self.edited.emit())
        self.retranslate_ui()

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.worries_label)
        layout.addWidget(self.worries, 3)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.summary, 1)
        row = QHBoxLayout()
        row.addWidget(self.domains_label, 1)
        row.addWidget(self.reading)
        row.addWidget(self.add_domain)
        layout.addLayout(row)
        layout.addWidget(self.chips)
        layout.addWidget(self.urgency_check)

    def show_draft(self, draft: IntakeDraft) -> None:
        self._generation += 1
        self._timer.stop()
        self.worries.blockSignals(True)
        self.worries.setPlainText(draft.worries)
        self.worries.blockSignals(False)
        set_direction_from_text(self.worries)
        self.summary.setPlainText(draft.summary)
        self.model.set_draft(draft)
        self.reading.clear()

    def _text_changed(self) -> None:
        set_direction_from_text(self.worries)
        self.reading.setText(self.tr("Reading the worries…"))
        self._timer.start()
        self.edited.emit()

    def analyse_now(self) -> None:
        """Read the worries off the GUI thread; a result for older text is dropped."""
        self._timer.stop()
        self._generation += 1
        generation, text = self._generation, self.worries.toPlainText()
        run_in_background(
            lambda: analyse_worries(text),
            lambda result: self._deliver(generation, result),
            lambda error: self.reading.setText(str(error)),
            context=self,
        )

    def _deliver(self, generation: int, analysis: WorryAnalysis) -> None:
        if generation == self._generation:
            self.reading.clear()
            self.analysed.emit(analysis)

    def _add_domain(self, position: int) -> None:
        domain_id = self.add_domain.itemData(position)
        if domain_id:
            self.model.add_domain(domain_id)
            self.edited.emit()
        self.add_domain.setCurrentIndex(0)

    def retranslate_ui(self) -> None:
        self.worries_label.setText(
            self.tr(
                "The parent's worries, in the parent's own words (any language, kept as written):"
            )
        )
        self.worries.setPlaceholderText(self.tr("Write down what the parent says…"))
        self.summary_label.setText(self.tr("Your summary for the agency (optional):"))
        self.domains_label.setText(
            self.tr(
                "Life domains read from the words: untick what does not apply, add what is missing."
            )
        )
        self.model.relabel()
        self.add_domain.clear()
        self.add_domain.addItem(self.tr("Add a life domain…"), "")
        for domain_id, label in all_domains():
            self.add_domain.addItem(label, domain_id)

    def lock(self) -> None:
        self._timer.stop()
        self._generation += 1

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
