"""From a parent's worry to life domains, urgency and the non-take-up lens.

Offline and deterministic: reviewed word lists in ``resources/intake``, no model."""

from outreach_desk.core.intake.analysis import WorryAnalysis, analyse_worries
from outreach_desk.core.intake.domain_suggestions import DomainSuggestion, suggest_domains
from outreach_desk.core.intake.evidence import Evidence
from outreach_desk.core.intake.urgency import (
    FirstStep,
    UrgencyAssessment,
    UrgencyReason,
    UrgencySignal,
    triage,
)

__all__ = [
    "DomainSuggestion",
    "Evidence",
    "FirstStep",
    "UrgencyAssessment",
    "UrgencyReason",
    "UrgencySignal",
    "WorryAnalysis",
    "analyse_worries",
    "suggest_domains",
    "triage",
]
