"""Intakes and referrals: a parent's worries, the worker's reading of them, and each help
request that follows, with its status, follow-up date and outcome.

Stored as encrypted records (kinds "intake" and "referral"). The outcome's barrier codes
feed the anonymous signals report, so they are a closed list."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from outreach_desk.core.domains import is_domain
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.records import Record, RecordStore
from outreach_desk.core.vault import Vault

INTAKE_KIND = "intake"
REFERRAL_KIND = "referral"

MECHANISMS = ("not_knowing", "not_asking", "no_access", "not_offered", "exclusion")
STATUSES = (
    "draft",
    "sent",
    "appointment_set",
    "helped",
    "waiting_list",
    "refused",
    "no_show",
    "withdrawn",
)
OPEN_STATUSES = ("draft", "sent", "appointment_set", "waiting_list")
BARRIERS = (
    "none",
    "waiting_list",
    "language",
    "residence_status",
    "refusal",
    "no_reply",
    "cost",
    "documents",
    "other",
)


def _today() -> str:
    return date.today().isoformat()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Intake:
    id: str
    family_id: str
    worries: str  # the parent's own words, verbatim, any language or script
    summary: str = ""  # the worker's summary
    domains: tuple[str, ...] = ()  # confirmed by the worker
    suggested_domains: tuple[str, ...] = ()
    urgent: bool = False
    urgency_reasons: tuple[str, ...] = ()
    urgency_set_by_hand: bool = False
    mechanisms: tuple[str, ...] = ()  # non-take-up mechanisms at play
    child_notes: dict[str, str] = field(default_factory=dict)  # member id -> "for this child"
    created_at: str = ""


@dataclass(frozen=True)
class StatusChange:
    status: str
    on: str
    note: str = ""


@dataclass(frozen=True)
class RequestText:
    """What the help request says; composed in the agency's language, editable."""

    question: str = ""
    context: str = ""
    tried: str = ""
    child_situation: str = ""
    urgency: str = ""
    shared_with_consent: str = ""
    contact: str = ""
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Referral:
    id: str
    family_id: str
    service_id: str
    service_name: str
    agency_language: str = "fr"
    intake_id: str = ""
    domains: tuple[str, ...] = ()
    formal: bool = True
    request: RequestText = RequestText()
    status: str = "draft"
    history: tuple[StatusChange, ...] = ()
    appointment_at: str = ""
    follow_up_on: str = ""
    barrier: str = "none"
    outcome_note: str = ""
    created_at: str = ""

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def due(self, today: str | None = None) -> bool:
        return self.is_open and bool(self.follow_up_on) and self.follow_up_on <= (today or _today())


def _check_domains(domains: tuple[str, ...] | list[str]) -> None:
    bad = [d for d in domains if not is_domain(d)]
    if bad:
        raise ValidationError(f"unknown life domain(s): {', '.join(bad)}")


def _check_choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValidationError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")


def _check_date(name: str, value: str) -> None:
    if not value:
        return
    try:
        (datetime if "T" in value else date).fromisoformat(value)
    except ValueError:
        raise ValidationError(f"{name} must be an ISO date (YYYY-MM-DD); got {value!r}") from None


class IntakeStore:
    def __init__(self, vault: Vault) -> None:
        self._records = RecordStore(vault)

    def save(self, intake: Intake) -> Intake:
        _check_domains(intake.domains)
        for mechanism in intake.mechanisms:
            _check_choice("mechanism", mechanism, MECHANISMS)
        if not intake.created_at:
            intake = replace(intake, created_at=_now())
        payload = asdict(intake)
        payload.pop("id")
        payload.pop("family_id")
        record = self._records.put(
            INTAKE_KIND, payload, family_id=intake.family_id, record_id=intake.id or None
        )
        return _intake_from(record)

    def get(self, intake_id: str) -> Intake:
        return _intake_from(self._records.get(INTAKE_KIND, intake_id))

    def for_family(self, family_id: str) -> list[Intake]:
        return [_intake_from(r) for r in self._records.query(INTAKE_KIND, family_id)]


