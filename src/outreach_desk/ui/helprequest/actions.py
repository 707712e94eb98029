"""What the help-request page does when the worker acts on steps 5-7: suggestions, the
request behind the consent gate, the outputs and the follow-up. Kept apart from the
page's layout; each handler is one call into ``HelpRequestFlow`` plus what to show."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QTabWidget, QWidget

from outreach_desk.core.errors import OutreachError
from outreach_desk.core.help_request import HelpRequestConsentMissing
from outreach_desk.core.intake.scoring import Role
from outreach_desk.core.intake.suggest import ServiceSuggestion
from outreach_desk.core.socialmap.model import Formality, Service
from outreach_desk.ui.errors import describe_error
from outreach_desk.ui.helprequest.consent_dialog import ConsentDialog

if TYPE_CHECKING:
    from outreach_desk.ui.helprequest.page import HelpRequestPage


def agency_language_for(service: Service) -> str:
    """French unless the service works in Dutch and not French (or only in English)."""
    spoken = set(service.languages)
    if "fr" in spoken or not spoken:
        return "fr"
    return "nl" if "nl" in spoken else ("en" if "en" in spoken else "fr")


def map_suggestion(service: Service) -> ServiceSuggestion:
    """A service the worker brought from the map: no ranking, its role from its formality."""
    role = Role.INFORMAL if service.formality == Formality.INFORMAL else Role.HOLDS_THE_RIGHT
    if service.formality == Formality.UNKNOWN:
        role = Role.OTHER
    domain_id = service.domains[0] if service.domains else ""
    return ServiceSuggestion(service, domain_id, 0.0, role, (), ())


class RequestActions(QObject):
    def __init__(self, page: HelpRequestPage) -> None:
        super().__init__(page)
        self.page = page
        self.flow = page.flow
        self.consent_dialog: ConsentDialog | None = None
        self._text_dirty = False
        self._map_page: QWidget | None = None

    def connect_steps(self) -> None:
        page = self.page
        page.suggestions.picked.connect(self._picked)
        page.suggestions.map_requested.connect(self.show_social_map)
        page.request.language_changed.connect(self._language_changed)
        page.request.restart_requested.connect(lambda: self.render(fresh=True))
        page.request.consent_requested.connect(self.ask_consent)
        page.request.text_edited.connect(self._text_edited)
        page.request.tabs.currentChanged.connect(lambda _: self.keep_edits())
        page.outputs.export_pdf.connect(self.export_pdf)
        page.outputs.copy_text.connect(self.copy_text)
        page.outputs.parent_sheet.connect(self.parent_sheet)
        page.outputs.save_follow_up.connect(self.save_follow_up)

    def _say(self, text: str) -> None:
        self.page.message.setText(text)

    def _guard(self, work: object) -> bool:
        """Run one core call; a core error is shown, never raised into Qt."""
        try:
            work()  # type: ignore[operator]
        except HelpRequestConsentMissing as error:
            name = self.flow.referral.service_name if self.flow.referral_id else ""
            self.page.request.show_gate(str(error), name, error.missing_topics)
            self._say(self.tr("Record the parent's consent first."))
            return False
        except OutreachError as error:
            self._say(describe_error(error))
            return False
        return True

    # ---- suggestions ----------------------------------------------------------------------
    def refresh_suggestions(self) -> None:
        rows = self.flow.suggestions()
        chosen = self.flow.service
        self.page.suggestions.show_suggestions(rows, chosen.id if chosen else None)
        if chosen is not None and not any(r.service.id == chosen.id for r in rows):
            self.page.suggestions.choose(map_suggestion(chosen))

    def _picked(self, service: Service | None) -> None:
        if service is not None and (
            self.flow.service is None or self.flow.service.id != service.id
        ):
            self.page.request.set_lang(agency_language_for(service))
        self.flow.service = service

    def bring_from_map(self, service_id: str) -> None:
        if self._guard(lambda: self.flow.choose(service_id)) and self.flow.service:
            self.page.suggestions.choose(map_suggestion(self.flow.service))

    # ---- the request ----------------------------------------------------------------------
    def prepare_request(self) -> bool:
        """Save the intake and the referral, then show the request (or the consent gate);
        False while no consent covers it."""
        self.keep_edits()
        lang = self.page.request.lang()
        return self._guard(lambda: self.flow.save_referral(lang)) and self.render()

    def render(self, *, fresh: bool = False) -> bool:
        def show() -> None:
            self.page.request.show_request(self.flow.request(fresh=fresh))

        if not self._guard(show):
            return False
        self._text_dirty = False
        self.page.message.clear()
        return True

    def _language_changed(self, lang: str) -> None:
        if self._guard(lambda: self.flow.save_referral(lang)):
            self.render(fresh=True)

    def _text_edited(self) -> None:
        self._text_dirty = True

    def keep_edits(self) -> None:
        """Save what the worker typed in the sections, so every output uses it."""
        if not self._text_dirty or not self.flow.referral_id:
            return
        self._text_dirty = False
        text = self.page.request.edited_text()
        if self._guard(lambda: self.flow.save_text(text)) and self.page.request.has_request:
            self._guard(lambda: self.page.request.show_preview(self.flow.request()))

    def ask_consent(self) -> ConsentDialog:
        referral = self.flow.referral
        topics = list(self.flow.draft.domains) or ["*"]
        dialog = ConsentDialog(referral.service_name, topics, self.page)
        dialog.accepted.connect(lambda: self._record_consent(dialog))
        self.consent_dialog = dialog
        dialog.open()
        return dialog

    def _record_consent(self, dialog: ConsentDialog) -> None:
        topics, how, on = dialog.topics(), dialog.how_value(), dialog.date_value()
        if self._guard(lambda: self.flow.record_consent(topics, how, on)):
            self.render()

    # ---- outputs ----------------------------------------------------------------------------
    def _ready(self) -> bool:
        self.keep_edits()
        return self._guard(self.flow.request)

    def export_pdf(self) -> None:
        if not self._ready():
            return
        path, _ = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Export the help request (not encrypted)"),
            str(Path.home() / "help-request.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path and self._guard(lambda: self.flow.write_pdf(Path(path))):
            self._say(self.tr("Saved (not encrypted): {0}").format(path))

    def parent_sheet(self, lang: str) -> None:
        if not self._ready():
            return
        path, _ = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Export the parent's sheet (not encrypted)"),
            str(Path.home() / f"parent-sheet-{lang}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path and self._guard(lambda: self.flow.write_parent_sheet(lang, Path(path))):
            self._say(self.tr("Saved (not encrypted): {0}").format(path))

    def copy_text(self) -> None:
        if not self._ready():
            return
        text = self.flow.email_text()
        self.page.clipboard.copy(text)
        seconds = int(self.page.clipboard.seconds)
        self._say(self.tr("Copied. The clipboard is emptied in {0} seconds.").format(seconds))

    def save_follow_up(self) -> None:
        outputs = self.page.outputs
        day = outputs.follow_up.date().toPython()
        status = outputs.status_value()
        lang = self.page.request.lang()

        def save() -> None:
            if not self.flow.referral_id:
                self.flow.save_referral(lang)
            self.flow.save_follow_up(day, status)

        if self._guard(save):
            self._say(self.tr('Referral saved; it appears on "To follow up" when it is due.'))
            self.page.referral_saved.emit(self.flow.referral_id)

    # ---- the social map page ----------------------------------------------------------------
    def _tabs(self) -> QTabWidget | None:
        widget = self.page.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        return widget

    def _find_map_page(self) -> QWidget | None:
        tabs = self._tabs()
        for position in range(tabs.count() if tabs else 0):
            widget = tabs.widget(position) if tabs else None
            if widget is not None and widget.property("page_key") == "socialmap":
                return widget
        return None

    def connect_social_map(self) -> None:
        """The social map's "use in a help request" picks the service here (connected once)."""
        if self._map_page is not None and shiboken6.isValid(self._map_page):
            return
        found = self._find_map_page()
        signal = getattr(found, "use_in_request", None)
        if found is not None and signal is not None:
            signal.connect(self._from_map_page)
            self._map_page = found

    def _from_map_page(self, service_id: str) -> None:
        tabs = self._tabs()
        if tabs is not None:
            tabs.setCurrentWidget(self.page)
        self.page.use_service(service_id)

    def show_social_map(self) -> None:
        self.connect_social_map()
        tabs = self._tabs()
        if tabs is not None and self._map_page is not None:
            tabs.setCurrentWidget(self._map_page)
        else:
            self._say(self.tr("The social map is not available in this window."))
