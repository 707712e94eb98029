"""Retention (GDPR storage limitation): closed families are deleted N months after closing.

The policy is one vault-wide encrypted record. ``due_for_deletion`` is the warning list a
person sees first; ``delete_family`` then crypto-shreds one family: its key is destroyed
here and in the backup keyring, its rows are removed (the family row stays as a tombstone
so sync never brings it back), and the write-ahead log is emptied. See docs/retention.md.
"""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Final

from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.events import Change
from outreach_desk.core.session import Session

POLICY_KIND: Final = "settings_retention"
POLICY_RECORD_ID: Final = "retention-policy"
DEFAULT_MONTHS: Final = 24
MAX_MONTHS: Final = 1200

# Tables whose rows belong to one family, by the column that names it.
_FAMILY_ROWS: Final = (("note_versions", "family_id"), ("drafts", "family_id"),
                       ("records", "family_id"), ("changes", "family_id"))  # fmt: skip


@dataclass(frozen=True)
class RetentionPolicy:
    months: int = DEFAULT_MONTHS  # closed families are deleted this long after closing


@dataclass(frozen=True)
class DueFamily:
    family_id: str
    label: str
    closed_on: str  # ISO date
    due_on: str  # ISO date from which deletion is due

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass(frozen=True)
class DeletionReport:
    family_id: str
    notes_deleted: int
    note_versions_deleted: int
    drafts_deleted: int
    records_deleted: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def get_policy(session: Session) -> RetentionPolicy:
    try:
        record = session.records.get(POLICY_KIND, POLICY_RECORD_ID)
    except NotFound:
        return RetentionPolicy()
    return RetentionPolicy(months=int(record.payload.get("months", DEFAULT_MONTHS)))


def set_policy(session: Session, months: int) -> RetentionPolicy:
    if not 1 <= months <= MAX_MONTHS:
        raise ValidationError(
            f"The retention period must be between 1 and {MAX_MONTHS} months (got {months})."
        )
    session.records.put(POLICY_KIND, {"months": months}, record_id=POLICY_RECORD_ID)
    return RetentionPolicy(months)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the 31st becomes the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_for_deletion(session: Session, today: date | None = None) -> list[DueFamily]:
    """Closed families whose retention period has ended, oldest closing first."""
    today = today or date.today()
    months = get_policy(session).months
    due = []
    for family in session.families.families(include_closed=True):
        if family.status != "closed" or not family.closed_on:
            continue
        closed = date.fromisoformat(family.closed_on[:10])
        due_on = add_months(closed, months)
        if due_on <= today:
            due.append(DueFamily(family.id, family.label, closed.isoformat(), due_on.isoformat()))
    return sorted(due, key=lambda d: (d.closed_on, d.label.casefold(), d.family_id))


def delete_family(session: Session, family_id: str) -> DeletionReport:
    """Crypto-shred one family. Irreversible: no backup can bring it back."""
    vault = session.vault
    if not session.families.exists(family_id):
        raise NotFound(
            f"No family with id {family_id} (it may already have been deleted); nothing changed."
        )
    notes = session.notes.count(family_id)
    with vault.transaction() as conn:
        counts = {
            table: conn.execute(
                f"DELETE FROM {table} WHERE {column} = ?",  # noqa: S608 - fixed names
                (family_id,),
            ).rowcount
            for table, column in _FAMILY_ROWS
        }
        hlc = vault.clock.now().encode()
        conn.execute(  # a tombstone: sync must know this family existed and is gone
            "UPDATE families SET deleted = 1, blob = NULL, hlc = ? WHERE id = ?",
            (hlc, family_id),
        )
        vault.shred_case_key(family_id)
        vault.record_change(Change("family", family_id, family_id, hlc))
    # secure_delete overwrote the rows in the pages; the log may still hold older copies
    # of those pages until they are written back and the log is cut to zero.
    vault.cut_log()
    return DeletionReport(
        family_id,
        notes,
        counts["note_versions"],
        counts["drafts"],
        counts["records"],
    )


def delete_due_families(session: Session, today: date | None = None) -> list[DeletionReport]:
    return [delete_family(session, due.family_id) for due in due_for_deletion(session, today)]
