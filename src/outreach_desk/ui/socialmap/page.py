"""The social map screen: type to search, narrow with chips, read every fact, note experience.

Layout: search field and filter chips on top; results on the left; on the right the
service's facts above the worker's experience notes. The map is public data opened from
the vault's data folder; the experience notes are encrypted in the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.experience import ExperienceStore
from outreach_desk.core.session import Session
from outreach_desk.core.socialmap import SocialMap
from outreach_desk.ui.actions import ActionId, ActionRegistry
from outreach_desk.ui.socialmap.detail import ServiceDetail
from outreach_desk.ui.socialmap.experience_panel import ExperiencePanel
from outreach_desk.ui.socialmap.filter_bar import FilterBar
from outreach_desk.ui.socialmap.named import named
from outreach_desk.ui.socialmap.results_model import ServiceResultsModel

SEARCH_DELAY_MS = 150  # search-as-you-type: wait for a pause in typing, not every key
RESULT_LIMIT = 200


class SocialMapPage(QWidget):
    use_in_request = Signal(str)  # a service id; the help-request screen connects to it

    def __init__(
        self,
        session: Session,
        actions: ActionRegistry | None = None,
        social_map: SocialMap | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("socialmap_page")
        self._data_dir = session.vault.data_dir
        self._owns_map = social_map is None
        self._locked = False
        self._counted = False  # experience notes counted for the result list
        self._listed = False  # the first search ran
        # Opened on first show (or first search), not at unlock: most unlocks never
        # visit this tab, and reading the map costs ~70 ms.
        self.social_map: SocialMap | None = social_map
        self.experience_store = ExperienceStore(session.vault)
        self.model = ServiceResultsModel(self)
        self.search_field = named(QLineEdit(clearButtonEnabled=True), "socialmap_search")
        self.filters = FilterBar()
        self.results = named(QListView(), "socialmap_results")
        self.results.setModel(self.model)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(1)
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count_label = named(QLabel(), "socialmap_count")
        self.empty_label = named(QLabel(wordWrap=True), "socialmap_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_clear = named(QPushButton(), "socialmap_empty_clear")
        self.results_stack = QStackedWidget()
        self.detail = ServiceDetail()
        self.experience = ExperiencePanel(self.experience_store)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._assemble()
        self._connect(actions)
        self.retranslate_ui()

    def ensure_loaded(self) -> bool:
        """Open the map (once) and count the experience notes; False after lock."""
        if self._locked:
            return False
        if self.social_map is None:
            self.social_map = SocialMap.open(self._data_dir)
        if not self._counted:
            self._counted = True
            self.model.set_experience_counts(self.experience_store.count_by_service())
        return True

    def showEvent(self, event: QShowEvent) -> None:
        if not self._listed:
            self.run_search()
        super().showEvent(event)

    # ---- assembly ---------------------------------------------------------------------
    def _assemble(self) -> None:
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.results_stack.addWidget(self.results)
        self.results_stack.addWidget(empty)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.results_stack, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.detail)
        right.addWidget(self.experience)
        right.setSizes([500, 200])
        right.setChildrenCollapsible(False)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(right)
        main.setSizes([420, 860])
        main.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_field)
        layout.addWidget(self.filters)
        layout.addWidget(main, 1)

    def _connect(self, actions: ActionRegistry | None) -> None:
        self.search_field.textChanged.connect(lambda _text: self._timer.start())
        self.search_field.installEventFilter(self)
        self.results.installEventFilter(self)
        self._timer.timeout.connect(self.run_search)
        self.filters.changed.connect(self.run_search)
        self.empty_clear.clicked.connect(self.filters.clear)
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.results.activated.connect(self._open)
        self.detail.use_in_request.connect(self.use_in_request)
        self.experience.notes_changed.connect(self._experience_changed)
        self.find_shortcut = QShortcut(QKeySequence("Ctrl+K"), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.find_shortcut.activated.connect(self.focus_search)
        self._place_find_shortcut()
        if actions is not None:
            # The families page also listens; only the page on screen takes the focus.
            actions.connect_action(ActionId.SEARCH, self._search_action)

    # ---- searching --------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        if not self.ensure_loaded() or self.social_map is None:
            return
        self._listed = True
        shown = self.detail.service.id if self.detail.service else None
        hits = self.social_map.search(
            self.search_field.text(), self.filters.filters(), RESULT_LIMIT
        )
        self.model.set_hits(hits)
        self.results_stack.setCurrentIndex(0 if hits else 1)
        self._update_count()
        row = self.model.row_of(shown) if shown else -1
        if row >= 0:
            self.results.setCurrentIndex(self.model.index(row))

    def _update_count(self) -> None:
        count = self.model.rowCount()
        if count == 1:
            self.count_label.setText(self.tr("1 service"))
        else:
            self.count_label.setText(self.tr("{0} services").format(count))
        if self.filters.active():
            self.empty_label.setText(
                self.tr(
                    "No service matches. Remove some filters, or try fewer or other words "
                    "(Dutch, French and English names all work)."
                )
            )
        else:
            self.empty_label.setText(
                self.tr(
                    "No service matches these words. Try fewer or other words: Dutch, "
                    "French and English names all work (OCMW or CPAS, Kind en Gezin or ONE)."
                )
            )
        self.empty_clear.setVisible(self.filters.active())

    def focus_search(self) -> None:
        tabs = self._tab_widget()
        if tabs is not None:
            tabs.setCurrentWidget(self)
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_action(self) -> None:
        if self.isVisible():
            self.focus_search()

    def _place_find_shortcut(self) -> None:
        """Ctrl+K must work while another tab is shown, and a hidden widget's shortcuts
        are inactive: so the shortcut hangs on the tab widget once the page is a tab."""
        tabs = self._tab_widget()
        self.find_shortcut.setParent(tabs if tabs is not None else self)

    def _tab_widget(self) -> QTabWidget | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        return parent

    # ---- showing a service ------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        service = self.model.service_at(current.row()) if current.isValid() else None
        if service is None and self.detail.service is None:
            return
        self.detail.show_service(service)
        self.experience.set_service(service.id if service else None)

    def _open(self, index: QModelIndex) -> None:
        """Enter or double-click: show the service and move into its facts."""
        self._current_changed(index, QModelIndex())
        self.detail.facts.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_service(self, service_id: str) -> None:
        """Select a service (searching for it if it is not in the list)."""
        if not self.ensure_loaded() or self.social_map is None:
            return
        if self.model.row_of(service_id) < 0:
            self.search_field.setText(self.social_map.get(service_id).name.first())
            self.run_search()
        if self.model.row_of(service_id) < 0 and self.filters.active():
            self.filters.clear()  # the filters hid it; showing what was asked for wins
        row = self.model.row_of(service_id)
        if row >= 0:
            self.results.setCurrentIndex(self.model.index(row))

    def _experience_changed(self) -> None:
        self.model.set_experience_counts(self.experience_store.count_by_service())

    # ---- keys -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if watched is self.search_field and self._search_key(event.key()):
                return True
            if watched is self.results and self._results_key(event.key()):
                return True
        return super().eventFilter(watched, event)

    def _results_key(self, key: int) -> bool:
        """Up on the first result goes back to the search field, to type more."""
        if key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
            self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False

    def _search_key(self, key: int) -> bool:
        """Down arrow walks into the results; Enter opens the first (or current) one;
        Escape empties the field."""
        if key == Qt.Key.Key_Escape and self.search_field.text():
            self.search_field.clear()
            self.run_search()
            return True
        if key not in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if self._timer.isActive():
            self.run_search()
        if self.model.rowCount() == 0:
            return False
        current = self.results.currentIndex()
        if not current.isValid():
            current = self.model.index(0)
            self.results.setCurrentIndex(current)
        if key == Qt.Key.Key_Down:
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self._open(current)
        return True

    # ---- lifecycle --------------------------------------------------------------------
    def lock(self) -> None:
        """Drop everything on screen and close the map file before the vault locks."""
        self._locked = True
        self._timer.stop()
        self.find_shortcut.setEnabled(False)
        self.experience.lock()
        self.detail.show_service(None)
        self.model.clear()
        if self.social_map is not None and self._owns_map:
            self.social_map.close()
        self.social_map = None

    def retranslate_ui(self) -> None:
        self.search_field.setPlaceholderText(
            self.tr("Search the social map: name, place, language, need... (Ctrl+K)")
        )
        self.search_field.setAccessibleName(self.tr("Search the social map"))
        self.results.setAccessibleName(self.tr("Services found"))
        self.empty_clear.setText(self.tr("Clear filters"))
        self.model.refresh_texts()
        self._update_count()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and hasattr(self, "find_shortcut"):
            self._place_find_shortcut()
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
