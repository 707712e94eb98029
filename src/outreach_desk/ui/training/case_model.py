"""The training cases of every installed pack as a table: title, languages, exercises."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from outreach_desk.core.training.model import Case, ScenarioPack, pick
from outreach_desk.core.training.vocab import language_name

_Index = QModelIndex | QPersistentModelIndex

TITLE, LANGUAGES, EXERCISES = range(3)
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LRM = "\u200e"


class CaseListModel(QAbstractTableModel):
    """Rows are (pack, case) pairs; texts follow ``lang`` (set it again on language change)."""

    def __init__(self, packs: list[ScenarioPack], lang: str = "en") -> None:
        super().__init__()
        self._rows: list[tuple[ScenarioPack, Case]] = []
        self._lang = lang
        self.set_packs(packs)

    def set_packs(self, packs: list[ScenarioPack]) -> None:
        self.beginResetModel()
        self._rows = [(pack, case) for pack in packs for case in pack.cases]
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_of(self, case_id: str) -> int:
        return next((n for n, (_, case) in enumerate(self._rows) if case.id == case_id), -1)

    def case_at(self, row: int) -> tuple[ScenarioPack, Case] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        pack, case = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(case, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{case.id} · {pick(pack.title, self._lang)}"
        if role == CASE_ID_ROLE:
            return case.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == EXERCISES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, case: Case, column: int) -> str | int:
        if column == TITLE:
            # A left-to-right mark keeps "How long can we stay?" from showing as
            # "?How long can we stay" in a right-to-left (Arabic) interface.
            mark = LRM if QGuiApplication.isRightToLeft() else ""
            return pick(case.title, self._lang) + mark
        if column == LANGUAGES:
            return ", ".join(language_name(code, self._lang) for code in _worry_languages(case))
        return len(case.exercises)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Case"), self.tr("Worries in"), self.tr("Exercises"))
        return titles[section] if 0 <= section < len(titles) else None


def _worry_languages(case: Case) -> list[str]:
    return list(dict.fromkeys(worry.lang for worry in case.worries))
