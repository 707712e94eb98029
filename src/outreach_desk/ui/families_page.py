"""The families page: list and search on the left, the family in the middle, notes right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QSplitter, QVBoxLayout, QWidget

from outreach_desk.core.drafts import Draft
from outreach_desk.core.errors import OutreachError
from outreach_desk.core.search import SearchHit
from outreach_desk.core.session import Session
from outreach_desk.ui.actions import ActionId, ActionRegistry
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.errors import describe_error
from outreach_desk.ui.family_detail import FamilyDetail
from outreach_desk.ui.family_dialog import FamilyDialog
from outreach_desk.ui.family_list import FamilyListPanel
from outreach_desk.ui.family_tabs import FamilyTabs
from outreach_desk.ui.models.family_table import FamilyTableModel
from outreach_desk.ui.notes_view import NotesPanel
from outreach_desk.ui.search_panel import SearchPanel

_FAMILY_ACTIONS = (ActionId.EDIT_FAMILY, ActionId.CLOSE_CASE)


class FamiliesPage(QWidget):
    drafts_changed = Signal()

    def __init__(
        self,
        session: Session,
        actions: ActionRegistry,
        autosave_seconds: float,
        clipboard: SensitiveClipboard,
    ) -> None:
        super().__init__()
        self.session = session
        self.registry = actions
        self.model = FamilyTableModel(session.families, session.vault.events, self)
        self.list = FamilyListPanel(self.model, actions[ActionId.NEW_FAMILY])
        self.search = SearchPanel(session.search_index)
        self.detail = FamilyDetail()
        self.tabs = FamilyTabs(session, self.detail)
        self.notes = NotesPanel(session, actions, autosave_seconds, clipboard)
        self._assemble()
        self._connect()
        self._family_selected(None)

    def _assemble(self) -> None:
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.list)
        left.addWidget(self.search)
        left.setSizes([420, 260])
        main = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, self.tabs, self.notes):
            main.addWidget(widget)
        main.setSizes([380, 500, 486])
        main.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(main)

    def _connect(self) -> None:
        a = self.registry
        a.connect_action(ActionId.NEW_FAMILY, self.new_family)
        a.connect_action(ActionId.EDIT_FAMILY, self.edit_family)
        a.connect_action(ActionId.CLOSE_CASE, self.close_case)
        a.connect_action(ActionId.NEW_NOTE, self.notes.editor.start_new)
        a.connect_action(ActionId.SAVE_NOTE, self.notes.editor.save_note)
        a.connect_action(ActionId.EDIT_NOTE, self.notes.edit_selected)
        a.connect_action(ActionId.NOTE_HISTORY, lambda: self.notes.show_history())
        a.connect_action(ActionId.COPY_NOTE, self.notes.copy_selected)
        a.connect_action(ActionId.SEARCH, self.search.focus_field)
        a.connect_action(ActionId.SHOW_CLOSED, self.list.proxy.set_show_closed)
        self.list.family_selected.connect(self._family_selected)
        self.model.dataChanged.connect(lambda *_: self._refresh_detail())
        self.detail.domains_edited.connect(self._domains_edited)
        self.detail.edit_requested.connect(self.edit_family)
        self.detail.close_case_requested.connect(self.close_case)
        self.detail.reopen_requested.connect(self.reopen_case)
        self.search.hit_activated.connect(self.open_hit)
        self.notes.editor.note_saved.connect(self._note_saved)

    # ---- slots ------------------------------------------------------------------------
    def _family_selected(self, family_id: str | None) -> None:
        self.registry.set_enabled(_FAMILY_ACTIONS, family_id is not None)
        self._refresh_detail()
        self.notes.set_family(family_id)
        self.drafts_changed.emit()

    def _refresh_detail(self) -> None:
        family_id = self.list.selected_family_id()
        row = self.model.row_of(family_id) if family_id else -1
        family = self.model.family_at(row) if row >= 0 else None
        self.detail.show_family(family)
        self.tabs.set_family(family.id if family else None, family.label if family else "")

    def new_family(self) -> FamilyDialog:
        dialog = FamilyDialog(parent=self)
        dialog.accepted.connect(lambda: self._run(lambda: self._create(dialog.values())))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_family(self) -> FamilyDialog | None:
        family = self.detail.family
        if family is None:
            return None
        dialog = FamilyDialog(family, parent=self)
        dialog.accepted.connect(
            lambda: self._run(lambda: self.session.families.update(family.id, **dialog.values()))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def close_case(self) -> None:
        family = self.detail.family
        if family is None or family.status == "closed":
            return
        question = self.tr(
            "Close the case of {0}? The family and its notes stay in the vault; you can "
            "reopen the case later."
        ).format(family.label)
        if self.confirm(self.tr("Close case"), question):
            self._run(lambda: self.session.families.close_case(family.id))

    def reopen_case(self) -> None:
        family = self.detail.family
        if family is not None:
            self._run(lambda: self.session.families.reopen(family.id))

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def open_hit(self, hit: SearchHit) -> None:
        self.list.select_family(hit.family_id)
        if hit.note_id:
            self.notes.select_note(hit.note_id)

    def resume_draft(self, draft: Draft) -> None:
        self.list.select_family(draft.family_id)
        self.notes.editor.resume(draft)
        self.drafts_changed.emit()

    def lock(self) -> None:
        self.tabs.lock()
        self.notes.clear()
        self.search.clear()
        self.detail.show_family(None)
        self.model.clear()

    # ---- internals --------------------------------------------------------------------
    def _create(self, values: dict[str, object]) -> None:
        label = str(values.pop("label"))
        family = self.session.families.add(label, **values)
        self.list.select_family(family.id)

    def _domains_edited(self, family_id: str, domains: tuple[str, ...]) -> None:
        self._run(lambda: self.session.families.update(family_id, domains=domains))

    def _note_saved(self, note_id: str) -> None:
        self.notes.select_note(note_id)
        self.drafts_changed.emit()

    def _run(self, change: object) -> None:
        """Call the core; show a clear message instead of a traceback if it refuses."""
        try:
            change()  # type: ignore[operator]
        except OutreachError as error:
            QMessageBox.warning(self, self.tr("Not saved"), describe_error(error))
