"""Urgency triage: signals that call for action today, their first steps, and the
worker's own decision, which always wins over the suggestion."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from outreach_desk.core.intake.evidence import Evidence
from outreach_desk.core.intake.lexicon import (
    Match,
    Matcher,
    Term,
    load_json,
    normalized_set,
    terms_from,
)
from outreach_desk.core.intake.normalize import Token, tokenize

URGENCY_LEXICON = "urgency.json"
_NEGATION_WINDOW = 2
_PHRASE, _NOT = "phrase", "not"


class UrgencySignal(enum.StrEnum):
    DOMESTIC_VIOLENCE = "domestic_violence"
    CHILD_SAFETY = "child_safety"
    NO_SHELTER_TONIGHT = "no_shelter_tonight"
    NEWBORN_WITHOUT_CARE = "newborn_without_care"
    MEDICAL_EMERGENCY = "medical_emergency"
    SUICIDAL = "suicidal"
    CHILD_HUNGRY = "child_hungry"


@dataclass(frozen=True, slots=True)
class FirstStep:
    """A concrete first action; ``contact`` is a phone number when there is one.
    ``to_verify`` marks numbers a person should re-check before a release."""

    id: str
    contact: str | None
    text: Mapping[str, str]
    to_verify: bool = False
    map_names: tuple[str, ...] = ()  # names or aliases of map services that carry it out

    def text_in(self, lang: str) -> str:
        return self.text.get(lang) or self.text["en"]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "contact": self.contact, "text": dict(self.text)}


@dataclass(frozen=True, slots=True)
class UrgencyReason:
    signal: UrgencySignal
    domain_id: str
    label: Mapping[str, str]
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "signal": self.signal.value,
            "domain": self.domain_id,
            "label": dict(self.label),
            "evidence": [item.to_dict() for item in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class UrgencyAssessment:
    """``suggested`` comes from the text; ``confirmed`` is the worker's decision
    (None until the worker sets or clears urgency by hand)."""

    suggested: bool
    reasons: tuple[UrgencyReason, ...] = field(default=())
    first_steps: tuple[FirstStep, ...] = field(default=())
    confirmed: bool | None = None
    note: str = ""

    @property
    def urgent(self) -> bool:
        return self.suggested if self.confirmed is None else self.confirmed

    @property
    def overridden(self) -> bool:
        return self.confirmed is not None and self.confirmed != self.suggested

    def set_by_worker(self, urgent: bool, note: str = "") -> UrgencyAssessment:
        return replace(self, confirmed=urgent, note=note)

    def back_to_suggestion(self) -> UrgencyAssessment:
        return replace(self, confirmed=None, note="")

    def to_dict(self) -> dict[str, Any]:
        return {
            "urgent": self.urgent,
            "suggested": self.suggested,
            "confirmed": self.confirmed,
            "note": self.note,
            "reasons": [reason.to_dict() for reason in self.reasons],
            "first_steps": [step.to_dict() for step in self.first_steps],
        }


@dataclass(frozen=True, slots=True)
class _Signal:
    signal: UrgencySignal
    domain_id: str
    negatable: bool
    label: Mapping[str, str]
    windows: tuple[int, ...]
    step_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Rules:
    signals: Mapping[str, _Signal]
    matcher: Matcher
    negators: frozenset[str]
    steps: Mapping[str, FirstStep]


def _signal_terms(name: str, spec: Mapping[str, Any], source: Path) -> list[Term]:
    groups = {_PHRASE: spec.get("phrases", {}), _NOT: spec.get("not", {})}
    for index, rule in enumerate(spec.get("near", ())):
        groups[f"a{index}"], groups[f"b{index}"] = rule["a"], rule["b"]
    return terms_from({f"{name}|{kind}": table for kind, table in groups.items()}, source)


def _signal(name: str, spec: Mapping[str, Any]) -> _Signal:
    return _Signal(
        signal=UrgencySignal(name),
        domain_id=spec["domain"],
        negatable=bool(spec["negatable"]),
        label=spec["label"],
        windows=tuple(int(rule["window"]) for rule in spec.get("near", ())),
        step_ids=tuple(spec.get("first_steps", ())),
    )


def _step(key: str, raw: Mapping[str, Any]) -> FirstStep:
    text = {lang: raw[lang] for lang in ("nl", "fr", "en")}
    names = tuple(raw.get("map", ()))
    return FirstStep(key, raw["contact"], text, bool(raw["to_verify"]), names)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_json(URGENCY_LEXICON)
    source = Path(URGENCY_LEXICON)
    signals = {name: _signal(name, spec) for name, spec in data["signals"].items()}
    terms = [t for name, spec in data["signals"].items() for t in _signal_terms(name, spec, source)]
    negators = normalized_set(w for words in data["negators"].values() for w in words)
    steps = {key: _step(key, raw) for key, raw in data["first_steps"].items()}
    return _Rules(signals, Matcher(terms), negators, steps)


def _negated(match: Match, tokens: Sequence[Token], negators: frozenset[str]) -> bool:
    before = tokens[max(0, match.first_token - _NEGATION_WINDOW) : match.first_token]
    return any(token.form in negators for token in before)


def _near_pair(a: Sequence[Match], b: Sequence[Match], window: int) -> list[Match]:
    for first in a:
        for second in b:
            if abs(first.first_token - second.first_token) <= window and first is not second:
                return [first, second]
    return []


def _signal_matches(spec: _Signal, found: Mapping[str, list[Match]]) -> list[Match]:
    blocked = found.get(_NOT, [])

    def allowed(kind: str) -> list[Match]:
        return [
            m
            for m in found.get(kind, [])
            if not any(m.start < n.end and n.start < m.end for n in blocked)
        ]

    phrases = allowed(_PHRASE)
    for index, window in enumerate(spec.windows):
        if phrases:
            break
        phrases = _near_pair(allowed(f"a{index}"), allowed(f"b{index}"), window)
    return phrases


def _group(matches: Sequence[Match]) -> dict[str, dict[str, list[Match]]]:
    grouped: dict[str, dict[str, list[Match]]] = {}
    for match in matches:
        name, kind = match.term.target.split("|")
        grouped.setdefault(name, {}).setdefault(kind, []).append(match)
    return grouped


def _first_steps(reasons: Sequence[UrgencyReason], rules: _Rules) -> tuple[FirstStep, ...]:
    ordered: dict[str, FirstStep] = {}
    for reason in reasons:
        for step_id in rules.signals[reason.signal.value].step_ids:
            ordered.setdefault(step_id, rules.steps[step_id])
    return tuple(ordered.values())


def triage(text: str, tokens: Sequence[Token] | None = None) -> UrgencyAssessment:
    """Suggest whether a worry is urgent, why (with the words), and what to do first."""
    rules = _rules()
    tokens = tokens if tokens is not None else tokenize(text)
    reasons = []
    grouped = _group(rules.matcher.find(tokens))
    for name, spec in rules.signals.items():
        matches = _signal_matches(spec, grouped.get(name, {}))
        if spec.negatable:
            matches = [m for m in matches if not _negated(m, tokens, rules.negators)]
        if matches:
            evidence = tuple(Evidence.from_match(m, text, f"urgency:{name}") for m in matches)
            reasons.append(UrgencyReason(spec.signal, spec.domain_id, spec.label, evidence))
    return UrgencyAssessment(bool(reasons), tuple(reasons), _first_steps(reasons, rules))


def first_step(step_id: str) -> FirstStep:
    return _rules().steps[step_id]
