"""``outreach-desk intake|consent|referral|request|parent-sheet``: the path from a parent's
worry to a help request and its follow-up, headless.

The vault passphrase comes from OUTREACH_DESK_PASSPHRASE (or is asked in a terminal).
Without the parent's consent for the agency, ``request`` prints what is missing, exits with
code 9 and writes nothing.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from outreach_desk.commands._common import (
    add_data_dir_argument,
    data_dir,
    handles_errors,
    open_vault,
    print_json,
)
from outreach_desk.core.consent import HOW_VALUES
from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.referrals import BARRIERS, MECHANISMS, STATUSES

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def register(subparsers: Subparsers) -> None:
    _register_intake(subparsers)
    _register_consent(subparsers)
    _register_referral(subparsers)
    _register_request(subparsers)
    sheet = subparsers.add_parser(
        "parent-sheet", help="the parent's one-page sheet for a referral (PDF, plaintext)"
    )
    add_data_dir_argument(sheet)
    sheet.add_argument("referral_id")
    sheet.add_argument("out", type=Path, help="PDF file to write")
    sheet.add_argument("--lang", required=True, help="the parent's language, e.g. ar, nl, fr")
    sheet.add_argument("--document", action="append", default=None, help="to bring (repeat)")
    _add_worker_arguments(sheet)
    sheet.set_defaults(handler=handles_errors(_parent_sheet))


def _sub(parent: Subparsers, name: str, help_text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = parent.add_parser(name, help=help_text)
    add_data_dir_argument(parser)
    return parser


def _register_intake(subparsers: Subparsers) -> None:
    intake = subparsers.add_parser("intake", help="a parent's worries, in their own words")
    commands = intake.add_subparsers(dest="intake_command", metavar="ACTION", required=True)
    add = _sub(commands, "add", "record an intake; prints its id")
    add.add_argument("family_id")
    add.add_argument("--worries", required=True, help="the parent's words, verbatim")
    add.add_argument("--summary", default="", help="your summary for the agency")
    add.add_argument("--domain", action="append", default=[], choices=DOMAIN_IDS)
    add.add_argument("--mechanism", action="append", default=[], choices=MECHANISMS)
    add.add_argument(
        "--child-note", action="append", default=[], metavar="MEMBER_ID=TEXT",
        help="what this means for one child (repeat)",
    )  # fmt: skip
    urgent = add.add_mutually_exclusive_group()
    urgent.add_argument("--urgent", action="store_true", help="set urgency by hand")
    urgent.add_argument("--not-urgent", action="store_true", help="clear urgency by hand")
    add.set_defaults(handler=handles_errors(_intake_add))
    listing = _sub(commands, "list", "a family's intakes")
    listing.add_argument("family_id")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=handles_errors(_intake_list))


def _register_consent(subparsers: Subparsers) -> None:
    consent = subparsers.add_parser("consent", help="what the parent agreed to share, with whom")
    commands = consent.add_subparsers(dest="consent_command", metavar="ACTION", required=True)
    add = _sub(commands, "add", "record the parent's consent; prints its id")
    add.add_argument("family_id")
    add.add_argument("--recipient", action="append", required=True, metavar="SERVICE_ID")
    add.add_argument(
        "--topic", action="append", required=True, choices=(*DOMAIN_IDS, "*"),
        help="a life domain the parent agreed to share (repeat); * for everything",
    )  # fmt: skip
    add.add_argument("--how", required=True, choices=HOW_VALUES)
    add.add_argument("--on", default=None, metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--note", default="")
    add.set_defaults(handler=handles_errors(_consent_add))
    listing = _sub(commands, "list", "a family's consents")
    listing.add_argument("family_id")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=handles_errors(_consent_list))
    withdraw = _sub(commands, "withdraw", "the parent withdraws a consent")
    withdraw.add_argument("consent_id")
    withdraw.set_defaults(handler=handles_errors(_consent_withdraw))


def _register_referral(subparsers: Subparsers) -> None:
    referral = subparsers.add_parser("referral", help="help requests and their follow-up")
    commands = referral.add_subparsers(dest="referral_command", metavar="ACTION", required=True)
    add = _sub(commands, "add", "start a referral to a service; prints its id")
    add.add_argument("family_id")
    add.add_argument("--service", required=True, metavar="SERVICE_ID")
    add.add_argument("--domain", action="append", default=[], choices=DOMAIN_IDS)
    add.add_argument("--agency-lang", choices=("nl", "fr", "en"), default=None)
    add.add_argument("--question", default="", help="the question in one sentence")
    add.add_argument("--document", action="append", default=[], help="the family brings (repeat)")
    add.add_argument("--intake", default=None, help="default: the family's latest intake")
    add.add_argument("--follow-up", default="", metavar="YYYY-MM-DD")
    add.add_argument("--appointment", default="", metavar="YYYY-MM-DDTHH:MM")
    add.set_defaults(handler=handles_errors(_referral_add))
    status = _sub(commands, "status", "record what happened (status, barrier, dates)")
    status.add_argument("referral_id")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--barrier", choices=BARRIERS, default=None)
    status.add_argument("--note", default="")
    status.add_argument("--on", default=None, metavar="YYYY-MM-DD")
    status.add_argument("--follow-up", default=None, metavar="YYYY-MM-DD")
    status.add_argument("--appointment", default=None, metavar="YYYY-MM-DDTHH:MM")
    status.set_defaults(handler=handles_errors(_referral_status))
    listing = _sub(commands, "list", "referrals; --due for the 'to follow up' list")
    listing.add_argument("--due", action="store_true", help="only those to follow up now")
    listing.add_argument("--family", default=None)
    listing.add_argument("--today", default=None, metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=handles_errors(_referral_list))


def _register_request(subparsers: Subparsers) -> None:
    request = subparsers.add_parser("request", help="the help request for a referral")
    commands = request.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    text = _sub(commands, "text", "print the request as plain text (to paste in an e-mail)")
    text.add_argument("referral_id")
    text.add_argument("--fresh", action="store_true", help="ignore the saved, edited text")
    _add_worker_arguments(text)
    text.set_defaults(handler=handles_errors(_request_text))
    pdf = _sub(commands, "pdf", "write the request as a PDF (plaintext export)")
    pdf.add_argument("referral_id")
    pdf.add_argument("out", type=Path, help="PDF file to write")
    pdf.add_argument("--fresh", action="store_true", help="ignore the saved, edited text")
    _add_worker_arguments(pdf)
    pdf.set_defaults(handler=handles_errors(_request_pdf))


def _add_worker_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--worker-name", default="", help="who the agency contacts")
    parser.add_argument("--worker-org", default="")
    parser.add_argument("--worker-phone", default="")
    parser.add_argument("--worker-email", default="")


# --- handlers ----------------------------------------------------------------------------


def _worker(args: argparse.Namespace) -> Any:
    from outreach_desk.core.help_request import Worker

    return Worker(args.worker_name, args.worker_org, args.worker_phone, args.worker_email)


def _child_notes(pairs: list[str]) -> dict[str, str]:
    from outreach_desk.core.errors import ValidationError

    notes = {}
    for pair in pairs:
        member_id, sep, text = pair.partition("=")
        if not sep or not member_id.strip():
            raise ValidationError(f"--child-note wants MEMBER_ID=TEXT; got {pair!r}")
        notes[member_id.strip()] = text
    return notes


def _intake_add(args: argparse.Namespace) -> int:
    from outreach_desk.core.intake import analyse_worries
    from outreach_desk.core.referrals import Intake
    from outreach_desk.core.session import Session

    analysis = analyse_worries(args.worries)
    urgent = analysis.urgency.urgent
    by_hand = args.urgent or args.not_urgent
    if by_hand:
        urgent = bool(args.urgent)
    with open_vault(args) as vault:
        session = Session(vault)
        session.families.get(args.family_id)  # NotFound names the id
        intake = session.intakes.save(
            Intake(
                id="",
                family_id=args.family_id,
                worries=args.worries,
                summary=args.summary,
                domains=tuple(args.domain),
                suggested_domains=tuple(analysis.domain_ids),
                urgent=urgent,
                urgency_reasons=tuple(r.signal.value for r in analysis.urgency.reasons),
                urgency_set_by_hand=by_hand,
                mechanisms=tuple(args.mechanism),
                child_notes=_child_notes(args.child_note),
            )
        )
    print(intake.id)
    return 0


def _intake_list(args: argparse.Namespace) -> int:
    from outreach_desk.core.session import Session

    with open_vault(args) as vault:
        intakes = Session(vault).intakes.for_family(args.family_id)
    if args.json:
        print_json([asdict(i) for i in intakes])
    for intake in [] if args.json else intakes:
        flag = " URGENT" if intake.urgent else ""
        print(f"{intake.id}  {intake.created_at[:10]}{flag}  {', '.join(intake.domains)}")
    return 0


def _consent_add(args: argparse.Namespace) -> int:
    from outreach_desk.core.consent import Recipient
    from outreach_desk.core.session import Session

    recipients = [Recipient("service", rid, _service_name(args, rid)) for rid in args.recipient]
    with open_vault(args) as vault:
        session = Session(vault)
        session.families.get(args.family_id)
        consent = session.consents.record(
            args.family_id,
            topics=args.topic,
            recipients=recipients,
            how=args.how,
            given_on=args.on,
            note=args.note,
        )
    print(consent.id)
    return 0


def _service_name(args: argparse.Namespace, service_id: str) -> str:
    """The service's name from the social map; the id itself when it is not on the map."""
    from outreach_desk.core.errors import NotFound
    from outreach_desk.core.socialmap.store import SocialMap

    with SocialMap.open(data_dir(args)) as social_map:
        try:
            service = social_map.get(service_id)
        except NotFound:
            return service_id
    return service.name.get("fr") or service_id


