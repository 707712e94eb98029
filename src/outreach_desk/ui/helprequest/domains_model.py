"""The life domains of one intake as tickable chips: the suggested ones with the parent's
words that led to them, and the ones the worker added. Ticking edits the draft's list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from outreach_desk.core.intake import DomainSuggestion
from outreach_desk.core.intake.domain_model import SOURCE as MODEL_BASIS
from outreach_desk.ui.helprequest.flow import IntakeDraft
from outreach_desk.ui.texts import domain_label

_Index = QModelIndex | QPersistentModelIndex
MAX_QUOTES_SHOWN = 3
DomainIdRole = Qt.ItemDataRole.UserRole + 1


def quotes(suggestion: DomainSuggestion | None, limit: int = MAX_QUOTES_SHOWN) -> list[str]:
    """The distinct words of the parent that led to a domain, first ones first."""
    if suggestion is None:
        return []
    seen = dict.fromkeys(item.text for item in suggestion.evidence)
    return list(seen)[:limit]


def quoted(words: str) -> str:
    """“words”, isolated so Arabic quotes do not reorder the marks around them."""
    return f"“\u2068{words}\u2069”"


class DomainChipsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._draft = IntakeDraft()
        self._rows: list[str] = []
        self._suggested: dict[str, DomainSuggestion] = {}

    def set_draft(self, draft: IntakeDraft) -> None:
        """Show the suggested domains, then those the worker added, in the draft's order."""
        self.beginResetModel()
        self._draft = draft
        analysis = draft.analysis
        shown = (*analysis.domains, *analysis.also_consider) if analysis else ()
        self._suggested = {d.domain_id: d for d in shown}
        self._rows = list(dict.fromkeys([*self._suggested, *draft.domains]))
        self.endResetModel()

    def add_domain(self, domain_id: str) -> None:
        if domain_id not in self._draft.domains:
            self._draft.domains.append(domain_id)
        if domain_id not in self._rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(domain_id)
            self.endInsertRows()
        else:
            row = self._rows.index(domain_id)
            self.dataChanged.emit(self.index(row), self.index(row))

    def relabel(self) -> None:
        """The interface language changed: the domain names are read again."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def domain_ids(self) -> list[str]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        domain_id = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._chip_text(domain_id)
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = domain_id in self._draft.domains
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(quoted(q) for q in quotes(self._suggested.get(domain_id), 25))
        if role == DomainIdRole:
            return domain_id
        return None

    def _chip_text(self, domain_id: str) -> str:
        words = quotes(self._suggested.get(domain_id))
        label = domain_label(domain_id)
        if not words:
            return label + " " + self.tr("(added by you)")
        chip = ", ".join(quoted(w) for w in words) + " → " + label
        if self._suggested[domain_id].basis == MODEL_BASIS:
            chip += " " + self.tr("(like earlier worries: worth a look)")
        return chip

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        domain_id = self._rows[index.row()]
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        domains = self._draft.domains
        if ticked and domain_id not in domains:
            domains.append(domain_id)
        elif not ticked and domain_id in domains:
            domains.remove(domain_id)
        self.dataChanged.emit(index, index, [role])
        return True
