"""The family summary: a printable page with the overview, what goes well, the children,
the network map and the referrals still open. A deliberate plaintext export, headed as such.

Legal residence, notes and consents are left out on purpose: the summary is the page a
worker may hand to a colleague or bring to a meeting, so it carries only what helps there.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImageWriter

from outreach_desk.core.casefile import Family
from outreach_desk.core.children import children_in_view
from outreach_desk.core.domains import domain, is_domain
from outreach_desk.core.ecomap import Ecomap, EcomapStore
from outreach_desk.core.session import Session
from outreach_desk.core.timeline import OpenReferral, open_referrals
from outreach_desk.core.training.guard import FICTION_MARK
from outreach_desk.render.pdf import ensure_gui_app, html_escape, html_page, write_pdf
from outreach_desk.render.template import is_rtl
from outreach_desk.ui.ecomap.paint import ecomap_image

MAP_WIDTH = 540  # document units: the text column of an A4 page (measured on a rasterised page)


# lupdate finds translate("FamilySummary", "...") calls: the context must be written out.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class SummaryData:
    family: Family
    ecomap: Ecomap
    referrals: tuple[OpenReferral, ...]


def collect(session: Session, family_id: str) -> SummaryData:
    """Everything the summary shows, read from the unlocked vault."""
    family = session.families.get(family_id)
    ecomap = EcomapStore(session.records).load(family_id)
    referrals = tuple(open_referrals(session.records, family_id))
    return SummaryData(family, ecomap, referrals)


def family_summary_html(data: SummaryData, *, lang: str = "en", today: date | None = None) -> str:
    ensure_gui_app()
    today = today or date.today()
    align = "right" if is_rtl(lang) else "left"
    sections = [
        _export_banner(today, align),
        _overview(data.family, lang, today, align),
        _strengths(data.family, align),
        _children(data.family, today, align),
        _referrals(data.referrals, lang, align),
        # Last and on a page of its own, so the picture is never cut from its heading.
        _network_map(data.ecomap, data.family.label, align),
    ]
    title = translate("FamilySummary", "Family summary: {label}").format(label=data.family.label)
    return html_page(title, "".join(sections), lang=lang, notice_langs=[lang])


def write_family_summary(
    session: Session, family_id: str, out_path: Path, *, lang: str = "en"
) -> Path:
    data = collect(session, family_id)
    html = family_summary_html(data, lang=lang)
    if session.vault.kind == "training":  # a print from a workshop must never pass for real
        html = re.sub(r"(<body[^>]*>)", rf'\1<h1 align="center">{FICTION_MARK}</h1>', html, count=1)
    title = translate("FamilySummary", "Family summary: {label}").format(label=data.family.label)
    return write_pdf(html, Path(out_path), title=title, rtl=is_rtl(lang))


# ---- sections -------------------------------------------------------------------------
def _para(text: str, align: str) -> str:
    return f'<p align="{align}">{html_escape(text)}</p>'


def _h2(text: str, align: str) -> str:
    return f'<h2 align="{align}">{html_escape(text)}</h2>'


def _row(label: str, value: str, align: str) -> str:
    return (
        f'<tr><td align="{align}" width="32%"><b>{html_escape(label)}</b></td>'
        f'<td align="{align}">{html_escape(value) or "–"}</td></tr>'
    )


def _export_banner(today: date, align: str) -> str:
    text = translate(
        "FamilySummary",
        "Deliberate plaintext export, made on {day}. Outreach Desk keeps this family's file "
        "encrypted; this printout is not.",
    ).format(day=today.isoformat())
    return f'<p align="{align}" style="color: #b71c1c;"><b>{html_escape(text)}</b></p>'


def _overview(family: Family, lang: str, today: date, align: str) -> str:
    domains = ", ".join(domain(d).label(lang) for d in family.domains if is_domain(d))
    rows = [
        (translate("FamilySummary", "Case opened on"), family.opened_on),
        (translate("FamilySummary", "Municipality"), family.municipality),
        (translate("FamilySummary", "Languages"), ", ".join(family.languages)),
        (translate("FamilySummary", "Parents"), str(len(family.parents))),
        (translate("FamilySummary", "Children"), str(len(family.children))),
        (translate("FamilySummary", "Life domains in focus"), domains),
    ]
    body = "".join(_row(label, value, align) for label, value in rows)
    return (
        _h2(translate("FamilySummary", "Overview"), align)
        + f'<table width="100%" cellspacing="0">{body}</table>'
    )


def _strengths(family: Family, align: str) -> str:
    head = _h2(translate("FamilySummary", "What goes well"), align)
    if not family.strengths:
        text = translate(
            "FamilySummary", "No strengths written down yet: ask the family what goes well."
        )
        return head + f'<p align="{align}"><i>{html_escape(text)}</i></p>'
    items = "".join(f"<li>{html_escape(s)}</li>" for s in family.strengths)
    # A green band, so what goes well is the first thing the eye finds on the page.
    return (
        head + '<table width="100%" cellpadding="6" bgcolor="#e8f5e9"><tr>'
        f'<td align="{align}"><ul>{items}</ul></td></tr></table>'
    )


def _children(family: Family, today: date, align: str) -> str:
    head = _h2(translate("FamilySummary", "Children in view"), align)
    children = children_in_view(family, today)
    if not children:
        return head + _para(translate("FamilySummary", "No children recorded."), align)
    header = "".join(
        f'<th align="{align}">{html_escape(t)}</th>'
        for t in (
            translate("FamilySummary", "Name"),
            translate("FamilySummary", "Age"),
            translate("FamilySummary", "School or childcare"),
            translate("FamilySummary", "For this child"),
        )
    )
    rows = "".join(
        _cells((c.name, "" if c.age is None else str(c.age), c.school, c.for_this_child), align)
        for c in children
    )
    return head + f'<table width="100%" cellspacing="0" border="1"><tr>{header}</tr>{rows}</table>'


def _cells(values: tuple[str, ...], align: str) -> str:
    cells = "".join(f'<td align="{align}">{html_escape(v) or "–"}</td>' for v in values)
    return f"<tr>{cells}</tr>"


def _network_map(ecomap: Ecomap, label: str, align: str) -> str:
    title = translate("FamilySummary", "Network map")
    head = f'<h2 align="{align}" style="page-break-before: always;">{html_escape(title)}</h2>'
    if not ecomap.contacts:
        return head + _para(translate("FamilySummary", "No network map drawn yet."), align)
    image = ecomap_image(ecomap, label, scale=2.0)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    encoded = base64.b64encode(bytes(data.data())).decode("ascii")
    width = min(MAP_WIDTH, image.width() // 2)
    return (
        head + f'<p align="center"><img src="data:image/png;base64,{encoded}" width="{width}"></p>'
    )


def _referrals(referrals: tuple[OpenReferral, ...], lang: str, align: str) -> str:
    head = _h2(translate("FamilySummary", "Open referrals"), align)
    if not referrals:
        return head + _para(translate("FamilySummary", "No open referrals."), align)
    items = []
    for referral in referrals:
        domains = ", ".join(domain(d).label(lang) for d in referral.domains)
        parts = [
            referral.title or translate("FamilySummary", "(untitled referral)"),
            translate("FamilySummary", "since {day}").format(day=referral.when.date().isoformat()),
        ]
        if referral.status:
            parts.append(referral.status)
        if domains:
            parts.append(domains)
        items.append(f"<li>{html_escape(' · '.join(parts))}</li>")
    return head + f"<ul>{''.join(items)}</ul>"
