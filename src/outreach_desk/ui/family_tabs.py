"""The middle of the families page: the case file, then panels other features add about the
same family (at a glance, network map). A panel is refreshed only while it is visible."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from outreach_desk.core.events import Change
from outreach_desk.core.session import Session
from outreach_desk.ui.family_detail import FamilyDetail
from outreach_desk.ui.pages import FamilyPanelSpec, build_safely, discover_family_panels


class FamilyTabs(QTabWidget):
    _change_arrived = Signal(object)  # core events may come from another thread
    panel_refreshed = Signal(str)  # panel key

    def __init__(self, session: Session, detail: FamilyDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("family_tabs")
        self.setDocumentMode(True)
        scroll = QScrollArea()
        scroll.setObjectName("detail_scroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(detail)
        self.addTab(scroll, "")
        self._specs: dict[int, FamilyPanelSpec] = {}
        self._titles: list[Callable[[], str]] = [lambda: self.tr("&Case file")]
        self._shown: dict[int, str | None] = {}  # tab -> family it shows now
        self._family: tuple[str | None, str] = (None, "")
        for spec in discover_family_panels():
            widget = build_safely(lambda spec=spec: spec.build(session), spec.key)
            position = self.addTab(widget, "")
            self._specs[position] = spec
            self._titles.append(spec.title)
        self.currentChanged.connect(self._refresh_current)
        self._change_arrived.connect(self._core_changed)
        self._unsubscribe = session.vault.events.subscribe(self._change_arrived.emit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for position, title in enumerate(self._titles):
            self.setTabText(position, title())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_family(self, family_id: str | None, label: str) -> None:
        self._family = (family_id, label)
        for position in range(1, self.count()):
            self.setTabEnabled(position, family_id is not None)
        self._refresh_current()

    def shown_family(self, position: int) -> str | None:
        """The family the panel at ``position`` last showed."""
        return self._shown.get(position)

    def panel(self, key: str) -> QWidget | None:
        for position, spec in self._specs.items():
            if spec.key == key:
                return self.widget(position)
        return None

    def lock(self) -> None:
        for position in self._specs:
            lock_panel = getattr(self.widget(position), "lock", None)
            if callable(lock_panel):
                lock_panel()
        self._unsubscribe()
        self._family = (None, "")
        self._shown.clear()

    def _core_changed(self, change: Change) -> None:
        """Something about the shown family changed (a note, a record): panels reload."""
        if change.family_id is not None and change.family_id == self._family[0]:
            self._shown.clear()
            self._refresh_current()

    def _refresh_current(self, *_args: int) -> None:
        position = self.currentIndex()
        spec = self._specs.get(position)
        family_id, label = self._family
        widget = self.widget(position)
        if spec is None or widget is None or self._shown.get(position, "") == family_id:
            return
        try:
            spec.show(widget, family_id, label)
        except Exception as error:  # one panel's failure must not break the case file
            print(f"outreach-desk: panel {spec.key} failed ({error!r})", file=sys.stderr)
        self._shown[position] = family_id
        self.panel_refreshed.emit(spec.key)
