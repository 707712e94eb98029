"""The "To follow up" screen: referrals whose follow-up date has come, the most overdue
first; set the status (with the barrier met and a note), a new date, or open the family."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.errors import OutreachError
from outreach_desk.core.referrals import BARRIERS, STATUSES, Referral
from outreach_desk.core.session import Session
from outreach_desk.ui.errors import describe_error
from outreach_desk.ui.helprequest.followup_model import FollowUpModel
from outreach_desk.ui.helprequest.texts import barrier_label, status_label

# A refusal or a waiting list is a barrier met: the signals report counts them.
NEEDS_BARRIER = ("refused", "waiting_list")


class FollowUpPage(QWidget):
    def __init__(
        self,
        session: Session,
        open_family: Callable[[str], None],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("followup_page")
        self.session = session
        self._open_family = open_family
        self.model = FollowUpModel(session, today, self)
        self.view = QTableView(objectName="followup_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.intro = QLabel(objectName="followup_intro", wordWrap=True)
        self.empty = QLabel(objectName="followup_empty", wordWrap=True)
        self.box = QGroupBox()
        self.status = QComboBox(objectName="followup_status")
        self.barrier = QComboBox(objectName="followup_barrier")
        self.note = QLineEdit(objectName="followup_note")
        self.set_status_button = QPushButton(objectName="followup_set_status")
        self.next_date = QDateEdit(objectName="followup_next_date", calendarPopup=True)
        self.next_date.setDisplayFormat("dd/MM/yyyy")
        self.set_date_button = QPushButton(objectName="followup_set_date")
        self.open_button = QPushButton(objectName="followup_open_family")
        self.message = QLabel(objectName="followup_message", wordWrap=True)
        self._labels: dict[str, QLabel] = {
            k: QLabel() for k in ("status", "barrier", "note", "date")
        }
        for code in STATUSES:
            self.status.addItem(code, code)
        for code in BARRIERS:
            self.barrier.addItem(code, code)
        self._assemble()
        self._connect()
        self.retranslate_ui()
        self._selection_changed()

    def _assemble(self) -> None:
        form = QFormLayout(self.box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.note.setMinimumWidth(480)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addWidget(self.set_status_button)
        status_row.addStretch(1)
        form.addRow(self._labels["status"], status_row)
        form.addRow(self._labels["barrier"], self.barrier)
        form.addRow(self._labels["note"], self.note)
        date_row = QHBoxLayout()
        date_row.addWidget(self.next_date)
        date_row.addWidget(self.set_date_button)
        date_row.addStretch(1)
        form.addRow(self._labels["date"], date_row)
        form.addRow("", self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.box)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._after_reload)
        self.status.currentIndexChanged.connect(lambda _: self._show_barrier())
        self.set_status_button.clicked.connect(self.apply_status)
        self.set_date_button.clicked.connect(self.apply_date)
        self.open_button.clicked.connect(self.open_family)
        self.view.doubleClicked.connect(lambda _: self.open_family())

    def selected(self) -> Referral | None:
        return self.model.referral(self.view.currentIndex().row())

    def select(self, referral_id: str) -> None:
        row = self.model.row_of(referral_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    # ---- thin slots -------------------------------------------------------------------------
    def _after_reload(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._selection_changed()

    def _selection_changed(self) -> None:
        referral = self.selected()
        self.box.setEnabled(referral is not None)
        if referral is None:
            return
        self.status.setCurrentIndex(max(0, self.status.findData(referral.status)))
        self.barrier.setCurrentIndex(max(0, self.barrier.findData(referral.barrier)))
        self.next_date.setDate(QDate.currentDate().addDays(7))
        self._show_barrier()

    def _show_barrier(self) -> None:
        needs = self.status.currentData() in NEEDS_BARRIER
        self.barrier.setEnabled(needs)
        self._labels["barrier"].setEnabled(needs)

    def apply_status(self) -> None:
        referral = self.selected()
        status = str(self.status.currentData())
        barrier = str(self.barrier.currentData()) if status in NEEDS_BARRIER else None
        if barrier == "none" and status in NEEDS_BARRIER:
            barrier = "waiting_list" if status == "waiting_list" else "refusal"
        if referral is not None:
            self._run(
                lambda: self.session.referrals.set_status(
                    referral.id, status, note=self.note.text().strip(), barrier=barrier
                )
            )
            self.note.clear()

    def apply_date(self) -> None:
        referral = self.selected()
        day = self.next_date.date().toString("yyyy-MM-dd")
        if referral is not None:
            self._run(lambda: self.session.referrals.save(replace(referral, follow_up_on=day)))

    def open_family(self) -> None:
        referral = self.selected()
        if referral is not None:
            self._open_family(referral.family_id)

    def _run(self, work: Callable[[], object]) -> None:
        try:
            work()
        except OutreachError as error:
            self.message.setText(describe_error(error))
            return
        self.message.setText(self.tr("Saved."))
        self.model.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.model.reload()
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr("Referrals whose follow-up date has come, the most overdue first (in red).")
        )
        self.empty.setText(self.tr("Nothing to follow up today."))
        self.box.setTitle(self.tr("The selected referral"))
        self._labels["status"].setText(self.tr("Status:"))
        self._labels["barrier"].setText(self.tr("Barrier met:"))
        self._labels["note"].setText(self.tr("Note:"))
        self._labels["date"].setText(self.tr("Next follow-up:"))
        self.note.setPlaceholderText(self.tr("e.g. waiting list until March; no interpreter"))
        self.set_status_button.setText(self.tr("Set &status"))
        self.set_date_button.setText(self.tr("Set &date"))
        self.open_button.setText(self.tr("&Open the family"))
        for position in range(self.status.count()):
            self.status.setItemText(position, status_label(str(self.status.itemData(position))))
        for position in range(self.barrier.count()):
            self.barrier.setItemText(position, barrier_label(str(self.barrier.itemData(position))))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def lock(self) -> None:
        self.model.clear()
