"""`outreach-desk suggest --intake FILE.json [--json]`: from a parent's worries and the
household's situation to life domains, urgency and ranked services on the social map.

No vault is needed: the intake file holds everything, and the social map is public data
(the data folder's map when it exists, otherwise the bundled Brussels map).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from outreach_desk.commands._common import (
    add_data_dir_argument,
    data_dir,
    handles_errors,
    print_json,
)
from outreach_desk.core.errors import ValidationError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "suggest",
        help="life domains, urgency and services for an intake file (see docs/intake.md)",
    )
    parser.add_argument("--intake", required=True, type=Path, help="intake JSON file")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--lang", choices=("nl", "fr", "en"), default="en", help="language of the text output"
    )
    parser.add_argument("--limit", type=int, default=20, help="at most this many services")
    add_data_dir_argument(parser)
    parser.set_defaults(handler=handles_errors(_suggest))


def _read_intake(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValidationError(
            f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}); "
            "see docs/intake.md for the format"
        ) from error
    except UnicodeDecodeError as error:
        raise ValidationError(f"{path}: not UTF-8 text; save the file as UTF-8") from error


def _services(args: argparse.Namespace) -> list[Any]:
    from outreach_desk.core.socialmap import SocialMap
    from outreach_desk.core.socialmap.mapfile import bundled_map
    from outreach_desk.core.socialmap.store import map_file

    folder = data_dir(args)
    if map_file(folder).exists():
        with SocialMap.open(folder) as social_map:
            return list(social_map.services())
    return list(bundled_map().services)


def _suggest(args: argparse.Namespace) -> int:
    from outreach_desk.core.intake.household import parse_intake
    from outreach_desk.core.intake.pipeline import process_intake

    request = parse_intake(_read_intake(args.intake), str(args.intake))
    result = process_intake(request, _services(args), limit=max(1, args.limit))
    if args.json:
        print_json(result.to_dict())
    else:
        _print_text(result.to_dict(), args.lang)
    return 0


def _quoted(evidence: list[dict[str, Any]]) -> str:
    """The parent's words of each piece of evidence, in quotes: "hit me", "school"."""
    return ", ".join(f'"{item["text"]}"' for item in evidence)


def _print_text(data: dict[str, Any], lang: str) -> None:
    from outreach_desk.core.domains import domain

    if data["urgent"]:
        print(
            "URGENT: "
            + "; ".join(r["label"].get(lang, r["label"]["en"]) for r in data["urgency_reasons"])
        )
        for step in data["first_steps"]:
            print(f"  - {step['text'][lang]}")
    elif check := data["urgency_check"]:
        words = _quoted(check["evidence"])
        if check["past_words"]:
            when = _quoted(check["past_words"])
            print(
                "Check with the parent: is it still going on, or could it happen again? "
                f"(told about the past: {when}: {words})"
            )
        else:
            print(
                "Check with the parent: could this need action today? "
                f"(like earlier urgent worries: {words})"
            )
    print("Life domains:")
    for item in data["domains"]:
        words = _quoted(item["evidence"][:5])
        maybe = "  - like earlier worries, worth a look" if item["basis"] != "words" else ""
        print(f"  {domain(item['id']).label(lang)}" + (f"  ({words})" if words else "") + maybe)
    print("Services:")
    for rank, item in enumerate(data["suggestions"], 1):
        name = item["name"].get(lang) or next(iter(item["name"].values()), item["service_id"])
        print(f"  {rank}. {name} [{domain(item['domain']).label(lang)}]")
        for note in item["reasons"]:
            print(f"       + {note['text'][lang]}")
        for note in item["blockers"]:
            print(f"       ! {note['text'][lang]}")
