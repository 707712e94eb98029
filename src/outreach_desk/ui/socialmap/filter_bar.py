"""Filter chips above the social map's results: each one narrows the list at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from outreach_desk.core.domains import LIFE_DOMAINS
from outreach_desk.core.socialmap import Formality, SearchFilters
from outreach_desk.ui.socialmap.labels import data_language, language_choices, municipality_choices
from outreach_desk.ui.socialmap.named import named

_CHIP_STYLE = (
    "QPushButton[chip='true'] { border: 1px solid palette(mid); border-radius: 11px;"
    " padding: 3px 10px; }"
    "QPushButton[chip='true']:checked { background: palette(highlight);"
    " color: palette(highlighted-text); border-color: palette(highlight); }"
)


def _chip(name: str) -> QPushButton:
    chip = named(QPushButton(), name)
    chip.setCheckable(True)
    chip.setProperty("chip", True)
    chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return chip


class FilterBar(QWidget):
    """Emits ``changed`` whenever a filter is set or cleared; ``filters()`` reads them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_CHIP_STYLE)
        self.domains_button = named(QPushButton(), "filter_domains")
        self.domains_menu = QMenu(self.domains_button)
        self.domains_button.setMenu(self.domains_menu)
        self._domain_actions: dict[str, QAction] = {}
        for life_domain in LIFE_DOMAINS:
            action = self.domains_menu.addAction("")
            action.setCheckable(True)
            action.toggled.connect(self._domains_toggled)
            self._domain_actions[life_domain.id] = action
        self.undocumented = _chip("filter_undocumented")
        self.walk_in = _chip("filter_walk_in")
        self.formal = _chip("filter_formal")
        self.informal = _chip("filter_informal")
        self.language = named(QComboBox(), "filter_language")
        self.municipality = named(QComboBox(), "filter_municipality")
        # Sized for a typical name, not the longest ("Sint-Lambrechts-Woluwe / Woluwe-
        # Saint-Lambert"), so the bar fits a 1024-pixel screen; the open list shows all.
        for combo, letters in ((self.language, 12), (self.municipality, 20)):
            policy = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            combo.setSizeAdjustPolicy(policy)
            combo.setMinimumContentsLength(letters)
        self.clear_button = named(QToolButton(), "filter_clear")
        self._assemble()
        self._connect()
        self.retranslate_ui()

    def _assemble(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.domains_button,
            self.undocumented,
            self.walk_in,
            self.formal,
            self.informal,
            self.language,
            self.municipality,
            self.clear_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _connect(self) -> None:
        for chip in (self.undocumented, self.walk_in):
            chip.toggled.connect(lambda _checked: self.changed.emit())
        # Formal and informal exclude each other, but both may be off.
        self.formal.toggled.connect(lambda on: self._formality_toggled(self.informal, on))
        self.informal.toggled.connect(lambda on: self._formality_toggled(self.formal, on))
        self.language.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.municipality.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.clear_button.clicked.connect(self.clear)

    # ---- reading and setting ----------------------------------------------------------
    def filters(self) -> SearchFilters:
        formality = None
        if self.formal.isChecked():
            formality = Formality.FORMAL
        elif self.informal.isChecked():
            formality = Formality.INFORMAL
        return SearchFilters(
            domains=self.selected_domains(),
            municipality=self.municipality.currentData() or None,
            language=self.language.currentData() or None,
            undocumented=self.undocumented.isChecked(),
            walk_in=self.walk_in.isChecked(),
            formality=formality,
        )

    def selected_domains(self) -> tuple[str, ...]:
        return tuple(d for d, action in self._domain_actions.items() if action.isChecked())

    def set_domain(self, domain_id: str, checked: bool = True) -> None:
        self._domain_actions[domain_id].setChecked(checked)

    def active(self) -> bool:
        return self.filters() != SearchFilters()

    def clear(self) -> None:
        """Every filter off, with one ``changed`` at the end instead of one per chip."""
        was_blocked = self.blockSignals(True)
        try:
            for action in self._domain_actions.values():
                action.setChecked(False)
            for chip in (self.undocumented, self.walk_in, self.formal, self.informal):
                chip.setChecked(False)
            self.language.setCurrentIndex(0)
            self.municipality.setCurrentIndex(0)
        finally:
            self.blockSignals(was_blocked)
        self._update_domains_text()
        self.changed.emit()

    # ---- slots ------------------------------------------------------------------------
    def _formality_toggled(self, other: QPushButton, on: bool) -> None:
        if on and other.isChecked():
            blocked = other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(blocked)
        self.changed.emit()

    def _domains_toggled(self, _checked: bool) -> None:
        self._update_domains_text()
        self.changed.emit()

    def _update_domains_text(self) -> None:
        chosen = len(self.selected_domains())
        if chosen:
            self.domains_button.setText(self.tr("Life domains ({0})").format(chosen))
        else:
            self.domains_button.setText(self.tr("All life domains"))

    # ---- language ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        lang = data_language()
        for life_domain in LIFE_DOMAINS:
            self._domain_actions[life_domain.id].setText(life_domain.label(lang))
        self._update_domains_text()
        self.domains_button.setToolTip(self.tr("Show only services for these life domains"))
        self.undocumented.setText(self.tr("Welcomes people without papers"))
        self.undocumented.setToolTip(
            self.tr("Only services that help people without legal residence (at least in part)")
        )
        self.walk_in.setText(self.tr("Walk-in"))
        self.walk_in.setToolTip(
            self.tr("Only services where a family can come without appointment")
        )
        self.formal.setText(self.tr("Formal"))
        self.formal.setToolTip(self.tr("Only public or structurally subsidised services"))
        self.informal.setText(self.tr("Informal"))
        self.informal.setToolTip(self.tr("Only citizen initiatives run by volunteers"))
        self._fill_combo(self.language, self.tr("Any language"), language_choices())
        self.language.setToolTip(self.tr("Only services that work in this language"))
        self._fill_combo(self.municipality, self.tr("All municipalities"), municipality_choices())
        self.municipality.setToolTip(
            self.tr("Only services in this municipality (and region-wide ones)")
        )
        self.clear_button.setText(self.tr("Clear filters"))

    def _fill_combo(self, combo: QComboBox, anything: str, choices: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        was_blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, "")
        for code, label in choices:
            combo.addItem(label, code)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        combo.blockSignals(was_blocked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
