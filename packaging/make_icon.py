"""Draw the app icon with QPainter and write packaging/icons/outreach-desk.{png,ico}.

Run once after changing the drawing (the generated files are committed):
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL = QColor("#0f6e74")
WARM = QColor("#f2b134")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(TEAL))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    _house(painter)
    _heart(painter)
    painter.end()
    return image


def _house(painter: QPainter) -> None:
    """A home with an open door: a worker who goes to families, not the other way round."""
    pen = QPen(QColor("white"), 16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)  # fmt: skip
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    roof = QPainterPath(QPointF(48, 122))
    roof.lineTo(128, 52)
    roof.lineTo(208, 122)
    painter.drawPath(roof)
    body = QPainterPath(QPointF(72, 108))
    body.lineTo(72, 204)
    body.lineTo(184, 204)
    body.lineTo(184, 108)
    painter.drawPath(body)


def _heart(painter: QPainter) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(WARM))
    heart = QPainterPath(QPointF(128, 186))
    heart.cubicTo(84, 156, 90, 118, 112, 118)
    heart.cubicTo(122, 118, 128, 126, 128, 134)
    heart.cubicTo(128, 126, 134, 118, 144, 118)
    heart.cubicTo(166, 118, 172, 156, 128, 186)
    painter.drawPath(heart)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """An .ico holding PNG-compressed images (understood since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, payload = b"", b""
    for size, png in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    return header + entries + payload


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    HERE.mkdir(parents=True, exist_ok=True)
    (HERE / "outreach-desk.png").write_bytes(png_bytes(draw(256)))
    pngs = [png_bytes(draw(size)) for size in ICO_SIZES]
    (HERE / "outreach-desk.ico").write_bytes(ico_bytes(pngs, ICO_SIZES))
    del app
    print(f"wrote {HERE / 'outreach-desk.png'} and {HERE / 'outreach-desk.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
