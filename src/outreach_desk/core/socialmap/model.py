"""The social map's records: plain, immutable dataclasses a Qt model can wrap directly.

Every fact a help-request suggestion may use ("welcomes families without papers",
"walk-in", "waiting list of months", "speaks Arabic") is a structured field, never
free text, so code can reason about it. Free text (descriptions, conditions) is kept
beside the field for people to read.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

LANGS: tuple[str, ...] = ("nl", "fr", "en")
STALE_AFTER_DAYS = 365


class Formality(enum.StrEnum):
    """Position on the booklet's continuum from informal to formal."""

    INFORMAL = "informal"  # citizen initiative / de facto association, volunteers, no subsidies
    INTERMEDIATE = "intermediate"  # non-profit with project subsidies, partly volunteers
    FORMAL = "formal"  # structurally subsidised or public, professional, controlled
    UNKNOWN = "unknown"


class Welcome(enum.StrEnum):
    """Does the service welcome people without legal residence (zonder wettig verblijf)?"""

    YES = "yes"
    NO = "no"
    CONDITIONS = "conditions"  # only some help, or under conditions (see undocumented_conditions)
    UNKNOWN = "unknown"


class Access(enum.StrEnum):
    WALK_IN = "walk_in"
    APPOINTMENT = "appointment"
    WALK_IN_AND_APPOINTMENT = "walk_in_and_appointment"
    REFERRAL = "referral"  # only after referral by another service
    OUTREACH = "outreach"  # the service comes to the family (school gate, home visits)
    PHONE = "phone"  # a phone line
    UNKNOWN = "unknown"


class WaitingList(enum.StrEnum):
    NONE = "none"
    WEEKS = "weeks"
    MONTHS = "months"
    UNKNOWN = "unknown"


class Interpretation(enum.StrEnum):
    YES = "yes"
    SOMETIMES = "sometimes"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Text:
    """One text in the three languages of the map; empty string when not known."""

    nl: str = ""
    fr: str = ""
    en: str = ""

    def get(self, lang: str, fallback: bool = True) -> str:
        value = {"nl": self.nl, "fr": self.fr, "en": self.en}.get(lang, "")
        if value or not fallback:
            return value
        return self.nl or self.fr or self.en

    def first(self) -> str:
        return self.nl or self.fr or self.en

    def as_dict(self) -> dict[str, str]:
        """Only the languages that are known, e.g. {"nl": ..., "fr": ...}."""
        return {lang: value for lang, value in zip(LANGS, self.values(), strict=True) if value}

    def values(self) -> tuple[str, str, str]:
        return (self.nl, self.fr, self.en)

    def __bool__(self) -> bool:
        return bool(self.nl or self.fr or self.en)


@dataclass(frozen=True)
class Phone:
    number: str
    description: str = ""


@dataclass(frozen=True)
class Address:
    street: str
    postal_code: str = ""
    municipality: str = ""  # a municipality id from municipalities.py, or ""


@dataclass(frozen=True)
class Organization:
    id: str
    name: Text
    description: Text = Text()
    url: str = ""
    source: str = ""


@dataclass(frozen=True)
class Service:
    """One service on the map, with every fact of the Brussels profile."""

    id: str
    organization: Organization
    name: Text
    description: Text = Text()
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()  # ids from outreach_desk.core.domains
    municipalities: tuple[str, ...] = ()  # ids from municipalities.py
    region_wide: bool = False  # serves the whole Brussels-Capital Region
    languages: tuple[str, ...] = ()  # ISO 639 codes the service can work in
    formality: Formality = Formality.UNKNOWN
    welcomes_undocumented: Welcome = Welcome.UNKNOWN
    undocumented_conditions: str = ""
    access: Access = Access.UNKNOWN
    waiting_list: WaitingList = WaitingList.UNKNOWN
    interpretation: Interpretation = Interpretation.UNKNOWN
    confidential_address: bool = False  # shelters: the address is never stored, shown or exported
    emergency: bool = False
    phones: tuple[Phone, ...] = ()
    address: Address | None = None
    url: str = ""
    email: str = ""
    hours: str = ""
    required_documents: tuple[str, ...] = ()
    cost: str = ""
    eligibility: str = ""
    source: str = ""
    field_sources: Mapping[str, str] = field(default_factory=dict)
    last_verified: date | None = None
    needs_verification: tuple[str, ...] = ()  # names of fields a person must still check
    status: str = "active"

    @property
    def walk_in(self) -> bool:
        return self.access in (Access.WALK_IN, Access.WALK_IN_AND_APPOINTMENT)

    @property
    def accepts_undocumented(self) -> bool:
        """True when people without papers get at least some help here."""
        return self.welcomes_undocumented in (Welcome.YES, Welcome.CONDITIONS)

    def serves_municipality(self, municipality_id: str) -> bool:
        return self.region_wide or municipality_id in self.municipalities


def days_since_verified(service: Service, today: date | None = None) -> int | None:
    if service.last_verified is None:
        return None
    return ((today or date.today()) - service.last_verified).days


def is_stale(service: Service, today: date | None = None) -> bool:
    """A record is stale when nobody checked it in the last 12 months (or ever)."""
    age = days_since_verified(service, today)
    return age is None or age > STALE_AFTER_DAYS
