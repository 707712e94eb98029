"""Ranked services for a family: the regular service that holds the right first, with
reasons and blockers, and the informal initiatives that can accompany the family there
(the booklet: the bridge runs from informal to regular, not the reverse).

Deterministic: the same map, domains and household always give the same list."""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
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

DEFAULT_LIMIT = 20
BRIDGES_PER_SERVICE = 3
LOCAL_SERVICES_WITHOUT_MUNICIPALITY = 3
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


_ROLE_ORDER = {role: index for index, role in enumerate(Role)}


@dataclass(frozen=True, slots=True)
class ServiceSuggestion:
    service: Service
    domain_id: str
    score: float
    role: Role
    reasons: tuple[Note, ...]
    blockers: tuple[Note, ...]
    accompanied_by: tuple[str, ...] = ()
    blocked: bool = False  # a blocker that rules the service out (papers, municipality)

    def to_dict(self) -> dict[str, Any]:
        return {
            "service_id": self.service.id,
            "name": self.service.name.as_dict(),
            "organization": self.service.organization.name.first(),
            "domain": self.domain_id,
            "role": self.role.value,
            "score": round(self.score, 2),
            "reasons": [note.to_dict() for note in self.reasons],
            "blockers": [note.to_dict() for note in self.blockers],
            "accompanied_by": list(self.accompanied_by),
            "blocked": self.blocked,
        }


_HARD_BLOCKERS = frozenset({Blocker.REQUIRES_LEGAL_RESIDENCE, Blocker.OTHER_MUNICIPALITY})


@dataclass(slots=True)
class _Tally:
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
        self.blocked = self.blocked or code in _HARD_BLOCKERS
        if self.record:
            self.blockers.append(Note(code, params))


def _role(service: Service) -> Role:
    if service.emergency:
        return Role.EMERGENCY
    if service.formality is Formality.FORMAL:
        return Role.HOLDS_THE_RIGHT
    if service.formality in (Formality.INFORMAL, Formality.INTERMEDIATE):
        return Role.INFORMAL
    return Role.OTHER


def can_accompany(service: Service, role: Role | None = None) -> bool:
    """Informal initiatives that interpret, explain papers or come to the family."""
    return (role or _role(service)) is Role.INFORMAL and (
        ACCOMPANYING_DOMAIN in service.domains or service.access is Access.OUTREACH
    )


