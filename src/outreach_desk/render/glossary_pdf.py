"""The printable glossary: one column per chosen language, grouped by life domain."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.glossary import Glossary, GlossaryEntry, bundled_glossary
from outreach_desk.render.labels import domain_label, label, language_name, review_footnote_html
from outreach_desk.render.pdf import write_pdf
from outreach_desk.render.template import (
    html_escape,
    html_page,
    is_rtl,
    lang_cell,
    visual_column_order,
)


def term_html(entry: GlossaryEntry, lang: str, *, explain: bool = True) -> str:
    """Term in bold, an asterisk while unreviewed, and the explanation in small type."""
    term = entry.term(lang) or ""
    marker = "" if entry.is_reviewed(lang) else " *"
    parts = [f'<p style="margin:0"><b>{html_escape(term)}</b>{marker}</p>']
    explanation = entry.explanation(lang)
    if explain and explanation:
        # Noto Sans Arabic has tall line metrics; tighter lines keep sheets to fewer pages.
        spacing = "line-height:80%; " if is_rtl(lang) else ""
        parts.append(f'<p style="margin:0; {spacing}font-size:8pt">{html_escape(explanation)}</p>')
    return "".join(parts)


def terms_table_html(entries: Sequence[GlossaryEntry], langs: Sequence[str]) -> str:
    """A table with one column per language, right-to-left columns on the right."""
    columns = visual_column_order(langs)
    width = f"{100 // len(columns)}%"
    header = "".join(
        lang_cell(html_escape(language_name(lang)), lang, tag="th") for lang in columns
    )
    rows = [
        "<tr>"
        + "".join(lang_cell(term_html(entry, lang), lang, width=width) for lang in columns)
        + "</tr>"
        for entry in entries
    ]
    return (
        '<table border="1" cellspacing="0" cellpadding="5" width="100%" '
        'style="border-color:#999999; border-style:solid">'
        f"<thead><tr>{header}</tr></thead>{''.join(rows)}</table>"
    )


def glossary_html(
    glossary: Glossary, langs: Sequence[str], domains: Sequence[str] | None = None
) -> str:
    """The whole printable glossary as HTML; the first language sets titles and direction."""
    _check_langs(glossary, langs)
    primary = langs[0]
    sections = []
    for domain_id in domains or DOMAIN_IDS:
        entries = [e for e in glossary.entries if e.domain == domain_id]
        entries = [e for e in entries if all(e.term(lang) for lang in langs)]
        if not entries:
            continue
        heading = " / ".join(dict.fromkeys(domain_label(domain_id, lang) for lang in langs))
        align = "right" if is_rtl(primary) else "left"
        sections.append(f'<h2 align="{align}">{html_escape(heading)}</h2>')
        sections.append(terms_table_html(entries, langs))
    shown = [e for e in glossary.entries if all(e.term(lang) for lang in langs)]
    footnote = review_footnote_html(shown, langs)
    return html_page(
        label("glossary_title", primary),
        "".join(sections) + footnote,
        lang=primary,
        notice_langs=langs,
    )


def _check_langs(glossary: Glossary, langs: Sequence[str]) -> None:
    if not langs:
        raise ValidationError("choose at least one language for the glossary")
    for lang in langs:
        glossary.language(lang)  # NotFound with the list of known languages


def write_glossary_pdf(
    out_path: Path,
    langs: Sequence[str],
    *,
    domains: Sequence[str] | None = None,
    glossary: Glossary | None = None,
) -> Path:
    glossary = glossary or bundled_glossary()
    html = glossary_html(glossary, langs, domains)
    return write_pdf(html, out_path, title=label("glossary_title", langs[0]), rtl=is_rtl(langs[0]))
