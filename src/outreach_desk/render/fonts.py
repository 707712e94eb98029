"""The fonts shipped with the app (Noto Sans, Noto Sans Arabic; SIL OFL 1.1).

Loading them at start makes screens and PDFs look the same on every machine, including
ones without any Arabic font installed.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from outreach_desk.core.errors import OutreachError
from outreach_desk.core.resources import resource_path
from outreach_desk.render.qtapp import ensure_gui_app

LATIN_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Sans Arabic"
FONT_FILES: tuple[str, ...] = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
)

_loaded_families: list[str] | None = None


class FontMissingError(OutreachError):
    """A bundled font file is absent or unreadable: the installation is incomplete."""


def load_bundled_fonts() -> list[str]:
    """Register the bundled fonts with Qt once; return the family names they provide.

    Safe to call many times (GUI start, every CLI command, every PDF): files are added once.
    """
    global _loaded_families
    if _loaded_families is not None:
        return list(_loaded_families)
    ensure_gui_app()
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise FontMissingError(
                f"the bundled font {path} could not be loaded; reinstall Outreach Desk"
            )
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _loaded_families = families
    return list(families)


def document_font(point_size: float = 10.5) -> QFont:
    """Noto Sans for Latin text with Noto Sans Arabic as the explicit fallback for Arabic."""
    load_bundled_fonts()
    font = QFont()
    font.setFamilies([LATIN_FAMILY, ARABIC_FAMILY])
    font.setPointSizeF(point_size)
    return font
