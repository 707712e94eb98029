"""The main window only assembles: banner, draft bar, pages; the families page is built in
``families_page``. Other screens (social map, help requests, ecomap) plug in with
``register_page`` (see ``ui/pages.py``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from outreach_desk import __version__
from outreach_desk.core.session import Session
from outreach_desk.ui.actions import ActionId, ActionRegistry
from outreach_desk.ui.banner import KindBanner, window_tint
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.draft_bar import DraftBar
from outreach_desk.ui.families_page import FamiliesPage
from outreach_desk.ui.pages import PageContext, build_safely, discover_pages


class MainWindow(QMainWindow):
    closing = Signal()  # the person closed the window: the controller locks and quits

    def __init__(
        self,
        session: Session,
        actions: ActionRegistry,
        clipboard: SensitiveClipboard,
        *,
        autosave_seconds: float = 3.0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self._locked = False
        self.session = session
        self.registry = actions
        self.clipboard = clipboard
        self.banner = KindBanner(session.vault.kind)
        self.draft_bar = DraftBar()
        self.pages = QTabWidget(objectName="pages", documentMode=True)
        self._page_titles: dict[str, Callable[[], str]] = {}
        self.families = FamiliesPage(session, actions, autosave_seconds, clipboard)
        self.register_page("families", self.families, lambda: self.tr("&Families"))
        self._add_discovered_pages()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.draft_bar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.setStyleSheet(window_tint(session.vault.kind))
        self._build_menus()
        self._connect()
        self.resize(1280, 760)
        self.retranslate_ui()
        self.refresh_drafts()

    # ---- pages: how other screens plug in ---------------------------------------------
    def register_page(self, key: str, widget: QWidget, title: Callable[[], str]) -> None:
        """Add a screen as a tab. ``title`` is called again on every language change.
        A page may define ``lock()``; it is called before the window is destroyed."""
        widget.setObjectName(widget.objectName() or f"page_{key}")
        widget.setProperty("page_key", key)
        self._page_titles[key] = title
        self.pages.addTab(widget, title())

    def _add_discovered_pages(self) -> None:
        context = PageContext(
            session=self.session,
            actions=self.registry,
            clipboard=self.clipboard,
            open_family=self.open_family,
            family_selected=self.families.list.family_selected,
        )
        for spec in discover_pages():
            if self.session.vault.kind in spec.kinds:
                widget = build_safely(lambda spec=spec: spec.build(context), spec.key)
                self.register_page(spec.key, widget, spec.title)

    def open_family(self, family_id: str) -> None:
        self.show_page("families")
        self.families.list.select_family(family_id)

    def page(self, key: str) -> QWidget | None:
        for position in range(self.pages.count()):
            if self.pages.widget(position).property("page_key") == key:
                return self.pages.widget(position)
        return None

    def show_page(self, key: str) -> None:
        widget = self.page(key)
        if widget is not None:
            self.pages.setCurrentWidget(widget)

    # ---- assembly ---------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._menus = {name: bar.addMenu("") for name in ("file", "family", "note", "help")}
        a = self.registry
        self._menus["file"].addActions([a[ActionId.SEARCH], a[ActionId.LOCK], a[ActionId.QUIT]])
        self._menus["family"].addActions(
            [a[ActionId.NEW_FAMILY], a[ActionId.EDIT_FAMILY], a[ActionId.CLOSE_CASE]]
        )
        self._menus["family"].addSeparator()
        self._menus["family"].addAction(a[ActionId.SHOW_CLOSED])
        self._menus["note"].addActions(
            [a[ActionId.NEW_NOTE], a[ActionId.EDIT_NOTE], a[ActionId.SAVE_NOTE]]
        )
        self._menus["note"].addActions([a[ActionId.NOTE_HISTORY], a[ActionId.COPY_NOTE]])
        self._language_menu = self._menus["file"].addMenu("")
        self._language_menu.addActions(self.registry.languages.actions())
        self._menus["help"].addAction(a[ActionId.ABOUT])
        self._menus["help"].addAction(a[ActionId.LICENSES])
        self.toolbar = self.addToolBar("main")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        for action_id in (ActionId.NEW_FAMILY, ActionId.NEW_NOTE, ActionId.SEARCH, ActionId.LOCK):
            self.toolbar.addAction(a[action_id])

    def _connect(self) -> None:
        self.registry.connect_action(ActionId.ABOUT, self._about)
        self.registry.connect_action(ActionId.LICENSES, self.show_licenses)
        self.families.drafts_changed.connect(self.refresh_drafts)
        self.draft_bar.resume_requested.connect(self.families.resume_draft)
        self.draft_bar.discard_requested.connect(self._discard_draft)

    def retranslate_ui(self) -> None:
        title = self.tr("Outreach Desk")
        if self.session.is_demo:
            title += " - " + self.tr("DEMO")
        elif self.session.is_training:
            title += " - " + self.tr("TRAINING")
        self.setWindowTitle(title)
        names = (self.tr("&File"), self.tr("F&amily"), self.tr("&Note"), self.tr("&Help"))
        for menu, name in zip(self._menus.values(), names, strict=True):
            menu.setTitle(name)
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self._language_menu.setTitle(self.tr("&Language"))
        for position in range(self.pages.count()):
            key = self.pages.widget(position).property("page_key")
            self.pages.setTabText(position, self._page_titles[key]())
        self.registry.retranslate_ui()

    def event(self, event: QEvent) -> bool:
        # A locked window only waits for deletion: its pages must not retranslate (they
        # could read the closed vault), so the event does not reach them.
        if self._locked and event.type() == QEvent.Type.LanguageChange:
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---- drafts -----------------------------------------------------------------------
    def refresh_drafts(self) -> None:
        open_draft = self.families.notes.editor.draft_id
        pending = [d for d in self.session.drafts.pending() if d.id != open_draft]
        labels = {f.id: f.label for f in self.families.model.rows()}
        self.draft_bar.offer(pending, labels)

    def _discard_draft(self, draft: object) -> None:
        from outreach_desk.core.drafts import Draft

        if isinstance(draft, Draft):
            self.session.drafts.discard(draft.id)
        self.refresh_drafts()

    # ---- lock and close ---------------------------------------------------------------
    def lock(self) -> None:
        """Seal the draft being typed, then empty every model and page."""
        self._locked = True
        for position in range(self.pages.count()):
            lock_page = getattr(self.pages.widget(position), "lock", None)
            if callable(lock_page):
                lock_page()
        self.draft_bar.offer([], {})

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Outreach Desk"),
            self.tr(
                "Outreach Desk {0}\nEncrypted case notes for outreach workers in Brussels. "
                "Everything stays on this laptop, encrypted."
            ).format(__version__),
        )

    def show_licenses(self) -> QDialog:
        """Help > Third-party licences: the notices shipped in resources/licenses."""
        from outreach_desk.core.resources import resource_path

        dialog = QDialog(self, objectName="licenses_dialog")
        dialog.setWindowTitle(self.tr("Third-party licences"))
        text = QTextBrowser(dialog)
        notices = resource_path("licenses", "THIRD_PARTY_NOTICES.md")
        text.setMarkdown(notices.read_text(encoding="utf-8"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        dialog.resize(760, 560)
        dialog.show()
        return dialog
