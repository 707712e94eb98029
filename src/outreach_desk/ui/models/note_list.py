"""One family's note timeline, newest first, relaying core note changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from outreach_desk.core.events import Change, EventHub
from outreach_desk.core.notes import Note, NoteStore
from outreach_desk.ui.texts import format_datetime, keep_own_direction

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
PREVIEW_CHARS = 400
_Index = QModelIndex | QPersistentModelIndex


def local_time(iso: str) -> str:
    """'2026-11-27T15:02:11+00:00' -> '27-11-2026 16:02' in the laptop's time zone, written
    the way the interface language writes it."""
    return format_datetime(iso)


class NoteListModel(QAbstractListModel):
    _change_arrived = Signal(object)

    def __init__(
        self, store: NoteStore, events: EventHub, family_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store: NoteStore | None = store
        self.family_id = family_id
        self._rows: list[Note] = list(reversed(store.for_family(family_id)))
        self._change_arrived.connect(self._apply_change)
        self._unsubscribe = events.subscribe(self._change_arrived.emit)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        note = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note)
        if role == Qt.ItemDataRole.ToolTipRole and note.conflicts:
            return self.tr("Two versions were written on different laptops; open the history.")
        if role == NOTE_ROLE:
            return note
        if role == NOTE_ID_ROLE:
            return note.id
        if role == Qt.ItemDataRole.BackgroundRole and note.conflicts:
            return QColor("#fdecea")
        return None

    def note_at(self, row: int) -> Note:
        return self._rows[row]

    def row_of(self, note_id: str) -> int:
        return next((row for row, n in enumerate(self._rows) if n.id == note_id), -1)

    def clear(self) -> None:
        self._unsubscribe()
        self._store = None
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def _display(self, note: Note) -> str:
        marks = [local_time(note.created_at)]
        if note.edited:
            marks.append(
                self.tr("edited {0}, {1} versions").format(
                    local_time(note.current.created_at), len(note.versions)
                )
            )
        if note.conflicts:
            marks.append(self.tr("CONFLICT: {0} other version(s)").format(len(note.conflicts)))
        text = note.text if len(note.text) <= PREVIEW_CHARS else note.text[:PREVIEW_CHARS] + "…"
        return "  ·  ".join(marks) + "\n" + keep_own_direction(text)

    def _apply_change(self, change: Change) -> None:
        if change.kind != "note" or change.family_id != self.family_id or self._store is None:
            return
        note = self._store.get(change.record_id)
        row = self.row_of(note.id)
        if row >= 0:
            self._rows[row] = note
            self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, note)
        self.endInsertRows()