def _consent_list(args: argparse.Namespace) -> int:
    from outreach_desk.core.session import Session

    with open_vault(args) as vault:
        consents = Session(vault).consents.for_family(args.family_id)
    if args.json:
        print_json([asdict(c) for c in consents])
        return 0
    for c in consents:
        state = f"withdrawn {c.withdrawn_on}" if c.withdrawn_on else "active"
        names = ", ".join(r.name or r.id for r in c.recipients)
        print(f"{c.id}  {c.given_on} {c.how} ({state})  {', '.join(c.topics)} -> {names}")
    return 0


def _consent_withdraw(args: argparse.Namespace) -> int:
    from outreach_desk.core.session import Session

    with open_vault(args) as vault:
        consent = Session(vault).consents.withdraw(args.consent_id)
    print(f"Consent {consent.id} withdrawn on {consent.withdrawn_on}.")
    return 0


def _referral_add(args: argparse.Namespace) -> int:
    from outreach_desk.core.referrals import Referral, RequestText
    from outreach_desk.core.session import Session
    from outreach_desk.core.socialmap.store import SocialMap

    with SocialMap.open(data_dir(args)) as social_map:
        service = social_map.get(args.service)
    with open_vault(args) as vault:
        session = Session(vault)
        session.families.get(args.family_id)
        intake = _intake_for(session, args.family_id, args.intake)
        domains = tuple(args.domain) or (intake.domains if intake else ())
        referral = session.referrals.save(
            Referral(
                id="",
                family_id=args.family_id,
                service_id=service.id,
                service_name=service.name.get(args.agency_lang or "fr"),
                agency_language=args.agency_lang or default_agency_lang(service.languages),
                intake_id=intake.id if intake else "",
                domains=domains,
                formal=service.formality.value != "informal",
                request=RequestText(question=args.question, documents=tuple(args.document)),
                follow_up_on=args.follow_up,
                appointment_at=args.appointment,
            )
        )
    print(referral.id)
    return 0


