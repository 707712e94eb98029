"""Every version of a note, oldest first; competing versions from two laptops marked."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from outreach_desk.core.notes import Note
from outreach_desk.ui.models.note_list import local_time


class NoteHistoryDialog(QDialog):
    def __init__(self, note: Note, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_history")
        self._note = note
        self.view = QPlainTextEdit(readOnly=True, objectName="history_text")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Note history"))
        self.view.setPlainText(self.history_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def history_text(self) -> str:
        conflict_ids = {c.id for c in self._note.conflicts}
        blocks = []
        for number, version in enumerate(self._note.versions, start=1):
            heading = self.tr("Version {0} - {1}").format(number, local_time(version.created_at))
            if version.id == self._note.current.id:
                heading += " " + self.tr("(current)")
            if version.id in conflict_ids:
                heading += " " + self.tr("(CONFLICT: written at the same time on another laptop)")
            blocks.append("{}\n{}\n{}".format(heading, "-" * len(heading), version.text))
        return "\n\n".join(blocks)
