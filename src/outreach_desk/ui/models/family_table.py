"""The family list: a table model over core ``Family`` objects that relays core changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from outreach_desk.core.casefile import Family, FamilyStore
from outreach_desk.core.events import Change, EventHub
from outreach_desk.ui.texts import status_label

FAMILY_ROLE = Qt.ItemDataRole.UserRole + 1
FAMILY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

COL_LABEL, COL_MUNICIPALITY, COL_CHILDREN, COL_DOMAINS, COL_STATUS = range(5)
_Index = QModelIndex | QPersistentModelIndex


class FamilyTableModel(QAbstractTableModel):
    # Core events may come from another thread (sync); this signal queues them to ours.
    _change_arrived = Signal(object)

    def __init__(self, store: FamilyStore, events: EventHub, parent: QObject | None = None):
        super().__init__(parent)
        self._store: FamilyStore | None = store
        self._rows: list[Family] = store.families()
        self._change_arrived.connect(self._apply_change)
        self._unsubscribe = events.subscribe(self._change_arrived.emit)

    # ---- Qt model API -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        family = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(family, index.column())
        if role == FAMILY_ROLE:
            return family
        if role == FAMILY_ID_ROLE:
            return family.id
        if role == STATUS_ROLE:
            return family.status
        if role == Qt.ItemDataRole.ForegroundRole and family.status == "closed":
            return QColor("#777777")
        if role == Qt.ItemDataRole.FontRole and family.urgent and index.column() == COL_LABEL:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (
            self.tr("Family"),
            self.tr("Municipality"),
            self.tr("Children"),
            self.tr("Life domains"),
            self.tr("Status"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    # ---- our API ----------------------------------------------------------------------
    def rows(self) -> list[Family]:
        return list(self._rows)

    def family_at(self, row: int) -> Family:
        return self._rows[row]

    def row_of(self, family_id: str) -> int:
        for row, family in enumerate(self._rows):
            if family.id == family_id:
                return row
        return -1

    def clear(self) -> None:
        """At lock: forget every family and stop listening."""
        self._unsubscribe()
        self._store = None
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    # ---- internals --------------------------------------------------------------------
    def _display(self, family: Family, column: int) -> str:
        if column == COL_LABEL:
            return family.label
        if column == COL_MUNICIPALITY:
            return family.municipality
        if column == COL_CHILDREN:
            return str(len(family.children))
        if column == COL_DOMAINS:
            return str(len(family.domains))
        return status_label(family.status)

    def _apply_change(self, change: Change) -> None:
        if change.kind != "family" or self._store is None:
            return
        row = self.row_of(change.record_id)
        if not self._store.exists(change.record_id):
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
            return
        family = self._store.get(change.record_id)
        if row >= 0:
            self._rows[row] = family
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        else:
            end = len(self._rows)
            self.beginInsertRows(QModelIndex(), end, end)
            self._rows.append(family)
            self.endInsertRows()


class FamilyFilterModel(QSortFilterProxyModel):
    """Filters by text (label, municipality) and hides closed cases unless asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_closed = False
        self._text = ""
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_show_closed(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_closed = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self._show_closed and model.data(index, STATUS_ROLE) == "closed":
            return False
        if not self._text:
            return True
        family: Family = model.data(index, FAMILY_ROLE)
        haystack = " ".join((family.label, family.municipality)).casefold()
        return all(word in haystack for word in self._text.split())
