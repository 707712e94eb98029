"""Suggest life domains from a parent's worry, with the words that led to each one.

Deliberately a transparent word-list scorer, not a trained model: a worker must be able
to see *why* a domain is suggested, and reviewers extend the lists in
``resources/intake/domains.json`` without retraining anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.intake.evidence import Evidence
from outreach_desk.core.intake.lexicon import Matcher, load_json, terms_from
from outreach_desk.core.intake.normalize import Token, tokenize
from outreach_desk.core.intake.situations import SOURCE_PREFIX, situation_evidence

DOMAIN_LEXICON = "domains.json"
SUGGEST_FROM_SCORE = 1.0
WEAK_CLUE_SHARE = 0.5
DEFAULT_LIMIT = 5
# A word repeated across a long worry adds a little, never as much as a new word.
_REPEAT_BONUS = 0.25
_MAX_REPEATS = 2
# Confidence = score / (score + k): one ordinary word gives 0.4, three give about 0.67.
_CONFIDENCE_K = 1.5
# A pasted 100 KB letter can repeat a word thousands of times; a worker needs a few quotes.
MAX_EVIDENCE_PER_DOMAIN = 25


@dataclass(frozen=True, slots=True)
class DomainSuggestion:
    domain_id: str
    score: float
    confidence: float
    evidence: tuple[Evidence, ...] = field(default=())
    # "words": found in the reviewed word lists (ticked for the worker);
    # "similar_worries": the domain model's second opinion (offered, not ticked).
    basis: str = "words"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.domain_id,
            "basis": self.basis,
            "score": round(self.score, 2),
            "confidence": self.confidence,
            "evidence": [item.to_dict() for item in self.evidence],
        }


@lru_cache(maxsize=1)
def domain_matcher() -> Matcher:
    table = load_json(DOMAIN_LEXICON).get("domains", {})
    unknown = sorted(set(table) - set(DOMAIN_IDS))
    if unknown:
        raise ValidationError(
            f"{DOMAIN_LEXICON}: unknown life domain(s) {', '.join(unknown)}; "
            f"use one of {', '.join(DOMAIN_IDS)}"
        )
    return Matcher(terms_from(table, Path(DOMAIN_LEXICON)))


def _keep_longest(evidence: Iterable[Evidence]) -> list[Evidence]:
    """Within one domain, "geen papieren" and "papieren" at the same place count once;
    of two phrases on the same words ("verblijf" inside "verblijfsvergunning"), the
    stronger one counts. A situation's words are kept as they are: the situation is the
    words *together*, on top of what each word says alone."""
    kept: list[Evidence] = []
    situations = [e for e in evidence if e.source.startswith(SOURCE_PREFIX)]
    covered_until = -1
    words = (e for e in evidence if not e.source.startswith(SOURCE_PREFIX))
    for item in sorted(words, key=lambda e: (e.start, -(e.end - e.start), -e.weight)):
        if item.start >= covered_until:
            kept.append(item)
            covered_until = item.end
    return sorted(kept + situations, key=lambda e: (e.start, e.end))


def score_evidence(evidence: Sequence[Evidence]) -> float:
    seen: dict[str, int] = {}
    score = 0.0
    for item in evidence:
        repeats = seen.get(item.phrase, 0)
        if repeats == 0:
            score += item.weight
        elif repeats <= _MAX_REPEATS:
            score += item.weight * _REPEAT_BONUS
        seen[item.phrase] = repeats + 1
    return score


def confidence(score: float) -> float:
    return round(score / (score + _CONFIDENCE_K), 2) if score > 0 else 0.0


def evidence_by_domain(
    text: str, tokens: Sequence[Token] | None = None
) -> dict[str, list[Evidence]]:
    tokens = tokens if tokens is not None else tokenize(text)
    found: dict[str, list[Evidence]] = {}
    for match in domain_matcher().find(tokens):
        found.setdefault(match.term.target, []).append(Evidence.from_match(match, text))
    for domain_id, items in situation_evidence(text, tokens).items():
        found.setdefault(domain_id, []).extend(items)
    return found


def rank_domains(
    found: dict[str, list[Evidence]],
    *,
    limit: int = DEFAULT_LIMIT,
    min_score: float = SUGGEST_FROM_SCORE,
) -> list[DomainSuggestion]:
    """Domains with enough evidence, best first (see :func:`_strength` for ties).

    When no domain reaches ``min_score``, the best one with at least half of it is still
    offered (with its low confidence): one weak clue beats an empty list for a worker."""
    scored = []
    for domain_id in DOMAIN_IDS:
        evidence = _keep_longest(found.get(domain_id, ()))
        score = score_evidence(evidence)
        if score > 0:
            clipped = tuple(evidence[:MAX_EVIDENCE_PER_DOMAIN])
            scored.append(DomainSuggestion(domain_id, score, confidence(score), clipped))
    scored.sort(key=_strength)
    suggestions = [s for s in scored if s.score >= min_score]
    if not suggestions and scored and scored[0].score >= min_score * WEAK_CLUE_SHARE:
        # Offer every domain tied with the best weak clue rather than the first in list order.
        suggestions = [s for s in scored if s.score == scored[0].score]
    return suggestions[:limit]


def _strength(suggestion: DomainSuggestion) -> tuple[float, int, float]:
    """Best first: the higher score, then, on a tie, the more separate places in the worry
    that point at the domain (several words together beat one word repeated or one weak
    word), then the strongest single clue."""
    places = len({(item.start, item.end) for item in suggestion.evidence})
    strongest = max((item.weight for item in suggestion.evidence), default=0.0)
    return (-suggestion.score, -places, -strongest)


def suggest_domains(text: str, *, limit: int = DEFAULT_LIMIT) -> list[DomainSuggestion]:
    """The life domains a worry touches, best first, each with its evidence."""
    return rank_domains(evidence_by_domain(text), limit=limit)
