"""Urgency triage: signals that call for action today, their first steps, and the
worker's own decision, which always wins over the suggestion.

A signal told about the far past ("last year he hit me"), with nothing in the worry that
brings it back into the present, is held back from the red banner: the worker is asked
to check instead (see ``told_as_past`` in urgency.json and docs/intake.md)."""

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
_TOLD_AS_PAST, _PAST, _PRESENT = "told_as_past", "past", "present"
_SENTENCE_ENDS = frozenset(".!?;\n\u061f\u061b")  # Arabic question mark and semicolon


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
    # Signals told about the far past with nothing bringing them into the present: not
    # ``suggested``, but the worker is asked whether the danger is still there.
    told_as_past: tuple[UrgencyReason, ...] = field(default=())
    past_words: tuple[Evidence, ...] = field(default=())

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
            "told_as_past": [reason.to_dict() for reason in self.told_as_past],
            "past_words": [item.to_dict() for item in self.past_words],
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
class _PastRule:
    """When a signal counts as told about the far past (urgency.json, "told_as_past"); its
    phrases are found with the signals', in the same pass, as "told_as_past|past" and
    "told_as_past|present"."""

    window: int
    never_for: frozenset[str]
    terms: tuple[Term, ...]


@dataclass(frozen=True, slots=True)
class _Rules:
    signals: Mapping[str, _Signal]
    matcher: Matcher
    negators: frozenset[str]
    steps: Mapping[str, FirstStep]
    past: _PastRule


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
    past = _past_rule(data.get(_TOLD_AS_PAST))
    return _Rules(signals, Matcher([*terms, *past.terms]), negators, steps, past)


def _past_rule(spec: Mapping[str, Any] | None) -> _PastRule:
    """No section (word lists from before 28 November 2026, which the leave-one-set-out
    table replays): nothing is ever held back, as then."""
    if spec is None:
        return _PastRule(0, frozenset(), ())
    tables = {f"{_TOLD_AS_PAST}|{kind}": spec[kind] for kind in (_PAST, _PRESENT)}
    never_for = frozenset(spec["never_for"])
    unknown = never_for - {signal.value for signal in UrgencySignal}
    if unknown:
        raise ValueError(f"{URGENCY_LEXICON}: told_as_past.never_for names unknown {unknown}")
    terms = tuple(terms_from(tables, Path(URGENCY_LEXICON)))
    return _PastRule(int(spec["window"]), never_for, terms)


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
        return [m for m in found.get(kind, []) if not m.overlaps_any(blocked)]

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


def _same_sentence(text: str, a: Match, b: Match) -> bool:
    between = text[min(a.end, b.end) : max(a.start, b.start)]
    return not any(char in _SENTENCE_ENDS for char in between)


def _past_markers(found: Mapping[str, list[Match]]) -> list[Match]:
    """The far-past phrases of a worry, or none at all when anything in it (a "present"
    phrase that is not part of a "past" one, like "back" in "back then") brings a
    danger into the present."""
    past = found.get(_PAST, [])
    present = [m for m in found.get(_PRESENT, []) if not m.overlaps_any(past)]
    return [] if present else past


def _told_as_past(
    text: str, name: str, matches: Sequence[Match], markers: Sequence[Match], rule: _PastRule
) -> list[Match]:
    """The past phrases that place every match of a signal in the far past (each within
    the window and in the same sentence), or an empty list when one match stands apart."""
    if name in rule.never_for or not markers:
        return []
    used: list[Match] = []
    for match in matches:
        near = [
            marker
            for marker in markers
            if abs(marker.first_token - match.first_token) <= rule.window
            and _same_sentence(text, marker, match)
        ]
        if not near:
            return []
        used.extend(m for m in near if m not in used)
    return used


def triage(text: str, tokens: Sequence[Token] | None = None) -> UrgencyAssessment:
    """Suggest whether a worry is urgent, why (with the words), and what to do first."""
    rules = _rules()
    tokens = tokens if tokens is not None else tokenize(text)
    reasons: list[UrgencyReason] = []
    held_back: list[UrgencyReason] = []
    past_used: list[Match] = []
    grouped = _group(rules.matcher.find(tokens))
    markers = _past_markers(grouped.get(_TOLD_AS_PAST, {}))
    for name, spec in rules.signals.items():
        matches = _signal_matches(spec, grouped.get(name, {}))
        if spec.negatable:
            matches = [m for m in matches if not _negated(m, tokens, rules.negators)]
        if not matches:
            continue
        evidence = tuple(Evidence.from_match(m, text, f"urgency:{name}") for m in matches)
        reason = UrgencyReason(spec.signal, spec.domain_id, spec.label, evidence)
        past = _told_as_past(text, name, matches, markers, rules.past)
        (held_back if past else reasons).append(reason)
        past_used.extend(m for m in past if m not in past_used)
    if reasons:  # one signal in the present: every signal shows, with all first steps
        reasons, held_back, past_used = reasons + held_back, [], []
    past_words = tuple(Evidence.from_match(m, text, "urgency:told_as_past") for m in past_used)
    return UrgencyAssessment(
        bool(reasons),
        tuple(reasons),
        _first_steps(reasons, rules),
        told_as_past=tuple(held_back),
        past_words=tuple(sorted(past_words, key=lambda e: e.start)),
    )


def first_step(step_id: str) -> FirstStep:
    return _rules().steps[step_id]
