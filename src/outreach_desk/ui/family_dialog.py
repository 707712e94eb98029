"""New family / edit family: a pseudonym is enough; everything else is optional."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.casefile import RESIDENCE_VALUES, ROLE_VALUES, Family, Member
from outreach_desk.core.socialmap.municipalities import MUNICIPALITIES
from outreach_desk.ui.texts import current_language, residence_label, role_label

_ROLE, _NAME, _YEAR, _SCHOOL = range(4)


class FamilyDialog(QDialog):
    def __init__(self, family: Family | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("family_dialog")
        self._family = family
        self._original = {m.id: m for m in family.members} if family else {}
        self.label = QLineEdit(objectName="family_label")
        self.real_names = QLineEdit(objectName="family_real_names")
        self.municipality = QComboBox(editable=True, objectName="family_municipality")
        self.municipality.addItems([""] + [m.label(current_language()) for m in MUNICIPALITIES])
        self.languages = QLineEdit(objectName="family_languages")
        self.residence = QComboBox(objectName="family_residence")
        self.strengths = QPlainTextEdit(objectName="family_strengths")
        self.strengths.setTabChangesFocus(True)
        self.strengths.setFixedHeight(80)
        self.members = QTableWidget(0, 4, objectName="family_members")
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_YEAR, QHeaderView.ResizeMode.ResizeToContents)
        self.add_member = QPushButton()
        self.remove_member = QPushButton()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._row_labels = [QLabel() for _ in range(6)]
        self._layout()
        self.add_member.clicked.connect(lambda: self._add_member_row(Member.child(None)))
        self.remove_member.clicked.connect(self._remove_member_row)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.label.textChanged.connect(self._update_ok)
        self.retranslate_ui()
        self._fill(family)

    def _layout(self) -> None:
        form = QFormLayout()
        fields = (self.label, self.real_names, self.municipality, self.languages, self.residence)
        for label, field in zip(self._row_labels, (*fields, self.strengths), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_member)
        buttons.addWidget(self.remove_member)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.members_label = QLabel()
        layout.addWidget(self.members_label)
        layout.addWidget(self.members)
        layout.addLayout(buttons)
        layout.addWidget(self.buttons)
        self.resize(620, 560)

    def retranslate_ui(self) -> None:
        new = self._family is None
        self.setWindowTitle(self.tr("New family") if new else self.tr("Edit family"))
        texts = (
            self.tr("&Label (pseudonym):"),
            self.tr("Real &names (optional):"),
            self.tr("&Municipality:"),
            self.tr("Lan&guages (codes, e.g. ar, fr):"),
            self.tr("&Residence:"),
            self.tr("&What goes well (one per line):"),
        )
        for label, text in zip(self._row_labels, texts, strict=True):
            label.setText(text)
        self.label.setPlaceholderText(self.tr("e.g. Family Sunflower"))
        current = self.residence.currentData()
        self.residence.clear()
        for code in RESIDENCE_VALUES:
            self.residence.addItem(residence_label(code), code)
        self.residence.setCurrentIndex(max(0, self.residence.findData(current or "unknown")))
        self.members_label.setText(self.tr("Members (children with their birth year):"))
        self.members.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Name"), self.tr("Birth year"), self.tr("School")]
        )
        self.add_member.setText(self.tr("&Add member"))
        self.remove_member.setText(self.tr("Remo&ve member"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill(self, family: Family | None) -> None:
        if family is not None:
            self.label.setText(family.label)
            self.real_names.setText(family.real_names)
            self.municipality.setCurrentText(family.municipality)
            self.languages.setText(", ".join(family.languages))
            self.residence.setCurrentIndex(max(0, self.residence.findData(family.residence)))
            self.strengths.setPlainText("\n".join(family.strengths))
            for member in family.members:
                self._add_member_row(member)
        self._update_ok()

    def _add_member_row(self, member: Member) -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        role = QComboBox()
        for code in ROLE_VALUES:
            role.addItem(role_label(code), code)
        role.setCurrentIndex(max(0, role.findData(member.role)))
        role.setProperty("member_id", member.id)
        year = QSpinBox(minimum=0, maximum=2100, specialValueText="-")
        year.setValue(member.birth_year or 0)
        self.members.setCellWidget(row, _ROLE, role)
        self.members.setCellWidget(row, _NAME, QLineEdit(member.name))
        self.members.setCellWidget(row, _YEAR, year)
        self.members.setCellWidget(row, _SCHOOL, QLineEdit(member.school))

    def _remove_member_row(self) -> None:
        row = self.members.currentRow()
        if row >= 0:
            self.members.removeRow(row)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.label.text().strip()))

    def values(self) -> dict[str, Any]:
        """The fields as ``FamilyStore.add``/``update`` take them."""
        languages = [c.strip().lower() for c in self.languages.text().replace(";", ",").split(",")]
        strengths = [s.strip() for s in self.strengths.toPlainText().splitlines()]
        return {
            "label": self.label.text().strip(),
            "real_names": self.real_names.text().strip(),
            "municipality": self.municipality.currentText().strip(),
            "languages": tuple(c for c in languages if c),
            "residence": self.residence.currentData() or "unknown",
            "strengths": tuple(s for s in strengths if s),
            "members": tuple(self._members()),
        }

    def _members(self) -> list[Member]:
        found = []
        for row in range(self.members.rowCount()):
            role = self.members.cellWidget(row, _ROLE)
            name = self.members.cellWidget(row, _NAME).text().strip()
            year = self.members.cellWidget(row, _YEAR).value() or None
            school = self.members.cellWidget(row, _SCHOOL).text().strip()
            member_id = str(role.property("member_id"))
            base = self._original.get(member_id, Member(member_id, "other"))
            # replace() keeps fields this dialog does not show (e.g. "for this child").
            found.append(
                replace(base, role=role.currentData(), name=name, birth_year=year, school=school)
            )
        return found
