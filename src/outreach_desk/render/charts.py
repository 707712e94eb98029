"""Bar charts painted with QPainter (PySide6-Essentials has no QtCharts), shared by the
signals screen and the PDF report so both show the same picture.

Hidden cells are drawn as a dashed outline labelled "<5" or "x": a chart never shows the
size of a count the tables suppress."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen

from outreach_desk.core.signals.suppression import Mark, ProtectedTable

PALETTE = (
    "#2f6db5",
    "#e08a1e",
    "#3a9a5b",
    "#c0392b",
    "#8e5bb5",
    "#6b7b8c",
    "#d4ac0d",
    "#17a2b8",
    "#7f8c8d",
    "#a04000",
    "#1e8449",
    "#5d6d7e",
)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None  # None: hidden
    mark: str = ""  # "<5" or "x" when hidden


@dataclass(frozen=True)
class Group:
    label: str
    bars: tuple[Bar, ...]


def groups_from_table(
    table: ProtectedTable, *, by_column: bool = True, row_names: dict[str, str] | None = None
) -> list[Group]:
    """One group per column (e.g. per month), one bar per row (e.g. per domain)."""
    names = row_names or {}
    rows = range(len(table.row_labels) - 1)
    cols = range(len(table.col_labels) - 1)
    groups = []
    outer, inner = (cols, rows) if by_column else (rows, cols)
    for o in outer:
        bars = []
        for i in inner:
            r, c = (i, o) if by_column else (o, i)
            cell = table.cells[r][c]
            label = names.get(table.row_labels[r], table.row_labels[r])
            if not by_column:
                label = names.get(table.col_labels[c], table.col_labels[c])
            hidden = cell.mark is not Mark.SHOWN
            bars.append(
                Bar(label, None if hidden else cell.value, cell.display() if hidden else "")
            )
        title = (
            table.col_labels[o]
            if by_column
            else names.get(table.row_labels[o], table.row_labels[o])
        )
        groups.append(Group(title, tuple(bars)))
    return groups


def paint_bar_chart(painter: QPainter, area: QRectF, title: str, groups: list[Group]) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, QColor("white"))
    title_font = QFont("Noto Sans", 11, QFont.Weight.Bold)
    painter.setFont(title_font)
    painter.setPen(QColor("#111111"))
    title_rect = QRectF(area.left() + 8, area.top() + 4, area.width() - 16, 22)
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    series = _series_names(groups)
    legend_height = 18 * ((len(series) + 3) // 4)
    plot = QRectF(
        area.left() + 40,
        area.top() + 32,
        area.width() - 52,
        area.height() - 32 - 26 - legend_height,
    )
    if not groups or plot.height() < 20:
        painter.restore()
        return
    peak = max([b.value or 0 for g in groups for b in g.bars] + [5])
    _paint_axis(painter, plot, peak)
    slot = plot.width() / len(groups)
    bar_width = max(2.0, (slot * 0.8) / max(1, len(series)))
    small = QFont("Noto Sans", 7)
    painter.setFont(small)
    for g_index, group in enumerate(groups):
        x0 = plot.left() + g_index * slot + slot * 0.1
        for b_index, bar in enumerate(group.bars):
            color = QColor(PALETTE[series.index(bar.label) % len(PALETTE)])
            x = x0 + b_index * bar_width
            _paint_bar(painter, plot, x, bar_width, bar, peak, color)
        painter.setPen(QColor("#333333"))
        painter.drawText(
            QRectF(plot.left() + g_index * slot, plot.bottom() + 2, slot, 20),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            group.label,
        )
    _paint_legend(
        painter,
        QRectF(area.left() + 8, plot.bottom() + 24, area.width() - 16, legend_height),
        series,
    )
    painter.restore()


def _series_names(groups: list[Group]) -> list[str]:
    return list(dict.fromkeys(b.label for g in groups for b in g.bars))


def _paint_axis(painter: QPainter, plot: QRectF, peak: int) -> None:
    painter.setPen(QPen(QColor("#bbbbbb"), 1))
    painter.setFont(QFont("Noto Sans", 7))
    for step in range(5):
        value = round(peak * step / 4)
        y = plot.bottom() - plot.height() * step / 4
        painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
        painter.drawText(
            QRectF(plot.left() - 38, y - 8, 34, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(value),
        )


def _paint_bar(
    painter: QPainter, plot: QRectF, x: float, width: float, bar: Bar, peak: int, color: QColor
) -> None:
    if bar.value is None:
        height = plot.height() * 4 / peak / 2  # a token height: the size is not shown
        rect = QRectF(x, plot.bottom() - height, width - 1, height)
        painter.setPen(QPen(color, 1, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(color.lighter(170), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(rect)
        painter.setPen(QColor("#333333"))
        painter.drawText(
            QRectF(x - 6, rect.top() - 14, width + 12, 12), Qt.AlignmentFlag.AlignCenter, bar.mark
        )
        return
    height = plot.height() * bar.value / peak
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRect(QRectF(x, plot.bottom() - height, width - 1, height))


def _paint_legend(painter: QPainter, area: QRectF, series: list[str]) -> None:
    painter.setFont(QFont("Noto Sans", 7))
    column_width = area.width() / 4
    for index, name in enumerate(series):
        x = area.left() + (index % 4) * column_width
        y = area.top() + (index // 4) * 18
        painter.fillRect(QRectF(x, y + 4, 10, 10), QColor(PALETTE[index % len(PALETTE)]))
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(x + 14, y, column_width - 16, 18),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )


def chart_image(title: str, groups: list[Group], width: int = 900, height: int = 340) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_bar_chart(painter, QRectF(0, 0, width, height), title, groups)
    finally:
        painter.end()
    return image
