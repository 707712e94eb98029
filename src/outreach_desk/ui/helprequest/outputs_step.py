"""Step 7: the documents (plaintext exports, said so), the e-mail text on the sensitive
clipboard, and the follow-up date and status that put the referral on "To follow up"."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.parent_sheet import sheet_languages
from outreach_desk.core.referrals import STATUSES
from outreach_desk.ui.helprequest.texts import status_label

FOLLOW_UP_DAYS = 7


class OutputsStep(QWidget):
    export_pdf = Signal()
    copy_text = Signal()
    parent_sheet = Signal(str)  # the sheet's language
    save_follow_up = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.documents = QGroupBox()
        self.warning = QLabel(objectName="hr_plaintext_warning", wordWrap=True)
        self.warning.setStyleSheet("color: #b71c1c;")
        self.pdf_button = QPushButton(objectName="hr_export_pdf")
        self.copy_button = QPushButton(objectName="hr_copy_text")
        self.sheet_language = QComboBox(objectName="hr_sheet_language")
        for code, name, _reviewed in sheet_languages():
            self.sheet_language.addItem(f"{name} ({code})", code)
        self.sheet_button = QPushButton(objectName="hr_parent_sheet")
        self.sheet_language_label = QLabel()
        self.sheet_language_label.setBuddy(self.sheet_language)
        self.follow = QGroupBox()
        self.follow_up = QDateEdit(objectName="hr_follow_up_date")
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat("dd/MM/yyyy")
        self.status = QComboBox(objectName="hr_status")
        for code in STATUSES:
            self.status.addItem(code, code)
        self.save_button = QPushButton(objectName="hr_save_follow_up")
        self.result = QLabel(objectName="hr_result", wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.follow_up_label, self.status_label_widget = QLabel(), QLabel()
        self._assemble()
        self.pdf_button.clicked.connect(self.export_pdf)
        self.copy_button.clicked.connect(self.copy_text)
        self.sheet_button.clicked.connect(
            lambda: self.parent_sheet.emit(str(self.sheet_language.currentData()))
        )
        self.save_button.clicked.connect(self.save_follow_up)
        self.reset()
        self.retranslate_ui()

    def _assemble(self) -> None:
        docs = QVBoxLayout(self.documents)
        docs.addWidget(self.warning)
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        docs.addLayout(row)
        sheet = QHBoxLayout()
        sheet.addWidget(self.sheet_language_label)
        sheet.addWidget(self.sheet_language)
        sheet.addWidget(self.sheet_button)
        sheet.addStretch(1)
        docs.addLayout(sheet)
        form = QFormLayout(self.follow)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.follow_up_label, self.follow_up)
        form.addRow(self.status_label_widget, self.status)
        form.addRow("", self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.documents)
        layout.addWidget(self.follow)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def reset(self) -> None:
        self.follow_up.setDate(QDate.currentDate().addDays(FOLLOW_UP_DAYS))
        self.status.setCurrentIndex(0)
        self.result.clear()

    def show_referral(self, follow_up_on: str, status: str) -> None:
        if follow_up_on:
            self.follow_up.setDate(QDate.fromString(follow_up_on[:10], Qt.DateFormat.ISODate))
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    def set_sheet_language(self, family_languages: tuple[str, ...]) -> None:
        """Offer the sheet in the family's first language that has template phrases."""
        for code in family_languages:
            position = self.sheet_language.findData(code)
            if position >= 0:
                self.sheet_language.setCurrentIndex(position)
                return

    def status_value(self) -> str:
        return str(self.status.currentData())

    def retranslate_ui(self) -> None:
        self.documents.setTitle(self.tr("Documents"))
        self.warning.setText(
            self.tr(
                "Exported files are NOT encrypted: anyone with the file can read it. "
                "Send or print it, then delete it."
            )
        )
        self.pdf_button.setText(self.tr("&Export PDF (not encrypted)…"))
        self.copy_button.setText(self.tr("&Copy as e-mail text"))
        self.copy_button.setToolTip(self.tr("The clipboard is emptied after 30 seconds."))
        self.sheet_button.setText(self.tr("&Parent's sheet (PDF, not encrypted)…"))
        self.sheet_language_label.setText(self.tr("The parent's language:"))
        self.follow.setTitle(self.tr("Follow-up"))
        self.follow_up_label.setText(self.tr("Follow up on:"))
        self.status_label_widget.setText(self.tr("Status:"))
        for position in range(self.status.count()):
            self.status.setItemText(position, status_label(str(self.status.itemData(position))))
        self.save_button.setText(self.tr("&Save the referral"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
