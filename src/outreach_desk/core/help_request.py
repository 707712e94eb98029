"""The help request: a concrete question for one agency, in the agency's language.

Composed from reviewed template sentences (``resources/templates/help_request.json``), never
by machine translation; what the worker or the parent typed is inserted as typed. Nothing is
produced for an agency unless an active consent names that agency and covers the topics of
the request: :func:`require_consent` is the gate every output goes through.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache
from typing import Any

from outreach_desk.core.casefile import Family, Member
from outreach_desk.core.consent import ALL_TOPICS, Consent
from outreach_desk.core.domains import domain, is_domain
from outreach_desk.core.errors import ConsentMissing, NotFound, ValidationError
from outreach_desk.core.referrals import Intake, Referral, RequestText
from outreach_desk.core.resources import resource_path
from outreach_desk.core.session import Session
from outreach_desk.core.socialmap.model import Organization, Service, Text
from outreach_desk.core.training.guard import mark_if_training

AGENCY_LANGS: tuple[str, ...] = ("nl", "fr", "en")
SECTION_KEYS: tuple[str, ...] = (
    "question",
    "context",
    "tried",
    "child_situation",
    "urgency",
    "shared_with_consent",
    "contact",
    "documents",
)
# The parent's words can be pages long; the agency gets a readable excerpt.
MAX_QUOTE_CHARS = 600


class HelpRequestConsentMissing(ConsentMissing):
    """No active consent covers this agency and these topics; says what to record."""

    def __init__(self, message: str, *, recipient_id: str, missing_topics: tuple[str, ...]) -> None:
        super().__init__(message)
        self.recipient_id = recipient_id
        self.missing_topics = missing_topics


@dataclass(frozen=True)
class Worker:
    """Who the agency contacts about the request (the outreach worker)."""

    name: str = ""
    organization: str = ""
    phone: str = ""
    email: str = ""

    def line(self) -> str:
        parts = (self.name, self.organization, self.phone, self.email)
        return ", ".join(p.strip() for p in parts if p.strip())


@dataclass(frozen=True)
class RequestInputs:
    """Everything the composer reads; ``consents`` are the family's consent records."""

    referral: Referral
    service: Service
    family: Family
    intake: Intake | None = None
    consents: tuple[Consent, ...] = ()
    earlier_referrals: tuple[Referral, ...] = ()
    worker: Worker = Worker()
    today: date | None = None
    vault_kind: str = ""  # "training": every output says it is fiction


@dataclass(frozen=True)
class HelpRequest:
    """A gated, composed (or edited) request, ready to preview, paste or print."""

    referral_id: str
    lang: str
    agency_name: str
    title: str
    text: RequestText
    greeting: str = ""
    intro: str = ""
    closing: str = ""
    signature: str = ""
    vault_kind: str = ""

    def sections(self) -> list[tuple[str, str, str]]:
        """(field, heading, body) in reading order; documents one per line."""
        result = []
        for key in SECTION_KEYS:
            value = getattr(self.text, key)
            body = "\n".join(value) if isinstance(value, tuple) else value
            result.append((key, heading(key, self.lang), body))
        return result


# --- templates ---------------------------------------------------------------------------


