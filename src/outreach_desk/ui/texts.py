"""Translated names for the stable codes the core uses (hints, residence, status, roles).

The core speaks in codes; people read these. Literal strings so lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from outreach_desk.core.domains import LIFE_DOMAINS, domain

_CTX = "Texts"


def passphrase_hint(code: str) -> str:
    tr = QCoreApplication.translate
    hints = {
        "too_short": tr(_CTX, "Too short: use at least 10 characters."),
        "common_word": tr(_CTX, "Contains a very common word that attackers try first."),
        "sequence": tr(_CTX, "Avoid repeated characters and sequences like 1234 or abcd."),
        "use_words": tr(_CTX, "Tip: four or five unrelated words with spaces are strong and easy."),
    }
    return hints.get(code, code)


def strength_label(score: int) -> str:
    tr = QCoreApplication.translate
    labels = (
        tr(_CTX, "Very weak"),
        tr(_CTX, "Weak"),
        tr(_CTX, "Fair"),
        tr(_CTX, "Strong"),
        tr(_CTX, "Very strong"),
    )
    return labels[max(0, min(score, 4))]


def residence_label(code: str) -> str:
    tr = QCoreApplication.translate
    labels = {
        "regular": tr(_CTX, "Regular residence"),
        "asylum": tr(_CTX, "Asylum procedure"),
        "undocumented": tr(_CTX, "Without legal residence"),
        "unknown": tr(_CTX, "Unknown"),
    }
    return labels.get(code, code)


def status_label(code: str) -> str:
    tr = QCoreApplication.translate
    return {"active": tr(_CTX, "Active"), "closed": tr(_CTX, "Closed")}.get(code, code)


def role_label(code: str) -> str:
    tr = QCoreApplication.translate
    labels = {"parent": tr(_CTX, "Parent"), "child": tr(_CTX, "Child"), "other": tr(_CTX, "Other")}
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
