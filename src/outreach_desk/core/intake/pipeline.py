"""One intake from start to end: worries -> domains and urgency -> ranked services.
The CLI (``outreach-desk suggest``) and the GUI call :func:`process_intake`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from outreach_desk.core.intake.analysis import analyse_worries
from outreach_desk.core.intake.domain_suggestions import DomainSuggestion
from outreach_desk.core.intake.household import IntakeRequest
from outreach_desk.core.intake.suggest import DEFAULT_LIMIT, ServiceSuggestion, suggest_services
from outreach_desk.core.intake.urgency import UrgencyAssessment
from outreach_desk.core.socialmap.model import Service


@dataclass(frozen=True, slots=True)
class IntakeResult:
    domains: tuple[DomainSuggestion, ...]
    confirmed_by_worker: bool
    urgency: UrgencyAssessment
    suggestions: tuple[ServiceSuggestion, ...]

    def to_dict(self) -> dict[str, Any]:
        source = "worker" if self.confirmed_by_worker else "suggested"
        return {
            "domains": [{**d.to_dict(), "source": source} for d in self.domains],
            "urgent": self.urgency.urgent,
            "urgency_reasons": [reason.to_dict() for reason in self.urgency.reasons],
            "first_steps": [step.to_dict() for step in self.urgency.first_steps],
            "suggestions": [s.to_dict() for s in self.suggestions],
        }


def _confirmed(
    ids: Sequence[str], analysed: Sequence[DomainSuggestion]
) -> tuple[DomainSuggestion, ...]:
    """The worker's domains, in the worker's order, with whatever evidence the text holds."""
    by_id = {d.domain_id: d for d in analysed}
    return tuple(by_id.get(i) or DomainSuggestion(i, 0.0, 0.0, ()) for i in ids)


def process_intake(
    request: IntakeRequest,
    services: Sequence[Service],
    *,
    today: date | None = None,
    limit: int = DEFAULT_LIMIT,
) -> IntakeResult:
    analysis = analyse_worries(request.worries, limit=12)
    if request.domains is not None:
        domains = _confirmed(request.domains, analysis.domains)
    else:
        domains = analysis.domains[:5]
    ranked_ids = [d.domain_id for d in domains]
    if analysis.urgency.urgent:
        ranked_ids += [r.domain_id for r in analysis.urgency.reasons]
    suggestions = suggest_services(
        services,
        ranked_ids,
        request.household,
        urgent=analysis.urgency.urgent,
        today=today,
        limit=limit,
    )
    return IntakeResult(domains, request.domains is not None, analysis.urgency, tuple(suggestions))
