"""The signals report as a PDF: charts, the protected tables and the generated summary.

Only protected figures reach this module (``core.signals.report``); the PDF is a plain
document by nature and says so on its first page."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage

from outreach_desk.core.domains import DOMAIN_IDS, domain
from outreach_desk.core.referrals import BARRIERS, MECHANISMS, STATUSES
from outreach_desk.core.signals.report import SignalsReport
from outreach_desk.core.signals.suppression import ProtectedTable
from outreach_desk.render.charts import chart_image, groups_from_table
from outreach_desk.render.pdf import write_pdf
from outreach_desk.render.qtapp import ensure_gui_app
from outreach_desk.render.template import html_escape, html_page

DOMAIN_NAMES = {d: domain(d).en for d in DOMAIN_IDS}
LABELS = {
    **DOMAIN_NAMES,
    **{b: b.replace("_", " ").capitalize() for b in BARRIERS},
    **{m: m.replace("_", " ").capitalize() for m in MECHANISMS},
    **{s: s.replace("_", " ").capitalize() for s in STATUSES},
    "formal": "Formal services",
    "informal": "Informal initiatives",
    "total": "Total",
}
CHARTS = (
    ("domains_over_time", "Intakes by life domain", True),
    ("barriers_by_domain", "Barriers met, per life domain", False),
    ("formal_informal", "Referrals to formal and informal help", True),
    ("mechanisms_over_time", "Non-take-up mechanisms marked", True),
)
TABLE_TITLES = {
    "domains_over_time": "Intakes by life domain",
    "barriers_by_domain": "Referrals that met a barrier, per life domain",
    "formal_informal": "Referrals to formal and informal help",
    "outcomes_over_time": "Referral outcomes",
    "mechanisms_over_time": "Non-take-up mechanisms",
    "areas_over_time": "Intakes per area",
}


def _png_data_uri(image: QImage) -> str:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(buffer.data().data())).decode()


def chart_images(report: SignalsReport) -> list[tuple[str, QImage]]:
    ensure_gui_app()
    images = []
    for key, title, by_column in CHARTS:
        table = report.tables[key]
        if table.withheld:
            continue
        groups = groups_from_table(table, by_column=by_column, row_names=LABELS)
        if not by_column:
            groups = [g for g in groups if any(b.value or b.mark for b in g.bars)]
        images.append((title, chart_image(title, groups)))
    return images


def _table_html(key: str, table: ProtectedTable) -> str:
    title = html_escape(TABLE_TITLES.get(key, key))
    if table.withheld:
        return f"<h2>{title}</h2><p>Too few cases to publish this table safely.</p>"
    header = "".join(f"<th>{html_escape(LABELS.get(c, c))}</th>" for c in ("", *table.col_labels))
    rows = []
    for label, cells in zip(table.row_labels, table.display_rows(), strict=True):
        row = f"<td>{html_escape(LABELS.get(label, label))}</td>"
        row += "".join(f'<td align="right">{html_escape(v)}</td>' for v in cells)
        rows.append(f"<tr>{row}</tr>")
    return (
        f'<h2>{title}</h2><table border="1" cellspacing="0" cellpadding="3">'
        f"<tr>{header}</tr>{''.join(rows)}</table>"
    )


def report_html(report: SignalsReport) -> str:
    span = (
        report.first_month
        if report.first_month == report.last_month
        else f"{report.first_month} – {report.last_month}"
    )
    body = [
        f"<p>Period: {html_escape(span)} (by {html_escape(report.period)}). "
        "Counts from 1 to 4 are shown as &lt;5; x hides a cell that would let a small count "
        "be recomputed. No names, notes or identifiers are in this report.</p>",
        "<h2>Summary</h2><ul>",
        *[f"<li>{html_escape(line)}</li>" for line in report.summary],
        "</ul>",
    ]
    for title, image in chart_images(report):
        body.append(f'<p><img src="{_png_data_uri(image)}" width="620" alt="{title}"></p>')
    body += [_table_html(key, table) for key, table in report.tables.items()]
    return html_page("Signals for policy", "".join(body), lang="en")


def write_signals_pdf(report: SignalsReport, out: Path) -> Path:
    return write_pdf(report_html(report), out, title="Outreach Desk signals report")
