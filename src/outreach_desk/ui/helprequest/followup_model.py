"""The referrals due for follow-up as a table: family, service, status, follow-up date.
Rows are core Referral objects; the model reloads when the core reports a referral change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from outreach_desk.core.events import Change
from outreach_desk.core.referrals import Referral
from outreach_desk.core.session import Session
from outreach_desk.ui.helprequest.texts import status_label
from outreach_desk.ui.texts import format_date

_Index = QModelIndex | QPersistentModelIndex
FAMILY, SERVICE, STATUS, FOLLOW_UP = range(4)
ReferralIdRole = Qt.ItemDataRole.UserRole + 1
_OVERDUE = QColor("#b71c1c")


def _day(iso: str) -> str:
    return format_date(iso)


class FollowUpModel(QAbstractTableModel):
    _change_arrived = Signal(object)  # core events may come from a sync thread; queue them

    def __init__(
        self,
        session: Session,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today
        self._rows: list[Referral] = []
        self._labels: dict[str, str] = {}
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        self._change_arrived.connect(self._changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = session.vault.events.subscribe(self._change_arrived.emit)

    def _changed(self, change: Change) -> None:
        if change.kind in ("record:referral", "family"):
            self._reload_timer.start()

    def reload(self) -> None:
        self.beginResetModel()
        if self._session.vault.is_open:
            today = self._today().isoformat()
            self._rows = self._session.referrals.to_follow_up(today)
            self._labels = {f.id: f.label for f in self._session.families.families()}
        else:
            self._rows, self._labels = [], {}
        self.endResetModel()

    def clear(self) -> None:
        self._unsubscribe()
        self._reload_timer.stop()
        self.beginResetModel()
        self._rows, self._labels = [], {}
        self.endResetModel()

    def referral(self, row: int) -> Referral | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, referral_id: str) -> int:
        return next((r for r, item in enumerate(self._rows) if item.id == referral_id), -1)

    def is_overdue(self, referral: Referral) -> bool:
        return referral.follow_up_on[:10] < self._today().isoformat()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        referral = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(referral, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self.is_overdue(referral):
            return _OVERDUE
        if role == Qt.ItemDataRole.FontRole and self.is_overdue(referral):
            font = QFont()
            font.setBold(True)
            return font
        if role == ReferralIdRole:
            return referral.id
        return None

    def _text(self, referral: Referral, column: int) -> str:
        if column == FAMILY:
            return self._labels.get(referral.family_id, referral.family_id)
        if column == SERVICE:
            return referral.service_name or referral.service_id
        if column == STATUS:
            return status_label(referral.status)
        day = _day(referral.follow_up_on)
        return self.tr("{0} (overdue)").format(day) if self.is_overdue(referral) else day

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Family"), self.tr("Service"), self.tr("Status"), self.tr("Follow up on"))
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        if self._rows:
            last = self.index(len(self._rows) - 1, 3)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
