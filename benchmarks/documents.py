"""Documents benchmark: glossary load and search time, appointment sheet and glossary PDF
render time (offscreen Qt, bundled fonts).

Run: ``.venv/bin/python benchmarks/documents.py``. The lead's harness calls :func:`run`.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ("CPAS", "ocmw", "aide medicale", "huurwaarborg", "المساعدة الطبية", "regularisatie")


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


def _glossary_rows() -> list[dict[str, Any]]:
    from outreach_desk.core.glossary import Glossary

    started = time.perf_counter()
    glossary = Glossary.load()
    load_ms = _ms(started)
    timings = []
    for _ in range(20):
        for query in QUERIES:
            started = time.perf_counter()
            glossary.search(query)
            timings.append((time.perf_counter() - started) * 1000)
    return [
        {"name": "documents.glossary_load", "value": load_ms, "unit": "ms", "target": 200},
        {
            "name": "documents.glossary_search_median",
            "value": round(statistics.median(timings), 2),
            "unit": "ms",
            "target": 20,
        },
    ]


def _pdf_rows() -> list[dict[str, Any]]:
    from outreach_desk.render.appointment_sheet import AppointmentInput, write_appointment_sheet
    from outreach_desk.render.fonts import load_bundled_fonts
    from outreach_desk.render.glossary_pdf import write_glossary_pdf

    started = time.perf_counter()
    load_bundled_fonts()
    fonts_ms = _ms(started)
    sheet = AppointmentInput(
        agency_name="CPAS",
        agency_lang="fr",
        family_lang="ar",
        when=datetime(2026, 12, 8, 14, 30),
        request="Carte médicale pour les enfants.",
        domains=["health", "income_debts"],
    )
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        write_appointment_sheet(sheet, Path(folder) / "sheet.pdf")
        sheet_ms = _ms(started)
        started = time.perf_counter()
        write_glossary_pdf(Path(folder) / "glossary.pdf", ["nl", "fr", "ar"])
        glossary_ms = _ms(started)
    return [
        {"name": "documents.load_fonts_first", "value": fonts_ms, "unit": "ms", "target": 500},
        {
            "name": "documents.appointment_sheet_pdf",
            "value": sheet_ms,
            "unit": "ms",
            "target": 2000,
        },
        {
            "name": "documents.glossary_pdf_3_langs",
            "value": glossary_ms,
            "unit": "ms",
            "target": 5000,
        },
    ]


def run() -> list[dict[str, Any]]:
    return _glossary_rows() + _pdf_rows()


if __name__ == "__main__":
    for row in run():
        print(f"{row['name']:<40} {row['value']:>10} {row['unit']:<3} (target {row['target']})")
