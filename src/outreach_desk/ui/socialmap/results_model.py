"""Search hits of the social map as a list: name on the first line, what matters on the second."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from outreach_desk.core.domains import domain
from outreach_desk.core.socialmap import SearchHit, Service, is_stale
from outreach_desk.ui.socialmap.labels import data_language, municipality_label

SERVICE_ROLE = Qt.ItemDataRole.UserRole + 1
SERVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STALE_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex


class ServiceResultsModel(QAbstractListModel):
    """Read-only rows over ``SearchHit``; ``set_hits`` replaces them all (one reset)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._experience_counts: dict[str, int] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        service = self._hits[index.row()].service
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{service.name.get(data_language())}\n{self._second_line(service)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return service.organization.name.get(data_language())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index).replace("\n", ". ")
        if role == SERVICE_ROLE:
            return service
        if role == SERVICE_ID_ROLE:
            return service.id
        if role == STALE_ROLE:
            return is_stale(service)
        return None

    def _second_line(self, service: Service) -> str:
        # Most important first: the line is cut off at the right when the list is narrow.
        parts = [self.tr("STALE")] if is_stale(service) else []
        notes = self._experience_counts.get(service.id, 0)
        if notes:
            parts.append(self._notes_text(notes))
        if service.region_wide:
            parts.append(self.tr("whole Brussels region"))
        else:
            parts += [municipality_label(m) for m in service.municipalities[:2]]
        parts += [_domain_label(d) for d in service.domains[:2]]
        if service.accepts_undocumented:
            parts.append(self.tr("welcomes people without papers"))
        if service.walk_in:
            parts.append(self.tr("walk-in"))
        return " · ".join(parts)

    def _notes_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 experience note")
        return self.tr("{0} experience notes").format(count)

    # ---- changes ----------------------------------------------------------------------
    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def set_experience_counts(self, counts: dict[str, int]) -> None:
        self._experience_counts = dict(counts)
        self.refresh_texts()

    def refresh_texts(self) -> None:
        """After a language change or new experience notes: same rows, new words."""
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))

    def clear(self) -> None:
        self._experience_counts = {}
        self.set_hits([])

    # ---- lookups ----------------------------------------------------------------------
    def service_at(self, row: int) -> Service:
        return self._hits[row].service

    def row_of(self, service_id: str) -> int:
        for row, hit in enumerate(self._hits):
            if hit.service.id == service_id:
                return row
        return -1

    def services(self) -> list[Service]:
        return [hit.service for hit in self._hits]


def _domain_label(domain_id: str) -> str:
    try:
        return domain(domain_id).label(data_language())
    except ValueError:
        return domain_id
