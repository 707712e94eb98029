"""A list model over the contacts of one network map: the list and the picture both show it.

The model holds an immutable core ``Ecomap`` and replaces it on every change; it emits
``ecomap_changed`` so the owner can save it (the model itself never touches the vault).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from outreach_desk.core.ecomap import Contact, Ecomap
from outreach_desk.ui.ecomap.labels import describe

_Index = QModelIndex | QPersistentModelIndex


class ContactRole(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    CONTACT = Qt.ItemDataRole.UserRole + 2
    KIND = Qt.ItemDataRole.UserRole + 3
    NETWORK = Qt.ItemDataRole.UserRole + 4
    TIE = Qt.ItemDataRole.UserRole + 5
    SUPPORT = Qt.ItemDataRole.UserRole + 6


_FIELD_FOR_ROLE: dict[int, str] = {
    ContactRole.ID: "id",
    ContactRole.KIND: "kind",
    ContactRole.NETWORK: "network",
    ContactRole.TIE: "tie",
    ContactRole.SUPPORT: "support",
}


class EcomapModel(QAbstractListModel):
    ecomap_changed = Signal(object)  # the new core Ecomap, to be saved

    def __init__(self, ecomap: Ecomap, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ecomap = ecomap

    # ---- Qt model interface -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ecomap.contacts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ecomap.contacts):
            return None
        contact = self._ecomap.contacts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return contact.name
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return describe(contact.kind, contact.network, contact.tie, contact.support)
        if role == ContactRole.CONTACT:
            return contact
        field = _FIELD_FOR_ROLE.get(role)
        return getattr(contact, field) if field else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        for role in ContactRole:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    # ---- the map ------------------------------------------------------------------------
    def ecomap(self) -> Ecomap:
        return self._ecomap

    def set_ecomap(self, ecomap: Ecomap) -> None:
        self.beginResetModel()
        self._ecomap = ecomap
        self.endResetModel()

    def contact_at(self, row: int) -> Contact:
        return self._ecomap.contacts[row]

    def row_of(self, contact_id: str) -> int:
        """The row of a contact, or -1 when it is not on the map."""
        for row, contact in enumerate(self._ecomap.contacts):
            if contact.id == contact_id:
                return row
        return -1

    def add_contact(self, contact: Contact, row: int | None = None) -> None:
        """Add at ``row`` (default: the end); raises ValidationError for a bad contact."""
        updated = self._ecomap.with_contact(contact)  # validates before anything changes
        at = len(self._ecomap.contacts) if row is None else max(0, min(row, self.rowCount()))
        contacts = list(updated.contacts)
        contacts.insert(at, contacts.pop())
        self.beginInsertRows(QModelIndex(), at, at)
        self._ecomap = Ecomap(self._ecomap.family_id, tuple(contacts))
        self.endInsertRows()
        self.ecomap_changed.emit(self._ecomap)

    def replace_contact(self, contact: Contact) -> None:
        row = self.row_of(contact.id)
        self._ecomap = self._ecomap.with_contact(contact)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)
        self.ecomap_changed.emit(self._ecomap)

    def remove_contact(self, contact_id: str) -> tuple[Contact, int]:
        """Remove a contact; returns it with its old row so an undo can put it back."""
        row = self.row_of(contact_id)
        contact = self._ecomap.contact(contact_id)  # raises when unknown
        self.beginRemoveRows(QModelIndex(), row, row)
        self._ecomap = self._ecomap.without(contact_id)
        self.endRemoveRows()
        self.ecomap_changed.emit(self._ecomap)
        return contact, row
