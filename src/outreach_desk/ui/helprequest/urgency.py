"""The urgency banner (shown on every step while the situation is urgent), the calm
notice asking the worker to check urgency when the words resemble earlier urgent worries,
and the step where the worker confirms or clears urgency by hand; the worker's choice
always wins."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.intake import UrgencyAssessment
from outreach_desk.core.intake.urgency_model import CheckKind, UrgencyCheck
from outreach_desk.core.socialmap.model import Service
from outreach_desk.ui.helprequest.domains_model import quoted
from outreach_desk.ui.helprequest.texts import core_lang


class UrgencyBanner(QLabel):
    """Red, impossible to miss: why it is urgent, the first steps, who to call."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hr_urgency_banner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(
            "QLabel { background: #b71c1c; color: white; padding: 8px; border-radius: 4px; }"
        )
        self._urgency = UrgencyAssessment(False)
        self._services: list[Service] = []
        self._compact = False
        self.hide()

    def set_compact(self, compact: bool) -> None:
        """One line (why, and where the first steps are) on steps where the worker writes."""
        if compact != self._compact:
            self._compact = compact
            if self._urgency.urgent:
                self.retranslate_ui()

    def show_urgency(self, urgency: UrgencyAssessment, services: list[Service]) -> None:
        self._urgency, self._services = urgency, services
        self.setVisible(urgency.urgent)
        if urgency.urgent:
            self.retranslate_ui()

    def retranslate_ui(self) -> None:
        lang, urgency = core_lang(), self._urgency
        parts = ["<b>" + html.escape(self.tr("Urgent: act today.")) + "</b>"]
        reasons = [html.escape(r.label.get(lang) or r.label.get("en", "")) for r in urgency.reasons]
        if reasons:
            parts.append(html.escape(self.tr("Why:")) + " " + "; ".join(reasons))
        elif urgency.confirmed:
            parts.append(html.escape(self.tr("Why: you marked this situation as urgent.")))
        if self._compact:
            if len(parts) > 1:
                parts[-1] += "."
            parts.append(html.escape(self.tr('The first steps are under "2. Urgency".')))
            self.setText(" ".join(parts))
            return
        steps = [_step_text(step.text_in(lang), step.contact) for step in urgency.first_steps]
        if steps:
            parts.append(html.escape(self.tr("First steps:")) + "<br>• " + "<br>• ".join(steps))
        names = [html.escape(s.name.get(lang)) for s in self._services]
        if names:
            parts.append(html.escape(self.tr("On the social map:")) + " " + ", ".join(names))
        self.setText("<br>".join(parts))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate_ui()
        super().changeEvent(event)


class UrgencyCheckNotice(QFrame):
    """Calm and secondary, never red: the rules raised no alarm, yet the words resemble
    earlier urgent worries, or a danger was told about the far past. A question for the
    worker, quoting the parent's words, with one button that sets urgency by hand (the
    same choice as on the urgency step)."""

    mark_urgent = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hr_urgency_check")
        self.setStyleSheet(
            "#hr_urgency_check { background: #f3f6f9; border: 1px solid #c3cfdb;"
            " border-radius: 4px; }"
            " #hr_urgency_check QLabel { color: #24313d; background: transparent; border: 0; }"
        )
        self.text = QLabel(objectName="hr_urgency_check_text", wordWrap=True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the parent's words, never markup
        self.button = QPushButton(objectName="hr_urgency_check_mark")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.button.clicked.connect(self.mark_urgent)
        self._check: UrgencyCheck | None = None
        self.hide()

    def show_check(self, check: UrgencyCheck | None) -> None:
        self._check = check
        if check is not None:
            self.retranslate_ui()
        self.setVisible(check is not None)

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Mar&k as urgent"))
        self.button.setToolTip(
            self.tr('Sets urgency by hand, as under "2. Urgency", where you can clear it again.')
        )
        if self._check is None:
            return
        separator = self.tr(", ", "between quoted words")
        words = separator.join(quoted(item.text) for item in self._check.evidence)
        if self._check.kind is CheckKind.TOLD_AS_PAST:
            when = separator.join(quoted(item.text) for item in self._check.past_words)
            text = self.tr(
                "This sounds like something from the past ({0}: {1}). Is it still going on, "
                "or could it happen again? Check with the parent."
            ).format(when, words)
        else:
            text = self.tr(
                "Could this need action today? Earlier urgent worries used words like {0}. "
                "Check with the parent."
            ).format(words)
        self.text.setText(text)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _step_text(text: str, contact: str | None) -> str:
    if contact and contact not in text:
        return f"{html.escape(text)} (<b>{html.escape(contact)}</b>)"
    return html.escape(text)


class UrgencyStep(QWidget):
    """As suggested / urgent / not urgent: emits None, True or False."""

    choice_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(objectName="hr_urgency_summary", wordWrap=True)
        self.as_suggested = QRadioButton(objectName="hr_urgency_auto")
        self.urgent = QRadioButton(objectName="hr_urgency_yes")
        self.not_urgent = QRadioButton(objectName="hr_urgency_no")
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for position, button in enumerate((self.as_suggested, self.urgent, self.not_urgent)):
            self.group.addButton(button, position)
            layout.addWidget(button)
        layout.addStretch(1)
        self.as_suggested.setChecked(True)
        self.group.idClicked.connect(self._clicked)
        self._suggested = False
        self._check: CheckKind | None = None
        self.retranslate_ui()

    def show_choice(
        self, by_hand: bool | None, suggested: bool, check: CheckKind | None = None
    ) -> None:
        """``check``: the kind of prompt to check shown on the worries step, if any."""
        self._suggested, self._check = suggested, check
        button = {None: self.as_suggested, True: self.urgent, False: self.not_urgent}[by_hand]
        button.setChecked(True)
        self.retranslate_ui()

    def _clicked(self, position: int) -> None:
        self.choice_changed.emit((None, True, False)[position])

    def retranslate_ui(self) -> None:
        if self._suggested:
            self.summary.setText(
                self.tr("The worries contain urgency signals (see the red banner above).")
            )
        elif self._check is CheckKind.TOLD_AS_PAST:
            self.summary.setText(
                self.tr(
                    "The worries tell of a danger in the past, so it is not raised as urgent: "
                    "check with the parent whether it is still going on or could happen again."
                )
            )
        elif self._check is CheckKind.RESEMBLES_URGENT:
            self.summary.setText(
                self.tr(
                    "No urgency signal was found in the worries, but their words resemble "
                    "earlier urgent worries: check with the parent whether this needs action "
                    "today."
                )
            )
        else:
            self.summary.setText(self.tr("No urgency signal was found in the worries."))
        self.as_suggested.setText(self.tr("&Follow the reading of the worries"))
        self.urgent.setText(self.tr("&Urgent: I set it by hand"))
        self.not_urgent.setText(self.tr("N&ot urgent: I clear it by hand"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
