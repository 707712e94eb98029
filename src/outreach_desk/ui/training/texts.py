"""Small building blocks shared by the training screens: wrapped labels and worries written
in the parent's own script, right to left when the language is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from outreach_desk.core.training.model import LocalText
from outreach_desk.core.training.steps import text_direction

RLM = "\u200f"  # right-to-left mark: the paragraph starts RTL even after a digit or a name


def wrapped(text: str, parent: QWidget | None = None, *, selectable: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def heading(text: str, scale: float = 1.15) -> QLabel:
    label = wrapped(text, selectable=False)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def in_script(text: str, lang: str, parent: QWidget | None = None) -> QLabel:
    """A text in its own language, laid out right to left (and right-aligned) for Arabic,
    Dari and the other RTL languages."""
    rtl = text_direction(lang) == "rtl"
    label = wrapped(RLM + text if rtl else text, parent)
    label.setObjectName("original_rtl" if rtl else "original_ltr")
    label.setProperty("lang", lang)
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    label.setLayoutDirection(direction)
    label.setAlignment(
        (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignAbsolute
        | Qt.AlignmentFlag.AlignTop
    )
    return label


def key_terms_text(terms: tuple[LocalText, ...], lang: str) -> str:
    """One line per term: the workshop language first, then the family's language(s)."""
    lines = []
    for term in terms:
        first = term.get(lang) or term.get("en") or next(iter(term.values()), "")
        others = [text for code, text in term.items() if code not in (lang, "en", "nl", "fr")]
        lines.append(" = ".join([first, *others]))
    return "\n".join(lines)
