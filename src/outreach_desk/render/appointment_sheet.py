"""The interpreter's appointment sheet: where, when, who, why, what to ask and bring, and
the key terms side by side in the agency's language and the family's language.

Input is a plain :class:`AppointmentInput`, so the sheet can be made from a referral, from
a social-map service (see :func:`appointment_from_service`) or from typed-in facts alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.glossary import Glossary, GlossaryEntry, bundled_glossary
from outreach_desk.core.socialmap.model import Service
from outreach_desk.core.socialmap.municipalities import municipality
from outreach_desk.render.glossary_pdf import term_html
from outreach_desk.render.labels import label, language_name, review_footnote_html
from outreach_desk.render.pdf import write_pdf
from outreach_desk.render.qtapp import ensure_gui_app
from outreach_desk.render.template import (
    html_escape,
    html_page,
    is_rtl,
    lang_cell,
    visual_column_order,
)

# Terms an interpreter needs at almost every appointment, whatever the subject.
ALWAYS_TERMS: tuple[str, ...] = ("appointment", "interpreter")
# Without a subject, the words of any first visit to a social service.
FALLBACK_DOMAINS: tuple[str, ...] = ("administration_language", "income_debts")
DEFAULT_TERM_COUNT = 8

# Locales for dates; Arabic uses the Modern Standard month names (ar = ar_EG in CLDR).
_LOCALES = {
    "nl": "nl_BE", "fr": "fr_BE", "en": "en_GB", "ar": "ar", "sq": "sq_AL", "es": "es_ES",
    "tr": "tr_TR", "ro": "ro_RO", "prs": "fa_AF",
}  # fmt: skip
_DATE_PATTERNS = {"ar": "dddd d MMMM yyyy، 'الساعة' HH:mm", "prs": "dddd d MMMM yyyy، 'ساعت' HH:mm"}
_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class AppointmentInput:
    """Everything printed on the sheet. Free texts are printed as typed (escaped)."""

    agency_name: str
    agency_lang: str
    family_lang: str
    agency_address: str = ""
    address_confidential: bool = False
    agency_phone: str = ""
    when: datetime | None = None
    who: Sequence[str] = ()
    request: str = ""
    questions: Sequence[str] = ()
    documents: Sequence[str] = ()
    domains: Sequence[str] = ()
    term_ids: Sequence[str] = ()  # extra glossary entries to print first
    term_count: int = DEFAULT_TERM_COUNT


def format_when(when: datetime, lang: str) -> str:
    """Weekday, day, month name, year and time in the language, plus a numeric date.

    Digits are always 0-9: month names can be read differently across the Arabic-speaking
    world, so the numeric date (day/month/year) removes any doubt.
    """
    ensure_gui_app()
    locale = QLocale(_LOCALES.get(lang, "en_GB"))
    moment = QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
    spelled = locale.toString(moment, _DATE_PATTERNS.get(lang, "dddd d MMMM yyyy, HH:mm"))
    numeric = when.strftime("%d/%m/%Y")
    return f"{spelled} ({numeric})".translate(_ASCII_DIGITS)


def key_terms(data: AppointmentInput, glossary: Glossary) -> list[GlossaryEntry]:
    langs = [data.agency_lang, data.family_lang]
    chosen = [glossary.get(term_id) for term_id in data.term_ids]
    picked = glossary.terms_for_domains(
        data.domains or FALLBACK_DOMAINS, langs=langs, limit=data.term_count, always=ALWAYS_TERMS
    )
    chosen += [entry for entry in picked if entry not in chosen]
    return [e for e in chosen if e.term(data.agency_lang) and e.term(data.family_lang)][
        : max(data.term_count, len(data.term_ids))
    ]


def _both(key: str, data: AppointmentInput) -> tuple[str, str]:
    return label(key, data.agency_lang), label(key, data.family_lang)


def _label_cells(key: str, data: AppointmentInput) -> tuple[str, str]:
    """The agency-language label (left) and family-language label, in visual order."""
    agency, family = _both(key, data)
    cells = {
        data.agency_lang: lang_cell(f"<b>{html_escape(agency)}</b>", data.agency_lang, width="22%"),
        data.family_lang: lang_cell(f"<b>{html_escape(family)}</b>", data.family_lang, width="22%"),
    }
    order = visual_column_order([data.agency_lang, data.family_lang])
    return cells[order[0]], cells[order[-1]]


def _fact_row(key: str, value_html: str, data: AppointmentInput, value_lang: str) -> str:
    left, right = _label_cells(key, data)
    return f"<tr>{left}{lang_cell(value_html, value_lang)}{right}</tr>"


def _address_html(data: AppointmentInput) -> tuple[str, str]:
    if data.address_confidential:
        return html_escape(label("address_confidential", data.agency_lang)), data.agency_lang
    if data.agency_address:
        return html_escape(data.agency_address), data.agency_lang
    return f"<i>{html_escape(label('address_unknown', data.agency_lang))}</i>", data.agency_lang


def _para(text: str, lang: str) -> str:
    align = "right" if is_rtl(lang) else "left"
    dir_ = "rtl" if is_rtl(lang) else "ltr"
    return f'<p dir="{dir_}" align="{align}" style="margin:0">{html_escape(text)}</p>'


def _when_html(data: AppointmentInput) -> tuple[str, str]:
    """The date in the agency's language, and below it in the family's language."""
    langs = list(dict.fromkeys([data.agency_lang, data.family_lang]))
    if data.when is None:
        texts = [label("when_unknown", lang) for lang in langs]
    else:
        texts = [format_when(data.when, lang) for lang in langs]
    return "".join(_para(text, lang) for text, lang in zip(texts, langs, strict=True)), langs[0]


def facts_table_html(data: AppointmentInput) -> str:
    address, address_lang = _address_html(data)
    when, when_lang = _when_html(data)
    rows = [
        _fact_row("agency", f"<b>{html_escape(data.agency_name)}</b>", data, data.agency_lang),
        _fact_row("address", address, data, address_lang),
    ]
    if data.agency_phone:
        rows.append(_fact_row("phone", html_escape(data.agency_phone), data, data.agency_lang))
    rows.append(_fact_row("when", when, data, when_lang))
    who = "<br>".join(html_escape(w) for w in data.who) or label("nothing", data.agency_lang)
    rows.append(_fact_row("who", who, data, data.agency_lang))
    request = html_escape(data.request) or label("nothing", data.agency_lang)
    rows.append(_fact_row("request", request, data, data.agency_lang))
    return (
        '<table border="1" cellspacing="0" cellpadding="5" width="100%" '
        'style="border-color:#999999; border-style:solid">' + "".join(rows) + "</table>"
    )


def _heading(key: str, data: AppointmentInput) -> str:
    """The heading in both languages on one line, each at its own side of the page.

    Mixing both in one paragraph makes the bidi algorithm wrap Arabic words in odd places.
    """
    texts = dict(zip([data.agency_lang, data.family_lang], _both(key, data), strict=True))
    langs = visual_column_order(list(dict.fromkeys(texts)))
    cells = "".join(
        lang_cell(f"<h2>{html_escape(texts[lang])}</h2>", lang, width=f"{100 // len(langs)}%")
        for lang in langs
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:10px">'
        f"<tr>{cells}</tr></table>"
    )


def _list_html(items: Sequence[str], data: AppointmentInput) -> str:
    if not items:
        return f"<p>{label('nothing', data.agency_lang)}</p>"
    return "<ol>" + "".join(f"<li>{html_escape(item)}</li>" for item in items) + "</ol>"


def terms_table_html(entries: Sequence[GlossaryEntry], data: AppointmentInput) -> str:
    """Two columns, agency language and family language; a right-to-left column on the right."""
    langs = visual_column_order([data.agency_lang, data.family_lang])
    # The section title sits in the repeated header, so it never ends a page alone.
    title = dict(zip([data.agency_lang, data.family_lang], _both("key_terms", data), strict=True))
    header = "".join(
        lang_cell(
            f'<span style="font-size:12.5pt"><b>{html_escape(title[lang])}</b></span><br>'
            f"{html_escape(language_name(lang))}",
            lang,
            tag="th",
            width="50%",
        )
        for lang in langs
    )
    rows = "".join(
        "<tr>"
        + "".join(lang_cell(term_html(entry, lang), lang, width="50%") for lang in langs)
        + "</tr>"
        for entry in entries
    )
    # The terms start on a page of their own: the interpreter's page, and no row of
    # term and explanation is split between the facts page and the next.
    return (
        '<table border="1" cellspacing="0" cellpadding="5" width="100%" '
        'style="border-color:#999999; border-style:solid; page-break-before:always">'
        f"<thead><tr>{header}</tr></thead>{rows}</table>"
    )


def appointment_sheet_html(data: AppointmentInput, glossary: Glossary | None = None) -> str:
    _validate(data)
    glossary = glossary or bundled_glossary()
    entries = key_terms(data, glossary)
    footnote = review_footnote_html(entries, [data.agency_lang, data.family_lang])
    body = (
        facts_table_html(data)
        + _heading("questions", data)
        + _list_html(data.questions, data)
        + _heading("documents", data)
        + _list_html(data.documents, data)
        + terms_table_html(entries, data)
        + footnote
    )
    title, family_title = _both("appointment_title", data)
    return html_page(
        title,
        body,
        lang=data.agency_lang,
        notice_langs=[data.agency_lang, data.family_lang],
        translated_titles=[(family_title, data.family_lang)] if family_title != title else [],
    )


def _validate(data: AppointmentInput) -> None:
    if not data.agency_name.strip():
        raise ValidationError("the appointment sheet needs the agency's name")
    glossary = bundled_glossary()
    for lang in (data.agency_lang, data.family_lang):
        glossary.language(lang)  # NotFound names the languages the glossary has
    if data.term_count < 0:
        raise ValidationError("the number of key terms cannot be negative")


def write_appointment_sheet(
    data: AppointmentInput, out_path: Path, *, glossary: Glossary | None = None
) -> Path:
    """Write the sheet as a PDF (atomically) and return its path."""
    html = appointment_sheet_html(data, glossary)
    title = label("appointment_title", data.agency_lang)
    return write_pdf(html, out_path, title=title, rtl=is_rtl(data.agency_lang))


def _service_address(service: Service, lang: str) -> str:
    address = service.address
    if address is None or not address.street:
        return ""
    place = municipality(address.municipality).label(lang) if address.municipality else ""
    town = " ".join(part for part in (address.postal_code, place) if part)
    text = ", ".join(part for part in (address.street, town) if part)
    if "address" in service.needs_verification:
        text += f" ({label('to_verify', lang)})"
    return text


def appointment_from_service(
    service: Service, *, agency_lang: str, family_lang: str, **fields: Any
) -> AppointmentInput:
    """Fill agency name, address, phone, documents and domains from a social-map service.

    ``fields`` are the other :class:`AppointmentInput` fields (when, who, request...);
    documents given there come first, then the service's own required documents.
    """
    documents = list(dict.fromkeys([*fields.pop("documents", ()), *service.required_documents]))
    domains = fields.pop("domains", None) or service.domains
    return AppointmentInput(
        agency_name=service.name.get(agency_lang) or service.organization.name.get(agency_lang),
        agency_lang=agency_lang,
        family_lang=family_lang,
        agency_address=""
        if service.confidential_address
        else _service_address(service, agency_lang),
        address_confidential=service.confidential_address,
        agency_phone=service.phones[0].number if service.phones else "",
        documents=documents,
        domains=domains,
        **fields,
    )
