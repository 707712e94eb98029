"""Step 6: the request in the agency's language, editable section by section, with its
preview; the consent gate sits on top and says what is missing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.help_request import AGENCY_LANGS, SECTION_KEYS, HelpRequest
from outreach_desk.core.referrals import RequestText
from outreach_desk.render.help_request import help_request_html
from outreach_desk.ui.helprequest.texts import agency_language_label
from outreach_desk.ui.texts import domain_label


class ConsentGate(QFrame):
    """Shown instead of the request while no consent covers it."""

    record_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hr_consent_gate")
        self.setStyleSheet(
            "#hr_consent_gate { background: #fff3e0; border: 2px solid #e65100;"
            " border-radius: 4px; }"
        )
        self.title = QLabel(objectName="hr_consent_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self._recipient = ""
        self._topics: list[str] = []
        self.missing = QLabel(objectName="hr_consent_missing", wordWrap=True)
        self.message = QLabel(objectName="hr_consent_message", wordWrap=True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record = QPushButton(objectName="hr_record_consent")
        self.record.clicked.connect(self.record_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.missing)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.record)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate_ui()

    def show_missing(self, message: str, recipient: str, topics: list[str]) -> None:
        """What the parent has not agreed to yet, in words; the core's detail below."""
        self._recipient, self._topics = recipient, topics
        self.message.setText(message)
        self._show_missing()

    def _show_missing(self) -> None:
        labels = ", ".join(domain_label(t) for t in self._topics)
        recipient = self._recipient
        text = self.tr("The parent has not agreed yet to share with {0}: {1}.")
        self.missing.setText(text.format(recipient, labels) if labels else "")

    def retranslate_ui(self) -> None:
        self._show_missing()
        self.title.setText(self.tr("No consent yet: nothing is produced for this agency."))
        self.record.setText(self.tr("&Record consent now…"))


class RequestStep(QWidget):
    language_changed = Signal(str)
    text_edited = Signal()
    restart_requested = Signal()
    consent_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox(objectName="hr_agency_language")
        for code in AGENCY_LANGS:
            self.language.addItem(code, code)
        self.language_label = QLabel()
        self.restart = QPushButton(objectName="hr_restart_text")
        self.gate = ConsentGate()
        self.tabs = QTabWidget(objectName="hr_request_tabs")
        self.editors: dict[str, QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.preview = QTextBrowser(objectName="hr_preview")
        self._request: HelpRequest | None = None
        self._assemble()
        self.gate.hide()
        self.language.activated.connect(lambda _: self.language_changed.emit(self.lang()))
        self.restart.clicked.connect(self.restart_requested)
        self.gate.record_requested.connect(self.consent_requested)
        self.retranslate_ui()

    def _assemble(self) -> None:
        host = QWidget()
        form = QFormLayout(host)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key in SECTION_KEYS:
            editor = QPlainTextEdit(objectName=f"hr_section_{key}")
            editor.setMinimumHeight(60 if key != "context" else 110)
            editor.textChanged.connect(self.text_edited)
            self.editors[key], self.labels[key] = editor, QLabel()
            form.addRow(self.labels[key], editor)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(host)
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.preview, "")
        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.restart)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.gate)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)

    def lang(self) -> str:
        return str(self.language.currentData())

    def set_lang(self, lang: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))

    def show_request(self, request: HelpRequest) -> None:
        """Fill the editors and the preview; hides the consent gate."""
        self._request = request
        self.gate.hide()
        self.tabs.show()
        for key, _heading, body in request.sections():
            editor = self.editors[key]
            editor.blockSignals(True)
            editor.setPlainText(body)
            editor.blockSignals(False)
            self.labels[key].setText(_heading)
        self.show_preview(request)

    def show_preview(self, request: HelpRequest) -> None:
        self._request = request
        self.preview.setHtml(help_request_html(request))

    def show_gate(self, message: str, recipient: str = "", topics: tuple[str, ...] = ()) -> None:
        self._request = None
        self.gate.show_missing(message, recipient, list(topics))
        self.gate.show()
        self.tabs.hide()
        self.preview.clear()

    @property
    def has_request(self) -> bool:
        return self._request is not None

    def edited_text(self) -> RequestText:
        values = {key: editor.toPlainText().strip() for key, editor in self.editors.items()}
        documents = tuple(
            line.strip() for line in values.pop("documents").splitlines() if line.strip()
        )
        return RequestText(**values, documents=documents)

    def retranslate_ui(self) -> None:
        self.language_label.setText(self.tr("The agency's &language:"))
        self.language_label.setBuddy(self.language)
        for position in range(self.language.count()):
            code = str(self.language.itemData(position))
            self.language.setItemText(position, agency_language_label(code))
        self.restart.setText(self.tr("Start the text again"))
        self.tabs.setTabText(0, self.tr("Edit the request"))
        self.tabs.setTabText(1, self.tr("Preview"))
        self.gate.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
