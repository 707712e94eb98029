"""What the help-request screen is working on, without any widget: one family's intake,
the chosen service and the referral that follows. Every user action is one call here,
so the screen stays thin and the path can be tested without clicking."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from outreach_desk.core.casefile import Family
from outreach_desk.core.consent import Recipient
from outreach_desk.core.errors import OutreachError
from outreach_desk.core.help_request import (
    HelpRequest,
    Worker,
    build_help_request,
    inputs_for,
    plain_text,
    save_edited_text,
    service_or_placeholder,
)
from outreach_desk.core.intake import WorryAnalysis
from outreach_desk.core.intake.household import Household, Residence
from outreach_desk.core.intake.pipeline import first_step_services
from outreach_desk.core.intake.suggest import ServiceIndex, ServiceSuggestion
from outreach_desk.core.intake.urgency import UrgencyAssessment
from outreach_desk.core.intake.urgency_model import UrgencyCheck
from outreach_desk.core.parent_sheet import build_parent_sheet
from outreach_desk.core.referrals import Intake, Referral, RequestText
from outreach_desk.core.session import Session
from outreach_desk.core.socialmap import SocialMap
from outreach_desk.core.socialmap.model import Formality, Service
from outreach_desk.core.socialmap.municipalities import resolve_municipality

SUGGESTION_LIMIT = 12


def household_of(family: Family) -> Household:
    """The family's situation as the service ranking reads it."""
    try:
        residence = Residence(family.residence)
    except ValueError:
        residence = Residence.UNKNOWN
    return Household(
        residence=residence,
        languages=tuple(family.languages),
        municipality=resolve_municipality(family.municipality) if family.municipality else None,
        children_birth_years=tuple(c.birth_year for c in family.children if c.birth_year),
    )


@dataclass
class IntakeDraft:
    """The worker's reading of the worries, as it is being edited."""

    worries: str = ""
    summary: str = ""
    analysis: WorryAnalysis | None = None
    domains: list[str] = field(default_factory=list)  # confirmed, most important first
    urgent_by_hand: bool | None = None  # None: follow the triage
    mechanisms: list[str] = field(default_factory=list)
    child_notes: dict[str, str] = field(default_factory=dict)
    # Domains suggested when the draft was saved: a resumed draft keeps them unticked
    # when the worker had unticked them.
    earlier_suggestions: tuple[str, ...] = ()

    @classmethod
    def from_intake(cls, intake: Intake) -> IntakeDraft:
        return cls(
            worries=intake.worries,
            summary=intake.summary,
            domains=list(intake.domains),
            urgent_by_hand=intake.urgent if intake.urgency_set_by_hand else None,
            mechanisms=list(intake.mechanisms),
            child_notes=dict(intake.child_notes),
            earlier_suggestions=intake.suggested_domains,
        )

    @property
    def urgency(self) -> UrgencyAssessment:
        base = self.analysis.urgency if self.analysis else UrgencyAssessment(False)
        return base if self.urgent_by_hand is None else base.set_by_worker(self.urgent_by_hand)

    @property
    def urgency_check(self) -> UrgencyCheck | None:
        """The prompt to check urgency, until the worker has decided either way."""
        if self.analysis is None or self.urgent_by_hand is not None:
            return None
        return self.analysis.urgency_check


