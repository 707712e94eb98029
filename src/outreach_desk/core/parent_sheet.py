"""The parent's sheet: one page in the parent's language with where to go, when, what to
bring and what the service can do.

Built from pre-translated sentences (``resources/templates/parent_sheet.json``), never by
machine translation. What the worker typed (address, date, documents) is printed as typed.
The sheet goes to the parent, so it needs no consent; it is built from the referral and the
service only, so no other family member's name or details can end up on it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from outreach_desk.core.domains import domain, is_domain
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.help_request import Worker, agency_name, documents_for
from outreach_desk.core.referrals import Referral
from outreach_desk.core.resources import resource_path
from outreach_desk.core.socialmap.model import Service, Welcome
from outreach_desk.core.socialmap.municipalities import municipality
from outreach_desk.core.training.guard import mark_if_training

# Service names and addresses exist in the map's languages; other sheets show them in French,
# the language most Brussels desks and street signs share with newcomers.
_MAP_LANGS = ("nl", "fr", "en")


@dataclass(frozen=True)
class SheetLine:
    """A template sentence in the sheet's language and/or a value printed as typed."""

    text: str = ""
    value: str = ""


@dataclass(frozen=True)
class SheetSection:
    key: str
    heading: str
    lines: tuple[SheetLine, ...]


@dataclass(frozen=True)
class ParentSheet:
    lang: str
    language_name: str
    reviewed: bool
    title: str
    sections: tuple[SheetSection, ...]
    review_notes: tuple[tuple[str, str], ...] = ()  # (lang, text) for the worker
    vault_kind: str = ""  # "training": the sheet says it is fiction


