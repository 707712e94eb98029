"""The "Help request" screen for the family selected on the families page: worries,
urgency, non-take-up lens, child in view, suggestions, request (behind the consent gate)
and outputs, as steps in a side list. Slots are thin: the work is in ``HelpRequestFlow``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.intake import WorryAnalysis
from outreach_desk.core.session import Session
from outreach_desk.core.socialmap import SocialMap
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.helprequest.actions import RequestActions
from outreach_desk.ui.helprequest.flow import HelpRequestFlow
from outreach_desk.ui.helprequest.outputs_step import OutputsStep
from outreach_desk.ui.helprequest.request_step import RequestStep
from outreach_desk.ui.helprequest.situation import ChildStep, LensStep
from outreach_desk.ui.helprequest.suggestions import SuggestionsStep
from outreach_desk.ui.helprequest.urgency import UrgencyBanner, UrgencyStep
from outreach_desk.ui.helprequest.worries_step import WorriesStep

WORRIES, URGENCY, LENS, CHILD, SUGGESTIONS, REQUEST, OUTPUTS = range(7)


class HelpRequestPage(QWidget):
    referral_saved = Signal(str)  # a referral id; the "To follow up" page refreshes

    def __init__(
        self,
        session: Session,
        clipboard: SensitiveClipboard,
        social_map: SocialMap | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helprequest_page")
        self.flow = HelpRequestFlow(session, social_map)
        self.clipboard = clipboard
        self.title = QLabel(objectName="hr_title")
        self.banner = UrgencyBanner()
        self.steps_model = QStringListModel(self)
        self.step_list = QListView(objectName="hr_steps")
        self.step_list.setModel(self.steps_model)
        self.step_list.setMaximumWidth(220)
        self.stack = QStackedWidget(objectName="hr_stack")
        self.worries, self.urgency = WorriesStep(), UrgencyStep()
        self.lens, self.child = LensStep(), ChildStep()
        self.suggestions, self.request = SuggestionsStep(), RequestStep()
        self.outputs = OutputsStep()
        self.back_button = QPushButton(objectName="hr_back")
        self.next_button = QPushButton(objectName="hr_next")
        self.message = QLabel(objectName="hr_message", wordWrap=True)
        self.new_button = QPushButton(objectName="hr_new_intake")
        self.handlers = RequestActions(self)
        self._assemble()
        self._connect()
        self.retranslate_ui()
        self.show_family(None)

    def _assemble(self) -> None:
        steps: tuple[QWidget, ...] = (self.worries, self.urgency, self.lens, self.child)
        for step in (*steps, self.suggestions, self.request, self.outputs):
            self.stack.addWidget(step)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.step_list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

    def _connect(self) -> None:
        self.step_list.clicked.connect(lambda index: self.go_to(index.row()))
        self.back_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.stack.currentIndex() + 1))
        for keys, delta in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(
                lambda delta=delta: self.go_to(self.stack.currentIndex() + delta)
            )
        self.new_button.clicked.connect(self.new_intake)
        self.worries.analysed.connect(self._analysed)
        self.worries.edited.connect(self._worries_edited)
        self.urgency.choice_changed.connect(self._urgency_chosen)
        self.worries.urgency_check.mark_urgent.connect(lambda: self._urgency_chosen(True))
        self.lens.changed.connect(lambda ids: setattr(self.flow.draft, "mechanisms", ids))
        self.child.changed.connect(self._child_edited)
        self.handlers.connect_steps()

    # ---- family and steps -----------------------------------------------------------------
    def show_family(self, family_id: str | None) -> None:
        """Open the selected family's unsent intake, or a fresh one (or show that none is
        selected)."""
        if family_id is not None and self.flow.family and self.flow.family.id == family_id:
            return
        self.flow.start(family_id)
        self._show_draft()

    def new_intake(self) -> None:
        """Leave the current draft in the vault and begin a fresh intake for the family."""
        family = self.flow.family
        if family is not None:
            self.flow.start(family.id, resume=False)
            self._show_draft()

    def _show_draft(self) -> None:
        draft = self.flow.draft
        self.worries.show_draft(draft)
        if draft.worries.strip():
            self.worries.analyse_now()  # brings back the chips with their evidence
        self.lens.show_mechanisms(draft.mechanisms)
        self.child.show_family(self.flow.family, draft.child_notes)
        self.urgency.show_choice(draft.urgent_by_hand, False)
        self.suggestions.show_suggestions([], None)
        self.new_button.setEnabled(self.flow.family is not None)
        self.outputs.reset()
        self.outputs.set_sheet_language(self.flow.family.languages if self.flow.family else ())
        if self.flow.referral_id:
            referral = self.flow.referral
            self.request.set_lang(referral.agency_language)
            self.outputs.show_referral(referral.follow_up_on, referral.status)
        self._show_urgency()
        self.stack.setEnabled(self.flow.family is not None)
        self.go_to(WORRIES)
        self.retranslate_ui()

    def go_to(self, step: int) -> None:
        step = max(0, min(step, self.stack.count() - 1))
        if self.flow.family is None:
            step = WORRIES
        self.message.clear()
        if step > SUGGESTIONS and self.flow.service is None:
            step = SUGGESTIONS
            self.message.setText(self.tr("Pick a service first."))
        if step == SUGGESTIONS:
            self.handlers.refresh_suggestions()
        elif step >= REQUEST and not self.handlers.prepare_request():
            step = REQUEST
        self.stack.setCurrentIndex(step)
        self.banner.set_compact(step not in (WORRIES, URGENCY))
        self.step_list.setCurrentIndex(self.steps_model.index(step))
        self.back_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < self.stack.count() - 1)

    # ---- thin slots -------------------------------------------------------------------------
    def _worries_edited(self) -> None:
        self.flow.draft.worries = self.worries.worries.toPlainText()
        self.flow.draft.summary = self.worries.summary.toPlainText()

    def _analysed(self, analysis: WorryAnalysis) -> None:
        self.flow.apply_analysis(analysis)
        self.worries.model.set_draft(self.flow.draft)
        self._show_urgency()

    def _urgency_chosen(self, by_hand: bool | None) -> None:
        self.flow.draft.urgent_by_hand = by_hand
        self._show_urgency()

    def _child_edited(self) -> None:
        self.flow.draft.child_notes = self.child.notes()

    def _show_urgency(self) -> None:
        urgency = self.flow.draft.urgency
        services = self.flow.emergency_services() if urgency.urgent else []
        self.banner.show_urgency(urgency, services)
        check = self.flow.draft.urgency_check
        self.worries.urgency_check.show_check(check)
        self.urgency.show_choice(
            self.flow.draft.urgent_by_hand, urgency.suggested, check.kind if check else None
        )

    # ---- the social map hands over a service --------------------------------------------------
    def use_service(self, service_id: str) -> None:
        """Pick a service found on the social map and show the suggestions step."""
        if self.flow.family is None:
            self.message.setText(self.tr("Select a family on the families page first."))
            return
        self.handlers.bring_from_map(service_id)
        self.go_to(SUGGESTIONS)

    def showEvent(self, event: QShowEvent) -> None:
        self.handlers.connect_social_map()
        super().showEvent(event)

    # ---- text --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        names = [
            self.tr("1. Worries"),
            self.tr("2. Urgency"),
            self.tr("3. Why no help yet"),
            self.tr("4. The children"),
            self.tr("5. Services"),
            self.tr("6. Request"),
            self.tr("7. Send and follow up"),
        ]
        current = self.stack.currentIndex()
        self.steps_model.setStringList(names)
        self.step_list.setCurrentIndex(self.steps_model.index(current))
        self.back_button.setText(self.tr("&Back"))
        self.new_button.setText(self.tr("New intake"))
        self.new_button.setToolTip(
            self.tr("Keep this draft in the vault and start again for another worry.")
        )
        self.next_button.setText(self.tr("&Next"))
        family = self.flow.family
        if family is None:
            self.title.setText(self.tr("Help request: select a family on the families page."))
        else:
            self.title.setText(self.tr("Help request for {0}").format(family.label))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        # Added as a tab: the social map tab (built before this one) can hand services over
        # even before this tab was ever shown.
        if event.type() == QEvent.Type.ParentChange:
            self.handlers.connect_social_map()
        return super().event(event)

    def lock(self) -> None:
        """Forget the family and close the map before the keys go."""
        self.worries.lock()
        self.flow.start(None)
        self.flow.close()
