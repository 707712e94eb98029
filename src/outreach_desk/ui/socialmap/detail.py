"""The detail pane: every fact of one service, where it comes from and how old it is."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.socialmap import Service, is_stale
from outreach_desk.ui.socialmap.facts import fact_source, needs_verification, service_facts
from outreach_desk.ui.socialmap.labels import age_text, data_language
from outreach_desk.ui.socialmap.named import named

_STALE_STYLE = (
    "QLabel#stale_marker { background: #fde3c8; color: #6b3200; border: 1px solid #e0913a;"
    " border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
)
_TABLE_CSS = (
    "<style>td { padding: 3px 8px 3px 0; vertical-align: top; }"
    " td.label { font-weight: bold; }"
    " .unknown { color: #777; font-style: italic; }"
    " .verify { color: #a04a00; font-weight: bold; }"
    " .source { color: #666; font-size: small; }</style>"
)


class ServiceDetail(QWidget):
    """``show_service(service)`` fills it; ``use_in_request(service_id)`` asks to use it."""

    use_in_request = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: Service | None = None
        self.title = named(QLabel(wordWrap=True), "service_title")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.stale_marker = named(QLabel(wordWrap=True), "stale_marker")
        self.stale_marker.setStyleSheet(_STALE_STYLE)
        self.facts = named(QTextBrowser(), "service_facts")
        self.facts.setOpenLinks(False)
        self.use_button = named(QPushButton(), "use_in_request")
        self.use_button.clicked.connect(self._use_clicked)
        self.placeholder = named(QLabel(wordWrap=True), "detail_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self._assemble()
        self.retranslate_ui()
        self.show_service(None)

    def _assemble(self) -> None:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        layout.addWidget(self.stale_marker)
        layout.addWidget(self.facts, 1)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    @property
    def service(self) -> Service | None:
        return self._service

    def show_service(self, service: Service | None, today: date | None = None) -> None:
        self._service = service
        self.use_button.setEnabled(service is not None)
        if service is None:
            self.stack.setCurrentIndex(0)
            self.title.clear()
            self.facts.clear()
            self.stale_marker.hide()
            return
        self.stack.setCurrentIndex(1)
        self.title.setText(service.name.get(data_language()))
        stale = is_stale(service, today)
        self.stale_marker.setVisible(stale)
        if stale:
            self.stale_marker.setText(
                self.tr(
                    "STALE: nobody checked this record in the last 12 months ({0}). "
                    "Phone the service before you send a family."
                ).format(age_text(service, today))
            )
        self.facts.setHtml(self._facts_html(service, today))

    def _facts_html(self, service: Service, today: date | None) -> str:
        record_note = self.tr("record source [1]")
        source_word = html.escape(self.tr("Source:"))
        rows = []
        for fact in service_facts(service):
            value = html.escape(fact.value).replace("\n", "<br>")
            if not fact.value:
                unknown = html.escape(self.tr("not known"))
                value = f"<span class='unknown'>{unknown}</span>"
            if needs_verification(service, fact.field):
                warning = html.escape(self.tr("needs verification"))
                value += f" <span class='verify'>⚠ {warning}</span>"
            own = fact_source(service, fact.field)
            source = ""
            if own or fact.value:  # an unknown fact has no source to show
                cited = html.escape(own) if own else html.escape(record_note)
                source = f"<br><span class='source'>{source_word} {cited}</span>"
            rows.append(
                f"<tr><td class='label' width='170'>{html.escape(fact.label)}</td>"
                f"<td>{value}{source}</td></tr>"
            )
        footer = self.tr("[1] Source of this record: {0}. Facts {1}.").format(
            service.source or self.tr("not recorded"), age_text(service, today)
        )
        return (
            f"{_TABLE_CSS}<table width='100%'>{''.join(rows)}</table>"
            f"<p class='source'>{html.escape(footer)}</p>"
        )

    def _use_clicked(self) -> None:
        if self._service is not None:
            self.use_in_request.emit(self._service.id)

    def retranslate_ui(self) -> None:
        self.use_button.setText(self.tr("&Use in a help request"))
        self.use_button.setToolTip(self.tr("Start a help request for a family with this service"))
        self.placeholder.setText(
            self.tr("Choose a service to see everything the map knows about it.")
        )
        self.facts.setAccessibleName(self.tr("Facts about the service"))
        self.show_service(self._service)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
