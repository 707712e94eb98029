"""Search hits with the matched words in bold (the index marks them with [ and ])."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_MARK = re.compile(r"\[([^\[\]\n]{1,80})\]")
_Index = QModelIndex | QPersistentModelIndex


def highlighted_html(text: str) -> str:
    """Escape everything, then turn the index's [match] marks into bold."""
    escaped = html.escape(text)
    lines = _MARK.sub(r"<b>\1</b>", escaped).split("\n")
    return "<br>".join(lines)


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(highlighted_html(str(index.data() or "")))
        document.setTextWidth(max(50, option.rect.width() - 8))
        document.setDocumentMargin(3)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter)
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            colour = options.palette.color(QPalette.ColorRole.HighlightedText)
            context.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.save()
        painter.translate(options.rect.topLeft())
        painter.setClipRect(options.rect.translated(-options.rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        view = options.widget
        width = view.viewport().width() if isinstance(view, QAbstractScrollArea) else 300
        options.rect.setWidth(width)
        document = self._document(options, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)
