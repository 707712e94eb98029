"""Translated names for the stable codes the core uses (hints, residence, status, roles).

The core speaks in codes; people read these. Literal strings so lupdate finds them.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from outreach_desk.core.domains import LIFE_DOMAINS, domain


def passphrase_hint(code: str) -> str:
    hints = {
        "too_short": QCoreApplication.translate("Texts", "Too short: use at least 10 characters."),
        "common_word": QCoreApplication.translate(
            "Texts", "Contains a very common word that attackers try first."
        ),
        "sequence": QCoreApplication.translate(
            "Texts", "Avoid repeated characters and sequences like 1234 or abcd."
        ),
        "use_words": QCoreApplication.translate(
            "Texts", "Tip: four or five unrelated words with spaces are strong and easy."
        ),
    }
    return hints.get(code, code)


def strength_label(score: int) -> str:
    labels = (
        QCoreApplication.translate("Texts", "Very weak"),
        QCoreApplication.translate("Texts", "Weak"),
        QCoreApplication.translate("Texts", "Fair"),
        QCoreApplication.translate("Texts", "Strong"),
        QCoreApplication.translate("Texts", "Very strong"),
    )
    return labels[max(0, min(score, 4))]


def residence_label(code: str) -> str:
    labels = {
        "regular": QCoreApplication.translate("Texts", "Regular residence"),
        "asylum": QCoreApplication.translate("Texts", "Asylum procedure"),
        "undocumented": QCoreApplication.translate("Texts", "Without legal residence"),
        "unknown": QCoreApplication.translate("Texts", "Unknown"),
    }
    return labels.get(code, code)


def status_label(code: str) -> str:
    return {
        "active": QCoreApplication.translate("Texts", "Active"),
        "closed": QCoreApplication.translate("Texts", "Closed"),
    }.get(code, code)


def role_label(code: str) -> str:
    labels = {
        "parent": QCoreApplication.translate("Texts", "Parent"),
        "child": QCoreApplication.translate("Texts", "Child"),
        "other": QCoreApplication.translate("Texts", "Other"),
    }
    return labels.get(code, code)


def current_language() -> str:
    """The language the interface speaks now (follows the installed translator)."""
    name = QLocale().name().split("_")[0]
    return name if name in ("nl", "fr", "en", "ar") else "en"


def domain_label(domain_id: str) -> str:
    try:
        return domain(domain_id).label(current_language())
    except ValueError:
        return domain_id


def all_domains() -> list[tuple[str, str]]:
    return [(d.id, d.label(current_language())) for d in LIFE_DOMAINS]


def language_name(code: str) -> str:
    """'ar' -> 'Arabic' in the interface language (Qt knows every language's name)."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(locale.language())


_LRM, _RLM = "\u200e", "\u200f"


def keep_own_direction(text: str) -> str:
    """Keep each line of a note in its own writing direction whatever the interface's: a
    French note in the Arabic interface keeps its full stop at the end, and the reverse.
    (Invisible direction marks at both ends of the line; the stored text is untouched.)"""
    lines = []
    for line in text.split("\n"):
        strong = next((ch for ch in line if unicodedata.bidirectional(ch) in ("L", "R", "AL")), "")
        if not strong:
            lines.append(line)
            continue
        mark = _LRM if unicodedata.bidirectional(strong) == "L" else _RLM
        lines.append(f"{mark}{line}{mark}")
    return "\n".join(lines)


def format_datetime(iso: str) -> str:
    """A stored ISO time, in the laptop's time zone, written the way the interface language
    writes dates and times (27/11/2026 16:02 in French, with Arabic digits in Arabic)."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    qt_moment = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(qt_moment, QLocale.FormatType.ShortFormat)


def format_date(iso: str) -> str:
    """A stored ISO date written the way the interface language writes dates."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