def _domain_fit(
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


def _residence_fit(tally: _Tally, service: Service, residence: Residence) -> None:
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


def _language_fit(tally: _Tally, service: Service, languages: Sequence[str]) -> None:
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


def _place_fit(tally: _Tally, service: Service, municipality: str | None) -> None:
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


def _access_fit(tally: _Tally, service: Service) -> None:
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


def _young_fit(tally: _Tally, service: Service, household: Household, today: date) -> None:
    if "parenting_early_childhood" in service.domains and household.has_young_child(today):
        tally.reason(0.5, Reason.YOUNG_CHILDREN)


def _record_fit(tally: _Tally, service: Service, today: date) -> None:
    """Facts about the record itself: they inform, they never change the rank."""
    if service.confidential_address:
        tally.blocker(0.0, Blocker.CONFIDENTIAL_ADDRESS)
    if service.needs_verification or is_stale(service, today):
        tally.blocker(0.0, Blocker.NOT_VERIFIED)


def _role_fit(tally: _Tally, service: Service, role: Role, first_step: bool) -> None:
    if first_step:
        tally.reason(_FIRST_STEP_POINTS, Reason.FIRST_STEP)
    if role is Role.EMERGENCY:
        tally.reason(_EMERGENCY_POINTS, Reason.EMERGENCY)
    elif role is Role.HOLDS_THE_RIGHT:
        tally.reason(2.0, Reason.HOLDS_THE_RIGHT)
    elif can_accompany(service, role):
        tally.reason(0.0, Reason.CAN_ACCOMPANY)


def _tally(
    service: Service,
    role: Role,
    points: float,
    household: Household,
    today: date,
    first_step: bool,
) -> _Tally:
    tally = _Tally(score=points)
    _role_fit(tally, service, role, first_step)
    _residence_fit(tally, service, household.residence)
    _language_fit(tally, service, household.languages)
    _place_fit(tally, service, household.municipality)
    _access_fit(tally, service)
    _young_fit(tally, service, household, today)
    _record_fit(tally, service, today)
    return tally


_Points = tuple[float, bool]


def _part(
    memo: dict[tuple[Any, ...], _Points], key: tuple[Any, ...], fit: Any, *args: Any
) -> _Points:
    found = memo.get(key)
    if found is None:
        tally = _Tally(record=False)
        fit(tally, *args)
        found = memo[key] = (tally.score, tally.blocked)
    return found


def _quick_points(
    service: Service,
    role: Role,
    household: Household,
    today: date,
    memo: dict[tuple[Any, ...], _Points],
    first_step: bool,
) -> _Points:
    """The same points as :func:`_tally`, for thousands of services: each fit depends on a
    few fields only, so it is computed once per distinct value within one intake."""
    role_p = _part(memo, ("role", role, first_step), _role_fit, service, role, first_step)
    res_p = _part(
        memo, ("res", service.welcomes_undocumented), _residence_fit, service, household.residence
    )
    lang_p = _part(
        memo,
        ("lang", service.languages, service.interpretation),
        _language_fit,
        service,
        household.languages,
    )
    place_p = _part(
        memo,
        ("place", service.municipalities, service.region_wide),
        _place_fit,
        service,
        household.municipality,
    )
    access_p = _part(memo, ("access", service.access, service.waiting_list), _access_fit, service)
    young = "parenting_early_childhood" in service.domains
    young_p = _part(memo, ("young", young), _young_fit, service, household, today)
    score = role_p[0] + res_p[0] + lang_p[0] + place_p[0] + access_p[0] + young_p[0]
    return score, res_p[1] or lang_p[1] or place_p[1] or access_p[1]


@dataclass(slots=True)  # not frozen: thousands are made per intake, and frozen init is slow
class _Candidate:
    """First pass: just enough to rank and pick bridges, no sentences yet."""

    key: tuple[float, int, str, str]
    service: Service
    role: Role
    domain_id: str
    blocked: bool
    first_step: bool


def _candidate(
    service: Service,
    domains: Sequence[str],
    household: Household,
    today: date,
    memo: dict[tuple[Any, ...], _Points],
    first_step: bool,
) -> _Candidate | None:
    role = _role(service)
    fit = _domain_fit(service, domains, role, first_step)
    if fit is None or service.status != "active":
        return None
    points, blocked = _quick_points(service, role, household, today, memo, first_step)
    score = fit[1] + points
    key = (-score, _ROLE_ORDER[role], service.name.first().casefold(), service.id)
    return _Candidate(key, service, role, fit[0], blocked, first_step)


def _explain(
    candidate: _Candidate, domains: Sequence[str], household: Household, today: date
) -> ServiceSuggestion:
    service, role = candidate.service, candidate.role
    fit = _domain_fit(service, domains, role, candidate.first_step)
    assert fit is not None  # it passed the same test in the first pass
    tally = _tally(service, role, fit[1], household, today, candidate.first_step)
    return ServiceSuggestion(
        service,
        candidate.domain_id,
        tally.score,
        role,
        tuple(tally.reasons),
        tuple(tally.blockers),
        blocked=tally.blocked,
    )


def _usable_bridge(candidate: _Candidate) -> bool:
    return not candidate.blocked and can_accompany(candidate.service, candidate.role)


def _linked(suggestion: ServiceSuggestion, bridges: Sequence[_Candidate]) -> ServiceSuggestion:
    same = [b for b in bridges if b.domain_id == suggestion.domain_id][:BRIDGES_PER_SERVICE]
    others = [b for b in bridges if b.domain_id != suggestion.domain_id][:BRIDGES_PER_SERVICE]
    chosen = tuple(b.service.id for b in [*same, *others][:BRIDGES_PER_SERVICE])
    return replace(suggestion, accompanied_by=chosen)


def _with_bridges(
    ranked: list[_Candidate], limit: int, explain: Callable[[_Candidate], ServiceSuggestion]
) -> list[ServiceSuggestion]:
    """The first ``limit`` suggestions, explained; each regular one names the informal
    initiatives that can accompany the family there, added when past the limit."""
    bridges = [c for c in ranked if _usable_bridge(c)]
    shown = [
        _linked(explain(c), bridges) if c.role is Role.HOLDS_THE_RIGHT else explain(c)
        for c in ranked[:limit]
    ]
    wanted = {bridge for s in shown for bridge in s.accompanied_by}
    wanted -= {s.service.id for s in shown}
    return shown + [explain(c) for c in bridges if c.service.id in wanted]


def _few_local_services(ranked: list[_Candidate]) -> list[_Candidate]:
    """Without the family's municipality, 19 OCMWs would fill the list: keep a few and
    let the blocker ask where the family lives."""
    kept, local = [], 0
    for candidate in ranked:
        service = candidate.service
        if service.municipalities and not service.region_wide:
            local += 1
            if local > LOCAL_SERVICES_WITHOUT_MUNICIPALITY:
                continue
        kept.append(candidate)
    return kept


def suggest_services(
    services: Sequence[Service],
    domains: Sequence[str],
    household: Household | None = None,
    *,
    urgent: bool = False,
    today: date | None = None,
    limit: int = DEFAULT_LIMIT,
    first_steps: Collection[str] = (),
) -> list[ServiceSuggestion]:
    """Services for the confirmed domains (most important first), best first.

    Emergency lines only appear when the intake is urgent. Each regular service lists
    up to three informal initiatives that can accompany the family there; those are
    always in the list, even past ``limit``. ``first_steps`` are ids of services that
    carry out an urgent first step (New Samusocial for a family on the street tonight):
    they come first."""
    family = household or Household()
    day = today or date.today()
    domain_list = list(dict.fromkeys(domains))
    wanted = {*domain_list, ACCOMPANYING_DOMAIN}
    found = []
    memo: dict[tuple[Any, ...], _Points] = {}
    for service in services:
        # Cheap test first: most of a 5,000-service map is about other domains.
        first_step = service.id in first_steps
        if not first_step and (
            (service.emergency and not urgent) or wanted.isdisjoint(service.domains)
        ):
            continue
        candidate = _candidate(service, domain_list, family, day, memo, first_step)
        if candidate is not None:
            found.append(candidate)
    found.sort(key=lambda c: c.key)
    if family.municipality is None:
        found = _few_local_services(found)
    return _with_bridges(found, limit, lambda c: _explain(c, domain_list, family, day))
