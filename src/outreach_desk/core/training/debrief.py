"""Compare what participants chose with the facilitator's answer key, for the debrief view.

The answer key of a case is the union of its exercises' ``expected`` parts; the case's own
life domains count as expected domains too."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.training.errors import ScenarioPackNotFound, UnknownAnswer
from outreach_desk.core.training.model import AvoidAgency, Case, ScenarioPack
from outreach_desk.core.training.vocab import MECHANISM_IDS


@dataclass(frozen=True)
class Answers:
    """A participant's (or a group's) choices for one case."""

    mechanisms: frozenset[str] = field(default_factory=frozenset)
    agencies: frozenset[str] = field(default_factory=frozenset)
    domains: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Comparison:
    matched: tuple[str, ...]
    missed: tuple[str, ...]
    extra: tuple[str, ...]

    @property
    def score(self) -> float:
        """Share of the expected items found: a talking point for the debrief, not a grade."""
        expected = len(self.matched) + len(self.missed)
        return 1.0 if expected == 0 else len(self.matched) / expected


@dataclass(frozen=True)
class Debrief:
    case_id: str
    mechanisms: Comparison
    agencies: Comparison
    domains: Comparison
    # Agencies the participant chose that the facilitator expects to turn this family away.
    warnings: tuple[AvoidAgency, ...]


def expected_answers(case: Case) -> Answers:
    mechanisms: set[str] = set()
    agencies: set[str] = set()
    domains: set[str] = set(case.domains)
    for exercise in case.exercises:
        mechanisms.update(exercise.expected.mechanisms)
        agencies.update(exercise.expected.agencies)
        domains.update(exercise.expected.domains)
    return Answers(frozenset(mechanisms), frozenset(agencies), frozenset(domains))


def compare(expected: Iterable[str], chosen: Iterable[str]) -> Comparison:
    wanted, given = set(expected), set(chosen)
    return Comparison(
        matched=tuple(sorted(wanted & given)),
        missed=tuple(sorted(wanted - given)),
        extra=tuple(sorted(given - wanted)),
    )


def debrief(pack: ScenarioPack, case_id: str, answers: Answers) -> Debrief:
    """Structured comparison of ``answers`` with the facilitator notes of one case."""
    case = pack.case(case_id)
    if case is None:
        raise ScenarioPackNotFound(f"pack {pack.pack_id!r} has no case {case_id!r}.")
    _refuse_unknown(answers, pack)
    key = expected_answers(case)
    avoid = {item.agency: item for e in case.exercises for item in e.expected.avoid_agencies}
    return Debrief(
        case_id=case.id,
        mechanisms=compare(key.mechanisms, answers.mechanisms),
        agencies=compare(key.agencies, answers.agencies),
        domains=compare(key.domains, answers.domains),
        warnings=tuple(avoid[a] for a in sorted(answers.agencies) if a in avoid),
    )


def _refuse_unknown(answers: Answers, pack: ScenarioPack) -> None:
    """A typo in an answer would silently count as 'extra'; say so instead."""
    vocabularies = (
        ("mechanisms", answers.mechanisms, set(MECHANISM_IDS)),
        ("agencies", answers.agencies, {a.id for a in pack.agencies}),
        ("domains", answers.domains, set(DOMAIN_IDS)),
    )
    for name, chosen, known in vocabularies:
        unknown = sorted(set(chosen) - known)
        if unknown:
            raise UnknownAnswer(
                f"unknown {name} answer {unknown[0]!r}; choose from: {', '.join(sorted(known))}."
            )


@dataclass(frozen=True)
class Tally:
    """How many groups chose each item, next to the answer key: one debrief for a room."""

    case_id: str
    groups: int
    expected: Answers
    mechanisms: dict[str, int]
    agencies: dict[str, int]
    domains: dict[str, int]


def tally(pack: ScenarioPack, case_id: str, answers: Sequence[Answers]) -> Tally:
    case = pack.case(case_id)
    if case is None:
        raise ScenarioPackNotFound(f"pack {pack.pack_id!r} has no case {case_id!r}.")
    for group_answers in answers:
        _refuse_unknown(group_answers, pack)
    return Tally(
        case_id=case_id,
        groups=len(answers),
        expected=expected_answers(case),
        mechanisms=_count(a.mechanisms for a in answers),
        agencies=_count(a.agencies for a in answers),
        domains=_count(a.domains for a in answers),
    )


def _count(choices: Iterable[frozenset[str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for chosen in choices:
        for item in chosen:
            counts[item] = counts.get(item, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
