"""``outreach-desk retention ...`` (GDPR storage limitation) and ``outreach-desk
subject-access FAMILY_ID`` (everything held about one family, as a plaintext export)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from outreach_desk.commands._common import (
    CliError,
    ExitCode,
    add_data_dir_argument,
    handles_errors,
    open_vault,
    print_json,
)

PLAINTEXT_WARNING = (
    "note: {path} is a PLAINTEXT export (not encrypted): give it only to the family, keep it "
    "safe and delete it when no longer needed"
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    retention = subparsers.add_parser(
        "retention", help="how long closed families are kept, and deleting them for good"
    )
    add_data_dir_argument(retention)
    actions = retention.add_subparsers(dest="retention_command", metavar="ACTION", required=True)

    policy = actions.add_parser("policy", help="show or set the retention period")
    add_data_dir_argument(policy)
    policy.add_argument("--months", type=int, help="delete closed families N months after closing")
    policy.add_argument("--json", action="store_true")
    policy.set_defaults(handler=handles_errors(_policy))

    due = actions.add_parser("due", help="closed families whose retention period has ended")
    add_data_dir_argument(due)
    due.add_argument("--today", type=date.fromisoformat, help="as if today were YYYY-MM-DD")
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=handles_errors(_due))

    delete = actions.add_parser(
        "delete", help="crypto-shred one family: irreversible, also in every backup"
    )
    add_data_dir_argument(delete)
    delete.add_argument("family_id")
    delete.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    delete.add_argument("--json", action="store_true")
    delete.set_defaults(handler=handles_errors(_delete))

    access = subparsers.add_parser(
        "subject-access",
        help="export everything held about one family (a PLAINTEXT JSON or PDF file)",
    )
    add_data_dir_argument(access)
    access.add_argument("family_id")
    target = access.add_mutually_exclusive_group(required=True)
    target.add_argument("--json", type=Path, metavar="OUT.json", dest="json_out")
    target.add_argument("--pdf", type=Path, metavar="OUT.pdf", dest="pdf_out")
    access.set_defaults(handler=handles_errors(_subject_access))


def _policy(args: argparse.Namespace) -> int:
    from outreach_desk.core.retention import get_policy, set_policy
    from outreach_desk.core.session import Session

    with open_vault(args) as vault:
        session = Session(vault)
        policy = (
            set_policy(session, args.months) if args.months is not None else get_policy(session)
        )
    if args.json:
        print_json({"months": policy.months})
    else:
        print(f"Closed families are deleted {policy.months} months after closing.")
    return 0


def _due(args: argparse.Namespace) -> int:
    from outreach_desk.core.retention import due_for_deletion, get_policy
    from outreach_desk.core.session import Session

    with open_vault(args) as vault:
        session = Session(vault)
        due = due_for_deletion(session, args.today)
        months = get_policy(session).months
    if args.json:
        print_json({"months": months, "due": [d.to_dict() for d in due]})
        return 0
    if not due:
        print(f"No closed family is older than {months} months.")
    for item in due:
        print(f"{item.family_id}  {item.label}  closed {item.closed_on}, due {item.due_on}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    from outreach_desk.core.retention import delete_family
    from outreach_desk.core.session import Session

    if not args.yes:
        raise CliError(
            "deleting a family destroys its key: nothing can bring it back, not even a "
            "backup. Confirm with --yes",
            ExitCode.USAGE,
        )
    with open_vault(args) as vault:
        report = delete_family(Session(vault), args.family_id)
    if args.json:
        print_json(report.to_dict())
    else:
        print(
            f"Family {report.family_id} deleted: {report.notes_deleted} notes, "
            f"{report.drafts_deleted} drafts and {report.records_deleted} other records "
            "can no longer be read here or from any backup."
        )
    return 0


def _subject_access(args: argparse.Namespace) -> int:
    from outreach_desk.core.session import Session
    from outreach_desk.core.subject_access import collect, to_json

    with open_vault(args) as vault:
        export = collect(Session(vault), args.family_id)
    if args.json_out is not None:
        out = Path(args.json_out)
        _write_text(out, to_json(export))
    else:
        from outreach_desk.render.subject_access import write_subject_access_pdf

        out = write_subject_access_pdf(export, Path(args.pdf_out))
    print(f"Written: {out}")
    print(PLAINTEXT_WARNING.format(path=out), file=sys.stderr)
    return 0


def _write_text(out: Path, text: str) -> None:
    partial = out.with_name(f".{out.name}.part")
    partial.write_text(text, encoding="utf-8")
    partial.replace(out)
