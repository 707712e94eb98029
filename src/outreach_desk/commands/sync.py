"""``outreach-desk identity|contact|share|handover|bundle|sync|conflicts|outbox``: working
with colleagues through encrypted bundles (see docs/sync.md)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from outreach_desk.commands._common import (
    CliError,
    ExitCode,
    add_data_dir_argument,
    handles_errors,
    open_vault,
    print_json,
    read_passphrase,
)
from outreach_desk.core.session import Session
from outreach_desk.core.sync import keystore, service, settings, sharing

_DEFAULT_NAME = "Outreach worker"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    _register_identity(subparsers)
    _register_contact(subparsers)
    _register_sharing(subparsers)
    _register_bundle(subparsers)
    _register_sync(subparsers)
    _register_overview(subparsers)


def _command(
    parent: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    help_text: str,
    handler: Any,
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = parent.add_parser(name, help=help_text)
    add_data_dir_argument(parser)
    parser.set_defaults(handler=handles_errors(handler))
    return parser


def _register_identity(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    identity = subparsers.add_parser("identity", help="this device's sync identity")
    actions = identity.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    show = _command(actions, "show", "device id, fingerprint and contact card text", _identity)
    show.add_argument("--json", action="store_true")


def _register_contact(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    contact = subparsers.add_parser("contact", help="colleagues' contact cards")
    actions = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    export = _command(actions, "export", "write my contact card to a file", _contact_export)
    export.add_argument("out", type=Path, help="file to write ('-' prints the text form)")
    export.add_argument("--name", help="the name colleagues know you by (remembered)")
    imported = _command(actions, "import", "trust a colleague's card", _contact_import)
    imported.add_argument("file", help="card file, or '-' to read the text form from stdin")
    imported.add_argument("--name", required=True, help="what to call this colleague here")
    imported.add_argument(
        "--fingerprint", required=True, help="the fingerprint the colleague read out to you"
    )
    listing = _command(actions, "list", "trusted contacts", _contact_list)
    listing.add_argument("--json", action="store_true")


def _register_sharing(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    share = _command(subparsers, "share", "share a family with a colleague", _share)
    share.add_argument("family_id")
    share.add_argument("--with", dest="contact", required=True, help="contact name or id")
    share.add_argument("--stop", action="store_true", help="stop sharing it with them")
    handover = _command(subparsers, "handover", "hand a family over to a colleague", _handover)
    handover.add_argument("family_id")
    handover.add_argument("--to", dest="contact", required=True, help="contact name or id")
    access = handover.add_mutually_exclusive_group()
    access.add_argument(
        "--keep-access", dest="keep_access", action="store_true", default=True,
        help="keep reading the family after the handover (default)",
    )  # fmt: skip
    access.add_argument(
        "--no-access", dest="keep_access", action="store_false",
        help="remove the family from this laptop once the handover has been sent",
    )  # fmt: skip


def _register_bundle(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bundle = subparsers.add_parser("bundle", help="bundle files, e.g. for a USB stick")
    actions = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    export = _command(actions, "export", "everything shared with a contact", _bundle_export)
    export.add_argument("--for", dest="contact", required=True, help="contact name or id")
    export.add_argument("out", type=Path)
    imported = _command(actions, "import", "check and merge a bundle file", _bundle_import)
    imported.add_argument("file", type=Path)


def _register_sync(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sync = _command(subparsers, "sync", "send and receive through a folder or WebDAV", _sync)
    where = sync.add_mutually_exclusive_group()
    where.add_argument("--folder", type=Path, help="a shared folder (network drive, USB stick)")
    where.add_argument("--webdav", metavar="URL", help="a WebDAV folder (e.g. Nextcloud)")
    sync.add_argument("--user", help="WebDAV user name")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    webdav = _command(actions, "set-webdav", "remember a WebDAV target", _set_webdav)
    webdav.add_argument("url")
    webdav.add_argument("--user", dest="target_user", required=True)
    folder = _command(actions, "set-folder", "remember a folder target", _set_folder)
    folder.add_argument("folder", type=Path)
    status = _command(actions, "status", "the target and how the last sync went", _status)
    status.add_argument("--json", action="store_true")


def _register_overview(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    conflicts = subparsers.add_parser("conflicts", help="concurrent edits to settle")
    actions = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)
    listing = _command(actions, "list", "family field and note conflicts", _conflicts_list)
    listing.add_argument("--json", action="store_true")
    resolve = _command(actions, "resolve-note", "settle a note conflict", _resolve_note)
    resolve.add_argument("note_id")
    resolve.add_argument("--keep", choices=("mine", "theirs", "both"), required=True)
    outbox = _command(subparsers, "outbox", "what waits to go out, per colleague", _outbox)
    outbox.add_argument("--json", action="store_true")


# ---- handlers ---------------------------------------------------------------------------
def _identity(args: argparse.Namespace) -> None:
    with open_vault(args) as vault:
        session = Session(vault)
        card = keystore.my_card(session, settings.my_name(session) or _DEFAULT_NAME)
    data = {
        "device_id": card.device_id,
        "fingerprint": card.fingerprint,
        "name": card.name,
        "card": card.to_text(),
    }
    if args.json:
        print_json(data)
        return
    print(f"Device id:   {card.device_id}")
    print(f"Fingerprint: {card.fingerprint}")
    print(f"Name:        {card.name}")
    print(f"Card:        {data['card']}")


def _contact_export(args: argparse.Namespace) -> None:
    with open_vault(args) as vault:
        session = Session(vault)
        name = settings.set_my_name(session, args.name) if args.name else None
        card = keystore.my_card(session, name or settings.my_name(session) or _DEFAULT_NAME)
    if str(args.out) == "-":
        print(card.to_text())
    else:
        args.out.write_bytes(card.to_json())
        print(f"Contact card written to {args.out}", file=sys.stderr)
    print(f"Fingerprint to read out to your colleague: {card.fingerprint}", file=sys.stderr)


def _contact_import(args: argparse.Namespace) -> None:
    data = sys.stdin.read() if args.file == "-" else Path(args.file).read_bytes()
    with open_vault(args) as vault:
        card = keystore.add_contact(
            Session(vault), data, name=args.name, fingerprint=args.fingerprint
        )
    print(f"{card.name} is now a trusted contact ({card.fingerprint}).")


def _contact_list(args: argparse.Namespace) -> None:
    with open_vault(args) as vault:
        roster = keystore.contacts(Session(vault))
    rows = [
        {"name": c.name, "device_id": c.device_id, "fingerprint": c.fingerprint}
        for c in sorted(roster.values(), key=lambda c: c.name.casefold())
    ]
    if args.json:
        print_json(rows)
        return
    for row in rows:
        print(f"{row['name']}\t{row['fingerprint']}\t{row['device_id']}")


def _share(args: argparse.Namespace) -> None:
    with open_vault(args) as vault:
        session = Session(vault)
        if args.stop:
            card = sharing.unshare_family(session, args.family_id, args.contact)
            print(f"No longer shared with {card.name}; what they received stays with them.")
        else:
            card = sharing.share_family(session, args.family_id, args.contact)
            print(f"Shared with {card.name}; it goes out at the next sync or bundle export.")


def _handover(args: argparse.Namespace) -> None:
    with open_vault(args) as vault:
        done = sharing.handover(
            Session(vault), args.family_id, args.contact, keeps_access=args.keep_access
        )
    print(f"{done.to_name} is now responsible for family {done.family_id}.")
    if not done.keeps_access:
        print(
            "The family will be removed from this laptop as soon as the handover has been "
            f"sent to {done.to_name} (next sync, or bundle export --for)."
        )


def _bundle_export(args: argparse.Namespace) -> None:
    with open_vault(args) as vault:
        session = Session(vault)
        card, data = service.export_bundle_for(session, args.contact)
        _write_new(args.out, data)
        gone = sharing.complete_handovers(session, card.device_id, full_export=True)
    print(f"Bundle for {card.name} written to {args.out} ({len(data):,} bytes).")
    for family_id in gone:
        print(f"Family {family_id} was handed over and is now removed from this laptop.")


def _bundle_import(args: argparse.Namespace) -> None:
    data = args.file.read_bytes()
    with open_vault(args) as vault:
        report = service.import_bundle_data(Session(vault), data)
    print(
        f"Imported bundle {report.bundle_id}: {report.notes_added} new note versions, "
        f"{report.field_writes} field changes, {report.records_written} records, "
        f"{len(report.families)} families."
    )


def _sync(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        session = Session(vault)
        transport = settings.open_transport(*_target(session, args))
        try:
            report = service.sync_now(session, transport, progress=_say)
        finally:
            settings.close_transport(transport)
    print(f"Sent {len(report.sent)} bundles, imported {len(report.received)}.")
    for problem in report.problems:
        print(f"not imported: {problem}", file=sys.stderr)
    return int(ExitCode.OK)


def _target(session: Session, args: argparse.Namespace) -> tuple[settings.SyncTarget, str]:
    stored = settings.load_target(session)
    if args.folder is not None:
        return settings.SyncTarget(settings.FOLDER, str(args.folder)), ""
    if args.webdav is not None:
        if not args.user:
            raise CliError("--webdav needs --user", ExitCode.USAGE)
        target = settings.SyncTarget(settings.WEBDAV, args.webdav, args.user)
        same = stored and (stored.location, stored.user) == (args.webdav, args.user)
        if os.environ.get(settings.PASSWORD_ENV) or not same:
            return target, read_passphrase("WebDAV password: ", settings.PASSWORD_ENV)
        return stored or target, ""
    if stored is None:
        raise CliError(
            "No sync target: use --folder DIR or --webdav URL --user USER, or remember one "
            "with `sync set-webdav` / `sync set-folder`.",
            ExitCode.USAGE,
        )
    return stored, ""


def _set_webdav(args: argparse.Namespace) -> None:
    password = read_passphrase("WebDAV password: ", settings.PASSWORD_ENV)
    with open_vault(args) as vault:
        target = settings.save_webdav_target(Session(vault), args.url, args.target_user, password)
    print(f"Sync target: {target.describe()}; the password is kept encrypted in the vault.")


def _set_folder(args: argparse.Namespace) -> None:
    with open_vault(args) as vault:
        target = settings.save_folder_target(Session(vault), args.folder)
    print(f"Sync target: {target.describe()}")


def _status(args: argparse.Namespace) -> None:
    with open_vault(args) as vault:
        session = Session(vault)
        target = settings.load_target(session)
        status = settings.load_status(session)
        waiting = len(service.outbox(session))
    data = {
        "target": target.describe() if target else None,
        "last_attempt": status.last_attempt or None,
        "last_success": status.last_success or None,
        "error": status.error or None,
        "pending": waiting,
    }
    if args.json:
        print_json(data)
        return
    for key, value in data.items():
        print(f"{key.replace('_', ' ')}: {value if value is not None else '-'}")


def _conflicts_list(args: argparse.Namespace) -> None:
    with open_vault(args) as vault:
        found = [c.to_dict() for c in service.conflicts(Session(vault))]
    if args.json:
        print_json(found)
        return
    if not found:
        print("No conflicts.")
    for item in found:
        where = item["field"] if item["type"] == "family_field" else f"note {item['note_id']}"
        print(f"{item['family_label']}: {where}")
        print(f"  mine:   {item['mine']!s}")
        print(f"  theirs: {item['theirs']!s}")


def _resolve_note(args: argparse.Namespace) -> None:
    with open_vault(args) as vault:
        service.resolve_note(Session(vault), args.note_id, args.keep)
    print(f"Note {args.note_id} settled; the choice goes out at the next sync.")


def _outbox(args: argparse.Namespace) -> None:
    with open_vault(args) as vault:
        entries = [e.to_dict() for e in service.outbox(Session(vault))]
    if args.json:
        print_json(entries)
        return
    if not entries:
        print("Nothing waiting to go out.")
    for entry in entries:
        print(f"{entry['contact']}\t{entry['family']}\t{entry['changes']} changes")


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _write_new(path: Path, data: bytes) -> None:
    """Never overwrite: a bundle file that exists may not have been imported yet."""
    with path.open("xb") as handle:
        handle.write(data)