def default_agency_lang(service_languages: tuple[str, ...]) -> str:
    """French unless the service works in Dutch (or English) and not in French."""
    for lang in ("fr", "nl", "en"):
        if lang in service_languages:
            return lang
    return "fr"


def _intake_for(session: Any, family_id: str, intake_id: str | None) -> Any:
    if intake_id:
        return session.intakes.get(intake_id)
    intakes = session.intakes.for_family(family_id)
    return max(intakes, key=lambda i: i.created_at) if intakes else None


def _referral_status(args: argparse.Namespace) -> int:
    from outreach_desk.core.session import Session

    with open_vault(args) as vault:
        store = Session(vault).referrals
        referral = store.set_status(
            args.referral_id, args.status, on=args.on, note=args.note, barrier=args.barrier
        )
        changes = {
            k: v
            for k, v in (("follow_up_on", args.follow_up), ("appointment_at", args.appointment))
            if v is not None
        }
        if changes:
            referral = store.save(replace(referral, **changes))
    print(
        f"{referral.id}: {referral.status}"
        + (f" (follow up {referral.follow_up_on})" if referral.follow_up_on else "")
    )
    return 0


def referral_to_json(referral: Any, today: str | None = None) -> dict[str, Any]:
    return {
        "id": referral.id,
        "family_id": referral.family_id,
        "service_id": referral.service_id,
        "service_name": referral.service_name,
        "agency_language": referral.agency_language,
        "domains": list(referral.domains),
        "status": referral.status,
        "barrier": referral.barrier,
        "follow_up_on": referral.follow_up_on,
        "appointment_at": referral.appointment_at,
        "due": referral.due(today),
        "history": [asdict(h) for h in referral.history],
        "created_at": referral.created_at,
    }


