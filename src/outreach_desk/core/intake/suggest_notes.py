"""Reasons and blockers for a service suggestion: stable codes for code and tests,
sentences in nl/fr/en for people (built from reviewed templates, never translated
on the fly)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from outreach_desk.core.socialmap.languages import language_label
from outreach_desk.core.socialmap.municipalities import municipality as municipality_by_id

LANGS = ("nl", "fr", "en")


class Reason(enum.StrEnum):
    HOLDS_THE_RIGHT = "holds_the_right"
    CAN_ACCOMPANY = "can_accompany"
    WELCOMES_UNDOCUMENTED = "welcomes_undocumented"
    UNDOCUMENTED_WITH_CONDITIONS = "undocumented_with_conditions"
    SPEAKS_LANGUAGE = "speaks_language"
    INTERPRETERS = "interpreters"
    WALK_IN = "walk_in"
    COMES_TO_FAMILY = "comes_to_family"
    NO_WAITING_LIST = "no_waiting_list"
    IN_MUNICIPALITY = "in_municipality"
    WHOLE_REGION = "whole_region"
    YOUNG_CHILDREN = "young_children"
    EMERGENCY = "emergency"
    FIRST_STEP = "first_step"


class Blocker(enum.StrEnum):
    REQUIRES_LEGAL_RESIDENCE = "requires_legal_residence"
    UNDOCUMENTED_UNKNOWN = "undocumented_unknown"
    WAITING_WEEKS = "waiting_list_weeks"
    WAITING_MONTHS = "waiting_list_months"
    LANGUAGE_MISMATCH = "language_mismatch"
    OTHER_MUNICIPALITY = "other_municipality"
    ASK_MUNICIPALITY = "ask_municipality"
    CONFIDENTIAL_ADDRESS = "confidential_address"
    REFERRAL_ONLY = "referral_only"
    NOT_VERIFIED = "not_verified"


_TEMPLATES: Mapping[str, tuple[str, str, str]] = {
    Reason.HOLDS_THE_RIGHT: (
        "reguliere dienst die het recht toekent",
        "service régulier qui octroie le droit",
        "regular service that holds the right",
    ),
    Reason.CAN_ACCOMPANY: (
        "kan het gezin begeleiden naar de reguliere dienst",
        "peut accompagner la famille vers le service régulier",
        "can accompany the family to the regular service",
    ),
    Reason.WELCOMES_UNDOCUMENTED: (
        "verwelkomt gezinnen zonder papieren",
        "accueille les familles sans papiers",
        "welcomes families without papers",
    ),
    Reason.UNDOCUMENTED_WITH_CONDITIONS: (
        "helpt gezinnen zonder papieren, onder voorwaarden",
        "aide les familles sans papiers, sous conditions",
        "helps families without papers, under conditions",
    ),
    Reason.SPEAKS_LANGUAGE: ("spreekt {language}", "parle {language}", "speaks {language}"),
    Reason.INTERPRETERS: (
        "werkt met tolken",
        "travaille avec des interprètes",
        "works with interpreters",
    ),
    Reason.WALK_IN: (
        "binnenlopen zonder afspraak",
        "accès libre sans rendez-vous",
        "walk-in, no appointment needed",
    ),
    Reason.COMES_TO_FAMILY: (
        "komt naar het gezin toe",
        "vient vers la famille",
        "comes to the family",
    ),
    Reason.NO_WAITING_LIST: ("geen wachtlijst", "pas de liste d'attente", "no waiting list"),
    Reason.IN_MUNICIPALITY: ("in {municipality}", "à {municipality}", "in {municipality}"),
    Reason.WHOLE_REGION: (
        "voor heel Brussel",
        "pour toute la Région bruxelloise",
        "serves all of Brussels",
    ),
    Reason.YOUNG_CHILDREN: (
        "voor gezinnen met jonge kinderen",
        "pour les familles avec de jeunes enfants",
        "for families with young children",
    ),
    Reason.EMERGENCY: ("noodhulp, dag en nacht", "urgence, jour et nuit", "emergency help"),
    Reason.FIRST_STEP: (
        "eerste stap bij deze urgentie",
        "première étape pour cette urgence",
        "a first step for this urgency",
    ),
    Blocker.REQUIRES_LEGAL_RESIDENCE: (
        "vereist wettig verblijf",
        "exige un séjour légal",
        "requires legal residence",
    ),
    Blocker.UNDOCUMENTED_UNKNOWN: (
        "niet bekend of gezinnen zonder papieren geholpen worden: vraag het eerst",
        "on ne sait pas si les familles sans papiers sont aidées : demandez d'abord",
        "not known whether families without papers are helped: ask first",
    ),
    Blocker.WAITING_WEEKS: (
        "wachtlijst van weken",
        "liste d'attente de plusieurs semaines",
        "waiting list of weeks",
    ),
    Blocker.WAITING_MONTHS: (
        "wachtlijst van maanden",
        "liste d'attente de plusieurs mois",
        "waiting list of months",
    ),
    Blocker.LANGUAGE_MISMATCH: (
        "enkel in het {languages}",
        "uniquement en {languages}",
        "{languages} only",
    ),
    Blocker.OTHER_MUNICIPALITY: (
        "enkel voor {municipality}",
        "uniquement pour {municipality}",
        "only for {municipality}",
    ),
    Blocker.ASK_MUNICIPALITY: (
        "enkel voor {municipality}: vraag waar het gezin woont",
        "uniquement pour {municipality} : demandez où la famille habite",
        "only for {municipality}: ask where the family lives",
    ),
    Blocker.CONFIDENTIAL_ADDRESS: (
        "geheim adres: contact via telefoon",
        "adresse confidentielle : contact par téléphone",
        "confidential address: contact by phone",
    ),
    Blocker.REFERRAL_ONLY: (
        "enkel na doorverwijzing",
        "uniquement sur orientation",
        "only after a referral",
    ),
    Blocker.NOT_VERIFIED: (
        "gegevens niet nagekeken in de laatste 12 maanden",
        "informations non vérifiées depuis 12 mois",
        "details not verified in the last 12 months",
    ),
}


def _joined(codes: tuple[str, ...], lang: str) -> str:
    names = [language_label(code, lang) for code in codes]
    word = {"nl": " of ", "fr": " ou "}.get(lang, " or ")
    return word.join(names)


def _values(params: Mapping[str, Any], lang: str) -> dict[str, str]:
    values: dict[str, str] = {}
    if "language" in params:
        values["language"] = language_label(str(params["language"]), lang)
    if "languages" in params:
        values["languages"] = _joined(tuple(params["languages"]), lang)
    if "municipality" in params:
        names = [municipality_by_id(m).label(lang) for m in params["municipality"]]
        values["municipality"] = ", ".join(names)
    return values


@dataclass(frozen=True, slots=True)
class Note:
    """A reason or blocker: a stable code, its parameters, and sentences in nl/fr/en."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        template = _TEMPLATES[self.code][LANGS.index(lang) if lang in LANGS else 2]
        return template.format(**_values(self.params, lang))

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "text": {lang: self.text(lang) for lang in LANGS}}