class ReferralStore:
    def __init__(self, vault: Vault) -> None:
        self._records = RecordStore(vault)

    def save(self, referral: Referral) -> Referral:
        _check_domains(referral.domains)
        _check_choice("status", referral.status, STATUSES)
        _check_choice("barrier", referral.barrier, BARRIERS)
        _check_date("follow-up date", referral.follow_up_on)
        _check_date("appointment", referral.appointment_at)
        if not referral.created_at:
            referral = replace(
                referral,
                created_at=_now(),
                history=referral.history or (StatusChange(referral.status, _today()),),
            )
        payload = _referral_payload(referral)
        record = self._records.put(
            REFERRAL_KIND, payload, family_id=referral.family_id, record_id=referral.id or None
        )
        return _referral_from(record)

    def set_status(
        self,
        referral_id: str,
        status: str,
        *,
        on: str | None = None,
        note: str = "",
        barrier: str | None = None,
    ) -> Referral:
        _check_choice("status", status, STATUSES)
        current = self.get(referral_id)
        change = StatusChange(status, on or _today(), note)
        updated = replace(current, status=status, history=(*current.history, change))
        if barrier is not None:
            updated = replace(updated, barrier=barrier, outcome_note=note or updated.outcome_note)
        return self.save(updated)

    def get(self, referral_id: str) -> Referral:
        return _referral_from(self._records.get(REFERRAL_KIND, referral_id))

    def for_family(self, family_id: str) -> list[Referral]:
        return [_referral_from(r) for r in self._records.query(REFERRAL_KIND, family_id)]

    def all(self) -> list[Referral]:
        records = self._records.query(REFERRAL_KIND, all_families=True)
        return [_referral_from(r) for r in records]

    def to_follow_up(self, today: str | None = None) -> list[Referral]:
        """Open referrals whose follow-up date has come, the most overdue first."""
        due = [r for r in self.all() if r.due(today)]
        return sorted(due, key=lambda r: (r.follow_up_on, r.created_at))


def _referral_payload(referral: Referral) -> dict[str, Any]:
    payload = asdict(referral)
    payload.pop("id")
    payload.pop("family_id")
    return payload


def _intake_from(record: Record) -> Intake:
    p = record.payload
    return Intake(
        id=record.id,
        family_id=record.family_id or "",
        worries=p.get("worries", ""),
        summary=p.get("summary", ""),
        domains=tuple(p.get("domains", ())),
        suggested_domains=tuple(p.get("suggested_domains", ())),
        urgent=bool(p.get("urgent", False)),
        urgency_reasons=tuple(p.get("urgency_reasons", ())),
        urgency_set_by_hand=bool(p.get("urgency_set_by_hand", False)),
        mechanisms=tuple(p.get("mechanisms", ())),
        child_notes=dict(p.get("child_notes", {})),
        created_at=p.get("created_at", ""),
    )


def _referral_from(record: Record) -> Referral:
    p = record.payload
    request = p.get("request", {})
    return Referral(
        id=record.id,
        family_id=record.family_id or "",
        service_id=p["service_id"],
        service_name=p.get("service_name", ""),
        agency_language=p.get("agency_language", "fr"),
        intake_id=p.get("intake_id", ""),
        domains=tuple(p.get("domains", ())),
        formal=bool(p.get("formal", True)),
        request=RequestText(**{**request, "documents": tuple(request.get("documents", ()))}),
        status=p.get("status", "draft"),
        history=tuple(StatusChange(**h) for h in p.get("history", ())),
        appointment_at=p.get("appointment_at", ""),
        follow_up_on=p.get("follow_up_on", ""),
        barrier=p.get("barrier", "none"),
        outcome_note=p.get("outcome_note", ""),
        created_at=p.get("created_at", ""),
    )
