"""The network map panel: toolbar, the picture, and the list of contacts beside it.

Every change goes through an undo stack, so a contact removed by mistake (Delete) comes
back with Ctrl+Z; the panel says so right after removing. Changes are saved to the vault
as they happen when a store is given.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.ecomap import Contact, Ecomap, EcomapStore, ServiceChoice
from outreach_desk.core.errors import OutreachError
from outreach_desk.ui.ecomap.editor import ContactDialog
from outreach_desk.ui.ecomap.model import EcomapModel
from outreach_desk.ui.ecomap.paint import save_png
from outreach_desk.ui.ecomap.scene import EcomapScene
from outreach_desk.ui.ecomap.view import EcomapView

log = logging.getLogger(__name__)


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _action(parent: QObject, name: str) -> QAction:
    action = QAction(parent)
    action.setObjectName(name)
    return action


class _AddContact(QUndoCommand):
    def __init__(self, model: EcomapModel, contact: Contact, text: str) -> None:
        super().__init__(text)
        self._model, self._contact = model, contact

    def redo(self) -> None:
        self._model.add_contact(self._contact)

    def undo(self) -> None:
        self._model.remove_contact(self._contact.id)


class _EditContact(QUndoCommand):
    def __init__(self, model: EcomapModel, old: Contact, new: Contact, text: str) -> None:
        super().__init__(text)
        self._model, self._old, self._new = model, old, new

    def redo(self) -> None:
        self._model.replace_contact(self._new)

    def undo(self) -> None:
        self._model.replace_contact(self._old)


class _RemoveContact(QUndoCommand):
    def __init__(self, model: EcomapModel, contact: Contact, text: str) -> None:
        super().__init__(text)
        self._model, self._contact = model, contact
        self._row = model.row_of(contact.id)

    def redo(self) -> None:
        self._model.remove_contact(self._contact.id)

    def undo(self) -> None:
        self._model.add_contact(self._contact, self._row)


class EcomapWidget(QWidget):
    saved = Signal(object)  # the Ecomap just written to the vault

    def __init__(
        self,
        store: EcomapStore | None = None,
        parent: QWidget | None = None,
        services: Sequence[ServiceChoice] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ecomap_widget")
        self._store = store
        self._services = tuple(services)
        self.model = EcomapModel(Ecomap(""), self)
        self.scene = EcomapScene(self.model, "", self)
        self.view = EcomapView(self.scene, self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("ecomap_contacts")
        self.list_view.setModel(self.model)
        self.undo_stack = QUndoStack(self)
        self.status = _label("ecomap_status")
        self.active_dialog: ContactDialog | None = None
        self._make_actions()
        self._build_layout()
        self._connect()
        self.retranslate_ui()

    # ---- public -------------------------------------------------------------------------
    def load(self, family_id: str, centre_label: str) -> None:
        """Show the map of one family (read from the store, or empty without one)."""
        ecomap = self._store.load(family_id) if self._store else Ecomap(family_id)
        self.set_ecomap(ecomap, centre_label)

    def set_ecomap(self, ecomap: Ecomap, centre_label: str) -> None:
        self.undo_stack.clear()
        self.scene.set_centre_label(centre_label)
        self.model.set_ecomap(ecomap)
        self.status.clear()

    def set_services(self, services: Sequence[ServiceChoice]) -> None:
        """The social-map services the editor offers (``core.ecomap.service_choices``)."""
        self._services = tuple(services)

    def export_png(self, path: Path) -> Path:
        return save_png(self.model.ecomap(), self.scene_centre_label(), path)

    def scene_centre_label(self) -> str:
        return self.scene._centre_label

    # ---- actions ------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self.add_action = _action(self, "ecomap_add")
        self.edit_action = _action(self, "ecomap_edit")
        self.remove_action = _action(self, "ecomap_remove")
        self.export_action = _action(self, "ecomap_export")
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.add_action.triggered.connect(self.add_contact)
        self.edit_action.triggered.connect(lambda: self.edit_contact(self._current_id()))
        self.remove_action.triggered.connect(lambda: self.remove_contact(self._current_id()))
        self.export_action.triggered.connect(self._ask_export)

    def _build_layout(self) -> None:
        self.toolbar = QToolBar(self)
        for action in (
            self.add_action,
            self.edit_action,
            self.remove_action,
            self.undo_action,
            self.redo_action,
            self.export_action,
        ):
            self.toolbar.addAction(action)
        splitter = QSplitter(self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.list_view)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 220])  # the picture first; the list is the accessible twin
        self.list_view.setMinimumWidth(140)
        self.hint = _label("ecomap_keys_hint")
        footer = QHBoxLayout()
        footer.addWidget(self.hint, 1)
        footer.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

    def _connect(self) -> None:
        self.view.add_requested.connect(self.add_contact)
        self.view.edit_requested.connect(self.edit_contact)
        self.view.remove_requested.connect(self.remove_contact)
        self.view.context_menu_requested.connect(self._context_menu)
        self.scene.selectionChanged.connect(self._scene_selection_to_list)
        self.list_view.selectionModel().currentChanged.connect(
            lambda current, _previous: self._list_selection_to_scene(current.row())
        )
        self.list_view.installEventFilter(self)
        self.model.ecomap_changed.connect(self._save)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self.scene.selectionChanged.connect(self._update_actions)

    # ---- user actions -------------------------------------------------------------------
    def add_contact(self) -> None:
        self._open_dialog(None)

    def edit_contact(self, contact_id: str) -> None:
        if self.model.row_of(contact_id) >= 0:
            self._open_dialog(self.model.ecomap().contact(contact_id))

    def remove_contact(self, contact_id: str) -> None:
        if self.model.row_of(contact_id) < 0:
            return
        contact = self.model.ecomap().contact(contact_id)
        text = self.tr("Remove “{name}”").format(name=contact.name)
        self.undo_stack.push(_RemoveContact(self.model, contact, text))
        self.status.setText(
            self.tr("Removed “{name}”. Undo with {keys}.").format(
                name=contact.name,
                keys=QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )

    def _open_dialog(self, contact: Contact | None) -> None:
        dialog = ContactDialog(contact, self, self._services)
        self.active_dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_done(dialog, contact))
        dialog.finished.connect(lambda _code: self._forget_dialog(dialog))
        dialog.open()

    def _forget_dialog(self, dialog: ContactDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()
        # Give the keyboard back to the map, so the next Insert works straight away.
        self.window().activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dialog_done(self, dialog: ContactDialog, original: Contact | None) -> None:
        new = dialog.contact()
        try:
            if original is None:
                text = self.tr("Add “{name}”").format(name=new.name)
                self.undo_stack.push(_AddContact(self.model, new, text))
            elif new != original:
                text = self.tr("Change “{name}”").format(name=new.name)
                self.undo_stack.push(_EditContact(self.model, original, new, text))
        except OutreachError as error:
            self.status.setText(str(error))
            return
        self.scene.select_contact(new.id)
        self.status.clear()

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the network map"), "", self.tr("PNG image (*.png)")
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".png") else f"{name}.png")
        try:
            self.export_png(path)
        except OutreachError as error:
            self.status.setText(str(error))
            return
        self.status.setText(
            self.tr("Saved {path}. This picture is not encrypted.").format(path=str(path))
        )

    def _context_menu(self, global_pos: QPoint, contact_id: str) -> None:
        menu = QMenu(self)
        menu.addAction(self.add_action)
        if contact_id:
            menu.addAction(self.edit_action)
            menu.addAction(self.remove_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.popup(global_pos)

    # ---- plumbing -----------------------------------------------------------------------
    def _current_id(self) -> str:
        return self.scene.selected_contact_id()

    def _save(self, ecomap: Ecomap) -> None:
        if self._store is None or not ecomap.family_id:
            return
        try:
            self.saved.emit(self._store.save(ecomap))
        except OutreachError as error:
            log.warning("network map not saved: %s", error)
            self.status.setText(self.tr("Not saved: {error}").format(error=str(error)))

    def _scene_selection_to_list(self) -> None:
        row = self.model.row_of(self.scene.selected_contact_id())
        if row >= 0 and self.list_view.currentIndex().row() != row:
            self.list_view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )

    def _list_selection_to_scene(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            contact_id = self.model.contact_at(row).id
            if self.scene.selected_contact_id() != contact_id:
                self.scene.select_contact(contact_id)

    def _update_actions(self) -> None:
        if not shiboken6.isValid(self.scene):  # the undo stack speaks up while being destroyed
            return
        has_selection = bool(self._current_id())
        self.edit_action.setEnabled(has_selection)
        self.remove_action.setEnabled(has_selection)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list beside the map answers the same keys as the map itself.
        if watched is self.list_view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Insert,
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
                Qt.Key.Key_Delete,
            ):
                self.view.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.add_action.setText(self.tr("&Add contact"))
        self.add_action.setToolTip(self.tr("Add a contact to the network map (Insert)"))
        self.edit_action.setText(self.tr("&Change"))
        self.edit_action.setToolTip(self.tr("Change the selected contact (Enter)"))
        self.remove_action.setText(self.tr("&Remove"))
        self.remove_action.setToolTip(self.tr("Remove the selected contact (Delete; undo)"))
        self.export_action.setText(self.tr("Export as &picture…"))
        self.export_action.setToolTip(
            self.tr("Save the map as a PNG picture (not encrypted: a deliberate export)")
        )
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("Re&do"))
        self.hint.setText(
            self.tr(
                "Keys: Insert adds, Enter changes, Delete removes (Ctrl+Z brings it back), "
                "arrows and Tab move between contacts."
            )
        )
        self.view.setAccessibleName(self.tr("Network map of the family"))
        self.list_view.setAccessibleName(self.tr("Contacts on the network map"))
        self.scene.update()
        self._update_actions()
