"""Consent records: what the parent agreed to share, with whom, when and how.

The help-request composer asks ``covers()`` before it produces anything for an agency,
and says what is missing when the answer is no."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from outreach_desk.core.domains import is_domain
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.records import Record, RecordStore
from outreach_desk.core.vault import Vault

KIND = "consent"
HOW_VALUES = ("verbal", "written")
ALL_TOPICS = "*"


@dataclass(frozen=True)
class Recipient:
    """Who may receive the information: a social-map service, a sync contact, or other."""

    kind: str  # service | contact | other
    id: str
    name: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "id": self.id, "name": self.name}


@dataclass(frozen=True)
class Consent:
    id: str
    family_id: str
    topics: tuple[str, ...]  # life domain ids, or "*" for everything
    recipients: tuple[Recipient, ...]
    given_on: str
    how: str
    withdrawn_on: str = ""
    note: str = ""

    @property
    def active(self) -> bool:
        return not self.withdrawn_on


@dataclass(frozen=True)
class ConsentCheck:
    ok: bool
    missing_topics: tuple[str, ...]
    recipient_covered: bool

    def explain(self) -> str:
        parts = []
        if not self.recipient_covered:
            parts.append("no active consent names this recipient")
        if self.missing_topics:
            parts.append("the parent has not agreed to share: " + ", ".join(self.missing_topics))
        return "; ".join(parts) or "consent covers this request"


class ConsentStore:
    def __init__(self, vault: Vault) -> None:
        self._records = RecordStore(vault)

    def record(
        self,
        family_id: str,
        *,
        topics: list[str] | tuple[str, ...],
        recipients: list[Recipient] | tuple[Recipient, ...],
        how: str,
        given_on: str | None = None,
        note: str = "",
    ) -> Consent:
        _validate(topics, recipients, how)
        payload: dict[str, Any] = {
            "topics": list(topics),
            "recipients": [r.to_dict() for r in recipients],
            "given_on": given_on or date.today().isoformat(),
            "how": how,
            "withdrawn_on": "",
            "note": note,
        }
        return _from_record(self._records.put(KIND, payload, family_id=family_id))

    def withdraw(self, consent_id: str, on: str | None = None) -> Consent:
        existing = self._records.get(KIND, consent_id)
        payload = {**existing.payload, "withdrawn_on": on or date.today().isoformat()}
        updated = self._records.put(
            KIND, payload, family_id=existing.family_id, record_id=consent_id
        )
        return _from_record(updated)

    def for_family(self, family_id: str) -> list[Consent]:
        return [_from_record(r) for r in self._records.query(KIND, family_id)]

    def covers(self, family_id: str, recipient_id: str, topics: list[str]) -> ConsentCheck:
        active = [
            c
            for c in self.for_family(family_id)
            if c.active and recipient_id in {r.id for r in c.recipients}
        ]
        granted = {t for c in active for t in c.topics}
        missing = () if ALL_TOPICS in granted else tuple(t for t in topics if t not in granted)
        return ConsentCheck(bool(active) and not missing, missing, bool(active))


def _validate(topics: Any, recipients: Any, how: str) -> None:
    if how not in HOW_VALUES:
        raise ValidationError(f"consent is given {' or '.join(HOW_VALUES)}, not {how!r}")
    if not topics:
        raise ValidationError("say what the parent agreed to share (at least one topic)")
    bad = [t for t in topics if t != ALL_TOPICS and not is_domain(t)]
    if bad:
        raise ValidationError(f"unknown consent topic(s): {', '.join(bad)}")
    if not recipients:
        raise ValidationError("say with whom the parent agreed to share (at least one)")


def _from_record(record: Record) -> Consent:
    p = record.payload
    return Consent(
        id=record.id,
        family_id=record.family_id or "",
        topics=tuple(p["topics"]),
        recipients=tuple(Recipient(**r) for r in p["recipients"]),
        given_on=p["given_on"],
        how=p["how"],
        withdrawn_on=p.get("withdrawn_on", ""),
        note=p.get("note", ""),
    )