@cache
def templates() -> dict[str, Any]:
    path = resource_path("templates", "parent_sheet.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def sheet_languages() -> list[tuple[str, str, bool]]:
    """(code, own name, reviewed) of every language the sheet can be printed in."""
    return [(code, info["name"], bool(info["reviewed"])) for code, info in _langs().items()]


def _langs() -> dict[str, Any]:
    langs: dict[str, Any] = templates()["languages"]
    return langs


def check_sheet_lang(lang: str) -> str:
    if lang not in _langs():
        raise ValidationError(
            f"no parent's sheet template in {lang!r}; available: {', '.join(_langs())}"
        )
    return lang


def phrase(key: str, lang: str) -> str:
    return str(templates()["sentences"][key][lang])


def domain_label(domain_id: str, lang: str) -> str:
    if lang in _MAP_LANGS:
        return domain(domain_id).label(lang)
    return str(templates()["domains"][domain_id][lang])


def format_appointment(value: str) -> str:
    """An ISO date(-time) as day/month/year and 24-hour time (digits every reader knows);
    anything else the worker typed is kept as typed."""
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if "T" in text or " " in text:
        return moment.strftime("%d/%m/%Y %H:%M")
    return date(moment.year, moment.month, moment.day).strftime("%d/%m/%Y")


def service_address(service: Service, lang: str) -> str:
    address = service.address
    if service.confidential_address or address is None or not address.street:
        return ""
    place = ""
    if address.municipality:
        try:
            place = municipality(address.municipality).label(lang if lang in _MAP_LANGS else "fr")
        except ValueError:
            place = address.municipality
    town = " ".join(part for part in (address.postal_code, place) if part)
    return ", ".join(part for part in (address.street, town) if part)


def _where(service: Service, lang: str) -> SheetSection:
    map_lang = lang if lang in _MAP_LANGS else "fr"
    lines = [SheetLine(phrase("service", lang), agency_name(service, map_lang))]
    address = service_address(service, lang)
    if service.confidential_address:
        lines.append(SheetLine(phrase("address_confidential", lang)))
    elif address:
        lines.append(SheetLine(phrase("address", lang), address))
    else:
        lines.append(SheetLine(phrase("address_unknown", lang)))
    if service.phones:
        lines.append(SheetLine(phrase("phone", lang), service.phones[0].number))
    return SheetSection("where", phrase("h_where", lang), tuple(lines))


def _when(referral: Referral, service: Service, lang: str) -> SheetSection:
    lines: list[SheetLine] = []
    if referral.appointment_at.strip():
        when = format_appointment(referral.appointment_at)
        lines += [
            SheetLine(phrase("appointment", lang), when),
            SheetLine(phrase("be_on_time", lang)),
        ]
    elif service.walk_in:
        lines.append(SheetLine(phrase("walk_in", lang)))
    else:
        lines.append(SheetLine(phrase("no_date", lang)))
    if service.hours.strip() and not referral.appointment_at.strip():
        lines.append(SheetLine(phrase("hours", lang), service.hours.strip()))
    return SheetSection("when", phrase("h_when", lang), tuple(lines))


def _bring(documents: Sequence[str], lang: str) -> SheetSection:
    if documents:
        lines = [SheetLine(phrase("bring_intro", lang))]
        lines += [SheetLine(value=d) for d in documents]
    else:
        lines = [SheetLine(phrase("bring_ask", lang))]
    lines.append(SheetLine(phrase("bring_sheet", lang)))
    return SheetSection("bring", phrase("h_bring", lang), tuple(lines))


def _can_do(referral: Referral, service: Service, lang: str) -> SheetSection:
    ids = [d for d in (service.domains or referral.domains) if is_domain(d)]
    lines = []
    if ids:
        labels = [domain_label(d, lang) for d in ids]
        lines += [SheetLine(phrase("can_do", lang)), SheetLine(" · ".join(labels))]
    if lang in service.languages:
        lines.append(SheetLine(phrase("speaks_language", lang)))
    else:
        lines.append(SheetLine(phrase("interpreter", lang)))
    if service.welcomes_undocumented == Welcome.YES:
        lines.append(SheetLine(phrase("welcomes_undocumented", lang)))
    return SheetSection("can_do", phrase("h_can_do", lang), tuple(lines))


def _questions(worker: Worker, lang: str) -> SheetSection:
    lines = [SheetLine(phrase("ask_worker", lang))]
    if worker.line():
        lines.append(SheetLine(phrase("your_worker", lang), worker.line()))
    return SheetSection("questions", phrase("h_questions", lang), tuple(lines))


def build_parent_sheet(
    referral: Referral,
    service: Service,
    lang: str,
    *,
    worker: Worker | None = None,
    documents: Sequence[str] | None = None,
    vault_kind: str = "",
) -> ParentSheet:
    """The sheet for the parent of ``referral`` in ``lang`` (see :func:`sheet_languages`).

    ``documents`` replaces the referral's list; the service's required documents are added.
    """
    check_sheet_lang(lang)
    info = _langs()[lang]
    worker = worker or Worker()
    wanted = referral.request.documents if documents is None else tuple(documents)
    sections = (
        _where(service, lang),
        _when(referral, service, lang),
        _bring(documents_for(service, wanted), lang),
        _can_do(referral, service, lang),
        _questions(worker, lang),
    )
    notes: tuple[tuple[str, str], ...] = ()
    if not info["reviewed"]:
        notes = tuple((code, text) for code, text in templates()["review_note"].items())
    return ParentSheet(
        lang=lang,
        language_name=str(info["name"]),
        reviewed=bool(info["reviewed"]),
        title=phrase("title", lang),
        sections=sections,
        review_notes=notes,
        vault_kind=vault_kind,
    )


def sheet_plain_text(sheet: ParentSheet) -> str:
    """The sheet as text (to read out, or to send in a message the parent can keep)."""
    blocks = [sheet.title]
    for section in sheet.sections:
        lines = [section.heading]
        for line in section.lines:
            joined = f"{line.text}: {line.value}" if line.text and line.value else ""
            lines.append(joined or line.text or f"- {line.value}")
        blocks.append("\n".join(lines))
    return mark_if_training(sheet.vault_kind, "\n\n".join(blocks) + "\n")
