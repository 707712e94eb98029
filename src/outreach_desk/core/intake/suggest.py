"""Ranked services for a family: the regular service that holds the right first, with
reasons and blockers, and the informal initiatives that can accompany the family there
(the booklet: the bridge runs from informal to regular, not the reverse).

Deterministic: the same map, domains and household always give the same list. Build a
:class:`ServiceIndex` once per map and call :meth:`ServiceIndex.suggest` per intake."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from outreach_desk.core.intake.household import Household
from outreach_desk.core.intake.scoring import (
    ACCOMPANYING_DOMAIN,
    ROLE_ORDER,
    Role,
    Tally,
    access_fit,
    can_accompany,
    domain_fit,
    explained_tally,
    language_fit,
    place_fit,
    residence_fit,
    role_fit,
    role_of,
    young_fit,
)
from outreach_desk.core.intake.suggest_notes import Note
from outreach_desk.core.socialmap.model import Service
from outreach_desk.core.socialmap.text import fold

__all__ = ["DEFAULT_LIMIT", "Role", "ServiceIndex", "ServiceSuggestion", "suggest_services"]

DEFAULT_LIMIT = 20
BRIDGES_PER_SERVICE = 3
LOCAL_SERVICES_WITHOUT_MUNICIPALITY = 3


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


@dataclass(frozen=True, slots=True)
class _Entry:
    """What ranking needs from a service, computed once per map."""

    service: Service
    role: Role
    accompanies: bool
    name_key: str
    local: bool  # bound to some municipalities, not region-wide
    young: bool
    language_key: tuple[Any, ...]
    place_key: tuple[Any, ...]
    access_key: tuple[Any, ...]


def _entry(service: Service) -> _Entry:
    role = role_of(service)
    return _Entry(
        service=service,
        role=role,
        accompanies=can_accompany(service, role),
        name_key=service.name.first().casefold(),
        local=bool(service.municipalities) and not service.region_wide,
        young="parenting_early_childhood" in service.domains,
        language_key=(service.languages, service.interpretation),
        place_key=(service.municipalities, service.region_wide),
        access_key=(service.access, service.waiting_list),
    )


_Points = tuple[float, bool]


class _Memo:
    """Within one intake each fit depends on a few fields of a service only, so it is
    computed once per distinct value: thousands of services, a few dozen computations."""

    def __init__(self, household: Household, today: date) -> None:
        self.household, self.today = household, today
        self.role: dict[tuple[Role, bool], _Points] = {}
        self.residence: dict[Any, _Points] = {}
        self.language: dict[Any, _Points] = {}
        self.place: dict[Any, _Points] = {}
        self.access: dict[Any, _Points] = {}
        self.young: dict[bool, _Points] = {}

    @staticmethod
    def _fill(table: dict[Any, _Points], key: Any, fit: Callable[..., None], *args: Any) -> _Points:
        tally = Tally(record=False)
        fit(tally, *args)
        table[key] = (tally.score, tally.blocked)
        return table[key]

    def points(self, entry: _Entry, first_step: bool) -> _Points:
        service, family, fill = entry.service, self.household, self._fill
        # A (score, blocked) tuple is never empty, so "or" only computes what is missing.
        role = self.role.get((entry.role, first_step)) or fill(
            self.role, (entry.role, first_step), role_fit, service, entry.role, first_step
        )
        welcome = service.welcomes_undocumented
        residence = self.residence.get(welcome) or fill(
            self.residence, welcome, residence_fit, service, family.residence
        )
        language = self.language.get(entry.language_key) or fill(
            self.language, entry.language_key, language_fit, service, family.languages
        )
        place = self.place.get(entry.place_key) or fill(
            self.place, entry.place_key, place_fit, service, family.municipality
        )
        access = self.access.get(entry.access_key) or fill(
            self.access, entry.access_key, access_fit, service
        )
        young = self.young.get(entry.young) or fill(
            self.young, entry.young, young_fit, service, family, self.today
        )
        score = role[0] + residence[0] + language[0] + place[0] + access[0] + young[0]
        return score, residence[1] or language[1] or place[1] or access[1]


@dataclass(slots=True)  # not frozen: thousands are made per intake, and frozen init is slow
class _Candidate:
    """First pass: just enough to rank and pick bridges, no sentences yet."""

    key: tuple[float, int, str, str]
    entry: _Entry
    domain_id: str
    blocked: bool
    first_step: bool


def _usable_bridge(candidate: _Candidate) -> bool:
    return candidate.entry.accompanies and not candidate.blocked


def _linked(suggestion: ServiceSuggestion, bridges: Sequence[_Candidate]) -> ServiceSuggestion:
    same = [b for b in bridges if b.domain_id == suggestion.domain_id][:BRIDGES_PER_SERVICE]
    others = [b for b in bridges if b.domain_id != suggestion.domain_id][:BRIDGES_PER_SERVICE]
    chosen = tuple(b.entry.service.id for b in [*same, *others][:BRIDGES_PER_SERVICE])
    return replace(suggestion, accompanied_by=chosen)


def _few_local_services(ranked: list[_Candidate]) -> list[_Candidate]:
    """Without the family's municipality, 19 OCMWs would fill the list: keep a few and
    let their blocker ask where the family lives."""
    kept, local = [], 0
    for candidate in ranked:
        if candidate.entry.local:
            local += 1
            if local > LOCAL_SERVICES_WITHOUT_MUNICIPALITY:
                continue
        kept.append(candidate)
    return kept


def _folded_names(service: Service) -> frozenset[str]:
    return frozenset(fold(n) for n in (*service.aliases, *service.name.values()) if n)


class ServiceIndex:
    """The social map prepared for suggestions; build it once per map."""

    def __init__(self, services: Sequence[Service]) -> None:
        self._entries = [_entry(s) for s in services if s.status == "active"]
        self._by_domain: dict[str, list[int]] = {}
        self._by_id = {entry.service.id: index for index, entry in enumerate(self._entries)}
        self._names: list[frozenset[str]] | None = None
        for index, entry in enumerate(self._entries):
            for domain_id in entry.service.domains:
                self._by_domain.setdefault(domain_id, []).append(index)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def services(self) -> list[Service]:
        return [entry.service for entry in self._entries]

    def ids_named(self, names: Collection[str]) -> tuple[str, ...]:
        """Ids of services whose name or alias is one of ``names`` (case and accents
        ignored), in map order."""
        if self._names is None:
            self._names = [_folded_names(entry.service) for entry in self._entries]
        wanted = {fold(name) for name in names}
        return tuple(
            entry.service.id
            for entry, known in zip(self._entries, self._names, strict=True)
            if wanted & known
        )

    def _indices(self, domains: Sequence[str], first_steps: Collection[str]) -> set[int]:
        found: set[int] = set()
        for domain_id in (*domains, ACCOMPANYING_DOMAIN):
            found.update(self._by_domain.get(domain_id, ()))
        found.update(self._by_id[i] for i in first_steps if i in self._by_id)
        return found

    def _candidates(
        self, domains: Sequence[str], memo: _Memo, urgent: bool, first_steps: Collection[str]
    ) -> list[_Candidate]:
        found = []
        for index in self._indices(domains, first_steps):
            entry = self._entries[index]
            first_step = entry.service.id in first_steps
            if entry.role is Role.EMERGENCY and not (urgent or first_step):
                continue
            fit = domain_fit(entry.service, domains, entry.role, first_step)
            if fit is None:
                continue
            points, blocked = memo.points(entry, first_step)
            score = fit[1] + points
            key = (-score, ROLE_ORDER[entry.role], entry.name_key, entry.service.id)
            found.append(_Candidate(key, entry, fit[0], blocked, first_step))
        found.sort(key=lambda c: c.key)
        return found

    def suggest(
        self,
        domains: Sequence[str],
        household: Household | None = None,
        *,
        urgent: bool = False,
        today: date | None = None,
        limit: int = DEFAULT_LIMIT,
        first_steps: Collection[str] = (),
    ) -> list[ServiceSuggestion]:
        """Services for the confirmed domains (most important first), best first.

        Emergency lines only appear when the intake is urgent. ``first_steps`` are ids of
        services that carry out an urgent first step (New Samusocial for a family on the
        street tonight): they come first. Each regular service names up to three informal
        initiatives that can accompany the family there; those are always in the list,
        even past ``limit``."""
        family = household or Household()
        day = today or date.today()
        domain_list = list(dict.fromkeys(domains))
        ranked = self._candidates(domain_list, _Memo(family, day), urgent, first_steps)
        if family.municipality is None:
            ranked = _few_local_services(ranked)

        def explain(candidate: _Candidate) -> ServiceSuggestion:
            entry = candidate.entry
            fit = domain_fit(entry.service, domain_list, entry.role, candidate.first_step)
            assert fit is not None  # it passed the same test in the first pass
            tally = explained_tally(
                entry.service, entry.role, fit[1], family, day, candidate.first_step
            )
            return ServiceSuggestion(
                entry.service,
                candidate.domain_id,
                tally.score,
                entry.role,
                tuple(tally.reasons),
                tuple(tally.blockers),
                blocked=tally.blocked,
            )

        return _with_bridges(ranked, limit, explain)


def _with_bridges(
    ranked: list[_Candidate], limit: int, explain: Callable[[_Candidate], ServiceSuggestion]
) -> list[ServiceSuggestion]:
    """The first ``limit`` suggestions, explained; each regular one names the informal
    initiatives that can accompany the family there, added when past the limit."""
    bridges = [c for c in ranked if _usable_bridge(c)]
    shown = [
        _linked(explain(c), bridges) if c.entry.role is Role.HOLDS_THE_RIGHT else explain(c)
        for c in ranked[:limit]
    ]
    wanted = {bridge for s in shown for bridge in s.accompanied_by}
    wanted -= {s.service.id for s in shown}
    return shown + [explain(c) for c in bridges if c.entry.service.id in wanted]


def suggest_services(
    services: Sequence[Service] | ServiceIndex,
    domains: Sequence[str],
    household: Household | None = None,
    *,
    urgent: bool = False,
    today: date | None = None,
    limit: int = DEFAULT_LIMIT,
    first_steps: Collection[str] = (),
) -> list[ServiceSuggestion]:
    """:meth:`ServiceIndex.suggest` on a map given as services or as a prepared index."""
    index = services if isinstance(services, ServiceIndex) else ServiceIndex(services)
    return index.suggest(
        domains, household, urgent=urgent, today=today, limit=limit, first_steps=first_steps
    )
