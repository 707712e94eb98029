"""Concurrent edits a person settles: family fields (pick a value) and notes (keep mine,
keep theirs, or keep both in one text). Each choice is an edit that syncs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.errors import OutreachError
from outreach_desk.core.session import Session
from outreach_desk.core.sync import service
from outreach_desk.core.sync.service import FieldConflictView, NoteConflictView
from outreach_desk.ui.errors import describe_error

Conflict = FieldConflictView | NoteConflictView


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):  # members show by name, other lists as words
        return "\n".join(str(getattr(v, "name", "") or v) for v in value)
    return str(value)


class ConflictsPanel(QWidget):
    resolved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.items: list[Conflict] = []
        self.explain = QLabel(wordWrap=True)
        self.listing = QListWidget(objectName="conflict_list")
        self.mine_label, self.theirs_label = QLabel(), QLabel()
        self.mine = QPlainTextEdit(readOnly=True)
        self.theirs = QPlainTextEdit(readOnly=True)
        self.keep_mine, self.keep_theirs = QPushButton(), QPushButton()
        self.keep_both = QPushButton()
        self.problem = QLabel(wordWrap=True)
        self._build()
        self.listing.currentRowChanged.connect(self._show)
        self.keep_mine.clicked.connect(lambda: self.resolve(service.KEEP_MINE))
        self.keep_theirs.clicked.connect(lambda: self.resolve(service.KEEP_THEIRS))
        self.keep_both.clicked.connect(lambda: self.resolve(service.KEEP_BOTH))
        self.retranslate_ui()

    def _build(self) -> None:
        detail = QWidget()
        sides = QHBoxLayout()
        for label, text in ((self.mine_label, self.mine), (self.theirs_label, self.theirs)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(text)
            sides.addLayout(column)
        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.keep_both):
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner = QVBoxLayout(detail)
        inner.addLayout(sides, 1)
        inner.addLayout(buttons)
        inner.addWidget(self.problem)
        splitter = QSplitter()
        splitter.addWidget(self.listing)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.explain.setText(
            self.tr(
                "You and a colleague changed the same thing while apart. Nothing was "
                "overwritten: choose what to keep. Your choice reaches them at the next sync."
            )
        )
        self.mine_label.setText(self.tr("On this laptop"))
        self.theirs_label.setText(self.tr("From your colleague"))
        self.keep_mine.setText(self.tr("Keep &mine"))
        self.keep_theirs.setText(self.tr("Keep &theirs"))
        self.keep_both.setText(self.tr("Keep &both"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        if not self._session.vault.is_open:  # locked: nothing to show, nothing to read
            return
        self.items = service.conflicts(self._session)
        self.listing.clear()
        for item in self.items:
            if isinstance(item, FieldConflictView):
                text = self.tr("{0}: field “{1}”").format(item.family_label, item.field)
            else:
                text = self.tr("{0}: a note").format(item.family_label)
            self.listing.addItem(text)
        if self.items:
            self.listing.setCurrentRow(0)
        else:
            self.listing.addItem(self.tr("No conflicts: nothing to settle."))
            self.listing.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
            self._show(-1)

    def _show(self, row: int) -> None:
        item = self.items[row] if 0 <= row < len(self.items) else None
        self.mine.setPlainText(_shown(item.mine) if item else "")
        self.theirs.setPlainText(_shown(item.theirs) if item else "")
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(item is not None)
        # Two values of one field cannot both stay; two note texts can, in one version.
        self.keep_both.setEnabled(isinstance(item, NoteConflictView))

    def resolve(self, keep: str) -> None:
        row = self.listing.currentRow()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        try:
            if isinstance(item, NoteConflictView):
                service.resolve_note(self._session, item.note_id, keep)
            else:
                value = item.mine if keep == service.KEEP_MINE else item.theirs
                self._session.families.resolve_conflict(item.family_id, item.field, value)
        except OutreachError as error:
            self.problem.setText(describe_error(error))
            return
        self.problem.clear()
        self.refresh()
        self.resolved.emit()
