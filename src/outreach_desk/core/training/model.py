"""The shape of a scenario pack once validated. Field names match the JSON keys one to one,
so ``to_dict`` is the exact inverse of parsing and the canonical hash is stable."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from outreach_desk.core.training.vocab import REQUIRED_TEXT_LANGS

PACK_FORMAT = "outreach-desk-scenario-pack"
PACK_FORMAT_VERSION = 1

# A text in several languages: {"en": "...", "nl": "...", "fr": "..."}.
LocalText = dict[str, str]


def pick(text: LocalText, lang: str) -> str:
    """The text in ``lang``, else English, else Dutch, else any language there is."""
    for candidate in (lang, *REQUIRED_TEXT_LANGS):
        if text.get(candidate):
            return text[candidate]
    return next(iter(text.values()), "")


@dataclass(frozen=True)
class Agency:
    id: str
    name: LocalText
    kind: str
    description: LocalText = field(default_factory=dict)


@dataclass(frozen=True)
class Parent:
    first_name: str
    role: str


@dataclass(frozen=True)
class Child:
    first_name: str
    birth_year: int
    school: LocalText = field(default_factory=dict)


@dataclass(frozen=True)
class Household:
    residence: str
    languages: tuple[str, ...]
    municipality: str
    single_parent: bool


@dataclass(frozen=True)
class Worry:
    speaker: str
    lang: str
    text: str
    translations: LocalText


@dataclass(frozen=True)
class AvoidAgency:
    agency: str
    why: LocalText


@dataclass(frozen=True)
class Expected:
    """The facilitator's answer key that a debrief compares participants' choices with."""

    mechanisms: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    avoid_agencies: tuple[AvoidAgency, ...] = ()
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exercise:
    id: str
    kind: str
    prompt: LocalText
    facilitator_notes: LocalText
    expected: Expected = field(default_factory=Expected)
    model_answer: LocalText = field(default_factory=dict)
    key_terms: tuple[LocalText, ...] = ()


@dataclass(frozen=True)
class Case:
    id: str
    title: LocalText
    background: LocalText
    domains: tuple[str, ...]
    household: Household
    parents: tuple[Parent, ...]
    children: tuple[Child, ...]
    worries: tuple[Worry, ...]
    strengths: tuple[LocalText, ...]
    hidden_facts: tuple[LocalText, ...]
    exercises: tuple[Exercise, ...]

    def languages(self) -> tuple[str, ...]:
        """Languages the family speaks and the worries are written in, without repeats."""
        seen = dict.fromkeys([*self.household.languages, *(w.lang for w in self.worries)])
        return tuple(seen)


@dataclass(frozen=True)
class ScenarioPack:
    pack_id: str
    title: LocalText
    description: LocalText
    agencies: tuple[Agency, ...]
    cases: tuple[Case, ...]
    format: str = PACK_FORMAT
    format_version: int = PACK_FORMAT_VERSION
    fictional: bool = True

    def case(self, case_id: str) -> Case | None:
        return next((c for c in self.cases if c.id == case_id), None)

    def agency(self, agency_id: str) -> Agency | None:
        return next((a for a in self.agencies if a.id == agency_id), None)


def to_dict(pack: ScenarioPack) -> dict[str, Any]:
    """The pack as plain JSON values, in the same shape the parser accepts."""
    plain: dict[str, Any] = _plain(dataclasses.asdict(pack))
    return plain


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
