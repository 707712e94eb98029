"""Raw signal counts: (month, municipality id, metric) -> number of cases.

Counts are extracted from the vault without any free text, id or birth date. They are
the unit that travels to a coordinator (signed) and that merges by simple addition, so
the coordinator's figures equal the figures of the combined work."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from outreach_desk.core.referrals import Intake, Referral
from outreach_desk.core.socialmap.municipalities import resolve_municipality

UNKNOWN_AREA = "unknown"
Key = tuple[str, str, str]  # (YYYY-MM, municipality id, metric)


@dataclass(frozen=True)
class SignalCounts:
    counts: dict[Key, int]

    @classmethod
    def empty(cls) -> SignalCounts:
        return cls({})

    def merged(self, other: SignalCounts) -> SignalCounts:
        total: Counter[Key] = Counter(self.counts)
        total.update(other.counts)
        return SignalCounts(dict(total))

    def between(self, first_month: str, last_month: str) -> SignalCounts:
        return SignalCounts(
            {k: v for k, v in self.counts.items() if first_month <= k[0] <= last_month}
        )

    def months(self) -> list[str]:
        return sorted({k[0] for k in self.counts})

    def metric_total(self, metric: str) -> int:
        return sum(v for k, v in self.counts.items() if k[2] == metric)


def month_of(iso: str) -> str | None:
    return iso[:7] if len(iso) >= 7 and iso[4] == "-" else None


def area_of(municipality: str) -> str:
    return resolve_municipality(municipality) or UNKNOWN_AREA if municipality else UNKNOWN_AREA


def intake_metrics(intake: Intake) -> list[str]:
    metrics = ["intakes"]
    metrics += [f"intake_domain:{d}" for d in intake.domains]
    metrics += [f"mechanism:{m}" for m in intake.mechanisms]
    if intake.urgent:
        metrics.append("urgent")
    return metrics


def referral_metrics(referral: Referral) -> list[str]:
    metrics = ["referrals", "referral_formal" if referral.formal else "referral_informal"]
    metrics.append(f"outcome:{referral.status}")
    metrics += [f"referral_domain:{d}" for d in referral.domains]
    if referral.barrier != "none":
        metrics.append(f"barrier:{referral.barrier}")
        metrics += [f"barrier_domain:{referral.barrier}:{d}" for d in referral.domains]
    return metrics


def count_signals(
    intakes: Iterable[tuple[Intake, str]], referrals: Iterable[tuple[Referral, str]]
) -> SignalCounts:
    """Count intakes and referrals, each given with its family's municipality."""
    counter: Counter[Key] = Counter()
    for intake, municipality in intakes:
        month = month_of(intake.created_at)
        if month:
            for metric in intake_metrics(intake):
                counter[(month, area_of(municipality), metric)] += 1
    for referral, municipality in referrals:
        month = month_of(referral.created_at)
        if month:
            for metric in referral_metrics(referral):
                counter[(month, area_of(municipality), metric)] += 1
    return SignalCounts(dict(counter))