@cache
def templates() -> dict[str, Any]:
    path = resource_path("templates", "help_request.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _pick(table: str, key: str, lang: str) -> str:
    entry: dict[str, str] = templates()[table][key]
    return entry.get(lang) or entry["en"]


def sentence(key: str, lang: str, **values: object) -> str:
    return _pick("sentences", key, lang).format(**values)


def heading(key: str, lang: str) -> str:
    return _pick("headings", key, lang)


def language_name(code: str, lang: str) -> str:
    names = templates()["language_names"]
    return str(names[code].get(lang, code)) if code in names else code


def status_label(status: str, lang: str) -> str:
    return _pick("statuses", status, lang)


def check_agency_lang(lang: str) -> str:
    if lang not in AGENCY_LANGS:
        raise ValidationError(
            f"a help request is written in {', '.join(AGENCY_LANGS)}; got {lang!r}"
        )
    return lang


def _join(items: Sequence[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + sentence("and", lang) + items[-1]


def _domains_text(domain_ids: Iterable[str], lang: str) -> str:
    labels = [domain(d).label(lang) for d in domain_ids if is_domain(d)]
    return _join([label.lower() for label in labels], lang)


# --- consent gate -----------------------------------------------------------------------


def request_topics(referral: Referral, intake: Intake | None) -> tuple[str, ...]:
    """What the request talks about: the referral's domains, else the intake's."""
    return referral.domains or (intake.domains if intake else ())


def require_consent(
    consents: Sequence[Consent], referral: Referral, topics: Sequence[str]
) -> tuple[Consent, ...]:
    """The active consents naming this agency; raise when they do not cover ``topics``."""
    naming = tuple(
        c
        for c in consents
        if c.active
        and c.family_id in ("", referral.family_id)
        and referral.service_id in {r.id for r in c.recipients}
    )
    granted = {t for c in naming for t in c.topics}
    missing = () if ALL_TOPICS in granted else tuple(t for t in topics if t not in granted)
    if naming and not missing:
        return naming
    raise HelpRequestConsentMissing(
        _missing_message(referral, topics, missing, bool(naming)),
        recipient_id=referral.service_id,
        missing_topics=missing if naming else tuple(topics),
    )


def _missing_message(
    referral: Referral, topics: Sequence[str], missing: Sequence[str], named: bool
) -> str:
    agency = f"{referral.service_name or 'this agency'} ({referral.service_id})"
    wanted = list(missing if named else topics)
    what = ", ".join(wanted) if wanted else "this request"
    if named:
        gap = f"the parent's consent for {agency} does not cover: {what}"
    else:
        gap = f"no active consent of the parent names {agency} as a recipient (topics: {what})"
    topic_args = " ".join(f"--topic {t}" for t in wanted) or "--topic '*'"
    return (
        f"Nothing was produced for {agency}: {gap}. Ask the parent first, then record the "
        f"consent in the family's consent panel, or with `outreach-desk consent add "
        f"{referral.family_id} --recipient {referral.service_id} {topic_args} --how verbal` "
        "(or --how written)."
    )


# --- composing ---------------------------------------------------------------------------


def age_text(member: Member | None, lang: str, today: date) -> str:
    age = member.age(today) if member is not None else None
    if age is None or age < 0:
        return sentence("age_unknown", lang)
    if age == 0:
        return sentence("age_baby", lang)
    return sentence("age_one", lang) if age == 1 else sentence("age_many", lang, n=age)


def _children_by_age(family: Family) -> list[Member]:
    return sorted(family.children, key=lambda m: (m.birth_year is None, m.birth_year or 0))


def _household_sentence(family: Family, lang: str, today: date) -> str:
    children = _children_by_age(family)
    if not children:
        return ""
    ages = [age_text(child, lang, today) for child in children]
    if len(ages) == 1:
        return sentence("household_one_child", lang, age=ages[0])
    return sentence("household_children", lang, count=len(ages), ages=", ".join(ages))


def _languages_sentences(family: Family, service: Service, lang: str) -> list[str]:
    if not family.languages:
        return []
    names = [language_name(code, lang) for code in family.languages]
    result = [sentence("languages", lang, languages=_join(names, lang))]
    if service.languages and not set(family.languages) & set(service.languages):
        result.append(sentence("interpreter_needed", lang))
    return result


def shorten(text: str, limit: int = MAX_QUOTE_CHARS) -> tuple[str, bool]:
    """``text`` with runs of blank lines squeezed, cut at a word boundary near ``limit``."""
    squeezed = re.sub(r"\n\s*\n(\s*\n)+", "\n\n", text.strip())
    if len(squeezed) <= limit:
        return squeezed, False
    cut = squeezed[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + " …", True


def _context(inputs: RequestInputs, topics: set[str], lang: str, today: date) -> str:
    family, intake = inputs.family, inputs.intake
    lines = [_household_sentence(family, lang, today)]
    if family.municipality:
        lines.append(sentence("municipality", lang, municipality=family.municipality))
    lines += _languages_sentences(family, inputs.service, lang)
    # Residence status is only told when the parent agreed to share it.
    if family.residence != "unknown" and topics & {"legal_residence", ALL_TOPICS}:
        lines.append(sentence(f"residence_{family.residence}", lang))
    summary = intake.summary.strip() if intake else ""
    first = " ".join(line for line in lines if line)
    paragraphs = [first, summary] if summary else [first, _parent_words(intake, lang)]
    return "\n\n".join(p for p in paragraphs if p)


def _parent_words(intake: Intake | None, lang: str) -> str:
    if intake is None or not intake.worries.strip():
        return ""
    words, cut = shorten(intake.worries)
    quoted = sentence("parent_words", lang, words=words)
    return f"{quoted} {sentence('shortened', lang)}" if cut else quoted


def _tried(inputs: RequestInputs, topics: set[str], lang: str) -> str:
    mechanisms = inputs.intake.mechanisms if inputs.intake else ()
    lines = [_pick("mechanisms", m, lang) for m in mechanisms if m in templates()["mechanisms"]]
    for earlier in inputs.earlier_referrals:
        if earlier.id == inputs.referral.id or earlier.status == "draft":
            continue
        # An earlier request is only mentioned when its topics were agreed for this agency.
        if ALL_TOPICS not in topics and not set(earlier.domains) <= topics:
            continue
        lines.append(_earlier_line(earlier, lang))
    return "\n".join(lines) or sentence("tried_nothing", lang)


def _earlier_line(earlier: Referral, lang: str) -> str:
    status = status_label(earlier.status, lang)
    service = earlier.service_name or earlier.service_id
    if earlier.barrier in ("", "none"):
        return sentence("tried_referral", lang, service=service, status=status)
    barrier = _pick("barriers", earlier.barrier, lang)
    return sentence("tried_referral_barrier", lang, service=service, status=status, barrier=barrier)


def _child_situation(inputs: RequestInputs, lang: str, today: date) -> str:
    notes = dict(inputs.intake.child_notes) if inputs.intake else {}
    members = {m.id: m for m in inputs.family.members}
    ordered = [m.id for m in _children_by_age(inputs.family)]
    ordered += [member_id for member_id in notes if member_id not in ordered]
    lines = []
    for member_id in ordered:
        note = notes.get(member_id, "").strip()
        if note:  # names are never added; the note is the worker's own words
            age = age_text(members.get(member_id), lang, today)
            lines.append(sentence("child_line", lang, age=age, note=note))
    if not lines and inputs.family.children:
        return sentence("child_no_notes", lang)
    return "\n".join(lines)


def _urgency(intake: Intake | None, lang: str) -> str:
    if intake is None or not intake.urgent:
        return sentence("not_urgent", lang)
    signals = templates()["urgency_signals"]
    reasons = [_pick("urgency_signals", r, lang) for r in intake.urgency_reasons if r in signals]
    if not reasons:
        return sentence("urgent_no_reason", lang)
    return sentence("urgent", lang, reasons=_join(reasons, lang))


def _shared(consents: Sequence[Consent], lang: str) -> str:
    lines = []
    for consent in sorted(consents, key=lambda c: c.given_on):
        if ALL_TOPICS in consent.topics:
            topics = sentence("consent_all_topics", lang)
        else:
            topics = _domains_text(consent.topics, lang)
        how = sentence(f"how_{consent.how}", lang)
        lines.append(
            sentence("consent_line", lang, date=_day(consent.given_on), how=how, topics=topics)
        )
    lines.append(sentence("consent_only", lang))
    return "\n".join(lines)


def _day(iso: str) -> str:
    try:
        return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def documents_for(service: Service, worker_list: Sequence[str]) -> tuple[str, ...]:
    """The worker's list first, then the service's required documents, without repeats."""
    items = [d.strip() for d in (*worker_list, *service.required_documents) if d.strip()]
    return tuple(dict.fromkeys(items))


def compose_text(inputs: RequestInputs, consents: Sequence[Consent]) -> RequestText:
    """The draft request in the agency's language (call :func:`require_consent` first)."""
    referral = inputs.referral
    lang = check_agency_lang(referral.agency_language)
    today = inputs.today or date.today()
    topics = {t for c in consents for t in c.topics}
    asked = referral.request.question.strip()
    wanted = request_topics(referral, inputs.intake)
    question = asked or (
        sentence("question_default", lang, domains=_domains_text(wanted, lang))
        if wanted
        else sentence("question_no_domain", lang)
    )
    return RequestText(
        question=question,
        context=_context(inputs, topics, lang, today),
        tried=_tried(inputs, topics, lang),
        child_situation=_child_situation(inputs, lang, today),
        urgency=_urgency(inputs.intake, lang),
        shared_with_consent=_shared(consents, lang),
        contact=inputs.worker.line() or sentence("contact_missing", lang),
        documents=documents_for(inputs.service, referral.request.documents),
    )


def is_edited(text: RequestText) -> bool:
    """True when the worker saved a full request (more than the one-line question)."""
    return any(
        getattr(text, f.name) for f in fields(text) if f.name not in ("question", "documents")
    )


def build_help_request(inputs: RequestInputs, *, fresh: bool = False) -> HelpRequest:
    """The gated request: the worker's saved text when there is one, else a new draft.

    ``fresh`` ignores a saved text (to start again from the templates).
    Raises :class:`HelpRequestConsentMissing` before anything is composed.
    """
    referral = inputs.referral
    consents = require_consent(inputs.consents, referral, request_topics(referral, inputs.intake))
    lang = check_agency_lang(referral.agency_language)
    text = referral.request
    if fresh or not is_edited(text):
        text = compose_text(inputs, consents)
    if not text.contact.strip() and inputs.worker.line():
        text = replace(text, contact=inputs.worker.line())
    agency = agency_name(inputs.service, lang) or referral.service_name
    return HelpRequest(
        referral_id=referral.id,
        lang=lang,
        agency_name=agency,
        title=sentence("title", lang, agency=agency),
        text=text,
        greeting=sentence("greeting", lang),
        intro=sentence("intro", lang),
        closing=sentence("closing", lang),
        signature=inputs.worker.name.strip(),
        vault_kind=inputs.vault_kind,
    )


def agency_name(service: Service, lang: str) -> str:
    return service.name.get(lang) or service.organization.name.get(lang)


def plain_text(request: HelpRequest) -> str:
    """The request as plain text, to paste into an e-mail."""
    blocks = [request.title, request.greeting, request.intro]
    for key, title, body in request.sections():
        if key == "documents":
            body = "\n".join(f"- {d}" for d in request.text.documents) or sentence(
                "documents_none", request.lang
            )
        if body.strip():
            blocks.append(f"{title.upper()}\n{body}")
    blocks.append("\n".join(p for p in (request.closing, request.signature) if p))
    text = "\n\n".join(b for b in blocks if b.strip()) + "\n"
    return mark_if_training(request.vault_kind, text)


def service_or_placeholder(social_map: Any, referral: Referral) -> Service:
    """The referral's service from the social map, or a stand-in with the saved name."""
    try:
        service: Service = social_map.get(referral.service_id)
        return service
    except NotFound:
        name = Text(referral.service_name, referral.service_name, referral.service_name)
        return Service(referral.service_id, Organization("", Text()), name)


def inputs_for(
    session: Session,
    referral_id: str,
    social_map: Any,
    *,
    worker: Worker | None = None,
    today: date | None = None,
) -> RequestInputs:
    """Gather what the composer reads for one referral from the open vault and the map."""
    referral = session.referrals.get(referral_id)
    intake = session.intakes.get(referral.intake_id) if referral.intake_id else None
    return RequestInputs(
        referral=referral,
        service=service_or_placeholder(social_map, referral),
        family=session.families.get(referral.family_id),
        intake=intake,
        consents=tuple(session.consents.for_family(referral.family_id)),
        earlier_referrals=tuple(session.referrals.for_family(referral.family_id)),
        worker=worker or Worker(),
        today=today,
        vault_kind=session.vault.kind,
    )


def save_edited_text(session: Session, referral_id: str, text: RequestText) -> Referral:
    """Keep the worker's edited request on the referral; later outputs use it."""
    referral = session.referrals.get(referral_id)
    return session.referrals.save(replace(referral, request=text))
