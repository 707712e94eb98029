"""Models behind the family-at-a-glance panel: the children in view (with the editable
"for this child" line) and the timeline with its kind and life-domain filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from outreach_desk.core.children import ChildInView
from outreach_desk.core.timeline import TimelineEntry, sort_key
from outreach_desk.ui.texts import domain_label

_Index = QModelIndex | QPersistentModelIndex
CONTEXT = "FamilyGlance"
KIND_LABELS: dict[str, object] = {
    "note": QT_TRANSLATE_NOOP("FamilyGlance", "Note"),
    "intake": QT_TRANSLATE_NOOP("FamilyGlance", "Intake"),
    "referral": QT_TRANSLATE_NOOP("FamilyGlance", "Referral"),
    "referral_outcome": QT_TRANSLATE_NOOP("FamilyGlance", "Referral outcome"),
    "consent": QT_TRANSLATE_NOOP("FamilyGlance", "Consent given"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("FamilyGlance", "Consent withdrawn"),
    "handover": QT_TRANSLATE_NOOP("FamilyGlance", "Handover"),
}
# The kind filter groups an event with its follow-up (a referral with its outcome).
KIND_FILTERS: tuple[tuple[object, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("FamilyGlance", "Notes"), ("note",)),
    (QT_TRANSLATE_NOOP("FamilyGlance", "Intakes"), ("intake",)),
    (QT_TRANSLATE_NOOP("FamilyGlance", "Referrals and outcomes"), ("referral", "referral_outcome")),
    (QT_TRANSLATE_NOOP("FamilyGlance", "Consents"), ("consent", "consent_withdrawn")),
    (QT_TRANSLATE_NOOP("FamilyGlance", "Handovers"), ("handover",)),
)


def kind_label(kind: str) -> str:
    source = KIND_LABELS.get(kind)
    return QCoreApplication.translate(CONTEXT, str(source)) if source else kind


class ChildrenModel(QAbstractTableModel):
    """Name, age, school or childcare, and the editable "for this child" line."""

    for_this_child_edited = Signal(str, str)  # member id, new text
    FOR_THIS_CHILD = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._children: list[ChildInView] = []

    def set_children(self, children: list[ChildInView]) -> None:
        self.beginResetModel()
        self._children = list(children)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        child = self._children[index.row()]
        age = "" if child.age is None else str(child.age)
        return (child.name, age, child.school, child.for_this_child)[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        headers = (
            translate("FamilyGlance", "Name"),
            translate("FamilyGlance", "Age"),
            translate("FamilyGlance", "School or childcare"),
            translate("FamilyGlance", "For this child"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.FOR_THIS_CHILD:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.FOR_THIS_CHILD:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        child = self._children[index.row()]
        text = str(value).strip()
        self._children[index.row()] = ChildInView(
            child.member_id, child.name, child.age, child.school, text
        )
        self.dataChanged.emit(index, index)
        self.for_this_child_edited.emit(child.member_id, text)
        return True


class TimelineModel(QAbstractTableModel):
    """Every event of the family, newest first: date, kind, what, life domains."""

    KIND_ROLE = Qt.ItemDataRole.UserRole + 1
    DOMAINS_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=sort_key, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == self.KIND_ROLE:
            return entry.kind
        if role == self.DOMAINS_ROLE:
            return entry.domains
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            domains = ", ".join(domain_label(d) for d in entry.domains)
            title = entry.title if not entry.detail else f"{entry.title} ({entry.detail})"
            return (entry.day, kind_label(entry.kind), title, domains)[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        headers = (
            translate("FamilyGlance", "Date"),
            translate("FamilyGlance", "What"),
            translate("FamilyGlance", "Details"),
            translate("FamilyGlance", "Domains"),
        )
        return headers[section] if 0 <= section < len(headers) else None


class TimelineFilter(QSortFilterProxyModel):
    """Keeps the rows of the chosen kinds and life domain (None: everything)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds: tuple[str, ...] | None = None
        self._domain: str | None = None

    def set_kinds(self, kinds: tuple[str, ...] | None) -> None:
        self.beginFilterChange()
        self._kinds = kinds
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_domain(self, domain_id: str | None) -> None:
        self.beginFilterChange()
        self._domain = domain_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._kinds is not None and index.data(TimelineModel.KIND_ROLE) not in self._kinds:
            return False
        domains = index.data(TimelineModel.DOMAINS_ROLE) or ()
        return self._domain is None or self._domain in domains
