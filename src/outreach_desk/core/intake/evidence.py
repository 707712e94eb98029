"""What the analysis shows a worker: which words, where, led to which conclusion."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from outreach_desk.core.intake.lexicon import Match


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
