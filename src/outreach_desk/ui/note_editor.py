"""Writing a note. What is typed is sealed to disk as a draft every few seconds, so a crash
or a dead battery loses at most those seconds; the draft is offered back at unlock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.drafts import Draft, DraftStore
from outreach_desk.core.errors import OutreachError
from outreach_desk.core.notes import Note, NoteStore
from outreach_desk.ui.errors import describe_error


class NoteEditor(QWidget):
    note_saved = Signal(str)  # note id
    draft_saved = Signal(str)  # draft id

    def __init__(
        self,
        notes: NoteStore,
        drafts: DraftStore,
        autosave_seconds: float = 3.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self._drafts = drafts
        self.family_id: str | None = None
        self.note_id: str | None = None  # set when editing an existing note
        self.draft_id: str | None = None
        self.heading = QLabel(objectName="editor_heading")
        self.text = QPlainTextEdit(objectName="note_text")
        self.text.setTabChangesFocus(True)
        self.status = QLabel(objectName="draft_status")
        self.save_button = QPushButton(objectName="save_note")
        self.discard_button = QPushButton(objectName="discard_note")
        self.autosave = QTimer(self, singleShot=True)
        self.autosave.setInterval(max(1, int(autosave_seconds * 1000)))
        self.autosave.timeout.connect(self.save_draft)
        self.text.textChanged.connect(self._text_changed)
        self.save_button.clicked.connect(self.save_note)
        self.discard_button.clicked.connect(self.discard)
        self._layout()
        self.set_family(None)
        self.retranslate_ui()

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.discard_button)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def retranslate_ui(self) -> None:
        self.heading.setText(
            self.tr("Edit note (a new version is kept; history stays)")
            if self.note_id
            else self.tr("New note")
        )
        self.text.setPlaceholderText(
            self.tr("What happened, what the parent asked, what comes next...")
        )
        self.save_button.setText(self.tr("&Save note"))
        self.discard_button.setText(self.tr("Disc&ard"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---- what is being written --------------------------------------------------------
    def set_family(self, family_id: str | None) -> None:
        """Switch family: the current text stays safe as a draft, offered back later."""
        self.save_draft()
        self.family_id = family_id
        self._reset()
        self.setEnabled(family_id is not None)

    def start_new(self) -> None:
        if not self.text.toPlainText().strip():
            self.save_draft()
            self._reset()
        self.text.setFocus()

    def start_edit(self, note: Note) -> None:
        self.save_draft()
        self._reset(note_id=note.id, text=note.text)
        self.text.setFocus()

    def resume(self, draft: Draft) -> None:
        self.save_draft()
        self.family_id = draft.family_id
        self.setEnabled(True)
        self._reset(note_id=draft.note_id, text=draft.text, draft_id=draft.id)
        self.status.setText(self.tr("Draft from {0} restored.").format(_clock(draft.saved_at)))
        self.text.setFocus()

    def has_text(self) -> bool:
        return bool(self.text.toPlainText().strip())

    # ---- saving -----------------------------------------------------------------------
    def save_draft(self) -> None:
        """Seal what is typed now (the autosave timer and lock call this)."""
        self.autosave.stop()
        if self.family_id is None or self.draft_id is None:
            return
        text = self.text.toPlainText()
        if not text.strip():
            self._drafts.discard(self.draft_id)
            return
        draft = self._drafts.save(self.draft_id, self.family_id, text, self.note_id)
        self.status.setText(self.tr("Draft saved at {0}").format(_clock(draft.saved_at)))
        self.draft_saved.emit(draft.id)

    def save_note(self) -> None:
        if self.family_id is None or not self.has_text():
            return
        text = self.text.toPlainText()
        try:
            if self.note_id:
                note = self._notes.edit(self.note_id, text)
            else:
                note = self._notes.add(self.family_id, text)
        except OutreachError as error:
            QMessageBox.warning(self, self.tr("The note was not saved"), describe_error(error))
            return
        if self.draft_id:
            self._drafts.discard(self.draft_id)
        self._reset()
        self.status.setText(self.tr("Note saved."))
        self.note_saved.emit(note.id)

    def discard(self) -> None:
        if self.has_text() and not self.confirm_discard():
            return
        if self.draft_id:
            self._drafts.discard(self.draft_id)
        self._reset()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Discard this text?"), self.tr("What you typed will be thrown away.")
        )
        return answer == QMessageBox.StandardButton.Yes

    def _text_changed(self) -> None:
        if self.family_id is None:
            return
        if self.draft_id is None:
            self.draft_id = self._drafts.new_id()
        if not self.autosave.isActive():
            self.autosave.start()

    def _reset(
        self, note_id: str | None = None, text: str = "", draft_id: str | None = None
    ) -> None:
        self.autosave.stop()
        self.note_id = note_id
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)
        self.draft_id = draft_id
        self.status.clear()
        self.retranslate_ui()


def _clock(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%H:%M:%S")
    except ValueError:
        return iso
