"""Workers' own experience with a service on the social map: "waited 3 weeks", "ask for
Fatima, speaks Tarifit", "bad reception for families without papers".

The social map itself is public and unencrypted; these notes are not. They are stored as
vault-wide encrypted records (kind "service_experience", no family), so they travel with
the vault's other records when the team syncs, and a stolen laptop shows nothing of them.
A note names no family: it is about a service, told by a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.records import Record, RecordStore
from outreach_desk.core.vault import Vault

EXPERIENCE_KIND = "service_experience"
MAX_EXPERIENCE_CHARS = 10_000


@dataclass(frozen=True)
class ExperienceNote:
    id: str
    service_id: str
    text: str
    date: str  # ISO date (YYYY-MM-DD) of the experience, which may predate the note
    author: str
    created_at: str  # ISO 8601, UTC, when the note was first written


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _checked_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError("an experience note needs some text; write what happened")
    if len(cleaned) > MAX_EXPERIENCE_CHARS:
        raise ValidationError(
            f"an experience note is at most {MAX_EXPERIENCE_CHARS} characters; "
            f"this one has {len(cleaned)}: shorten it"
        )
    return cleaned


def _checked_date(value: str | None) -> str:
    if not value:
        return date.today().isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValidationError(
            f"the date of an experience must be written YYYY-MM-DD; got {value!r}"
        ) from None


def _checked_service(service_id: str) -> str:
    if not service_id.strip():
        raise ValidationError("an experience note must name the service it is about")
    return service_id


def _from_record(record: Record) -> ExperienceNote:
    payload = record.payload
    return ExperienceNote(
        id=record.id,
        service_id=str(payload.get("service_id", "")),
        text=str(payload.get("text", "")),
        date=str(payload.get("date", "")),
        author=str(payload.get("author", "")),
        created_at=str(payload.get("created_at", "")),
    )


def _payload(note: ExperienceNote) -> dict[str, Any]:
    return {
        "service_id": note.service_id,
        "text": note.text,
        "date": note.date,
        "author": note.author,
        "created_at": note.created_at,
    }


def _newest_first(notes: list[ExperienceNote]) -> list[ExperienceNote]:
    return sorted(notes, key=lambda n: (n.date, n.created_at), reverse=True)


class ExperienceStore:
    """add / edit / delete / for_service / all over the vault's encrypted records."""

    def __init__(self, vault: Vault) -> None:
        self._records = RecordStore(vault)

    def add(
        self, service_id: str, text: str, *, on: str | None = None, author: str = ""
    ) -> ExperienceNote:
        note = ExperienceNote(
            id="",
            service_id=_checked_service(service_id),
            text=_checked_text(text),
            date=_checked_date(on),
            author=author.strip(),
            created_at=_now(),
        )
        record = self._records.put(EXPERIENCE_KIND, _payload(note))
        return _from_record(record)

    def get(self, note_id: str) -> ExperienceNote:
        try:
            return _from_record(self._records.get(EXPERIENCE_KIND, note_id))
        except NotFound:
            raise NotFound(
                f"no experience note with id {note_id}; it may have been deleted"
            ) from None

    def edit(
        self,
        note_id: str,
        text: str,
        *,
        on: str | None = None,
        author: str | None = None,
    ) -> ExperienceNote:
        """Replace the text (and optionally date and author); created_at is kept."""
        current = self.get(note_id)
        changed = ExperienceNote(
            id=current.id,
            service_id=current.service_id,
            text=_checked_text(text),
            date=current.date if on is None else _checked_date(on),
            author=current.author if author is None else author.strip(),
            created_at=current.created_at,
        )
        record = self._records.put(EXPERIENCE_KIND, _payload(changed), record_id=note_id)
        return _from_record(record)

    def delete(self, note_id: str) -> None:
        self.get(note_id)  # a clear NotFound message when it is already gone
        self._records.delete(EXPERIENCE_KIND, note_id)

    def for_service(self, service_id: str) -> list[ExperienceNote]:
        """The notes about one service, newest experience first."""
        return _newest_first([n for n in self.all() if n.service_id == service_id])

    def all(self) -> list[ExperienceNote]:
        """Every experience note in the vault, newest experience first."""
        records = self._records.query(EXPERIENCE_KIND, None)
        return _newest_first([_from_record(r) for r in records])

    def count_by_service(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for note in self.all():
            counts[note.service_id] = counts.get(note.service_id, 0) + 1
        return counts
