"""A permanent, unmistakable banner for vaults that hold fictional data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

_STYLES = {
    "demo": "background: #ffd54f; color: #3e2723; border-bottom: 3px solid #ff8f00;",
    "training": "background: #6a1b9a; color: white; border-bottom: 3px solid #4a148c;",
}


class KindBanner(QLabel):
    """Hidden for a real vault; for demo and training vaults it cannot be closed."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kind_banner")
        self.kind = kind
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.setFont(font)
        style = _STYLES.get(kind, "")
        self.setStyleSheet(f"QLabel {{ {style} padding: 6px; }}")
        self.setVisible(kind in _STYLES)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.kind == "demo":
            self.setText(self.tr("DEMO - fictional data"))
        elif self.kind == "training":
            self.setText(self.tr("TRAINING - fictional families"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def window_tint(kind: str) -> str:
    """A stylesheet that makes a training window look different at a glance."""
    return "QMainWindow { background: #f3e5f5; }" if kind == "training" else ""
