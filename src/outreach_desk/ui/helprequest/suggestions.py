"""Step 5: ranked services with their reasons and blockers; the worker picks one (or
brings one from the social map)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.intake.suggest import ServiceSuggestion
from outreach_desk.core.socialmap.model import Service
from outreach_desk.ui.helprequest.texts import core_lang, role_label
from outreach_desk.ui.texts import domain_label

_Index = QModelIndex | QPersistentModelIndex
ServiceIdRole = Qt.ItemDataRole.UserRole + 1
_GREEN, _RED, _ORANGE = "#1b5e20", "#b71c1c", "#e65100"


class SuggestionsModel(QAbstractListModel):
    """Rows are core ServiceSuggestion objects, best first; a service brought from the map
    is a suggestion without reasons, shown on top."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ServiceSuggestion] = []

    def set_suggestions(self, rows: list[ServiceSuggestion]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def put_first(self, suggestion: ServiceSuggestion) -> int:
        existing = self.row_of(suggestion.service.id)
        if existing >= 0:
            return existing
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, suggestion)
        self.endInsertRows()
        return 0

    def relabel(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def row_of(self, service_id: str) -> int:
        for row, suggestion in enumerate(self._rows):
            if suggestion.service.id == service_id:
                return row
        return -1

    def suggestion(self, row: int) -> ServiceSuggestion | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def name_of(self, service_id: str) -> str:
        row = self.row_of(service_id)
        return self._rows[row].service.name.get(core_lang()) if row >= 0 else service_id

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._line(item)
        if role == Qt.ItemDataRole.ForegroundRole and item.blocked:
            return QColor(_RED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.service.organization.name.get(core_lang())
        if role == ServiceIdRole:
            return item.service.id
        return None

    def _line(self, item: ServiceSuggestion) -> str:
        lang = core_lang()
        name = item.service.name.get(lang)
        role = role_label(item.role.value)
        if item.blocked:
            return self.tr("{0} — {1} (ruled out)").format(name, role)
        return f"{name} — {role}"


def suggestion_html(item: ServiceSuggestion, names: dict[str, str], texts: dict[str, str]) -> str:
    """Name, role, domain; reasons in green, blockers in orange (red when ruled out)."""
    lang = core_lang()
    service = item.service
    parts = [
        f"<h3>{html.escape(service.name.get(lang))}</h3>",
        f"<p>{html.escape(service.organization.name.get(lang))}<br>"
        f"<i>{html.escape(texts['role'])}</i> · {html.escape(texts['domain'])}</p>",
    ]
    if item.reasons:
        parts.append(
            f"<p><b>{html.escape(texts['reasons'])}</b></p><ul style='list-style-type:none'>"
        )
        parts += [
            f'<li style="color:{_GREEN}">✔ {html.escape(r.text(lang))}</li>' for r in item.reasons
        ]
        parts.append("</ul>")
    if item.blockers:
        colour = _RED if item.blocked else _ORANGE
        parts.append(
            f"<p><b>{html.escape(texts['blockers'])}</b></p><ul style='list-style-type:none'>"
        )
        parts += [
            f'<li style="color:{colour}">✘ {html.escape(b.text(lang))}</li>' for b in item.blockers
        ]
        parts.append("</ul>")
    if item.accompanied_by:
        bridges = ", ".join(html.escape(names.get(i, i)) for i in item.accompanied_by)
        parts.append(f"<p><b>{html.escape(texts['bridges'])}</b> {bridges}</p>")
    return "".join(parts)


class SuggestionsStep(QWidget):
    picked = Signal(object)  # the chosen Service, or None
    map_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SuggestionsModel(self)
        self.intro = QLabel(wordWrap=True)
        self.view = QListView(objectName="hr_suggestions")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.detail = QTextBrowser(objectName="hr_suggestion_detail")
        self.from_map = QPushButton(objectName="hr_from_map")
        self.chosen = QLabel(objectName="hr_chosen", wordWrap=True)
        self._assemble()
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.from_map.clicked.connect(self.map_requested)
        self.retranslate_ui()

    def _assemble(self) -> None:
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(self.detail)
        split.setSizes([420, 560])
        bottom = QHBoxLayout()
        bottom.addWidget(self.chosen, 1)
        bottom.addWidget(self.from_map)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def show_suggestions(self, rows: list[ServiceSuggestion], chosen_id: str | None) -> None:
        self.model.set_suggestions(rows)
        row = self.model.row_of(chosen_id) if chosen_id else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        else:
            self.detail.clear()
            self._show_chosen(None)

    def choose(self, suggestion: ServiceSuggestion) -> None:
        """Select a service (e.g. one brought from the social map), adding it when needed."""
        row = self.model.put_first(suggestion)
        self.view.setCurrentIndex(self.model.index(row))

    def _current_changed(self, current: QModelIndex) -> None:
        item = self.model.suggestion(current.row())
        self.detail.setHtml(suggestion_html(item, self._names(), self._texts(item)) if item else "")
        self._show_chosen(item.service if item else None)
        self.picked.emit(item.service if item else None)

    def _names(self) -> dict[str, str]:
        rows = (self.model.suggestion(r) for r in range(self.model.rowCount()))
        return {s.service.id: s.service.name.get(core_lang()) for s in rows if s is not None}

    def _texts(self, item: ServiceSuggestion) -> dict[str, str]:
        return {
            "role": role_label(item.role.value),
            "domain": domain_label(item.domain_id) if item.domain_id else "",
            "reasons": self.tr("Why this service:"),
            "blockers": self.tr("What may block:"),
            "bridges": self.tr("Can accompany the family there:"),
        }

    def _show_chosen(self, service: Service | None) -> None:
        if service is None:
            self.chosen.setText(self.tr("Pick the service the request goes to."))
        else:
            self.chosen.setText(self.tr("Request for: {0}").format(service.name.get(core_lang())))

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Services for the confirmed domains, best first. Prefer the service that holds "
                "the right; informal initiatives can accompany the family there."
            )
        )
        self.from_map.setText(self.tr("Choose on the social &map…"))
        self.model.relabel()
        current = self.model.suggestion(self.view.currentIndex().row())
        self._show_chosen(current.service if current else None)
        if current is not None:
            self.detail.setHtml(suggestion_html(current, self._names(), self._texts(current)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
