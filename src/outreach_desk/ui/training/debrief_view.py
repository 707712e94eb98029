"""The debrief: the trainer ticks what the room answered (mechanisms, agencies, life
domains) and sees what matched the facilitator notes, what was missed, what was extra, and
which chosen agencies would turn this family away."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.domains import LIFE_DOMAINS, domain
from outreach_desk.core.training.debrief import Answers, Comparison, Debrief, debrief
from outreach_desk.core.training.model import Case, ScenarioPack, pick
from outreach_desk.core.training.vocab import MECHANISMS

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DebriefView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_debrief_view")
        self.pack: ScenarioPack | None = None
        self.case: Case | None = None
        self.lang = "en"
        self.result: Debrief | None = None
        self.mechanisms = _checklist("debrief_mechanisms")
        self.agencies = _checklist("debrief_agencies")
        self.domains = _checklist("debrief_domains")
        self.boxes = [QGroupBox() for _ in range(3)]
        self.clear_button = QPushButton(objectName="debrief_clear")
        self.outcome = QLabel(objectName="debrief_outcome", wordWrap=True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        grid = QGridLayout()
        for column, (box, checklist) in enumerate(
            zip(self.boxes, (self.mechanisms, self.agencies, self.domains), strict=True)
        ):
            QVBoxLayout(box).addWidget(checklist)
            grid.addWidget(box, 0, column)
            checklist.itemChanged.connect(lambda _item: self.compare())
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.outcome)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 2)
        layout.addWidget(self.clear_button)
        layout.addWidget(scroll, 3)
        self.clear_button.clicked.connect(self.clear_answers)

    def show_case(self, pack: ScenarioPack | None, case: Case | None, lang: str) -> None:
        """Fill the choices in ``lang``; ticks are kept when the same case is shown again."""
        kept = self.answers() if case is not None and case == self.case else Answers()
        self.pack, self.case, self.lang = pack, case, lang
        _fill(self.mechanisms, [(m.id, m.label(lang)) for m in MECHANISMS], kept.mechanisms)
        agencies = [(a.id, pick(a.name, lang)) for a in pack.agencies] if pack else []
        _fill(self.agencies, sorted(agencies, key=lambda row: row[1].lower()), kept.agencies)
        _fill(self.domains, [(d.id, d.label(lang)) for d in LIFE_DOMAINS], kept.domains)
        self.compare()

    def answers(self) -> Answers:
        return Answers(
            mechanisms=frozenset(_ticked(self.mechanisms)),
            agencies=frozenset(_ticked(self.agencies)),
            domains=frozenset(_ticked(self.domains)),
        )

    def set_answers(self, answers: Answers) -> None:
        for checklist, chosen in (
            (self.mechanisms, answers.mechanisms),
            (self.agencies, answers.agencies),
            (self.domains, answers.domains),
        ):
            checklist.blockSignals(True)
            for row in range(checklist.count()):
                item = checklist.item(row)
                checked = item.data(_ID_ROLE) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            checklist.blockSignals(False)
        self.compare()

    def clear_answers(self) -> None:
        self.set_answers(Answers())

    def compare(self) -> None:
        if self.pack is None or self.case is None:
            self.result = None
            self.outcome.setText("")
            return
        self.result = debrief(self.pack, self.case.id, self.answers())
        self.outcome.setText(self._outcome_html(self.result))

    # ---- the outcome as text ----------------------------------------------------------
    def _outcome_html(self, result: Debrief) -> str:
        parts = []
        if result.warnings:  # first: the one thing the room must not get wrong
            items = "".join(
                f"<li><b>{escape(self._agency(w.agency))}</b>: "
                f"{escape(pick(w.why, self.lang))}</li>"
                for w in result.warnings
            )
            title = escape(self.tr("Warning: these agencies would turn this family away"))
            parts.append(f"<h3 style='color:#b00020'>{title}</h3><ul>{items}</ul>")
        parts += [
            self._section(self.tr("Non-take-up mechanisms"), result.mechanisms, self._mechanism),
            self._section(self.tr("Agencies"), result.agencies, self._agency),
            self._section(self.tr("Life domains"), result.domains, self._domain),
        ]
        return "".join(parts)

    def _section(self, title: str, comparison: Comparison, name: Callable[[str], str]) -> str:
        rows = (
            (self.tr("Matched"), comparison.matched, "#1b5e20"),
            (self.tr("Missed"), comparison.missed, "#b00020"),
            (self.tr("Extra"), comparison.extra, "#6d4c41"),
        )
        lines = "".join(
            f"<p><b style='color:{color}'>{escape(head)} ({len(ids)}):</b> "
            + escape(", ".join(name(i) for i in ids) or "-")
            + "</p>"
            for head, ids, color in rows
        )
        return f"<h3>{escape(title)}</h3>{lines}"

    def _mechanism(self, mechanism_id: str) -> str:
        term = next((m for m in MECHANISMS if m.id == mechanism_id), None)
        return term.label(self.lang) if term else mechanism_id

    def _agency(self, agency_id: str) -> str:
        agency = self.pack.agency(agency_id) if self.pack else None
        return pick(agency.name, self.lang) if agency else agency_id

    def _domain(self, domain_id: str) -> str:
        try:
            return domain(domain_id).label(self.lang)
        except ValueError:
            return domain_id

    def retranslate_ui(self) -> None:
        titles = (
            self.tr("Mechanisms the room named"),
            self.tr("Agencies the room chose"),
            self.tr("Life domains the room saw"),
        )
        for box, title in zip(self.boxes, titles, strict=True):
            box.setTitle(title)
        self.clear_button.setText(self.tr("C&lear the room's answers"))
        self.compare()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _checklist(name: str) -> QListWidget:
    checklist = QListWidget(objectName=name)
    checklist.setMinimumHeight(120)
    return checklist


def _fill(checklist: QListWidget, rows: list[tuple[str, str]], chosen: frozenset[str]) -> None:
    checklist.blockSignals(True)
    checklist.clear()
    for item_id, text in rows:
        item = QListWidgetItem(text)
        item.setData(_ID_ROLE, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        checked = item_id in chosen
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        checklist.addItem(item)
    checklist.blockSignals(False)


def _ticked(checklist: QListWidget) -> list[str]:
    return [
        str(checklist.item(row).data(_ID_ROLE))
        for row in range(checklist.count())
        if checklist.item(row).checkState() == Qt.CheckState.Checked
    ]
