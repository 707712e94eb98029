"""The help request as a printable PDF (and the HTML the preview shows).

Takes a :class:`~outreach_desk.core.help_request.HelpRequest`, which only exists once the
consent gate let it through, so this module never needs to check consent itself.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from outreach_desk.core.help_request import HelpRequest, sentence
from outreach_desk.core.training.guard import FICTION_MARK, TRAINING_KIND
from outreach_desk.render.pdf import write_pdf
from outreach_desk.render.template import direction, html_escape, html_page, is_rtl

# Pictographs (emoji, skin tones, flags, joiners) have no glyph in the bundled Noto fonts:
# left in, they print as empty boxes. The plain-text version keeps them.
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f1e6-\U0001f1ff"
    "\ufe0e\ufe0f\u200d\U000e0020-\U000e007f\u20e3]+"
)


def printable(text: str) -> str:
    """``text`` without the pictographs the PDF fonts cannot draw (spaces squeezed)."""
    stripped = _EMOJI.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", stripped) if stripped != text else text


def fiction_html(vault_kind: str) -> str:
    """The training mark, in red on top, when the document comes from the training vault."""
    if vault_kind != TRAINING_KIND:
        return ""
    return f'<p style="color:#b00000"><b>{html_escape(FICTION_MARK)}</b></p>'


def _para(text: str, lang: str) -> str:
    align = "right" if is_rtl(lang) else "left"
    return f'<p dir="{direction(lang)}" align="{align}">{html_escape(printable(text))}</p>'


def _documents_html(request: HelpRequest) -> str:
    if not request.text.documents:
        return _para(sentence("documents_none", request.lang), request.lang)
    items = "".join(f"<li>{html_escape(printable(d))}</li>" for d in request.text.documents)
    return f"<ul>{items}</ul>"


def _section_html(key: str, heading: str, body: str, request: HelpRequest) -> str:
    if key == "documents":
        content = _documents_html(request)
    elif not body.strip():
        return ""
    else:
        blocks = [b for b in re.split(r"\n\s*\n", body) if b.strip()]
        content = "".join(_para(block, request.lang) for block in blocks)
    return f"<h2>{html_escape(heading)}</h2>{content}"


def help_request_html(request: HelpRequest, *, on: date | None = None) -> str:
    """The request as one HTML page, with the plaintext-export notice on top."""
    lang = request.lang
    day = (on or date.today()).strftime("%d/%m/%Y")
    body = [
        fiction_html(request.vault_kind),
        f'<p align="{"left" if is_rtl(lang) else "right"}">{day}</p>',
        _para(request.greeting, lang),
        _para(request.intro, lang),
    ]
    body += [_section_html(k, h, b, request) for k, h, b in request.sections()]
    body.append(_para("\n".join(p for p in (request.closing, request.signature) if p), lang))
    return html_page(request.title, "".join(body), lang=lang)


def write_help_request_pdf(request: HelpRequest, out_path: Path, *, on: date | None = None) -> Path:
    """Write the request as a PDF (atomically: nothing is left behind on failure)."""
    html = help_request_html(request, on=on)
    return write_pdf(html, Path(out_path), title=request.title, rtl=is_rtl(request.lang))
