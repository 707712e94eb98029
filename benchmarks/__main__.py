"""python -m benchmarks [--json OUT.json] [--quick] [--only vault startup ...]"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks import harness


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure Outreach Desk against its speed and memory targets.",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for a smoke test")
    parser.add_argument(
        "--only", nargs="+", metavar="MODULE", help="run only these modules (e.g. vault startup)"
    )
    args = parser.parse_args(argv)
    results = harness.run_all(args.quick, args.only)
    print(harness.format_table(results))
    if args.json:
        harness.write_json(args.json, results, args.quick)
        print(f"\nwritten to {args.json}")
    failed = [r for r in results if r.status in ("FAIL", "ERROR")]
    print(f"\n{len(results)} rows, {len(failed)} below target or broken")
    # A missed target is a finding, not a crash: exit 0 unless nothing could be measured.
    return 1 if results and all(r.status == "ERROR" for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
