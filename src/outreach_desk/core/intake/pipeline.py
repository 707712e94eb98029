"""One intake from start to end: worries -> domains and urgency -> ranked services.
The CLI (``outreach-desk suggest``) and the GUI call :func:`process_intake`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from outreach_desk.core.intake.analysis import analyse_worries
from outreach_desk.core.intake.domain_suggestions import DomainSuggestion
from outreach_desk.core.intake.household import IntakeRequest
from outreach_desk.core.intake.suggest import DEFAULT_LIMIT, ServiceIndex, ServiceSuggestion
from outreach_desk.core.intake.urgency import UrgencyAssessment
from outreach_desk.core.intake.urgency_model import UrgencyCheck
from outreach_desk.core.socialmap.model import Service


@dataclass(frozen=True, slots=True)
class IntakeResult:
    domains: tuple[DomainSuggestion, ...]
    confirmed_by_worker: bool
    urgency: UrgencyAssessment
    suggestions: tuple[ServiceSuggestion, ...]
    first_step_services: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # The domain model's second opinion: shown to the worker, not used to rank services
    # unless the word lists found nothing at all.
    also_consider: tuple[DomainSuggestion, ...] = ()
    # A prompt to check urgency with the parent (see analysis.WorryAnalysis); it changes
    # neither ``urgency`` nor the ranking.
    urgency_check: UrgencyCheck | None = None

    def to_dict(self) -> dict[str, Any]:
        source = "worker" if self.confirmed_by_worker else "suggested"
        return {
            "domains": [{**d.to_dict(), "source": source} for d in self.domains]
            + [{**d.to_dict(), "source": "suggested"} for d in self.also_consider],
            "urgent": self.urgency.urgent,
            "urgency_reasons": [reason.to_dict() for reason in self.urgency.reasons],
            "first_steps": [
                {**step.to_dict(), "services": list(self.first_step_services.get(step.id, ()))}
                for step in self.urgency.first_steps
            ],
            "suggestions": [s.to_dict() for s in self.suggestions],
            "urgency_check": self.urgency_check.to_dict() if self.urgency_check else None,
        }


def first_step_services(
    urgency: UrgencyAssessment, index: ServiceIndex
) -> dict[str, tuple[str, ...]]:
    """For each first step of an urgent intake, the ids of map services that carry it out
    (matched on the service's names and aliases, without case or accents)."""
    return {
        step.id: index.ids_named(step.map_names) for step in urgency.first_steps if step.map_names
    }


def _confirmed(
    ids: Sequence[str], analysed: Sequence[DomainSuggestion]
) -> tuple[DomainSuggestion, ...]:
    """The worker's domains, in the worker's order, with whatever evidence the text holds."""
    by_id = {d.domain_id: d for d in analysed}
    return tuple(by_id.get(i) or DomainSuggestion(i, 0.0, 0.0, ()) for i in ids)


def process_intake(
    request: IntakeRequest,
    services: Sequence[Service] | ServiceIndex,
    *,
    today: date | None = None,
    limit: int = DEFAULT_LIMIT,
) -> IntakeResult:
    """Domains (the worker's, or inferred), urgency and ranked services for one intake.
    Pass a :class:`ServiceIndex` when running many intakes on the same map."""
    index = services if isinstance(services, ServiceIndex) else ServiceIndex(services)
    analysis = analyse_worries(request.worries, limit=12)
    also_consider: tuple[DomainSuggestion, ...] = ()
    if request.domains is not None:
        domains = _confirmed(request.domains, analysis.domains)
    else:
        domains = analysis.domains[:5] or analysis.also_consider[:1]
        also_consider = tuple(d for d in analysis.also_consider if d not in domains)
    ranked_ids = [d.domain_id for d in domains]
    if analysis.urgency.urgent:
        ranked_ids += [r.domain_id for r in analysis.urgency.reasons]
    by_step = first_step_services(analysis.urgency, index) if analysis.urgency.urgent else {}
    suggestions = index.suggest(
        ranked_ids,
        request.household,
        urgent=analysis.urgency.urgent,
        today=today,
        limit=limit,
        first_steps={service_id for ids in by_step.values() for service_id in ids},
    )
    return IntakeResult(
        domains,
        request.domains is not None,
        analysis.urgency,
        tuple(suggestions),
        by_step,
        also_consider,
        analysis.urgency_check,
    )
