"""The parent's sheet as a one-page PDF, in the parent's language.

Arabic sheets run right to left: paragraphs are right-aligned and in each label/value row the
label sits on the right of its value. Values the worker typed (address, phone, date)
are isolated in their own direction, so digits and Latin names stay in order on an Arabic page.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from outreach_desk.core.parent_sheet import ParentSheet, SheetLine, SheetSection
from outreach_desk.render.help_request import fiction_html, printable
from outreach_desk.render.pdf import Margins, write_pdf
from outreach_desk.render.template import direction, html_escape, html_page, is_rtl

# A sheet read at a desk or on a bus: larger than the default document text.
_BIG = "font-size:11.5pt; margin-top:1px; margin-bottom:1px"
# Noto Sans Arabic has tall ascenders and descenders; at the default line height an Arabic
# sheet spills onto a second page.
_RTL_LINE = "font-size:11pt; line-height:80%"
_MARGINS = Margins(top=8, right=14, bottom=8, left=14)  # one page, even in Arabic


def _style(lang: str) -> str:
    return f"{_BIG}; {_RTL_LINE}" if is_rtl(lang) else _BIG


def text_direction(text: str) -> str:
    """ "rtl" or "ltr" from the first letter with a strong direction (default "ltr")."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def _align(dir_: str) -> str:
    return "right" if dir_ == "rtl" else "left"


def _labelled(line: SheetLine, lang: str) -> str:
    """Label and value in one paragraph; the value is isolated (U+2066/2068 ... U+2069) so
    its own direction holds: a phone number keeps its digit groups in an Arabic line."""
    dir_ = direction(lang)
    isolate = "\u2067" if text_direction(line.value) == "rtl" else "\u2066"
    value = f"{isolate}{html_escape(printable(line.value))}\u2069"
    return (
        f'<p dir="{dir_}" align="{_align(dir_)}" style="{_style(lang)}">'
        f"<b>{html_escape(line.text)}:</b> {value}</p>"
    )


def _paragraph(text: str, lang: str) -> str:
    dir_ = direction(lang)
    return f'<p dir="{dir_}" align="{_align(dir_)}" style="{_style(lang)}">{html_escape(text)}</p>'


def _item(value: str, lang: str) -> str:
    dir_ = text_direction(value)
    align = "right" if is_rtl(lang) else "left"
    box = "\u25a1 "
    text = f"{html_escape(printable(value))} {box}" if is_rtl(lang) else box + html_escape(value)
    return f'<p dir="{dir_}" align="{align}" style="{_style(lang)}">{text}</p>'


def _section_html(section: SheetSection, lang: str) -> str:
    parts = [
        f'<h2 dir="{direction(lang)}" align="{_align(direction(lang))}"'
        ' style="margin-top:6px; margin-bottom:0px">'
        f"{html_escape(section.heading)}</h2>"
    ]
    for line in section.lines:
        if line.text and line.value:
            parts.append(_labelled(line, lang))
        elif line.text:
            parts.append(_paragraph(line.text, lang))
        else:
            parts.append(_item(line.value, lang))
    return "".join(parts)


def _review_html(sheet: ParentSheet) -> str:
    """The worker's note on unreviewed wording, in nl, fr and en, in one small paragraph."""
    if not sheet.review_notes:
        return ""
    text = " / ".join(text for _lang, text in sheet.review_notes)
    return f'<p class="notice" dir="ltr" align="left">{html_escape(text)}</p>'


def parent_sheet_html(sheet: ParentSheet) -> str:
    body = fiction_html(sheet.vault_kind) + "".join(
        _section_html(s, sheet.lang) for s in sheet.sections
    )
    return html_page(
        sheet.title,
        body + _review_html(sheet),
        lang=sheet.lang,
        notice_langs=[sheet.lang],
    )


def write_parent_sheet_pdf(sheet: ParentSheet, out_path: Path) -> Path:
    """Write the sheet as a PDF (atomically) and return its path."""
    html = parent_sheet_html(sheet)
    return write_pdf(
        html, Path(out_path), title=sheet.title, rtl=is_rtl(sheet.lang), margins=_MARGINS
    )
