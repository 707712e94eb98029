"""The worker's own experience with the shown service: read, add, edit, delete.

The notes live encrypted in the vault (``core.experience``); this panel only shows the
ones for one service and writes through the store.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desk.core.errors import OutreachError
from outreach_desk.core.experience import ExperienceNote, ExperienceStore
from outreach_desk.ui.errors import describe_error
from outreach_desk.ui.socialmap.named import named

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ExperiencePanel(QWidget):
    """``set_service(id)`` shows its notes; ``notes_changed`` after every add/edit/delete."""

    notes_changed = Signal()

    def __init__(self, store: ExperienceStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: ExperienceStore | None = store
        self._service_id: str | None = None
        self._editing: str | None = None  # id of the note in the editor, None = new note
        self.heading = named(QLabel(), "experience_heading")
        self.notes = named(QListWidget(), "experience_list")
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        self.empty = named(QLabel(wordWrap=True), "experience_empty")
        self.edit_button = named(QPushButton(), "experience_edit")
        self.delete_button = named(QPushButton(), "experience_delete")
        self.editor = named(QPlainTextEdit(), "experience_editor")
        self.editor.setTabChangesFocus(True)
        self.date = named(QDateEdit(), "experience_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        # An ISO date reads left to right, also in an Arabic interface (else "27-11-2026").
        self.date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.save_button = named(QPushButton(), "experience_save")
        self.cancel_button = named(QPushButton(), "experience_cancel")
        self._assemble()
        self._connect()
        self.retranslate_ui()
        self.set_service(None)

    def _assemble(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.notes, 2)
        layout.addWidget(self.editor, 1)
        self.editor.setMinimumHeight(60)
        bottom = QHBoxLayout()
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date)
        bottom.addWidget(self.date_label)
        bottom.addWidget(self.date)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.editor.setMaximumHeight(90)

    def _connect(self) -> None:
        self.notes.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.notes.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.editor.textChanged.connect(self._update_buttons)

    # ---- showing ----------------------------------------------------------------------
    def set_service(self, service_id: str | None) -> None:
        if service_id != self._service_id:
            self.cancel_edit()  # a half-typed note stays while the same service is shown
        self._service_id = service_id
        self.reload()
        self.setEnabled(service_id is not None and self._store is not None)

    def reload(self) -> None:
        self.notes.clear()
        if self._service_id is not None and self._store is not None:
            for note in self._store.for_service(self._service_id):
                self.notes.addItem(self._item(note))
        self.empty.setVisible(self.notes.count() == 0)
        self.notes.setVisible(self.notes.count() > 0)
        self._update_buttons()

    def _item(self, note: ExperienceNote) -> QListWidgetItem:
        header = note.date + (f" · {note.author}" if note.author else "")
        item = QListWidgetItem(f"{header} — {note.text}")
        item.setData(NOTE_ID_ROLE, note.id)
        item.setToolTip(self.tr("Written {0}").format(note.created_at.replace("T", " ")))
        return item

    def note_texts(self) -> list[str]:
        return [self.notes.item(row).text() for row in range(self.notes.count())]

    # ---- writing ----------------------------------------------------------------------
    def save(self) -> None:
        """Add the typed note (or save the one being edited)."""
        if self._store is None or self._service_id is None:
            return
        text = self.editor.toPlainText()
        on = self.date.date().toString("yyyy-MM-dd")
        try:
            if self._editing is None:
                self._store.add(self._service_id, text, on=on)
            else:
                self._store.edit(self._editing, text, on=on)
        except OutreachError as error:
            QMessageBox.warning(self, self.tr("Note not saved"), describe_error(error))
            return
        self.cancel_edit()
        self.reload()
        self.notes_changed.emit()

    def edit_selected(self) -> None:
        item = self.notes.currentItem()
        if item is None or self._store is None:
            return
        note = self._store.get(str(item.data(NOTE_ID_ROLE)))
        self._editing = note.id
        self.editor.setPlainText(note.text)
        self.date.setDate(QDate.fromString(note.date, "yyyy-MM-dd"))
        self.editor.setFocus()
        self._update_buttons()

    def delete_selected(self) -> None:
        item = self.notes.currentItem()
        if item is None or self._store is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete experience note"),
            self.tr("Delete this note for good?\n\n{0}").format(item.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        note_id = str(item.data(NOTE_ID_ROLE))
        self._store.delete(note_id)
        if self._editing == note_id:
            self.cancel_edit()
        self.reload()
        self.notes_changed.emit()

    def cancel_edit(self) -> None:
        self._editing = None
        self.editor.clear()
        self.date.setDate(QDate.currentDate())
        self._update_buttons()

    def lock(self) -> None:
        """Forget the store and every text on screen (the vault is about to lock)."""
        self._store = None
        self._service_id = None
        self.notes.clear()
        self.editor.clear()

    def _update_buttons(self) -> None:
        selected = self.notes.currentItem() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.save_button.setEnabled(bool(self.editor.toPlainText().strip()))
        self.cancel_button.setVisible(self._editing is not None)
        if self._editing is None:
            self.save_button.setText(self.tr("&Add note"))
        else:
            self.save_button.setText(self.tr("&Save changes"))

    # ---- language ---------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Experience with this service (encrypted in your vault)"))
        self.empty.setText(
            self.tr(
                "No experience noted yet. Write what you saw: how long you waited, whom to "
                "ask for, how families were received."
            )
        )
        self.editor.setPlaceholderText(
            self.tr("e.g. waited 3 weeks; ask for Fatima, speaks Tarifit")
        )
        self.editor.setAccessibleName(self.tr("Experience note"))
        self.date_label.setText(self.tr("&When:"))
        self.edit_button.setText(self.tr("&Edit"))
        self.delete_button.setText(self.tr("&Delete..."))
        self.cancel_button.setText(self.tr("Cancel"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
