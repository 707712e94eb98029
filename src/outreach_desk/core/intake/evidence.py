"""What the analysis shows a worker: which words, where, led to which conclusion."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from outreach_desk.core.intake.lexicon import Match
from outreach_desk.core.intake.normalize import Token


@dataclass(frozen=True, slots=True)
class Evidence:
    """One matched phrase: ``text`` is the parent's own words, ``start``/``end`` their
    position in the original worry (Python string indices), ``phrase`` the reviewed entry."""

    phrase: str
    text: str
    start: int
    end: int
    language: str
    weight: float
    source: str = "lexicon"

    @classmethod
    def from_match(cls, match: Match, original: str, source: str = "lexicon") -> Evidence:
        return cls(
            phrase=match.term.phrase,
            text=original[match.start : match.end],
            start=match.start,
            end=match.end,
            language=match.term.language,
            weight=match.term.weight,
            source=source,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "phrase": self.phrase,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "language": self.language,
            "weight": self.weight,
            "source": self.source,
        }

    def overlaps(self, other: Evidence) -> bool:
        return self.start < other.end and other.start < self.end


def strongest_words(
    text: str,
    tokens: Sequence[Token],
    lean: Mapping[str, float],
    *,
    limit: int,
    little: Collection[str],
    source: str,
) -> tuple[Evidence, ...]:
    """The parent's words that lean most (``lean`` per word form, > 0) towards what a
    learnt model suggests, each once, in the order they were written. Little words
    ("the", "since") are quoted only when nothing else leans that way."""
    towards = [(lean[t.form], t) for t in tokens if lean.get(t.form, 0.0) > 0]
    ordered = sorted(towards, key=lambda item: (item[1].form in little, -item[0], item[1].start))
    chosen: dict[str, Evidence] = {}
    for push, token in ordered:
        words = text[token.start : token.end]
        if words.casefold() in chosen or len(chosen) >= limit:
            continue
        if token.form in little and chosen:
            continue
        chosen[words.casefold()] = Evidence(
            phrase=token.form,
            text=words,
            start=token.start,
            end=token.end,
            language="",
            weight=round(push, 2),
            source=source,
        )
    return tuple(sorted(chosen.values(), key=lambda e: e.start))
