"""One family at a glance: strengths first (what goes well), then situation, domains, members."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.casefile import Family, Member
from outreach_desk.ui.texts import (
    all_domains,
    language_name,
    residence_label,
    role_label,
    status_label,
)

_CHIP_STYLE = (
    "QPushButton { border: 1px solid #8a8a8a; border-radius: 11px; padding: 3px 10px; }"
    "QPushButton:checked { background: #1565c0; color: white; border-color: #1565c0; }"
)


class FamilyDetail(QWidget):
    """Shows a family; asks the window to change it through signals (the window calls the core)."""

    domains_edited = Signal(str, tuple)  # family id, new domain ids
    edit_requested = Signal()
    close_case_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.family: Family | None = None
        self.title = QLabel(objectName="family_title", wordWrap=True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel(objectName="family_status")
        self.edit_button = QPushButton(objectName="edit_family")
        self.close_button = QPushButton(objectName="close_case")
        self.strengths_box = QGroupBox(objectName="strengths")
        self.strengths_box.setStyleSheet(
            "QGroupBox { background: #e8f5e9; border: 1px solid #66bb6a; border-radius: 6px;"
            " margin-top: 1.2em; font-weight: bold; }"
            "QGroupBox::title { subcontrol-origin: margin; left: 8px; }"
        )
        self.strengths = QLabel(wordWrap=True, objectName="strengths_text")
        self.strengths.setStyleSheet("font-weight: normal; padding: 4px;")
        QVBoxLayout(self.strengths_box).addWidget(self.strengths)
        self.facts = QFormLayout()
        self._fact_labels = [QLabel() for _ in range(3)]
        self.municipality, self.languages, self.residence = (QLabel() for _ in range(3))
        for label, value in zip(
            self._fact_labels, (self.municipality, self.languages, self.residence), strict=True
        ):
            value.setWordWrap(True)
            self.facts.addRow(label, value)
        self.domains_box = QGroupBox()
        self.chips: dict[str, QPushButton] = {}
        self.members_box = QGroupBox()
        self.members = QLabel(wordWrap=True, objectName="members_text")
        self.members.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self.members_box).addWidget(self.members)
        self._layout()
        self.edit_button.clicked.connect(self.edit_requested)
        self.close_button.clicked.connect(self._close_or_reopen)
        self.retranslate_ui()

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch()
        self._chip_grid = QGridLayout(self.domains_box)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(buttons)
        layout.addWidget(self.strengths_box)
        layout.addLayout(self.facts)
        layout.addWidget(self.domains_box)
        layout.addWidget(self.members_box)
        layout.addStretch()

    def _build_chips(self) -> None:
        for chip in self.chips.values():
            chip.deleteLater()
        self.chips = {}
        for position, (domain_id, label) in enumerate(all_domains()):
            chip = QPushButton(label, checkable=True, objectName=f"chip_{domain_id}")
            chip.setStyleSheet(_CHIP_STYLE)
            chip.clicked.connect(self._chips_clicked)
            self._chip_grid.addWidget(chip, position // 2, position % 2)
            self.chips[domain_id] = chip

    def retranslate_ui(self) -> None:
        for label, text in zip(
            self._fact_labels,
            (self.tr("Municipality:"), self.tr("Languages:"), self.tr("Residence:")),
            strict=True,
        ):
            label.setText(text)
        self.strengths_box.setTitle(self.tr("What goes well"))
        self.domains_box.setTitle(self.tr("Life domains at stake (click to change)"))
        self.members_box.setTitle(self.tr("Family members"))
        self.edit_button.setText(self.tr("&Edit..."))
        self._build_chips()
        self.show_family(self.family)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_family(self, family: Family | None) -> None:
        self.family = family
        for widget in self._family_widgets():
            widget.setVisible(family is not None)
        if family is None:
            self.title.setText(self.tr("Choose a family in the list"))
            return
        self.title.setText(family.label)
        closed = family.status == "closed"
        self.status.setText(status_label(family.status))
        self.status.setStyleSheet(
            "padding: 2px 8px; border-radius: 8px; color: white; background: {};".format(
                "#777777" if closed else "#2e7d32"
            )
        )
        self.close_button.setText(self.tr("Re&open case") if closed else self.tr("&Close case..."))
        self.strengths.setText(self._strengths_text(family))
        self.municipality.setText(family.municipality or "-")
        self.languages.setText(", ".join(language_name(c) for c in family.languages) or "-")
        self.residence.setText(residence_label(family.residence))
        for domain_id, chip in self.chips.items():
            chip.setChecked(domain_id in family.domains)
        self.members.setText(self._members_text(family))

    def _family_widgets(self) -> tuple[QWidget, ...]:
        labels = (self.municipality, self.languages, self.residence, *self._fact_labels)
        return (
            self.status,
            self.edit_button,
            self.close_button,
            self.strengths_box,
            self.domains_box,
            self.members_box,
            *labels,
        )

    def _strengths_text(self, family: Family) -> str:
        if not family.strengths:
            return self.tr("Nothing written yet. What goes well in this family?")
        return "\n".join("• " + s for s in family.strengths)

    def _members_text(self, family: Family) -> str:
        lines = [self._member_line(m) for m in (*family.parents, *family.children)]
        others = [m for m in family.members if m.role not in ("parent", "child")]
        lines += [self._member_line(m) for m in others]
        return "\n".join(lines) or self.tr("No members recorded.")

    def _member_line(self, member: Member) -> str:
        parts = [role_label(member.role), member.name or self.tr("(no name)")]
        age = member.age()
        if age is not None:
            parts.append(self.tr("{0} years (born {1})").format(age, member.birth_year))
        if member.school:
            parts.append(member.school)
        return " · ".join(parts)

    def _chips_clicked(self) -> None:
        if self.family is None:
            return
        chosen = tuple(d for d, chip in self.chips.items() if chip.isChecked())
        self.domains_edited.emit(self.family.id, chosen)

    def _close_or_reopen(self) -> None:
        if self.family is not None and self.family.status == "closed":
            self.reopen_requested.emit()
        else:
            self.close_case_requested.emit()
