"""The interpreters tab: the glossary and the appointment sheet, as two sub-tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from outreach_desk.core.session import Session
from outreach_desk.ui.interpreters.appointment_panel import AppointmentPanel
from outreach_desk.ui.interpreters.glossary_panel import GlossaryPanel


class InterpretersPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interpreters_page")
        self.glossary_panel = GlossaryPanel()
        self.appointment_panel = AppointmentPanel(session, self.glossary_panel.glossary)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.glossary_panel, "")
        self.tabs.addTab(self.appointment_panel, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def show_family(self, family_id: str | None, *_rest: object) -> None:
        self.appointment_panel.show_family(family_id)

    def lock(self) -> None:
        self.appointment_panel.lock()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("&Glossary"))
        self.tabs.setTabText(1, self.tr("&Appointment sheet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
