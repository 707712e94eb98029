"""The view of the network map: mouse and keyboard both reach everything.

Insert adds a contact, Enter edits the selected one, Delete removes it (undo brings it
back), the arrow keys and Tab move the selection from contact to contact; Tab leaves the
map after the last contact so keyboard users are never trapped in it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QGraphicsView, QWidget

from outreach_desk.ui.ecomap.scene import EcomapScene, NodeItem

_NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
MAX_ZOOM = 1.6


class EcomapView(QGraphicsView):
    add_requested = Signal()
    edit_requested = Signal(str)  # contact id
    remove_requested = Signal(str)  # contact id
    context_menu_requested = Signal(QPoint, str)  # global position, contact id or ""
    selection_moved = Signal(str)  # contact id now selected

    def __init__(self, scene: EcomapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setMinimumSize(320, 240)
        self.setObjectName("ecomap_view")
        scene.sceneRectChanged.connect(lambda _rect: self.fit())

    # ---- keyboard -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        selected = self._scene.selected_contact_id()
        if key == Qt.Key.Key_Insert:
            self.add_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and selected:
            self.edit_requested.emit(selected)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and selected:
            self.remove_requested.emit(selected)
        elif key in _NEXT_KEYS:
            self.move_selection(+1)
        elif key in _PREVIOUS_KEYS:
            self.move_selection(-1)
        elif key == Qt.Key.Key_Home:
            self._select_row(0)
        elif key == Qt.Key.Key_End:
            self._select_row(len(self._scene.node_items()) - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, forward: bool) -> bool:
        # Tab walks through the contacts first, then on to the next widget.
        if self.hasFocus() and self.move_selection(+1 if forward else -1, wrap=False):
            return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self._scene.selected_contact_id() and self._scene.node_items():
            self._select_row(0)

    def move_selection(self, step: int, *, wrap: bool = True) -> bool:
        """Select the next (or previous) contact in list order; False at an end without wrap."""
        items = self._scene.node_items()
        if not items:
            return False
        ids = [item.contact_id for item in items]
        current = self._scene.selected_contact_id()
        row = ids.index(current) + step if current in ids else (0 if step > 0 else len(ids) - 1)
        if not 0 <= row < len(ids):
            if not wrap:
                return False
            row %= len(ids)
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        items = self._scene.node_items()
        if 0 <= row < len(items):
            self._scene.select_contact(items[row].contact_id)
            self.ensureVisible(items[row])
            self.selection_moved.emit(items[row].contact_id)

    # ---- mouse --------------------------------------------------------------------------
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self._node_at(event.position().toPoint())
        if node is None:
            self.add_requested.emit()
        else:
            self._scene.select_contact(node.contact_id)
            self.edit_requested.emit(node.contact_id)
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        node = self._node_at(event.pos())
        if node is not None:
            self._scene.select_contact(node.contact_id)
        self.context_menu_requested.emit(event.globalPos(), node.contact_id if node else "")
        event.accept()

    def _node_at(self, pos: QPoint) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    # ---- zoom ---------------------------------------------------------------------------
    def fit(self) -> None:
        """Show the whole map, but never blow a small map up beyond readable size."""
        self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > MAX_ZOOM:
            self.resetTransform()
            self.scale(MAX_ZOOM, MAX_ZOOM)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()
