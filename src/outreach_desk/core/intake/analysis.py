"""One call for the intake screen: life domains and urgency from the parent's words."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from outreach_desk.core.intake.domain_suggestions import (
    DEFAULT_LIMIT,
    DomainSuggestion,
    evidence_by_domain,
    rank_domains,
)
from outreach_desk.core.intake.normalize import tokenize
from outreach_desk.core.intake.urgency import UrgencyAssessment, triage

# An urgency signal (violence at home, no bed tonight) is strong evidence for its domain.
URGENCY_EVIDENCE_WEIGHT = 2.0


@dataclass(frozen=True, slots=True)
class WorryAnalysis:
    domains: tuple[DomainSuggestion, ...]
    urgency: UrgencyAssessment

    @property
    def domain_ids(self) -> list[str]:
        return [suggestion.domain_id for suggestion in self.domains]

    def to_dict(self) -> dict[str, Any]:
        return {
            "domains": [suggestion.to_dict() for suggestion in self.domains],
            "urgent": self.urgency.urgent,
            "urgency_reasons": [reason.to_dict() for reason in self.urgency.reasons],
            "first_steps": [step.to_dict() for step in self.urgency.first_steps],
        }


def analyse_worries(text: str, *, limit: int = DEFAULT_LIMIT) -> WorryAnalysis:
    """Suggested life domains (best first, with evidence) and an urgency triage."""
    tokens = tokenize(text)
    found = evidence_by_domain(text, tokens)
    urgency = triage(text, tokens)
    for reason in urgency.reasons:
        strong = [replace(item, weight=URGENCY_EVIDENCE_WEIGHT) for item in reason.evidence]
        found.setdefault(reason.domain_id, []).extend(strong)
    return WorryAnalysis(tuple(rank_domains(found, limit=limit)), urgency)
