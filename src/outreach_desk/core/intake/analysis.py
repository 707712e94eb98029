"""One call for the intake screen: life domains and urgency from the parent's words."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from outreach_desk.core.intake.domain_model import SOURCE as MODEL_BASIS
from outreach_desk.core.intake.domain_model import domain_model
from outreach_desk.core.intake.domain_suggestions import (
    DEFAULT_LIMIT,
    DomainSuggestion,
    evidence_by_domain,
    rank_domains,
)
from outreach_desk.core.intake.normalize import Token, tokenize
from outreach_desk.core.intake.urgency import UrgencyAssessment, triage
from outreach_desk.core.intake.urgency_model import UrgencyCheck, urgency_check

# An urgency signal (violence at home, no bed tonight) is strong evidence for its domain.
URGENCY_EVIDENCE_WEIGHT = 2.0
# The model's second opinion fills the list up to this many domains. Chosen before the
# held-out sets blind7/blind8 were scored with it (docs/intake.md).
FILL_UP_TO = 3


@dataclass(frozen=True, slots=True)
class WorryAnalysis:
    domains: tuple[DomainSuggestion, ...]
    urgency: UrgencyAssessment
    # Domains the parent's words resemble in earlier worries, not found in the word lists.
    also_consider: tuple[DomainSuggestion, ...] = ()
    # The words resemble earlier urgent worries although the rules found no urgency: a
    # prompt for the worker to ask, never a change to ``urgency``.
    urgency_check: UrgencyCheck | None = None

    @property
    def domain_ids(self) -> list[str]:
        """The domains found in the word lists (the ones ticked for the worker)."""
        return [suggestion.domain_id for suggestion in self.domains]

    @property
    def all_domain_ids(self) -> list[str]:
        """Every suggested domain: the word lists' first, then the model's second opinion."""
        return self.domain_ids + [suggestion.domain_id for suggestion in self.also_consider]

    def to_dict(self) -> dict[str, Any]:
        return {
            "domains": [s.to_dict() for s in (*self.domains, *self.also_consider)],
            "urgent": self.urgency.urgent,
            "urgency_reasons": [reason.to_dict() for reason in self.urgency.reasons],
            "first_steps": [step.to_dict() for step in self.urgency.first_steps],
            "urgency_check": self.urgency_check.to_dict() if self.urgency_check else None,
        }


def analyse_worries(text: str, *, limit: int = DEFAULT_LIMIT) -> WorryAnalysis:
    """Suggested life domains (best first, with evidence), an urgency triage, and a
    prompt to check urgency when the words resemble earlier urgent worries or a danger
    was told about the far past."""
    tokens = tokenize(text)
    found = evidence_by_domain(text, tokens)
    urgency = triage(text, tokens)
    for reason in (*urgency.reasons, *urgency.told_as_past):  # past danger: domain still at stake
        strong = [replace(item, weight=URGENCY_EVIDENCE_WEIGHT) for item in reason.evidence]
        found.setdefault(reason.domain_id, []).extend(strong)
    domains = tuple(rank_domains(found, limit=limit))
    also_consider = second_opinion(text, tokens, domains)
    return WorryAnalysis(domains, urgency, also_consider, urgency_check(text, tokens, urgency))


def second_opinion(
    text: str, tokens: list[Token], found: tuple[DomainSuggestion, ...], up_to: int = FILL_UP_TO
) -> tuple[DomainSuggestion, ...]:
    """The model's best domains that the word lists missed, until ``up_to`` are shown,
    each with the parent's words that pushed the model towards it."""
    have = {suggestion.domain_id for suggestion in found}
    model = domain_model()
    candidates = [d for d, score in model.rank(tokens)[:up_to] if score > 0 and d not in have]
    quoted = model.quotes(text, tokens, candidates)
    explained = [
        DomainSuggestion(domain_id, 0.0, 0.0, quoted[domain_id], MODEL_BASIS)
        for domain_id in candidates
        if quoted[domain_id]
    ]
    return tuple(explained[: max(0, up_to - len(have))])
