"""Record the parent's consent for one agency: the topics (the request's domains), the
recipient (the chosen service), verbal or written, and the date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.ui.texts import domain_label


class ConsentDialog(QDialog):
    def __init__(
        self, recipient_name: str, topics: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hr_consent_dialog")
        self.setWindowTitle(self.tr("Record the parent's consent"))
        self.topic_boxes: dict[str, QCheckBox] = {}
        self.how = QComboBox(objectName="hr_consent_how")
        self.how.addItem(self.tr("Verbal"), "verbal")
        self.how.addItem(self.tr("Written"), "written")
        self.given_on = QDateEdit(QDate.currentDate(), objectName="hr_consent_date")
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumWidth(480)
        self.given_on.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        form.addRow(self.tr("Shared with:"), QLabel(recipient_name, wordWrap=True))
        topic_box = QWidget()
        topic_layout = QVBoxLayout(topic_box)
        topic_layout.setContentsMargins(0, 0, 0, 0)
        for topic in topics:
            label = self.tr("Everything in this request") if topic == "*" else domain_label(topic)
            box = QCheckBox(label, checked=True)
            self.topic_boxes[topic] = box
            topic_layout.addWidget(box)
        form.addRow(self.tr("The parent agreed to share:"), topic_box)
        form.addRow(self.tr("Given:"), self.how)
        form.addRow(self.tr("On:"), self.given_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record consent"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr("Ask the parent first. Only what the parent agreed to goes to the agency."),
            wordWrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def topics(self) -> list[str]:
        return [t for t, box in self.topic_boxes.items() if box.isChecked()]

    def how_value(self) -> str:
        return str(self.how.currentData())

    def date_value(self) -> date:
        return self.given_on.date().toPython()  # type: ignore[no-any-return]
