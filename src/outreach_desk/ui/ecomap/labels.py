"""Translated names for the network map's stable codes (tie, support, kind, network).

Literal strings in QT_TRANSLATE_NOOP so lupdate finds them; translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Ecomap"

_LABELS: dict[str, object] = {
    "person": QT_TRANSLATE_NOOP("Ecomap", "Person"),
    "organisation": QT_TRANSLATE_NOOP("Ecomap", "Organisation"),
    "formal": QT_TRANSLATE_NOOP("Ecomap", "Formal"),
    "informal": QT_TRANSLATE_NOOP("Ecomap", "Informal"),
    "strong": QT_TRANSLATE_NOOP("Ecomap", "Strong"),
    "weak": QT_TRANSLATE_NOOP("Ecomap", "Weak"),
    "strained": QT_TRANSLATE_NOOP("Ecomap", "Strained"),
    "broken": QT_TRANSLATE_NOOP("Ecomap", "Broken"),
    "to_family": QT_TRANSLATE_NOOP("Ecomap", "Support to the family"),
    "from_family": QT_TRANSLATE_NOOP("Ecomap", "Support from the family"),
    "both": QT_TRANSLATE_NOOP("Ecomap", "Support both ways"),
    "none": QT_TRANSLATE_NOOP("Ecomap", "No support"),
}


def label(code: str) -> str:
    """The translated name of a code; the code itself when unknown."""
    source = _LABELS.get(code)
    return QCoreApplication.translate(CONTEXT, str(source)) if source else code


def describe(kind: str, network: str, tie: str, support: str) -> str:
    """One line a screen reader can say for a contact."""
    return QCoreApplication.translate("Ecomap", "{network} {kind}, {tie} tie, {support}").format(
        network=label(network),
        kind=label(kind).lower(),
        tie=label(tie).lower(),
        support=label(support).lower(),
    )
