"""Drawing the network map with QPainter: nodes, ties, arrows and the legend.

The screen (QGraphicsScene items), the PNG export and the printed summary all call these
functions, so they always show the same picture. Only QtGui is used here: the command line
can render a map without a widget application.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from outreach_desk.core.ecomap import Ecomap
from outreach_desk.core.ecomap_layout import LINE_HEIGHT, EcomapLayout, Rect, tie_points
from outreach_desk.core.ecomap_layout import layout as compute_layout
from outreach_desk.core.errors import OutreachError
from outreach_desk.render.fonts import document_font
from outreach_desk.ui.ecomap.labels import label

NODE_FONT_PX = 11
FILL = {
    "formal": QColor("#dce8f7"),
    "informal": QColor("#e2f3df"),
    "centre": QColor("#fbe7b5"),
    "neutral": QColor("#f1f1f1"),  # legend swatches for person / organisation
}
BORDER = {
    "formal": QColor("#1f5fa8"),
    "informal": QColor("#2e7d32"),
    "centre": QColor("#8a6d1d"),
    "neutral": QColor("#616161"),
}
SELECTED = QColor("#e65100")
TIE_COLOUR = {
    "strong": QColor("#263238"),
    "weak": QColor("#546e7a"),
    "strained": QColor("#c62828"),
    "broken": QColor("#6d4c41"),
}
TIE_WIDTH = {"strong": 4.0, "weak": 1.5, "strained": 1.8, "broken": 1.8}
ARROW_LENGTH = 11.0
ARROW_HALF_WIDTH = 6.0
LEAD = 16.0  # straight piece at each end of a zig-zag, so arrows sit on a clean line
ZIG_STEP = 6.0
ZIG_AMPLITUDE = 4.0
BROKEN_GAP = 18.0
MARGIN = 24.0


class EcomapExportError(OutreachError):
    """The picture could not be written (folder missing, not writable, disk full)."""


def node_font(bold: bool = False) -> QFont:
    font = document_font()
    font.setPixelSize(NODE_FONT_PX + (1 if bold else 0))
    font.setBold(bold)
    return font


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


# ---- nodes ----------------------------------------------------------------------------
def node_shape(rect: QRectF, kind: str) -> QPainterPath:
    """A person is a rounded pill, an organisation a near-square box."""
    path = QPainterPath()
    radius = rect.height() / 2 if kind == "person" else 3.0
    path.addRoundedRect(rect, radius, radius)
    return path


def paint_node(
    painter: QPainter,
    rect: QRectF,
    lines: tuple[str, ...],
    *,
    network: str,
    kind: str,
    selected: bool = False,
) -> None:
    painter.save()
    network = network if network in FILL else "informal"
    pen = QPen(SELECTED if selected else BORDER[network], 3.0 if selected else 1.4)
    painter.setPen(pen)
    painter.setBrush(QBrush(FILL[network]))
    painter.drawPath(node_shape(rect, kind))
    _paint_lines(painter, rect, lines, node_font())
    painter.restore()


def paint_centre(painter: QPainter, rect: QRectF, lines: tuple[str, ...]) -> None:
    painter.save()
    painter.setPen(QPen(BORDER["centre"], 2.2))
    painter.setBrush(QBrush(FILL["centre"]))
    painter.drawEllipse(rect)
    _paint_lines(painter, rect, lines, node_font(bold=True))
    painter.restore()


def _paint_lines(painter: QPainter, rect: QRectF, lines: tuple[str, ...], font: QFont) -> None:
    painter.setFont(font)
    painter.setPen(QColor("#111111"))
    metrics = QFontMetricsF(font)
    room = rect.width() - 8
    top = rect.center().y() - len(lines) * LINE_HEIGHT / 2
    for index, line in enumerate(lines):
        # The core sized the node from a character estimate; elide if the font is wider.
        text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
        box = QRectF(rect.left() + 4, top + index * LINE_HEIGHT, room, LINE_HEIGHT)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


# ---- ties -----------------------------------------------------------------------------
def tie_pen(tie: str) -> QPen:
    tie = tie if tie in TIE_COLOUR else "strong"
    pen = QPen(TIE_COLOUR[tie], TIE_WIDTH[tie])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if tie == "weak":
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def tie_path(start: QPointF, end: QPointF, tie: str) -> QPainterPath:
    """Strong and weak are straight (the pen makes the difference), strained zig-zags,
    broken has a gap with a cross in the middle."""
    if tie == "strained":
        return _zigzag(start, end)
    if tie == "broken":
        return _broken(start, end)
    path = QPainterPath(start)
    path.lineTo(end)
    return path


def _unit(start: QPointF, end: QPointF) -> tuple[float, float, float]:
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy) or 1.0
    return dx / length, dy / length, length


def _zigzag(start: QPointF, end: QPointF) -> QPainterPath:
    ux, uy, length = _unit(start, end)
    path = QPainterPath(start)
    lead = min(LEAD, length / 5)
    step = min(ZIG_STEP, (length - 2 * lead) / 6)  # at least six zigs, even on a short tie
    if step < 1.5:
        path.lineTo(end)
        return path
    steps = int((length - 2 * lead) // step)
    path.lineTo(start + QPointF(ux, uy) * lead)
    for i in range(1, steps):
        along = lead + i * step
        side = ZIG_AMPLITUDE if i % 2 else -ZIG_AMPLITUDE
        path.lineTo(start + QPointF(ux * along - uy * side, uy * along + ux * side))
    path.lineTo(start + QPointF(ux, uy) * (lead + steps * step))
    path.lineTo(end)
    return path


def _broken(start: QPointF, end: QPointF) -> QPainterPath:
    ux, uy, length = _unit(start, end)
    middle = start + QPointF(ux, uy) * (length / 2)
    half_gap = min(BROKEN_GAP / 2, length / 4)
    path = QPainterPath(start)
    path.lineTo(middle - QPointF(ux, uy) * half_gap)
    path.moveTo(middle + QPointF(ux, uy) * half_gap)
    path.lineTo(end)
    for angle in (45.0, -45.0):  # a small cross in the gap: the tie is broken off
        rad = math.atan2(uy, ux) + math.radians(angle)
        arm = QPointF(math.cos(rad), math.sin(rad)) * half_gap * 0.8
        path.moveTo(middle - arm)
        path.lineTo(middle + arm)
    return path


def arrow_heads(start: QPointF, end: QPointF, support: str) -> list[QPolygonF]:
    """``start`` touches the family, ``end`` the contact. Support flowing to the family
    points at the family; support the family gives points at the contact."""
    heads = []
    if support in ("to_family", "both"):
        heads.append(_arrow(end, start))
    if support in ("from_family", "both"):
        heads.append(_arrow(start, end))
    return heads


def _arrow(tail: QPointF, tip: QPointF) -> QPolygonF:
    ux, uy, _ = _unit(tail, tip)
    base = tip - QPointF(ux, uy) * ARROW_LENGTH
    side = QPointF(-uy, ux) * ARROW_HALF_WIDTH
    return QPolygonF([tip, base + side, base - side])


def paint_tie(painter: QPainter, start: QPointF, end: QPointF, tie: str, support: str) -> None:
    tie = tie if tie in TIE_COLOUR else "strong"
    painter.save()
    painter.setPen(tie_pen(tie))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tie_path(start, end, tie))
    painter.setPen(QPen(TIE_COLOUR[tie], 1.0))
    painter.setBrush(QBrush(TIE_COLOUR[tie]))
    for head in arrow_heads(start, end, support):
        painter.drawPolygon(head)
    painter.restore()


def tie_endpoints(placed: EcomapLayout, contact_id: str) -> tuple[QPointF, QPointF]:
    start, end = tie_points(placed.centre, placed.node(contact_id).rect)
    return QPointF(*start), QPointF(*end)


# ---- legend ---------------------------------------------------------------------------
LEGEND_ROW = 22.0
LEGEND_SAMPLE = 50.0


@dataclass(frozen=True)
class _LegendEntry:
    text: str
    draw: Callable[[QPainter, QRectF], None]


def _legend_rows() -> list[list[_LegendEntry]]:
    def node(network: str, kind: str) -> Callable[[QPainter, QRectF], None]:
        return lambda p, r: paint_node(p, r.adjusted(2, 3, -2, -3), (), network=network, kind=kind)

    def tie(kind: str) -> Callable[[QPainter, QRectF], None]:
        return lambda p, r: paint_tie(
            p, QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()), kind, "none"
        )

    def support(direction: str) -> Callable[[QPainter, QRectF], None]:
        def draw(p: QPainter, r: QRectF) -> None:
            family = QRectF(r.left(), r.top() + 3, 14, r.height() - 6)
            paint_centre(p, family, ())
            start = QPointF(family.right(), r.center().y())
            paint_tie(p, start, QPointF(r.right(), r.center().y()), "weak", direction)

        return draw

    return [
        [
            _LegendEntry(label("formal"), node("formal", "organisation")),
            _LegendEntry(label("informal"), node("informal", "organisation")),
            _LegendEntry(label("person"), node("neutral", "person")),
            _LegendEntry(label("organisation"), node("neutral", "organisation")),
        ],
        [_LegendEntry(label(t), tie(t)) for t in ("strong", "weak", "strained", "broken")],
        [
            _LegendEntry(label("to_family"), support("to_family")),
            _LegendEntry(label("from_family"), support("from_family")),
            _LegendEntry(label("both"), support("both")),
        ],
    ]


def legend_height() -> float:
    return LEGEND_ROW * len(_legend_rows())


def paint_legend(painter: QPainter, area: QRectF) -> None:
    """The key to the picture, in rows of equal columns across ``area``."""
    painter.save()
    font = node_font()
    metrics = QFontMetricsF(font)
    for row_index, row in enumerate(_legend_rows()):
        column = area.width() / max(len(row), 3)
        top = area.top() + row_index * LEGEND_ROW
        for col_index, entry in enumerate(row):
            left = area.left() + col_index * column
            entry.draw(painter, QRectF(left, top + 2, LEGEND_SAMPLE, LEGEND_ROW - 4))
            painter.setFont(font)
            painter.setPen(QColor("#222222"))
            room = column - LEGEND_SAMPLE - 10
            text = metrics.elidedText(entry.text, Qt.TextElideMode.ElideRight, room)
            text_box = QRectF(left + LEGEND_SAMPLE + 6, top, room, LEGEND_ROW)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter, text)
    painter.restore()


# ---- the whole picture ----------------------------------------------------------------
def paint_ecomap(painter: QPainter, placed: EcomapLayout, selected_id: str = "") -> None:
    for node in placed.nodes:
        start, end = tie_endpoints(placed, node.contact.id)
        paint_tie(painter, start, end, node.contact.tie, node.contact.support)
    paint_centre(painter, qrect(placed.centre), placed.centre_lines)
    for node in placed.nodes:
        contact = node.contact
        paint_node(
            painter,
            qrect(node.rect),
            node.lines,
            network=contact.network,
            kind=contact.kind,
            selected=contact.id == selected_id,
        )


def picture_rect(placed: EcomapLayout) -> QRectF:
    """The area of map plus legend, in scene units (the legend sits under the map)."""
    bounds = qrect(placed.bounds)
    width = max(bounds.width(), 620.0)
    left = bounds.center().x() - width / 2
    height = bounds.height() + MARGIN + legend_height()
    return QRectF(left, bounds.top(), width, height).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def legend_rect(placed: EcomapLayout) -> QRectF:
    area = picture_rect(placed).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    return QRectF(area.left(), area.bottom() - legend_height(), area.width(), legend_height())


def ecomap_image(ecomap: Ecomap, centre_label: str, *, scale: float = 2.0) -> QImage:
    """The map with its legend on a white background, ``scale`` pixels per scene unit."""
    placed = compute_layout(ecomap, centre_label)
    area = picture_rect(placed)
    image = QImage(
        math.ceil(area.width() * scale),
        math.ceil(area.height() * scale),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDotsPerMeterX(round(3780 * scale))  # 96 dpi at scale 1, so it prints sharp
    image.setDotsPerMeterY(round(3780 * scale))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(scale, scale)
    painter.translate(-area.left(), -area.top())
    paint_ecomap(painter, placed)
    paint_legend(painter, legend_rect(placed))
    painter.end()
    return image


def save_png(ecomap: Ecomap, centre_label: str, out_path: Path, *, scale: float = 2.0) -> Path:
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise EcomapExportError(
            f"cannot write {out_path}: the folder {out_path.parent} does not exist; "
            "create it or choose another place"
        )
    if not ecomap_image(ecomap, centre_label, scale=scale).save(str(out_path)):
        raise EcomapExportError(
            f"the network map could not be written to {out_path} (is the folder writable "
            "and the disk not full?)"
        )
    return out_path
