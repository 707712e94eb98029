"""How a service fits a family: points, reasons and blockers, one small function per
fact. The same functions rank the whole map (scores only) and explain the services shown
(with sentences), so the order and its explanation cannot disagree."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from outreach_desk.core.intake.household import Household, Residence
from outreach_desk.core.intake.suggest_notes import Blocker, Note, Reason
from outreach_desk.core.socialmap.model import (
    Access,
    Formality,
    Interpretation,
    Service,
    WaitingList,
    Welcome,
    is_stale,
)

# Informal initiatives that interpret and accompany help with any domain.
ACCOMPANYING_DOMAIN = "administration_language"
_FIRST_DOMAIN_POINTS, _DOMAIN_STEP, _EXTRA_DOMAIN_POINTS = 3.0, 1.0, 0.3
_EMERGENCY_POINTS = 100.0
_FIRST_STEP_POINTS = 50.0


class Role(enum.StrEnum):
    EMERGENCY = "emergency"
    HOLDS_THE_RIGHT = "holds_the_right"
    INFORMAL = "informal"  # citizen initiatives and small non-profits: complement, never replace
    OTHER = "other"


ROLE_ORDER = {role: index for index, role in enumerate(Role)}


HARD_BLOCKERS = frozenset({Blocker.REQUIRES_LEGAL_RESIDENCE, Blocker.OTHER_MUNICIPALITY})


@dataclass(slots=True)
class Tally:
    """Adds up points; writes the notes only when ``record`` (the first pass over the
    whole map only needs the score, the second pass explains the few shown)."""

    score: float = 0.0
    record: bool = True
    blocked: bool = False
    reasons: list[Note] = field(default_factory=list)
    blockers: list[Note] = field(default_factory=list)

    def reason(self, points: float, code: str, **params: Any) -> None:
        self.score += points
        if self.record:
            self.reasons.append(Note(code, params))

    def blocker(self, points: float, code: str, **params: Any) -> None:
        self.score -= points
        self.blocked = self.blocked or code in HARD_BLOCKERS
        if self.record:
            self.blockers.append(Note(code, params))


def role_of(service: Service) -> Role:
    if service.emergency:
        return Role.EMERGENCY
    if service.formality is Formality.FORMAL:
        return Role.HOLDS_THE_RIGHT
    if service.formality in (Formality.INFORMAL, Formality.INTERMEDIATE):
        return Role.INFORMAL
    return Role.OTHER


def can_accompany(service: Service, role: Role | None = None) -> bool:
    """Informal initiatives that interpret, explain papers or come to the family."""
    return (role or role_of(service)) is Role.INFORMAL and (
        ACCOMPANYING_DOMAIN in service.domains or service.access is Access.OUTREACH
    )


def domain_fit(
    service: Service, domains: Sequence[str], role: Role, first_step: bool = False
) -> tuple[str, float] | None:
    matched = [d for d in domains if d in service.domains]
    if not matched and first_step:
        return (service.domains or (*domains, "housing"))[0], 1.0
    if not matched:
        if role is Role.INFORMAL and ACCOMPANYING_DOMAIN in service.domains and domains:
            return domains[0], 1.0
        return None
    best = domains.index(matched[0])
    points = max(1.0, _FIRST_DOMAIN_POINTS - _DOMAIN_STEP * best)
    return matched[0], points + _EXTRA_DOMAIN_POINTS * (len(matched) - 1)


def residence_fit(tally: Tally, service: Service, residence: Residence) -> None:
    if residence is Residence.REGULAR:
        return
    welcome = service.welcomes_undocumented
    if welcome is Welcome.YES:
        tally.reason(
            2.0 if residence is Residence.UNDOCUMENTED else 0.5, Reason.WELCOMES_UNDOCUMENTED
        )
    elif welcome is Welcome.CONDITIONS:
        tally.reason(
            1.0 if residence is Residence.UNDOCUMENTED else 0.2, Reason.UNDOCUMENTED_WITH_CONDITIONS
        )
    elif welcome is Welcome.NO and residence is Residence.UNDOCUMENTED:
        tally.blocker(6.0, Blocker.REQUIRES_LEGAL_RESIDENCE)
    elif residence is Residence.UNDOCUMENTED:
        tally.blocker(0.5, Blocker.UNDOCUMENTED_UNKNOWN)


def language_fit(tally: Tally, service: Service, languages: Sequence[str]) -> None:
    if not languages or not service.languages:
        return
    shared = [code for code in languages if code in service.languages]
    if shared:
        tally.reason(1.5, Reason.SPEAKS_LANGUAGE, language=shared[0])
    elif service.interpretation is Interpretation.YES:
        tally.reason(1.0, Reason.INTERPRETERS)
    elif service.interpretation is Interpretation.SOMETIMES:
        tally.reason(0.5, Reason.INTERPRETERS)
    else:
        tally.blocker(1.0, Blocker.LANGUAGE_MISMATCH, languages=service.languages)


def place_fit(tally: Tally, service: Service, municipality: str | None) -> None:
    if municipality is None:
        if service.municipalities and not service.region_wide:
            tally.blocker(1.0, Blocker.ASK_MUNICIPALITY, municipality=list(service.municipalities))
        return
    if municipality in service.municipalities:
        tally.reason(1.5, Reason.IN_MUNICIPALITY, municipality=[municipality])
    elif service.region_wide:
        tally.reason(0.5, Reason.WHOLE_REGION)
    elif service.municipalities:
        # An OCMW/CPAS only helps people who live in its municipality.
        tally.blocker(4.0, Blocker.OTHER_MUNICIPALITY, municipality=list(service.municipalities))


def access_fit(tally: Tally, service: Service) -> None:
    if service.walk_in:
        tally.reason(1.0, Reason.WALK_IN)
    elif service.access is Access.OUTREACH:
        tally.reason(1.0, Reason.COMES_TO_FAMILY)
    elif service.access is Access.REFERRAL:
        tally.blocker(0.5, Blocker.REFERRAL_ONLY)
    waiting = service.waiting_list
    if waiting is WaitingList.NONE:
        tally.reason(0.5, Reason.NO_WAITING_LIST)
    elif waiting is WaitingList.WEEKS:
        tally.blocker(0.5, Blocker.WAITING_WEEKS)
    elif waiting is WaitingList.MONTHS:
        tally.blocker(1.5, Blocker.WAITING_MONTHS)


def young_fit(tally: Tally, service: Service, household: Household, today: date) -> None:
    if "parenting_early_childhood" in service.domains and household.has_young_child(today):
        tally.reason(0.5, Reason.YOUNG_CHILDREN)


def record_fit(tally: Tally, service: Service, today: date) -> None:
    """Facts about the record itself: they inform, they never change the rank."""
    if service.confidential_address:
        tally.blocker(0.0, Blocker.CONFIDENTIAL_ADDRESS)
    if service.needs_verification or is_stale(service, today):
        tally.blocker(0.0, Blocker.NOT_VERIFIED)


def role_fit(tally: Tally, service: Service, role: Role, first_step: bool) -> None:
    if first_step:
        tally.reason(_FIRST_STEP_POINTS, Reason.FIRST_STEP)
    if role is Role.EMERGENCY:
        tally.reason(_EMERGENCY_POINTS, Reason.EMERGENCY)
    elif role is Role.HOLDS_THE_RIGHT:
        tally.reason(2.0, Reason.HOLDS_THE_RIGHT)
    elif can_accompany(service, role):
        tally.reason(0.0, Reason.CAN_ACCOMPANY)


def explained_tally(
    service: Service,
    role: Role,
    points: float,
    household: Household,
    today: date,
    first_step: bool,
) -> Tally:
    tally = Tally(score=points)
    role_fit(tally, service, role, first_step)
    residence_fit(tally, service, household.residence)
    language_fit(tally, service, household.languages)
    place_fit(tally, service, household.municipality)
    access_fit(tally, service)
    young_fit(tally, service, household, today)
    record_fit(tally, service, today)
    return tally
