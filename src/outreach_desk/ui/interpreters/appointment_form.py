"""The appointment sheet's fields and their labels; the behaviour is in appointment_panel.

Two columns so everything fits a 1280x760 window: where and when on the left, what to
ask and what to bring on the right."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


def lines(edit: QPlainTextEdit) -> list[str]:
    """One item a line; blank lines dropped."""
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class AppointmentForm(QWidget):
    family_lang: QComboBox  # made by the subclass (they need the glossary's languages)
    agency_lang: QComboBox

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_referral = QRadioButton()
        self.on_its_own = QRadioButton()
        self.source_group = QButtonGroup(self)
        self.source_group.addButton(self.from_referral)
        self.source_group.addButton(self.on_its_own)
        self.on_its_own.setChecked(True)
        self.referral_combo = QComboBox()
        self.service_search = QLineEdit(clearButtonEnabled=True)
        self.service_combo = QComboBox()
        self.agency_name = QLineEdit()
        self.agency_address = QLineEdit()
        tomorrow = QDateTime.currentDateTime().addDays(1)
        self.when_edit = QDateTimeEdit(QDateTime(tomorrow.date(), QTime(9, 30)), calendarPopup=True)
        self.when_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.who_edit = QLineEdit()
        self.request_edit = QLineEdit()
        self.questions_edit = QPlainTextEdit()
        self.documents_edit = QPlainTextEdit()
        self.save_button = QPushButton()
        self.save_button.setObjectName("appointment_save")
        self.note = QLabel(wordWrap=True)
        self._labels: dict[str, QLabel] = {}
        self._assemble()

    def _row(self, form: QFormLayout, key: str, field: QWidget) -> None:
        label = QLabel(wordWrap=True)
        label.setBuddy(field)
        self._labels[key] = label
        form.addRow(label, field)

    def _assemble(self) -> None:
        left = QFormLayout()
        left.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        sources = QHBoxLayout()
        sources.addWidget(self.from_referral)
        sources.addWidget(self.on_its_own)
        sources.addStretch(1)
        left.addRow(sources)
        self._row(left, "referral", self.referral_combo)
        self._row(left, "search", self.service_search)
        self._row(left, "service", self.service_combo)
        self._row(left, "name", self.agency_name)
        self._row(left, "address", self.agency_address)
        self._row(left, "family_lang", self.family_lang)
        self._row(left, "agency_lang", self.agency_lang)
        self._row(left, "when", self.when_edit)
        self._row(left, "who", self.who_edit)
        self._row(left, "request", self.request_edit)
        right = QVBoxLayout()
        for key, edit in (("questions", self.questions_edit), ("documents", self.documents_edit)):
            label = QLabel(wordWrap=True)
            label.setBuddy(edit)
            self._labels[key] = label
            right.addWidget(label)
            right.addWidget(edit, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

    def retranslate_ui(self) -> None:
        self.from_referral.setText(self.tr("From a referral of the selected family"))
        self.on_its_own.setText(self.tr("On its own"))
        self.referral_combo.setPlaceholderText(self.tr("No referral for the selected family"))
        self.service_search.setPlaceholderText(self.tr("Search the social map…"))
        texts = {
            "referral": self.tr("&Referral:"),
            "search": self.tr("Find a &service:"),
            "service": self.tr("Ser&vice:"),
            "name": self.tr("or agency &name:"),
            "address": self.tr("Agency a&ddress:"),
            "family_lang": self.tr("&Family's language:"),
            "agency_lang": self.tr("A&gency's language:"),
            "when": self.tr("&Date and time:"),
            "who": self.tr("&Who is going:"),
            "request": self.tr("Re&quest in one sentence:"),
            "questions": self.tr("&Questions to ask (one a line):"),
            "documents": self.tr("Documents to &bring (one a line):"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.who_edit.setPlaceholderText(self.tr("e.g. mother, interpreter, outreach worker"))
        self.note.setText(
            self.tr(
                "The sheet puts the facts and the key terms side by side in both languages. "
                "The PDF is not encrypted: give it to the interpreter and the family only."
            )
        )
        self.save_button.setText(self.tr("Save appointment sheet (PDF, not encrypted)…"))
