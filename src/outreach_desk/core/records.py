"""Generic encrypted records: consents, referrals, intakes, ecomaps, contacts, settings
secrets... One table, one row per record; what kind of record it is is stored only as a
keyed tag, so a stolen file does not even say how many referrals a family has."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.events import Change
from outreach_desk.core.ids import new_id
from outreach_desk.core.vault import Vault


@dataclass(frozen=True)
class Record:
    id: str
    kind: str
    family_id: str | None
    hlc: str
    device: str
    deleted: bool
    payload: dict[str, Any] = field(default_factory=dict)


def _aad(kind: str, record_id: str, family_id: str | None, hlc: str, device: str) -> str:
    return f"record/v1|{kind}|{record_id}|{family_id or '-'}|{hlc}|{device}"


class RecordStore:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def put(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        family_id: str | None = None,
        record_id: str | None = None,
    ) -> Record:
        """Create or replace a record (last writer wins; the clock decides across devices)."""
        record = Record(
            id=record_id or new_id(),
            kind=kind,
            family_id=family_id,
            hlc=self._vault.clock.now().encode(),
            device=self._vault.device_id,
            deleted=False,
            payload=payload,
        )
        with self._vault.transaction():
            self.write(record)
        return record

    def write(self, record: Record) -> None:
        """Store a record exactly as given (also used when merging synced records)."""
        vault = self._vault
        clash = vault.conn.execute(
            "SELECT 1 FROM records WHERE id = ? AND (kind_tag != ? OR family_id IS NOT ?)",
            (record.id, vault.kind_tag(record.kind), record.family_id),
        ).fetchone()
        if clash:  # ids are unique across kinds: replacing another kind's row would lose it
            raise ValidationError(
                f"Record id {record.id!r} is already used by another kind of record or "
                "another family; nothing was written."
            )
        aad = _aad(record.kind, record.id, record.family_id, record.hlc, record.device)
        blob = None if record.deleted else vault.seal(record.family_id, aad, record.payload)
        vault.conn.execute(
            "INSERT OR REPLACE INTO records (id, family_id, kind_tag, hlc, device, deleted, blob)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                record.family_id,
                vault.kind_tag(record.kind),
                record.hlc,
                record.device,
                int(record.deleted),
                blob,
            ),
        )
        vault.record_change(
            Change(f"record:{record.kind}", record.id, record.family_id, record.hlc)
        )

    def get(self, kind: str, record_id: str) -> Record:
        row = self._vault.conn.execute(
            "SELECT id, family_id, hlc, device, deleted, blob FROM records"
            " WHERE id = ? AND kind_tag = ?",
            (record_id, self._vault.kind_tag(kind)),
        ).fetchone()
        if row is None or row[4]:
            raise NotFound(f"No {kind} with id {record_id}.")
        return self._decode(kind, row)

    def query(
        self, kind: str, family_id: str | None = None, *, all_families: bool = False
    ) -> list[Record]:
        sql = "SELECT id, family_id, hlc, device, deleted, blob FROM records WHERE kind_tag = ?"
        params: list[Any] = [self._vault.kind_tag(kind)]
        if not all_families:
            sql += " AND family_id IS ?"
            params.append(family_id)
        sql += " AND deleted = 0 ORDER BY hlc"
        rows = self._vault.conn.execute(sql, params).fetchall()
        return [self._decode(kind, row) for row in rows if self._readable(row[1])]

    def delete(self, kind: str, record_id: str) -> None:
        existing = self.get(kind, record_id)
        tombstone = Record(
            existing.id,
            kind,
            existing.family_id,
            self._vault.clock.now().encode(),
            self._vault.device_id,
            True,
        )
        with self._vault.transaction():
            self.write(tombstone)

    def _readable(self, family_id: str | None) -> bool:
        return family_id is None or self._vault.has_case_key(family_id)

    def _decode(self, kind: str, row: tuple[Any, ...]) -> Record:
        record_id, family_id, hlc, device, deleted, blob = row
        payload = self._vault.open_sealed(
            family_id, _aad(kind, record_id, family_id, hlc, device), blob, f"{kind} record"
        )
        return Record(record_id, kind, family_id, hlc, device, bool(deleted), payload)