class HelpRequestFlow:
    """One family's path from worries to a referral; the social map is opened on demand."""

    def __init__(self, session: Session, social_map: SocialMap | None = None) -> None:
        self.session = session
        self._map = social_map
        self._owns_map = social_map is None
        self._index: ServiceIndex | None = None
        self.family: Family | None = None
        self.draft = IntakeDraft()
        self.intake_id = ""
        self.referral_id = ""
        self.service: Service | None = None
        self.worker = Worker()

    # ---- the map ----------------------------------------------------------------------
    @property
    def social_map(self) -> SocialMap:
        if self._map is None:
            self._map = SocialMap.open(self.session.vault.data_dir)
        return self._map

    @property
    def index(self) -> ServiceIndex:
        if self._index is None:
            self._index = ServiceIndex(self.social_map.services())
        return self._index

    def close(self) -> None:
        if self._map is not None and self._owns_map:
            self._map.close()
        self._map = None
        self._index = None

    # ---- family and intake --------------------------------------------------------------
    def start(self, family_id: str | None, *, resume: bool = True) -> None:
        """Open a family: resume its latest intake whose request is not sent yet, else
        begin a fresh one (``resume=False`` always begins afresh)."""
        self.family = self.session.families.get(family_id) if family_id else None
        self.draft = IntakeDraft()
        self.intake_id = ""
        self.referral_id = ""
        self.service = None
        if self.family is not None and resume:
            self._resume(self.family.id)

    def _resume(self, family_id: str) -> None:
        intakes = sorted(self.session.intakes.for_family(family_id), key=lambda i: i.created_at)
        if not intakes:
            return
        latest = intakes[-1]
        referrals = self.session.referrals.for_family(family_id)
        linked = [r for r in referrals if r.intake_id == latest.id]
        if any(r.status != "draft" for r in linked):
            return  # that request went out: a new worry is a new intake
        self.draft = IntakeDraft.from_intake(latest)
        self.intake_id = latest.id
        if linked:
            self.referral_id = linked[-1].id
            try:
                self.service = self.social_map.get(linked[-1].service_id)
            except OutreachError:
                self.service = None

    def apply_analysis(self, analysis: WorryAnalysis) -> None:
        """A new reading of the worries: newly suggested domains are ticked, the worker's
        own choices (unticked ones included) are kept."""
        old = self.draft.analysis
        before = set(old.domain_ids) if old else set(self.draft.earlier_suggestions)
        kept = [d for d in self.draft.domains if d not in before or d in analysis.domain_ids]
        added = [d for d in analysis.domain_ids if d not in before and d not in kept]
        self.draft.analysis = analysis
        self.draft.domains = kept + added

    def suggestions(self) -> list[ServiceSuggestion]:
        if self.family is None:
            return []
        urgency = self.draft.urgency
        domains = list(self.draft.domains)
        if urgency.urgent:
            domains += [r.domain_id for r in urgency.reasons]
        steps = self.emergency_services() if urgency.urgent else []
        return self.index.suggest(
            domains,
            household_of(self.family),
            urgent=urgency.urgent,
            limit=SUGGESTION_LIMIT,
            first_steps={s.id for s in steps},
        )

    def emergency_services(self) -> list[Service]:
        """Map services that carry out the first steps of an urgent situation."""
        ids = first_step_services(self.draft.urgency, self.index)
        unique = dict.fromkeys(i for step_ids in ids.values() for i in step_ids)
        return [self.social_map.get(i) for i in unique]

    def choose(self, service_id: str) -> Service:
        self.service = self.social_map.get(service_id)
        return self.service

    def save_intake(self) -> Intake:
        assert self.family is not None
        draft, urgency = self.draft, self.draft.urgency
        intake = Intake(
            id=self.intake_id,
            family_id=self.family.id,
            worries=draft.worries,
            summary=draft.summary,
            domains=tuple(draft.domains),
            suggested_domains=tuple(draft.analysis.domain_ids if draft.analysis else ()),
            urgent=urgency.urgent,
            urgency_reasons=tuple(r.signal.value for r in urgency.reasons),
            urgency_set_by_hand=draft.urgent_by_hand is not None,
            mechanisms=tuple(draft.mechanisms),
            child_notes={k: v for k, v in draft.child_notes.items() if v.strip()},
        )
        saved = self.session.intakes.save(intake)
        self.intake_id = saved.id
        return saved

    def save_referral(self, agency_language: str) -> Referral:
        """Create or update the referral to the chosen service (status stays as it is)."""
        assert self.family is not None and self.service is not None
        intake = self.save_intake()
        existing = self.session.referrals.get(self.referral_id) if self.referral_id else None
        referral = existing or Referral("", self.family.id, service_id="", service_name="")
        if referral.service_id != self.service.id:
            referral = replace(referral, request=RequestText())  # a text for another agency
        referral = replace(
            referral,
            service_id=self.service.id,
            service_name=self.service.name.get(agency_language) or self.service.name.first(),
            agency_language=agency_language,
            intake_id=intake.id,
            domains=tuple(self.draft.domains),
            formal=self.service.formality != Formality.INFORMAL,
        )
        saved = self.session.referrals.save(referral)
        self.referral_id = saved.id
        return saved

    @property
    def referral(self) -> Referral:
        return self.session.referrals.get(self.referral_id)

    # ---- the request and its outputs ----------------------------------------------------
    def request(self, *, fresh: bool = False) -> HelpRequest:
        """The composed (or saved) request; raises HelpRequestConsentMissing without consent."""
        inputs = inputs_for(self.session, self.referral_id, self.social_map, worker=self.worker)
        return build_help_request(inputs, fresh=fresh)

    def save_text(self, text: RequestText) -> None:
        save_edited_text(self.session, self.referral_id, text)

    def record_consent(self, topics: list[str], how: str, given_on: date) -> None:
        referral = self.referral
        recipient = Recipient("service", referral.service_id, referral.service_name)
        self.session.consents.record(
            referral.family_id,
            topics=topics,
            recipients=[recipient],
            how=how,
            given_on=given_on.isoformat(),
        )

    def email_text(self) -> str:
        return plain_text(self.request())

    def write_pdf(self, path: Path) -> Path:
        from outreach_desk.render.help_request import write_help_request_pdf

        return write_help_request_pdf(self.request(), path)

    def write_parent_sheet(self, lang: str, path: Path) -> Path:
        from outreach_desk.render.parent_sheet import write_parent_sheet_pdf

        referral = self.referral
        service = service_or_placeholder(self.social_map, referral)
        sheet = build_parent_sheet(
            referral, service, lang, worker=self.worker, vault_kind=self.session.vault.kind
        )
        return write_parent_sheet_pdf(sheet, path)

    def save_follow_up(self, follow_up_on: date, status: str) -> Referral:
        referral = self.session.referrals.save(
            replace(self.referral, follow_up_on=follow_up_on.isoformat())
        )
        if status != referral.status:
            referral = self.session.referrals.set_status(referral.id, status)
        return referral
