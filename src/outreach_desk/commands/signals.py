"""``outreach-desk signals``: anonymous, aggregated figures for policy work."""

from __future__ import annotations

import argparse
import re
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
from outreach_desk.core.signals.counts import SignalCounts

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    signals = subparsers.add_parser(
        "signals", help="anonymous figures for policy (small counts suppressed)"
    )
    add_data_dir_argument(signals)
    _period_arguments(signals)
    signals.add_argument(
        "--merge",
        nargs="+",
        metavar="FILE",
        help="coordinator: merge workers' signed signal files instead of reading the vault",
    )
    signals.add_argument(
        "--export-signed",
        metavar="OUT",
        help="worker: write this vault's raw counts as a signed file for your coordinator",
    )
    signals.set_defaults(handler=handles_errors(_signals))


def _period_arguments(parser: argparse.ArgumentParser) -> None:
    this_month = date.today().strftime("%Y-%m")
    parser.add_argument("--from", dest="first", default=f"{date.today().year}-01")
    parser.add_argument("--to", dest="last", default=this_month)
    parser.add_argument("--by", choices=("month", "quarter"), default="month")
    parser.add_argument("--csv", metavar="OUT", help="write the tables as CSV")
    parser.add_argument("--pdf", metavar="OUT", help="write a PDF report with charts")
    parser.add_argument("--json", action="store_true", help="print the tables as JSON")


def _check_period(args: argparse.Namespace) -> None:
    for value in (args.first, args.last):
        if not _MONTH.match(value):
            raise CliError(f"months are written YYYY-MM; got {value!r}", ExitCode.USAGE)
    if args.first > args.last:
        raise CliError("--from must not be after --to", ExitCode.USAGE)


def _counts(args: argparse.Namespace) -> SignalCounts:
    if args.merge:
        from outreach_desk.core.signals.exchange import read_signal_file

        total = SignalCounts.empty()
        for name in args.merge:
            counts, fingerprint = read_signal_file(Path(name).read_bytes(), name)
            print(f"{name}: signed by {fingerprint}", flush=True)
            total = total.merged(counts)
        return total
    from outreach_desk.core.device import device_identity
    from outreach_desk.core.session import Session
    from outreach_desk.core.signals.collect import collect_signals
    from outreach_desk.core.signals.exchange import write_signal_file
    from outreach_desk.core.training.guard import refuse_in_training

    with open_vault(args) as vault:
        refuse_in_training(vault.kind, "signal")  # fictional families are never counted
        counts = collect_signals(Session(vault))
        if args.export_signed:
            data = write_signal_file(counts.between(args.first, args.last), device_identity(vault))
            Path(args.export_signed).write_bytes(data)
            print(
                f"Signed signal file written: {args.export_signed} (counts only; for your "
                "coordinator)"
            )
    return counts


def _signals(args: argparse.Namespace) -> int:
    _check_period(args)
    counts = _counts(args)
    from outreach_desk.core.signals.export import report_to_csv, report_to_json
    from outreach_desk.core.signals.report import build_report

    report = build_report(counts, args.first, args.last, args.by)
    if args.csv:
        Path(args.csv).write_text(report_to_csv(report), encoding="utf-8")
        print(f"CSV written: {args.csv}")
    if args.pdf:
        from outreach_desk.render.signals_report import write_signals_pdf

        write_signals_pdf(report, Path(args.pdf))
        print(f"PDF written: {args.pdf} (a plain document: figures only, small counts hidden)")
    if args.json:
        print_json(report_to_json(report))
    elif not (args.csv or args.pdf or args.export_signed):
        for line in report.summary:
            print(line)
    return 0
