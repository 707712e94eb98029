"""Case files: a family, its members, languages, situation, life domains, strengths.

Each field carries its own clock, so when two laptops edited the same family while
offline, sync keeps the latest value per field and the other as a visible conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime
from typing import Any

from outreach_desk.core.domains import is_domain
from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.events import Change
from outreach_desk.core.ids import new_id
from outreach_desk.core.vault import Vault

RESIDENCE_VALUES = ("regular", "asylum", "undocumented", "unknown")
STATUS_VALUES = ("active", "closed")
ROLE_VALUES = ("parent", "child", "other")


@dataclass(frozen=True)
class Member:
    id: str
    role: str  # parent | child | other
    name: str = ""  # optional, encrypted like everything else
    birth_year: int | None = None
    school: str = ""  # school or childcare, for children
    for_this_child: str = ""  # the running "for this child" line

    def age(self, today: date | None = None) -> int | None:
        if self.birth_year is None:
            return None
        return (today or date.today()).year - self.birth_year

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "role": self.role,
            "name": self.name,
            "birth_year": self.birth_year,
            "school": self.school,
            "for_this_child": self.for_this_child,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Member:
        return cls(
            id=str(raw.get("id") or new_id()),
            role=str(raw.get("role", "other")),
            name=str(raw.get("name", "")),
            birth_year=raw.get("birth_year"),
            school=str(raw.get("school", "")),
            for_this_child=str(raw.get("for_this_child", "")),
        )

    @classmethod
    def child(cls, birth_year: int | None, name: str = "", school: str = "") -> Member:
        return cls(new_id(), "child", name, birth_year, school)

    @classmethod
    def parent(cls, name: str = "", birth_year: int | None = None) -> Member:
        return cls(new_id(), "parent", name, birth_year)


@dataclass(frozen=True)
class FieldConflict:
    field: str
    value: Any
    hlc: str
    device: str


@dataclass(frozen=True)
class Family:
    id: str
    label: str  # pseudonymous label chosen by the worker
    real_names: str = ""
    members: tuple[Member, ...] = ()
    languages: tuple[str, ...] = ()
    municipality: str = ""
    residence: str = "unknown"
    domains: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    status: str = "active"
    opened_on: str = ""  # ISO date
    closed_on: str = ""
    urgent: bool = False
    owner: str = ""  # device id of the worker responsible (handover changes it)
    conflicts: tuple[FieldConflict, ...] = field(default=(), compare=False)
    hlc: str = field(default="", compare=False)

    @property
    def children(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.role == "child")

    @property
    def parents(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.role == "parent")


EDITABLE_FIELDS = tuple(f.name for f in fields(Family) if f.name not in ("id", "conflicts", "hlc"))


def _aad(family_id: str) -> str:
    return f"family/v1|{family_id}"


def _encode(name: str, value: Any) -> Any:
    if name == "members":
        return [m.to_dict() for m in value]
    if isinstance(value, tuple):
        return list(value)
    return value


def _decode(name: str, value: Any) -> Any:
    if name == "members":
        return tuple(Member.from_dict(m) for m in value)
    if name in ("languages", "domains", "strengths"):
        return tuple(value)
    return value


def validate_changes(changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        if name not in EDITABLE_FIELDS:
            raise ValidationError(f"a family has no field {name!r}")
        if name == "label" and not str(value).strip():
            raise ValidationError("a family needs a label (a pseudonym is fine)")
        if name == "residence" and value not in RESIDENCE_VALUES:
            raise ValidationError(f"residence must be one of {', '.join(RESIDENCE_VALUES)}")
        if name == "status" and value not in STATUS_VALUES:
            raise ValidationError(f"status must be one of {', '.join(STATUS_VALUES)}")
        if name == "domains":
            unknown = [d for d in value if not is_domain(d)]
            if unknown:
                raise ValidationError(f"unknown life domain(s): {', '.join(unknown)}")
        if name == "members":
            for member in value:
                if member.role not in ROLE_VALUES:
                    raise ValidationError(f"member role must be one of {', '.join(ROLE_VALUES)}")


class FamilyStore:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, label: str, **values: Any) -> Family:
        family_id = new_id()
        values = {"opened_on": date.today().isoformat(), "owner": self._vault.device_id, **values}
        changes = {"label": label, **values}
        validate_changes(changes)
        with self._vault.transaction():
            self._vault.case_key(family_id, create=True)
            self._write_fields(family_id, {}, changes, [])
        return self.get(family_id)

    def update(self, family_id: str, **changes: Any) -> Family:
        validate_changes(changes)
        with self._vault.transaction():
            stored, conflicts = self._load_fields(family_id)
            self._write_fields(family_id, stored, changes, conflicts)
        return self.get(family_id)

    def close_case(self, family_id: str) -> Family:
        return self.update(family_id, status="closed", closed_on=date.today().isoformat())

    def reopen(self, family_id: str) -> Family:
        return self.update(family_id, status="active", closed_on="")

    def get(self, family_id: str) -> Family:
        stored, conflicts = self._load_fields(family_id)
        return self._to_family(family_id, stored, conflicts)

    def families(self, *, include_closed: bool = True) -> list[Family]:
        rows = self._vault.conn.execute(
            "SELECT id, blob FROM families WHERE deleted = 0 ORDER BY id"
        ).fetchall()
        result = []
        for family_id, blob in rows:
            if not self._vault.has_case_key(family_id):
                continue
            stored, conflicts = self._unseal(family_id, blob)
            family = self._to_family(family_id, stored, conflicts)
            if include_closed or family.status == "active":
                result.append(family)
        return sorted(result, key=lambda f: f.label.casefold())

    def exists(self, family_id: str) -> bool:
        row = self._vault.conn.execute(
            "SELECT 1 FROM families WHERE id = ? AND deleted = 0", (family_id,)
        ).fetchone()
        return row is not None and self._vault.has_case_key(family_id)

    def resolve_conflict(self, family_id: str, field_name: str, keep: Any) -> Family:
        """A person chose a value; the choice is a new write that supersedes every value it
        resolves, so it syncs like any edit and peers drop the conflict too."""
        with self._vault.transaction():
            stored, conflicts = self._load_fields(family_id)
            self._write_fields(family_id, stored, {field_name: keep}, conflicts, (field_name,))
        return self.get(family_id)

    # ---- raw field access, also used by sync ------------------------------------------
    def raw_fields(self, family_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        return self._load_fields(family_id)

    def store_raw(
        self, family_id: str, stored: dict[str, Any], conflicts: list[dict[str, Any]]
    ) -> None:
        hlc = max((entry["t"] for entry in stored.values()), default="")
        blob = self._vault.seal(family_id, _aad(family_id), {"f": stored, "c": conflicts})
        self._vault.conn.execute(
            "INSERT OR REPLACE INTO families (id, hlc, deleted, blob) VALUES (?, ?, 0, ?)",
            (family_id, hlc, blob),
        )
        self._vault.record_change(Change("family", family_id, family_id, hlc))

    def _write_fields(
        self,
        family_id: str,
        stored: dict[str, Any],
        changes: dict[str, Any],
        conflicts: list[dict[str, Any]],
        resolves: tuple[str, ...] = (),
    ) -> None:
        """Each changed field records the values it replaced, so a peer that later sees
        both knows this edit came after, not beside, the old value (no false conflict)."""
        from outreach_desk.core.sync.fieldmerge import local_write

        encoded = {name: _encode(name, value) for name, value in changes.items()}
        stamp = self._vault.clock.now().encode()
        merged, remaining = local_write(
            stored, conflicts, encoded, stamp, self._vault.device_id, resolves=resolves
        )
        self.store_raw(family_id, merged, remaining)

    def _load_fields(self, family_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        row = self._vault.conn.execute(
            "SELECT blob FROM families WHERE id = ? AND deleted = 0", (family_id,)
        ).fetchone()
        if row is None or not self._vault.has_case_key(family_id):
            raise NotFound(f"No family with id {family_id}.")
        return self._unseal(family_id, row[0])

    def _unseal(self, family_id: str, blob: bytes) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        payload = self._vault.open_sealed(family_id, _aad(family_id), blob, "family record")
        return dict(payload["f"]), list(payload.get("c", []))

    @staticmethod
    def _to_family(
        family_id: str, stored: dict[str, Any], conflicts: list[dict[str, Any]]
    ) -> Family:
        values = {
            name: _decode(name, entry["v"])
            for name, entry in stored.items()
            if name in EDITABLE_FIELDS
        }
        hlc = max((entry["t"] for entry in stored.values()), default="")
        family = Family(id=family_id, label=str(values.pop("label", "")), hlc=hlc)
        found = tuple(
            FieldConflict(c["field"], _decode(c["field"], c["v"]), c["t"], c.get("d", ""))
            for c in conflicts
        )
        return replace(family, conflicts=found, **values)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
