"""A family's note timeline (newest first) above the note editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.session import Session
from outreach_desk.ui.actions import ActionId, ActionRegistry
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.models.note_list import NoteListModel
from outreach_desk.ui.note_editor import NoteEditor
from outreach_desk.ui.note_history import NoteHistoryDialog


class NotesPanel(QWidget):
    def __init__(
        self,
        session: Session,
        actions: ActionRegistry,
        autosave_seconds: float,
        clipboard: SensitiveClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._actions = actions
        self._clipboard = clipboard
        self.model: NoteListModel | None = None
        self.heading = QLabel(objectName="timeline_heading")
        self.timeline = QListView(objectName="note_timeline")
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSpacing(2)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timeline.doubleClicked.connect(self.show_history)
        self.timeline.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action_id in (ActionId.EDIT_NOTE, ActionId.NOTE_HISTORY, ActionId.COPY_NOTE):
            self.timeline.addAction(actions[action_id])
        self.editor = NoteEditor(session.notes, session.drafts, autosave_seconds)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.heading)
        top_layout.addWidget(self.timeline)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.editor)
        splitter.setSizes([300, 200])
        QVBoxLayout(self).addWidget(splitter)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.set_family(None)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Notes, newest first (double-click a note for its history)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_family(self, family_id: str | None) -> None:
        if self.model is not None and self.model.family_id == family_id:
            return
        self._drop_model()
        if family_id is not None:
            self.model = NoteListModel(self._session.notes, self._session.vault.events, family_id)
            self.timeline.setModel(self.model)
            self.timeline.selectionModel().currentChanged.connect(self._update_actions)
        self.editor.set_family(family_id)
        self._actions.set_enabled((ActionId.NEW_NOTE,), family_id is not None)
        self._update_actions()

    def select_note(self, note_id: str) -> None:
        if self.model is None:
            return
        row = self.model.row_of(note_id)
        if row >= 0:
            index = self.model.index(row)
            self.timeline.setCurrentIndex(index)
            self.timeline.scrollTo(index)

    def selected_note_id(self) -> str | None:
        index = self.timeline.currentIndex()
        return self.model.note_at(index.row()).id if index.isValid() and self.model else None

    def edit_selected(self) -> None:
        index = self.timeline.currentIndex()
        if index.isValid() and self.model is not None:
            self.editor.start_edit(self.model.note_at(index.row()))

    def copy_selected(self) -> None:
        index = self.timeline.currentIndex()
        if index.isValid() and self.model is not None:
            self._clipboard.copy(self.model.note_at(index.row()).text)

    def show_history(self, index: QModelIndex | None = None) -> NoteHistoryDialog | None:
        index = index if index is not None and index.isValid() else self.timeline.currentIndex()
        if not index.isValid() or self.model is None:
            return None
        dialog = NoteHistoryDialog(self.model.note_at(index.row()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def clear(self) -> None:
        """At lock: the editor seals its draft, then every note is forgotten."""
        self.editor.save_draft()
        self.editor.set_family(None)
        self._drop_model()

    def _drop_model(self) -> None:
        if self.model is not None:
            self.timeline.setModel(None)
            self.model.clear()
            self.model.deleteLater()
            self.model = None

    def _update_actions(self, *_args: QModelIndex) -> None:
        selected = self.timeline.currentIndex().isValid() and self.model is not None
        note_actions = (ActionId.EDIT_NOTE, ActionId.NOTE_HISTORY, ActionId.COPY_NOTE)
        self._actions.set_enabled(note_actions, selected)
