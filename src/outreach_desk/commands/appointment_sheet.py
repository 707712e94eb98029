"""``outreach-desk appointment-sheet``: the interpreter's sheet as a PDF, without a vault.

The agency comes from the social map (``--agency SERVICE_ID``) or is typed in
(``--agency-name``); nothing about the family is stored, so the sheet can be made quickly
and anonymously.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from outreach_desk.commands._common import (
    CliError,
    ExitCode,
    add_data_dir_argument,
    data_dir,
    handles_errors,
    print_json,
)

BRUSSELS = ZoneInfo("Europe/Brussels")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sheet = subparsers.add_parser(
        "appointment-sheet",
        help="print an interpreter's appointment sheet (PDF, plaintext export)",
    )
    add_data_dir_argument(sheet)
    sheet.add_argument("out", type=Path, help="PDF file to write")
    agency = sheet.add_mutually_exclusive_group(required=True)
    agency.add_argument("--agency", metavar="SERVICE_ID", help="a service id on the social map")
    agency.add_argument("--agency-name", help="an agency that is not on the social map")
    sheet.add_argument("--agency-address", default="", help="with --agency-name")
    sheet.add_argument("--family-lang", required=True, help="the family's language, e.g. ar")
    sheet.add_argument("--agency-lang", default="fr", help="the agency's language (default fr)")
    sheet.add_argument("--when", metavar="ISO_DATETIME", help="e.g. 2026-12-08T14:30")
    sheet.add_argument("--request", default="", help="the request in one sentence")
    sheet.add_argument("--who", action="append", default=[], help="who is going (repeat)")
    sheet.add_argument("--question", action="append", default=[], help="a question (repeat)")
    sheet.add_argument("--document", action="append", default=[], help="to bring (repeat)")
    sheet.add_argument("--domain", action="append", default=[], help="life domain (repeat)")
    sheet.add_argument("--term", action="append", default=[], help="glossary entry id (repeat)")
    sheet.add_argument("--terms", type=int, default=None, help="how many key terms to print")
    sheet.add_argument("--json", action="store_true")
    sheet.set_defaults(handler=handles_errors(_appointment_sheet))


def parse_when(value: str | None) -> datetime | None:
    """An ISO date-time; with a time zone it is shown in Brussels time."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise CliError(
            f"--when {value!r} is not a date and time; write it like 2026-12-08T14:30",
            ExitCode.USAGE,
        ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(BRUSSELS).replace(tzinfo=None)
    return moment


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "when": parse_when(args.when),
        "who": args.who,
        "request": args.request,
        "questions": args.question,
        "documents": args.document,
        "domains": args.domain,
        "term_ids": args.term,
    }
    if args.terms is not None:
        fields["term_count"] = args.terms
    return fields


def _appointment_sheet(args: argparse.Namespace) -> int:
    from outreach_desk.render.appointment_sheet import (
        AppointmentInput,
        appointment_from_service,
        key_terms,
        write_appointment_sheet,
    )

    langs = {"agency_lang": args.agency_lang, "family_lang": args.family_lang}
    if args.agency:
        from outreach_desk.core.socialmap.store import SocialMap

        with SocialMap.open(data_dir(args)) as social_map:
            service = social_map.get(args.agency)
        data = appointment_from_service(service, **langs, **_fields(args))
    else:
        data = AppointmentInput(
            agency_name=args.agency_name,
            agency_address=args.agency_address,
            **langs,
            **_fields(args),
        )
    path = write_appointment_sheet(data, args.out)
    if args.json:
        from outreach_desk.core.glossary import bundled_glossary

        terms = [entry.id for entry in key_terms(data, bundled_glossary())]
        print_json({"path": str(path), "agency": data.agency_name, "terms": terms})
    else:
        print(f"Appointment sheet written to {path} (plaintext: keep it safe).")
    return 0
