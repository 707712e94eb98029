"""The glossary search results as a list model: one row per entry, shown as a pair of
terms (e.g. "OCMW ↔ CPAS") in the two languages the worker chose."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from outreach_desk.core.glossary import Glossary, GlossaryEntry

EntryRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class GlossaryResultsModel(QAbstractListModel):
    def __init__(self, glossary: Glossary, parent: Any = None) -> None:
        super().__init__(parent)
        self._glossary = glossary
        self._entries: list[GlossaryEntry] = []
        self._pair = ("nl", "fr")

    def set_pair(self, left: str, right: str) -> None:
        self._pair = (left, right)
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def search(self, query: str, limit: int = 200) -> None:
        """Every entry when the query is empty, else the best matches in any language."""
        self.beginResetModel()
        if query.strip():
            self._entries = [hit.entry for hit in self._glossary.search(query, limit=limit)]
        else:
            self._entries = list(self._glossary.entries)
        self.endResetModel()

    def entry(self, row: int) -> GlossaryEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            left, right = (entry.term(lang) or "—" for lang in self._pair)
            return f"{left}  ↔  {right}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.explanation(self._pair[0]) or entry.explanation("en")
        if role == EntryRole:
            return entry.id
        return None
