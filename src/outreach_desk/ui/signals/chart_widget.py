"""A widget that paints one bar chart with the same painter code as the PDF report."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from outreach_desk.render.charts import Group, paint_bar_chart


class ChartWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._groups: list[Group] = []
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_chart(self, title: str, groups: list[Group]) -> None:
        self._title = title
        self._groups = groups
        self.setAccessibleName(title)
        self.update()

    @property
    def groups(self) -> list[Group]:
        return self._groups

    def sizeHint(self) -> QSize:
        return QSize(700, 300)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            paint_bar_chart(painter, QRectF(self.rect()), self._title, self._groups)
        finally:
            painter.end()
