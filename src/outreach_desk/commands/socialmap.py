"""`outreach-desk socialmap ...`: search, validate, import, export and sign the social map.

The social map is public data: no vault passphrase is needed. Its database lives in the
data folder (socialmap/socialmap.sqlite3).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from outreach_desk.commands._common import (
    CliError,
    ExitCode,
    add_data_dir_argument,
    data_dir,
    handles_errors,
    print_json,
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("socialmap", help="the Brussels social map (public data)")
    commands = parser.add_subparsers(dest="socialmap_command", metavar="SUBCOMMAND")
    _search(commands)
    _show(commands)
    _simple(
        commands,
        "validate",
        "check a map file (HSDS JSON, CSV package, signed update)",
        _validate,
        ("file",),
    )
    _import(commands)
    _export(commands)
    _simple(
        commands,
        "stats",
        "counts per domain, municipality, formality; stale records",
        _stats,
        (),
        json_flag=True,
    )
    _simple(
        commands,
        "keygen",
        "create a coordinator signing key (KEYFILE and KEYFILE.pub)",
        _keygen,
        ("keyfile",),
    )
    _sign(commands)
    _pin(commands)
    _simple(commands, "keys", "list pinned coordinator keys", _keys, (), json_flag=True)
    parser.set_defaults(handler=lambda _args: parser.print_help() or int(ExitCode.USAGE))


def _simple(
    commands: Any,
    name: str,
    help_text: str,
    handler: Any,
    positionals: tuple[str, ...],
    json_flag: bool = False,
) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
    for positional in positionals:
        sub.add_argument(positional)
    if json_flag:
        sub.add_argument("--json", action="store_true", help="machine-readable output")
    add_data_dir_argument(sub)
    sub.set_defaults(handler=handles_errors(handler))
    return sub


def _search(commands: Any) -> None:
    sub = _simple(
        commands,
        "search",
        "search services (accents and nl/fr names ignored)",
        _run_search,
        ("query",),
        json_flag=True,
    )
    sub.add_argument("--domain", action="append", default=[], help="life domain id (repeatable)")
    sub.add_argument("--municipality", help="municipality, in Dutch or French")
    sub.add_argument("--language", help="language code the service works in, e.g. ar")
    sub.add_argument("--undocumented", action="store_true", help="welcomes people without papers")
    sub.add_argument("--walk-in", action="store_true", help="no appointment needed")
    sub.add_argument("--formality", choices=["informal", "intermediate", "formal"])
    sub.add_argument("--limit", type=int, default=50)


def _show(commands: Any) -> None:
    _simple(
        commands,
        "show",
        "every fact of one service, with sources",
        _run_show,
        ("id",),
        json_flag=True,
    )


def _import(commands: Any) -> None:
    sub = _simple(
        commands,
        "import",
        "apply a map file (signed by a pinned key, or confirmed)",
        _run_import,
        ("file",),
    )
    sub.add_argument(
        "--accept-unsigned",
        action="store_true",
        help="apply an unsigned file or one signed by an unknown key",
    )


def _export(commands: Any) -> None:
    sub = _simple(commands, "export", "write the map as HSDS 3.0", _run_export, ("out",))
    sub.add_argument(
        "--format",
        choices=["hsds-json", "hsds-csv"],
        default="hsds-json",
        help="hsds-json: one JSON file; hsds-csv: a folder (data package)",
    )


def _sign(commands: Any) -> None:
    sub = _simple(
        commands,
        "sign",
        "sign an HSDS JSON map file as an update for workers",
        _run_sign,
        ("file", "out"),
    )
    sub.add_argument("--key", required=True, help="private key file from `socialmap keygen`")


def _pin(commands: Any) -> None:
    sub = _simple(
        commands,
        "pin-key",
        "trust updates signed by this coordinator key",
        _run_pin,
        ("public_key",),
    )
    sub.add_argument("--label", default="coordinator", help="who this key belongs to")


def _open(args: argparse.Namespace) -> Any:
    from outreach_desk.core.socialmap import SocialMap

    return SocialMap.open(data_dir(args))


def _run_search(args: argparse.Namespace) -> int:
    from outreach_desk.core.socialmap import Formality, SearchFilters
    from outreach_desk.core.socialmap.views import service_summary

    _check_filters(args)
    filters = SearchFilters(
        domains=tuple(args.domain),
        municipality=args.municipality,
        language=args.language,
        undocumented=args.undocumented,
        walk_in=args.walk_in,
        formality=Formality(args.formality) if args.formality else None,
    )
    with _open(args) as social_map:
        hits = social_map.search(args.query, filters, limit=args.limit)
    summaries = [service_summary(hit.service) for hit in hits]
    if args.json:
        print_json(summaries)
    else:
        for summary in summaries:
            print(_line(summary))
        if not summaries:
            print("no service found", file=sys.stderr)
    return 0


def _check_filters(args: argparse.Namespace) -> None:
    from outreach_desk.core.domains import DOMAIN_IDS
    from outreach_desk.core.socialmap import MUNICIPALITIES, resolve_municipality

    unknown = [d for d in args.domain if d not in DOMAIN_IDS]
    if unknown:
        raise CliError(
            f"unknown domain {unknown[0]!r}; use one of: {', '.join(DOMAIN_IDS)}", ExitCode.USAGE
        )
    if args.municipality and resolve_municipality(args.municipality) is None:
        names = ", ".join(f"{m.nl}/{m.fr}" if m.nl != m.fr else m.nl for m in MUNICIPALITIES)
        raise CliError(
            f"unknown municipality {args.municipality!r}; use one of: {names}", ExitCode.USAGE
        )


def _line(summary: dict[str, Any]) -> str:
    name = summary["name"]
    title = name.get("nl") or name.get("fr") or name.get("en", "")
    places = ", ".join(summary["municipalities"]) or ("Brussels" if summary["region_wide"] else "?")
    flags = [f"papers:{summary['welcomes_undocumented']}", f"access:{summary['access']}"]
    if summary["stale"]:
        flags.append("STALE")
    return f"{summary['id']}  {title}  [{places}]  {' '.join(flags)}"


def _run_show(args: argparse.Namespace) -> int:
    from outreach_desk.core.socialmap.records import service_to_dict

    with _open(args) as social_map:
        record = service_to_dict(social_map.get(args.id))
    if args.json:
        print_json(record)
    else:
        for key, value in record.items():
            print(f"{key}: {value}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from outreach_desk.core.socialmap.importer import load_file

    loaded = load_file(Path(args.file))
    signer = f", signed by {loaded.signer}" if loaded.signer else ", not signed"
    print(f"{args.file}: valid {loaded.kind}, {len(loaded.services)} service(s){signer}")
    return 0


def _run_import(args: argparse.Namespace) -> int:
    from outreach_desk.core.socialmap.errors import UpdateNotTrusted
    from outreach_desk.core.socialmap.importer import import_file

    with _open(args) as social_map:
        try:
            result = import_file(social_map, Path(args.file), args.accept_unsigned)
        except UpdateNotTrusted as refusal:
            if not _confirm(str(refusal)):
                raise
            result = import_file(social_map, Path(args.file), accept_unsigned=True)
    print(f"imported: {result.added} added, {result.updated} updated, {result.unchanged} unchanged")
    return 0


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    print(question, file=sys.stderr)
    return input("Apply it anyway? [y/N] ").strip().lower() in ("y", "yes", "j", "ja", "o", "oui")


def _run_export(args: argparse.Namespace) -> int:
    from outreach_desk.core.socialmap.hsds_csv import write_package
    from outreach_desk.core.socialmap.hsds_json import export_bytes

    out = Path(args.out)
    with _open(args) as social_map:
        services = social_map.services()
    if args.format == "hsds-csv":
        write_package(services, out)
    else:
        out.write_bytes(export_bytes(services))
    print(
        f"exported {len(services)} services to {out} ({args.format}); "
        "confidential addresses are never exported"
    )
    return 0


def _stats(args: argparse.Namespace) -> int:
    from outreach_desk.core.socialmap.stats import map_stats

    with _open(args) as social_map:
        stats = map_stats(social_map.services())
    if args.json:
        print_json(stats)
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")
    return 0


def _keygen(args: argparse.Namespace) -> int:
    from outreach_desk.core.socialmap.signing import generate_key, public_path

    key = Path(args.keyfile)
    key_print = generate_key(key)
    print(f"private key: {key} (keep it secret)\npublic key: {public_path(key)}")
    print(f"fingerprint: {key_print}")
    return 0


def _run_sign(args: argparse.Namespace) -> int:
    from outreach_desk.core.socialmap.importer import load_file
    from outreach_desk.core.socialmap.signing import sign_update

    source = Path(args.file)
    loaded = load_file(source)  # refuse to sign something workers could not import
    if loaded.kind != "hsds-json":
        raise CliError("sign an HSDS JSON file (export it with --format hsds-json)", ExitCode.USAGE)
    Path(args.out).write_bytes(sign_update(source.read_bytes(), Path(args.key)))
    print(f"signed update with {len(loaded.services)} service(s) written to {args.out}")
    return 0


def _run_pin(args: argparse.Namespace) -> int:
    from outreach_desk.core.socialmap.signing import parse_public_key, pin_key

    text = args.public_key
    if Path(text).is_file():
        text = Path(text).read_text(encoding="ascii", errors="replace")
    with _open(args) as social_map:
        key_print = pin_key(social_map, parse_public_key(text), args.label)
    print(f"pinned {args.label}: {key_print}")
    return 0


def _keys(args: argparse.Namespace) -> int:
    from outreach_desk.core.socialmap.signing import trusted_keys

    with _open(args) as social_map:
        keys = trusted_keys(social_map)
    if args.json:
        print_json([{"fingerprint": f, "label": label} for f, label in keys.items()])
    else:
        for fingerprint, label in keys.items():
            print(f"{fingerprint}  {label}")
    return 0
