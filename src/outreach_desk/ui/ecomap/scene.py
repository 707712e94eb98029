"""The network map as a QGraphicsScene: one item per contact, one per tie, the family in
the centre and the legend under it. The scene mirrors an ``EcomapModel`` and is rebuilt
from the shared layout whenever the model changes (a map holds a few dozen items)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from outreach_desk.core.ecomap_layout import EcomapLayout, Node, layout
from outreach_desk.ui.ecomap.labels import describe
from outreach_desk.ui.ecomap.model import EcomapModel
from outreach_desk.ui.ecomap.paint import (
    TIE_COLOUR,
    arrow_heads,
    legend_rect,
    node_shape,
    paint_centre,
    paint_legend,
    paint_node,
    picture_rect,
    qrect,
    tie_endpoints,
    tie_path,
    tie_pen,
)


class NodeItem(QGraphicsItem):
    """A contact: its shape says person or organisation, its colour formal or informal."""

    def __init__(self, node: Node) -> None:
        super().__init__()
        self.node = node
        self.contact_id = node.contact.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(2)
        contact = node.contact
        summary = describe(contact.kind, contact.network, contact.tie, contact.support)
        self.setToolTip(f"{contact.name}\n{summary}")

    @property
    def label_text(self) -> str:
        return " ".join(self.node.lines)

    def boundingRect(self) -> QRectF:
        return qrect(self.node.rect).adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        return node_shape(qrect(self.node.rect), self.node.contact.kind)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        contact = self.node.contact
        paint_node(
            painter,
            qrect(self.node.rect),
            self.node.lines,
            network=contact.network,
            kind=contact.kind,
            selected=self.isSelected(),
        )


class CentreItem(QGraphicsItem):
    def __init__(self, placed: EcomapLayout) -> None:
        super().__init__()
        self.placed = placed
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return qrect(self.placed.centre).adjusted(-2, -2, 2, 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        paint_centre(painter, qrect(self.placed.centre), self.placed.centre_lines)


class TieItem(QGraphicsPathItem):
    """The line between the family and a contact; its arrows are child items."""

    def __init__(self, placed: EcomapLayout, node: Node) -> None:
        super().__init__()
        contact = node.contact
        self.contact_id = contact.id
        self.tie = contact.tie
        self.support = contact.support
        start, end = tie_endpoints(placed, contact.id)
        self.setPath(tie_path(start, end, contact.tie))
        self.setPen(tie_pen(contact.tie))
        self.setZValue(1)
        self.arrow_items = [self._arrow(head) for head in arrow_heads(start, end, contact.support)]

    def _arrow(self, polygon: QPolygonF) -> QGraphicsPolygonItem:
        arrow = QGraphicsPolygonItem(polygon, self)
        colour = TIE_COLOUR.get(self.tie, TIE_COLOUR["strong"])
        arrow.setBrush(QBrush(colour))
        arrow.setPen(QPen(colour, 1.0))
        return arrow


class LegendItem(QGraphicsItem):
    def __init__(self, placed: EcomapLayout) -> None:
        super().__init__()
        self.area = legend_rect(placed)

    def boundingRect(self) -> QRectF:
        return self.area.adjusted(-2, -2, 2, 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        paint_legend(painter, self.area)


class EcomapScene(QGraphicsScene):
    def __init__(self, model: EcomapModel, centre_label: str, parent: QObject | None = None):
        super().__init__(parent)
        self._model = model
        self._centre_label = centre_label
        self._nodes: list[NodeItem] = []
        self._ties: list[TieItem] = []
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self.rebuild)
        self.rebuild()

    def set_centre_label(self, text: str) -> None:
        self._centre_label = text
        self.rebuild()

    def rebuild(self) -> None:
        selected = self.selected_contact_id()
        self._nodes, self._ties = [], []  # clear() deletes them and announces the selection
        self.clear()
        placed = layout(self._model.ecomap(), self._centre_label)
        self._ties = [TieItem(placed, node) for node in placed.nodes]
        for tie in self._ties:
            self.addItem(tie)
        self.addItem(CentreItem(placed))
        by_id = {node.contact.id: NodeItem(node) for node in placed.nodes}
        # Keep the model's order, so keyboard moves follow the list beside the map.
        self._nodes = [by_id[c.id] for c in self._model.ecomap().contacts]
        for item in self._nodes:
            self.addItem(item)
        self.addItem(LegendItem(placed))
        self.setSceneRect(picture_rect(placed))
        if selected:
            self.select_contact(selected)

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes)

    def tie_items(self) -> list[TieItem]:
        return list(self._ties)

    def node_item(self, contact_id: str) -> NodeItem | None:
        return next((n for n in self._nodes if n.contact_id == contact_id), None)

    def selected_contact_id(self) -> str:
        for item in self.selectedItems():
            if isinstance(item, NodeItem):
                return item.contact_id
        return ""

    def select_contact(self, contact_id: str) -> None:
        for item in self._nodes:
            item.setSelected(item.contact_id == contact_id)
