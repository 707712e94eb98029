"""Words for the social map's structured facts, in the interface language.

Literal strings in ``QCoreApplication.translate`` calls, so lupdate finds every one; the
functions are called again on each language change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from outreach_desk.core.socialmap import (
    MUNICIPALITIES,
    Access,
    Formality,
    Interpretation,
    Service,
    WaitingList,
    Welcome,
    days_since_verified,
)
from outreach_desk.core.socialmap.languages import LANGUAGE_NAMES, language_label
from outreach_desk.ui.texts import current_language

_CTX = "SocialMapLabels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def formality_label(value: Formality) -> str:
    return {
        Formality.INFORMAL: _tr("Informal (citizen initiative, volunteers)"),
        Formality.INTERMEDIATE: _tr("Between informal and formal (project subsidies)"),
        Formality.FORMAL: _tr("Formal (public or structurally subsidised)"),
    }.get(value, _tr("Not known"))


def welcome_label(value: Welcome) -> str:
    return {
        Welcome.YES: _tr("Yes"),
        Welcome.NO: _tr("No"),
        Welcome.CONDITIONS: _tr("Under conditions"),
    }.get(value, _tr("Not known"))


def access_label(value: Access) -> str:
    return {
        Access.WALK_IN: _tr("Walk in, no appointment needed"),
        Access.APPOINTMENT: _tr("By appointment"),
        Access.WALK_IN_AND_APPOINTMENT: _tr("Walk in or by appointment"),
        Access.REFERRAL: _tr("Only after referral by another service"),
        Access.OUTREACH: _tr("The service comes to the family"),
        Access.PHONE: _tr("By phone"),
    }.get(value, _tr("Not known"))


def waiting_label(value: WaitingList) -> str:
    return {
        WaitingList.NONE: _tr("No waiting list"),
        WaitingList.WEEKS: _tr("Weeks"),
        WaitingList.MONTHS: _tr("Months"),
    }.get(value, _tr("Not known"))


def interpretation_label(value: Interpretation) -> str:
    return {
        Interpretation.YES: _tr("Yes"),
        Interpretation.SOMETIMES: _tr("Sometimes"),
        Interpretation.NO: _tr("No"),
    }.get(value, _tr("Not known"))


def data_language() -> str:
    """The map's texts exist in nl, fr and en; an Arabic interface reads them in English."""
    lang = current_language()
    return lang if lang in ("nl", "fr", "en") else "en"


def spoken_language(code: str) -> str:
    return language_label(code, data_language())


def language_choices() -> list[tuple[str, str]]:
    """(code, name) for the language filter, sorted by name."""
    choices = [(code, spoken_language(code)) for code in LANGUAGE_NAMES]
    return sorted(choices, key=lambda pair: pair[1].casefold())


def municipality_label(municipality_id: str) -> str:
    """Both official names ("Schaarbeek / Schaerbeek"): people use either."""
    for municipality in MUNICIPALITIES:
        if municipality.id == municipality_id:
            return municipality.label("en")
    return municipality_id


def municipality_choices() -> list[tuple[str, str]]:
    return [(m.id, m.label("en")) for m in MUNICIPALITIES]


def age_text(service: Service, today: date | None = None) -> str:
    """How old the record's facts are, in words a worker reads at a glance."""
    days = days_since_verified(service, today)
    if days is None or service.last_verified is None:
        return _tr("never verified")
    when = service.last_verified.isoformat()
    if days < 1:
        return _tr("verified today ({0})").format(when)
    if days < 62:
        return _tr("verified {0} days ago ({1})").format(days, when)
    if days < 730:
        return _tr("verified {0} months ago ({1})").format(days // 30, when)
    return _tr("verified {0} years ago ({1})").format(days // 365, when)
