"""Every user action, built once, keyed by an Enum. Menus, toolbars and tests share them."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence


class ActionId(Enum):
    LOCK = "lock"
    QUIT = "quit"
    NEW_FAMILY = "new_family"
    EDIT_FAMILY = "edit_family"
    CLOSE_CASE = "close_case"
    NEW_NOTE = "new_note"
    EDIT_NOTE = "edit_note"
    SAVE_NOTE = "save_note"
    NOTE_HISTORY = "note_history"
    COPY_NOTE = "copy_note"
    SEARCH = "search"
    SHOW_CLOSED = "show_closed"
    ABOUT = "about"
    LICENSES = "licenses"
    LANGUAGE_NL = "language_nl"
    LANGUAGE_FR = "language_fr"
    LANGUAGE_EN = "language_en"
    LANGUAGE_AR = "language_ar"


LANGUAGE_ACTIONS: dict[ActionId, str] = {
    ActionId.LANGUAGE_NL: "nl",
    ActionId.LANGUAGE_FR: "fr",
    ActionId.LANGUAGE_EN: "en",
    ActionId.LANGUAGE_AR: "ar",
}
# Each language is named in itself, so a person finds theirs whatever the interface shows.
_NATIVE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English", "ar": "العربية"}


_SHORTCUTS: dict[ActionId, QKeySequence | str] = {
    ActionId.LOCK: "Ctrl+L",
    ActionId.QUIT: "Ctrl+Q",
    ActionId.NEW_FAMILY: "Ctrl+Shift+N",
    ActionId.EDIT_FAMILY: "Ctrl+E",
    ActionId.NEW_NOTE: "Ctrl+N",
    ActionId.EDIT_NOTE: "Ctrl+Shift+E",
    ActionId.SAVE_NOTE: "Ctrl+S",
    ActionId.NOTE_HISTORY: "Ctrl+H",
    ActionId.COPY_NOTE: "Ctrl+Shift+C",
    ActionId.SEARCH: "Ctrl+F",
}

_CHECKABLE = {ActionId.SHOW_CLOSED, *LANGUAGE_ACTIONS}


def _texts() -> dict[ActionId, tuple[str, str]]:
    """(menu text with mnemonic, status tip). Literal strings so lupdate finds them."""
    return {
        ActionId.LOCK: (
            QCoreApplication.translate("Actions", "&Lock"),
            QCoreApplication.translate("Actions", "Lock the vault now"),
        ),
        ActionId.QUIT: (
            QCoreApplication.translate("Actions", "&Quit"),
            QCoreApplication.translate("Actions", "Lock and close Outreach Desk"),
        ),
        ActionId.NEW_FAMILY: (
            QCoreApplication.translate("Actions", "New &family..."),
            QCoreApplication.translate("Actions", "Open a case file for a family"),
        ),
        ActionId.EDIT_FAMILY: (
            QCoreApplication.translate("Actions", "&Edit family..."),
            QCoreApplication.translate("Actions", "Change the selected family's case file"),
        ),
        ActionId.CLOSE_CASE: (
            QCoreApplication.translate("Actions", "&Close case..."),
            QCoreApplication.translate("Actions", "Mark the selected family's case as closed"),
        ),
        ActionId.NEW_NOTE: (
            QCoreApplication.translate("Actions", "New &note"),
            QCoreApplication.translate("Actions", "Write a new note"),
        ),
        ActionId.EDIT_NOTE: (
            QCoreApplication.translate("Actions", "E&dit note"),
            QCoreApplication.translate("Actions", "Write a new version of the selected note"),
        ),
        ActionId.SAVE_NOTE: (
            QCoreApplication.translate("Actions", "&Save note"),
            QCoreApplication.translate("Actions", "Save the note"),
        ),
        ActionId.NOTE_HISTORY: (
            QCoreApplication.translate("Actions", "Note &history..."),
            QCoreApplication.translate("Actions", "Show every version of the selected note"),
        ),
        ActionId.COPY_NOTE: (
            QCoreApplication.translate("Actions", "&Copy note text"),
            QCoreApplication.translate(
                "Actions", "Copy the note; the clipboard is cleared again after a while"
            ),
        ),
        ActionId.SEARCH: (
            QCoreApplication.translate("Actions", "&Search"),
            QCoreApplication.translate("Actions", "Search families and notes"),
        ),
        ActionId.SHOW_CLOSED: (
            QCoreApplication.translate("Actions", "Show c&losed cases"),
            QCoreApplication.translate("Actions", "Also list families whose case is closed"),
        ),
        ActionId.ABOUT: (QCoreApplication.translate("Actions", "&About Outreach Desk"), ""),
        ActionId.LICENSES: (
            QCoreApplication.translate("Actions", "Third-party &licences"),
            QCoreApplication.translate(
                "Actions", "Qt, fonts, data and libraries Outreach Desk uses"
            ),
        ),
        **{
            action_id: (
                _NATIVE_NAMES[code],
                QCoreApplication.translate("Actions", "Change the interface language"),
            )
            for action_id, code in LANGUAGE_ACTIONS.items()
        },
    }


class ActionRegistry(QObject):
    """Owns the QActions. ``connect_action(id, slot)`` wires behaviour; windows add them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[ActionId, QAction] = {}
        self._connections: list[QMetaObject.Connection] = []
        for action_id in ActionId:
            action = QAction(self)
            action.setObjectName(f"action_{action_id.value}")
            action.setCheckable(action_id in _CHECKABLE)
            shortcut = _SHORTCUTS.get(action_id)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                # Window-wide shortcuts, also when focus is inside a dock or a text field.
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._actions[action_id] = action
        self.languages = QActionGroup(self)
        self.languages.setExclusive(True)
        for action_id, code in LANGUAGE_ACTIONS.items():
            self._actions[action_id].setText(_NATIVE_NAMES[code])
            self.languages.addAction(self._actions[action_id])
        self.retranslate_ui()

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def all(self) -> list[QAction]:
        return list(self._actions.values())

    def connect_action(self, action_id: ActionId, slot: Callable[..., object]) -> None:
        """Run ``slot`` on trigger (``toggled(bool)`` for checkable actions)."""
        action = self._actions[action_id]
        signal = action.toggled if action.isCheckable() else action.triggered
        self._connections.append(signal.connect(slot))

    def disconnect_all(self) -> None:
        """Drop every slot (used at lock, so no stale window receives an action)."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections.clear()

    def set_enabled(self, action_ids: tuple[ActionId, ...], enabled: bool) -> None:
        for action_id in action_ids:
            self._actions[action_id].setEnabled(enabled)

    def retranslate_ui(self) -> None:
        for action_id, (text, tip) in _texts().items():
            action = self._actions[action_id]
            action.setText(text)
            action.setStatusTip(tip)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({shortcut})" if shortcut else text)