def _referral_list(args: argparse.Namespace) -> int:
    from outreach_desk.core.session import Session

    with open_vault(args) as vault:
        store = Session(vault).referrals
        if args.due:
            referrals = store.to_follow_up(args.today)
        elif args.family:
            referrals = store.for_family(args.family)
        else:
            referrals = store.all()
    if args.family:
        referrals = [r for r in referrals if r.family_id == args.family]
    if args.json:
        print_json([referral_to_json(r, args.today) for r in referrals])
        return 0
    if not referrals:
        print("Nothing to follow up." if args.due else "No referrals.")
    for r in referrals:
        due = "  DUE" if r.due(args.today) else ""
        follow = f"follow up {r.follow_up_on}" if r.follow_up_on else "no follow-up date"
        print(f"{r.id}  {r.status:<15} {follow}{due}  {r.service_name}")
    return 0


def _build_request(args: argparse.Namespace) -> Any:
    from outreach_desk.core.help_request import build_help_request, inputs_for
    from outreach_desk.core.session import Session
    from outreach_desk.core.socialmap.store import SocialMap

    with SocialMap.open(data_dir(args)) as social_map, open_vault(args) as vault:
        inputs = inputs_for(Session(vault), args.referral_id, social_map, worker=_worker(args))
    return build_help_request(inputs, fresh=args.fresh)


def _request_text(args: argparse.Namespace) -> int:
    from outreach_desk.core.help_request import plain_text

    print(plain_text(_build_request(args)), end="")
    return 0


def _request_pdf(args: argparse.Namespace) -> int:
    from outreach_desk.render.help_request import write_help_request_pdf

    path = write_help_request_pdf(_build_request(args), args.out)
    print(f"Help request written to {path} (plaintext: keep it safe).")
    return 0


def _parent_sheet(args: argparse.Namespace) -> int:
    from outreach_desk.core.help_request import service_or_placeholder
    from outreach_desk.core.parent_sheet import build_parent_sheet, check_sheet_lang
    from outreach_desk.core.session import Session
    from outreach_desk.core.socialmap.store import SocialMap
    from outreach_desk.render.parent_sheet import write_parent_sheet_pdf

    check_sheet_lang(args.lang)
    with SocialMap.open(data_dir(args)) as social_map, open_vault(args) as vault:
        referral = Session(vault).referrals.get(args.referral_id)
        service = service_or_placeholder(social_map, referral)
        kind = vault.kind
    sheet = build_parent_sheet(
        referral, service, args.lang, worker=_worker(args), documents=args.document,
        vault_kind=kind,
    )  # fmt: skip
    path = write_parent_sheet_pdf(sheet, args.out)
    print(f"Parent's sheet ({sheet.language_name}) written to {path} (plaintext: keep it safe).")
    return 0
