"""Plain exports of a protected report: JSON and CSV carry only what the tables show."""

from __future__ import annotations

import csv
import io
from typing import Any

from outreach_desk.core.signals.report import SignalsReport


def report_to_json(report: SignalsReport) -> dict[str, Any]:
    return {
        "from": report.first_month,
        "to": report.last_month,
        "by": report.period,
        "threshold_note": "cells from 1 to 4 are shown as '<5'; 'x' hides a cell that would "
        "let a small count be recomputed",
        "tables": {
            key: {
                "title": table.title,
                "rows": list(table.row_labels),
                "columns": list(table.col_labels),
                "withheld": table.withheld,
                "cells": table.display_rows(),
            }
            for key, table in report.tables.items()
        },
        "summary": list(report.summary),
    }


def report_to_csv(report: SignalsReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["table", "row", "column", "value"])
    for key, table in report.tables.items():
        if table.withheld:
            writer.writerow([key, "", "", "withheld: too few cases"])
            continue
        for row_label, row in zip(table.row_labels, table.display_rows(), strict=True):
            for col_label, value in zip(table.col_labels, row, strict=True):
                writer.writerow([key, row_label, col_label, value])
    return out.getvalue()
