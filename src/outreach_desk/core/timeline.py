"""One chronological view of everything that happened with a family: notes, intakes,
referrals and their outcomes, consents (given and withdrawn) and handovers.

Intakes, referrals and handovers are written by other features as generic records. This
module reads them defensively through a small protocol (see docs/family-glance.md):
``date`` or ``created_at`` (ISO 8601), ``title`` (short text), ``domains`` (life domain
ids); referrals may add ``status``, ``outcome`` and ``outcome_date``. A record that lacks
a field still shows, dated by the clock it was written with.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from outreach_desk.core.consent import ConsentStore
from outreach_desk.core.domains import is_domain
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.hlc import Timestamp
from outreach_desk.core.notes import NoteStore
from outreach_desk.core.records import Record, RecordStore

NOTE = "note"
INTAKE = "intake"
REFERRAL = "referral"
REFERRAL_OUTCOME = "referral_outcome"
CONSENT = "consent"
CONSENT_WITHDRAWN = "consent_withdrawn"
HANDOVER = "handover"
ENTRY_KINDS = (
    NOTE,
    INTAKE,
    REFERRAL,
    REFERRAL_OUTCOME,
    CONSENT,
    CONSENT_WITHDRAWN,
    HANDOVER,
)
RECORD_KINDS = (INTAKE, REFERRAL, HANDOVER)  # record kinds other features write
# A referral with one of these statuses, or with an outcome date, is no longer open.
CLOSED_REFERRAL_STATUSES = frozenset(
    {"done", "closed", "completed", "refused", "cancelled", "withdrawn", "no_show"}
)
TITLE_CHARS = 100


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime  # timezone-aware, UTC
    kind: str  # one of ENTRY_KINDS
    title: str
    domains: tuple[str, ...] = ()
    source_id: str = ""  # the note, consent or record it comes from
    detail: str = ""  # e.g. a referral's status
    sequence: str = ""  # the clock it was written with: orders entries of the same moment

    @property
    def day(self) -> str:
        return self.when.date().isoformat()


def build_timeline(
    notes: NoteStore, consents: ConsentStore, records: RecordStore, family_id: str
) -> list[TimelineEntry]:
    """Every entry of one family, oldest first (ties keep a stable kind order)."""
    entries: list[TimelineEntry] = []
    entries.extend(_note_entries(notes, family_id))
    entries.extend(_consent_entries(consents, family_id))
    for kind in RECORD_KINDS:
        for record in records.query(kind, family_id):
            entries.extend(_record_entries(record))
    return sorted(entries, key=sort_key)


def sort_key(entry: TimelineEntry) -> tuple[datetime, str, int, str]:
    """Chronological; entries of the same second follow the order they were written in."""
    return (entry.when, entry.sequence, ENTRY_KINDS.index(entry.kind), entry.source_id)


def filter_timeline(
    entries: Iterable[TimelineEntry],
    *,
    kinds: Collection[str] | None = None,
    domains: Collection[str] | None = None,
) -> list[TimelineEntry]:
    """Keep entries of the given kinds and touching any of the given domains (None: all).
    With a domain filter, entries without any domain (most notes) are left out."""
    kept = []
    for entry in entries:
        if kinds is not None and entry.kind not in kinds:
            continue
        if domains is not None and not set(entry.domains) & set(domains):
            continue
        kept.append(entry)
    return kept


@dataclass(frozen=True)
class OpenReferral:
    id: str
    title: str
    when: datetime
    status: str
    domains: tuple[str, ...]


def open_referrals(records: RecordStore, family_id: str) -> list[OpenReferral]:
    """Referrals still waiting for an outcome, oldest first (the longest wait on top)."""
    found = []
    for record in records.query(REFERRAL, family_id):
        payload = record.payload
        status = _text(payload.get("status"))
        if status.casefold() in CLOSED_REFERRAL_STATUSES or payload.get("outcome_date"):
            continue
        title = _title(payload) or _text(payload.get("service_name"))
        found.append(OpenReferral(record.id, title, _when(record), status, _domains(payload)))
    return sorted(found, key=lambda r: r.when)


# ---- sources --------------------------------------------------------------------------
def _note_entries(notes: NoteStore, family_id: str) -> Iterable[TimelineEntry]:
    for note in notes.for_family(family_id):
        first_line = note.text.strip().splitlines()[0] if note.text.strip() else ""
        when = parse_when(note.created_at) or _hlc_time(note.versions[0].hlc)
        first = note.versions[0]
        yield TimelineEntry(when, NOTE, _shorten(first_line), (), note.id, sequence=first.hlc)


def _consent_entries(consents: ConsentStore, family_id: str) -> Iterable[TimelineEntry]:
    for consent in consents.for_family(family_id):
        names = ", ".join(r.name for r in consent.recipients)
        topics = tuple(t for t in consent.topics if is_domain(t))
        given = parse_when(consent.given_on) or datetime.min.replace(tzinfo=UTC)
        yield TimelineEntry(given, CONSENT, names, topics, consent.id, consent.how)
        withdrawn = parse_when(consent.withdrawn_on)
        if withdrawn is not None:
            yield TimelineEntry(withdrawn, CONSENT_WITHDRAWN, names, topics, consent.id)


def _record_entries(record: Record) -> Iterable[TimelineEntry]:
    payload = record.payload
    title = _title(payload)
    domains = _domains(payload)
    status = _text(payload.get("status"))
    yield TimelineEntry(
        _when(record), record.kind, title, domains, record.id, status, sequence=record.hlc
    )
    if record.kind == REFERRAL:
        outcome_when = parse_when(_text(payload.get("outcome_date")))
        if outcome_when is not None:
            outcome = _shorten(_text(payload.get("outcome"))) or title
            yield TimelineEntry(outcome_when, REFERRAL_OUTCOME, outcome, domains, record.id, title)


# ---- defensive field reading ------------------------------------------------------------
def parse_when(value: str) -> datetime | None:
    """An ISO date or date-time as an aware UTC datetime; None when empty or unreadable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # "0001-01-01T00:00+01:00" falls before year 1 in UTC
        return None


def _when(record: Record) -> datetime:
    for key in ("date", "created_at"):
        found = parse_when(_text(record.payload.get(key)))
        if found is not None:
            return found
    return _hlc_time(record.hlc)


def _hlc_time(hlc: str) -> datetime:
    try:
        wall_ms = Timestamp.decode(hlc).wall_ms
    except (ValidationError, ValueError, OverflowError, OSError):
        # A malformed clock must not hide the rest of the timeline.
        return datetime.min.replace(tzinfo=UTC)
    return datetime.fromtimestamp(wall_ms / 1000, tz=UTC)


def _text(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return value if isinstance(value, str) else ""


def _title(payload: dict[str, Any]) -> str:
    return _shorten(_text(payload.get("title")))


def _domains(payload: dict[str, Any]) -> tuple[str, ...]:
    raw = payload.get("domains")
    if not isinstance(raw, list | tuple):
        return ()
    return tuple(d for d in raw if isinstance(d, str) and is_domain(d))


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rstrip() + "…"
