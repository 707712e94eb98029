"""A bar offering back note drafts that were not saved (after a crash, a lock or a switch)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from outreach_desk.core.drafts import Draft


class DraftBar(QFrame):
    resume_requested = Signal(object)  # Draft
    discard_requested = Signal(object)  # Draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_bar")
        self.setStyleSheet("#draft_bar { background: #e3f2fd; border: 1px solid #90caf9; }")
        self.drafts: list[Draft] = []
        self._labels: dict[str, str] = {}
        self.message = QLabel(wordWrap=True)
        self.resume_button = QPushButton(objectName="resume_draft")
        self.discard_button = QPushButton(objectName="discard_draft")
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.discard_button)
        self.resume_button.clicked.connect(lambda: self._emit(self.resume_requested))
        self.discard_button.clicked.connect(lambda: self._emit(self.discard_requested))
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.resume_button.setText(self.tr("&Resume writing"))
        self.discard_button.setText(self.tr("Throw a&way"))
        self._update_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def offer(self, drafts: list[Draft], labels: dict[str, str]) -> None:
        """``labels`` maps family id -> family label, to say whose note it is."""
        self.drafts = list(drafts)
        self._labels = dict(labels)
        self._update_text()
        self.setVisible(bool(self.drafts))

    def _update_text(self) -> None:
        if not self.drafts:
            self.message.clear()
            return
        first = self.drafts[0]
        preview = " ".join(first.text.split())[:60]
        self.message.setText(
            self.tr('An unsaved note for {0} was kept: "{1}..." ({2} draft(s) in all)').format(
                self._labels.get(first.family_id, "?"), preview, len(self.drafts)
            )
        )

    def _emit(self, signal: SignalInstance) -> None:
        if self.drafts:
            signal.emit(self.drafts[0])
