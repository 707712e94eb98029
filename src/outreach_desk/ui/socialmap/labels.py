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
from outreach_desk.ui.texts import current_language, format_date


def formality_label(value: Formality) -> str:
    return {
        Formality.INFORMAL: QCoreApplication.translate(
            "SocialMapLabels", "Informal (citizen initiative, volunteers)"
        ),
        Formality.INTERMEDIATE: QCoreApplication.translate(
            "SocialMapLabels", "Between informal and formal (project subsidies)"
        ),
        Formality.FORMAL: QCoreApplication.translate(
            "SocialMapLabels", "Formal (public or structurally subsidised)"
        ),
    }.get(value, QCoreApplication.translate("SocialMapLabels", "Not known"))


def welcome_label(value: Welcome) -> str:
    return {
        Welcome.YES: QCoreApplication.translate("SocialMapLabels", "Yes"),
        Welcome.NO: QCoreApplication.translate("SocialMapLabels", "No"),
        Welcome.CONDITIONS: QCoreApplication.translate("SocialMapLabels", "Under conditions"),
    }.get(value, QCoreApplication.translate("SocialMapLabels", "Not known"))


def access_label(value: Access) -> str:
    return {
        Access.WALK_IN: QCoreApplication.translate(
            "SocialMapLabels", "Walk in, no appointment needed"
        ),
        Access.APPOINTMENT: QCoreApplication.translate("SocialMapLabels", "By appointment"),
        Access.WALK_IN_AND_APPOINTMENT: QCoreApplication.translate(
            "SocialMapLabels", "Walk in or by appointment"
        ),
        Access.REFERRAL: QCoreApplication.translate(
            "SocialMapLabels", "Only after referral by another service"
        ),
        Access.OUTREACH: QCoreApplication.translate(
            "SocialMapLabels", "The service comes to the family"
        ),
        Access.PHONE: QCoreApplication.translate("SocialMapLabels", "By phone"),
    }.get(value, QCoreApplication.translate("SocialMapLabels", "Not known"))


def waiting_label(value: WaitingList) -> str:
    return {
        WaitingList.NONE: QCoreApplication.translate("SocialMapLabels", "No waiting list"),
        WaitingList.WEEKS: QCoreApplication.translate("SocialMapLabels", "Weeks"),
        WaitingList.MONTHS: QCoreApplication.translate("SocialMapLabels", "Months"),
    }.get(value, QCoreApplication.translate("SocialMapLabels", "Not known"))


def interpretation_label(value: Interpretation) -> str:
    return {
        Interpretation.YES: QCoreApplication.translate("SocialMapLabels", "Yes"),
        Interpretation.SOMETIMES: QCoreApplication.translate("SocialMapLabels", "Sometimes"),
        Interpretation.NO: QCoreApplication.translate("SocialMapLabels", "No"),
    }.get(value, QCoreApplication.translate("SocialMapLabels", "Not known"))


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
        return QCoreApplication.translate("SocialMapLabels", "never verified")
    when = format_date(service.last_verified.isoformat())
    if days < 1:
        return QCoreApplication.translate("SocialMapLabels", "verified today ({0})").format(when)
    if days < 62:
        return QCoreApplication.translate("SocialMapLabels", "verified {0} days ago ({1})").format(
            days, when
        )
    if days < 730:
        return QCoreApplication.translate(
            "SocialMapLabels", "verified {0} months ago ({1})"
        ).format(days // 30, when)
    return QCoreApplication.translate("SocialMapLabels", "verified {0} years ago ({1})").format(
        days // 365, when
    )
