"""From raw counts to publishable tables and a short generated summary.

Every figure that leaves this module went through ``suppression.protect``: summaries are
written from the protected tables, never from the raw counts."""

from __future__ import annotations

from dataclasses import dataclass

from outreach_desk.core.domains import DOMAIN_IDS, domain
from outreach_desk.core.referrals import BARRIERS, MECHANISMS, STATUSES
from outreach_desk.core.signals.counts import UNKNOWN_AREA, SignalCounts
from outreach_desk.core.signals.suppression import (
    THRESHOLD,
    ProtectedTable,
    protect,
    protect_sharing_column_totals,
)

# Statistical zones of the Brussels-Capital Region for this report (not an official
# division): a municipality with few cases is merged into its zone, a zone with few
# cases into the whole region, so a small municipality never stands alone.
ZONES: dict[str, tuple[str, ...]] = {
    "zone_west": (
        "anderlecht",
        "molenbeek",
        "koekelberg",
        "berchem_sainte_agathe",
        "ganshoren",
        "jette",
    ),
    "zone_north_east": ("schaerbeek", "evere", "saint_josse"),
    "zone_centre": ("brussels", "saint_gilles", "ixelles", "etterbeek"),
    "zone_south_east": (
        "forest",
        "uccle",
        "watermael_boitsfort",
        "auderghem",
        "woluwe_saint_lambert",
        "woluwe_saint_pierre",
    ),
}
REGION = "region"
MIN_AREA_TOTAL = 2 * THRESHOLD
BARRIER_ROWS = tuple(b for b in BARRIERS if b != "none")


@dataclass(frozen=True)
class SignalsReport:
    first_month: str
    last_month: str
    period: str  # "month" | "quarter"
    periods: tuple[str, ...]
    tables: dict[str, ProtectedTable]
    summary: tuple[str, ...]


def period_of(month: str, by: str) -> str:
    if by == "quarter":
        year, number = month.split("-")
        return f"{year}-Q{(int(number) - 1) // 3 + 1}"
    return month


def months_between(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    result = []
    while f"{year:04d}-{month:02d}" <= last:
        result.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def build_report(counts: SignalCounts, first: str, last: str, by: str = "month") -> SignalsReport:
    scoped = counts.between(first, last)
    periods = tuple(dict.fromkeys(period_of(m, by) for m in months_between(first, last)))

    def over_time(metric_prefix: str, rows: tuple[str, ...]) -> list[list[int]]:
        grid = {(r, p): 0 for r in rows for p in periods}
        for (month, _area, metric), value in scoped.counts.items():
            row = metric.removeprefix(metric_prefix)
            if metric.startswith(metric_prefix) and (row, period_of(month, by)) in grid:
                grid[(row, period_of(month, by))] += value
        return [[grid[(r, p)] for p in periods] for r in rows]

    formal_informal, outcomes = protect_sharing_column_totals(
        [
            (
                "referrals_formal_informal",
                ["formal", "informal"],
                list(periods),
                over_time("referral_", ("formal", "informal")),
            ),
            ("referral_outcomes", list(STATUSES), list(periods), over_time("outcome:", STATUSES)),
        ]
    )
    tables = {
        "domains_over_time": protect(
            "intakes_by_domain",
            list(DOMAIN_IDS),
            list(periods),
            over_time("intake_domain:", DOMAIN_IDS),
        ),
        "barriers_by_domain": _barriers_by_domain(scoped),
        "formal_informal": formal_informal,
        "outcomes_over_time": outcomes,
        "mechanisms_over_time": protect(
            "non_take_up", list(MECHANISMS), list(periods), over_time("mechanism:", MECHANISMS)
        ),
        "areas_over_time": _areas_over_time(scoped, periods, by),
    }
    return SignalsReport(first, last, by, periods, tables, tuple(_summary(tables, first, last)))


def _barriers_by_domain(scoped: SignalCounts) -> ProtectedTable:
    grid = {(b, d): 0 for b in BARRIER_ROWS for d in DOMAIN_IDS}
    for (_month, _area, metric), value in scoped.counts.items():
        if metric.startswith("barrier_domain:"):
            _, barrier, domain_id = metric.split(":")
            if (barrier, domain_id) in grid:
                grid[(barrier, domain_id)] += value
    values = [[grid[(b, d)] for d in DOMAIN_IDS] for b in BARRIER_ROWS]
    return protect("barriers_by_domain", list(BARRIER_ROWS), list(DOMAIN_IDS), values)


def merge_small_areas(totals: dict[str, int]) -> dict[str, str]:
    """Map each municipality to the area it is published under."""
    zone_of = {m: zone for zone, members in ZONES.items() for m in members}
    mapping: dict[str, str] = {}
    zone_totals: dict[str, int] = {}
    for area, total in totals.items():
        zone = zone_of.get(area, REGION)
        if area != UNKNOWN_AREA and total >= MIN_AREA_TOTAL:
            mapping[area] = area
        else:
            mapping[area] = zone
            zone_totals[zone] = zone_totals.get(zone, 0) + total
    for area, target in mapping.items():
        if target in ZONES and zone_totals.get(target, 0) < MIN_AREA_TOTAL:
            mapping[area] = REGION
    return mapping


def _areas_over_time(scoped: SignalCounts, periods: tuple[str, ...], by: str) -> ProtectedTable:
    intakes = {k: v for k, v in scoped.counts.items() if k[2] == "intakes"}
    totals: dict[str, int] = {}
    for (_month, area, _metric), value in intakes.items():
        totals[area] = totals.get(area, 0) + value
    mapping = merge_small_areas(totals)
    rows = sorted(set(mapping.values())) or [REGION]
    grid = {(r, p): 0 for r in rows for p in periods}
    for (month, area, _metric), value in intakes.items():
        grid[(mapping[area], period_of(month, by))] += value
    values = [[grid[(r, p)] for p in periods] for r in rows]
    return protect("intakes_by_area", rows, list(periods), values)


def _phrase(table: ProtectedTable, row: str, col: str) -> str | None:
    """A count as it may be published: the number, 'fewer than 5', or nothing."""
    if table.withheld:
        return None
    cell = table.cells[table.row_labels.index(row)][table.col_labels.index(col)]
    if cell.shown:
        return str(cell.value) if cell.value else None
    return "fewer than 5" if cell.display() == "<5" else None


def _summary(tables: dict[str, ProtectedTable], first: str, last: str) -> list[str]:
    span = first if first == last else f"{first} to {last}"
    lines: list[str] = []
    barriers = tables["barriers_by_domain"]
    found: list[tuple[int, str, str]] = []
    for barrier in BARRIER_ROWS:
        for domain_id in DOMAIN_IDS:
            phrase = _phrase(barriers, barrier, domain_id)
            if phrase and phrase != "fewer than 5":
                found.append((int(phrase), barrier, domain_id))
    for count, barrier, domain_id in sorted(found, reverse=True)[:5]:
        label = domain(domain_id).en.lower()
        lines.append(
            f"From {span}, {count} referrals for {label} met this barrier: "
            f"{barrier.replace('_', ' ')}."
        )
    outcomes = tables["outcomes_over_time"]
    refused = _phrase(outcomes, "refused", "total")
    if refused and refused != "fewer than 5":
        lines.append(f"From {span}, {refused} referrals were refused.")
    residence = _phrase(barriers, "residence_status", "total")
    if residence and residence != "fewer than 5":
        lines.append(
            f"{residence} referrals could not go ahead because of the family's residence status."
        )
    if not lines:
        lines.append(f"From {span}, too few referrals met a barrier to report figures safely.")
    return lines
