"""Notes: an append-only timeline per family. Editing writes a new version that names
its parent; nothing is overwritten, so history is always visible. Two versions written
from the same parent on two laptops are both kept as a conflict for a person to resolve."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.events import Change
from outreach_desk.core.ids import new_id
from outreach_desk.core.vault import Vault

MAX_NOTE_CHARS = 1_000_000


@dataclass(frozen=True)
class NoteVersion:
    id: str
    note_id: str
    family_id: str
    parent_id: str | None
    hlc: str
    device: str
    text: str
    author: str
    created_at: str  # ISO 8601, UTC
    supersedes: tuple[str, ...] = ()  # other heads this version resolved


@dataclass(frozen=True)
class Note:
    id: str
    family_id: str
    current: NoteVersion
    versions: tuple[NoteVersion, ...]  # oldest first
    conflicts: tuple[NoteVersion, ...]  # other unresolved heads

    @property
    def text(self) -> str:
        return self.current.text

    @property
    def created_at(self) -> str:
        return self.versions[0].created_at

    @property
    def edited(self) -> bool:
        return len(self.versions) > 1


def _aad(v: NoteVersion | dict[str, Any]) -> str:
    get = v.get if isinstance(v, dict) else lambda k: getattr(v, k)
    return (
        f"note/v1|{get('id')}|{get('note_id')}|{get('family_id')}|{get('parent_id') or '-'}"
        f"|{get('hlc')}|{get('device')}"
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class NoteStore:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, family_id: str, text: str, *, author: str = "") -> Note:
        _check_text(text)
        note_id = new_id()
        with self._vault.transaction():
            version = self._append(family_id, note_id, None, text, author, ())
        return _assemble(note_id, [version])  # just written: no need to read it back

    def edit(self, note_id: str, text: str, *, author: str = "") -> Note:
        """A new version on top of the current one; also resolves any open conflict."""
        _check_text(text)
        note = self.get(note_id)
        with self._vault.transaction():
            superseded = tuple(c.id for c in note.conflicts)
            version = self._append(
                note.family_id, note_id, note.current.id, text, author, superseded
            )
        return _assemble(note_id, [*note.versions, version])

    def get(self, note_id: str) -> Note:
        rows = self._vault.conn.execute(
            "SELECT id, note_id, family_id, parent_id, hlc, device, blob FROM note_versions"
            " WHERE note_id = ?",
            (note_id,),
        ).fetchall()
        if not rows or not self._vault.has_case_key(rows[0][2]):
            raise NotFound(f"No note with id {note_id}.")
        return _assemble(note_id, [self._decode(row) for row in rows])

    def for_family(self, family_id: str) -> list[Note]:
        """Every note of a family, oldest first."""
        if not self._vault.has_case_key(family_id):
            raise NotFound(f"No family with id {family_id}.")
        rows = self._vault.conn.execute(
            "SELECT id, note_id, family_id, parent_id, hlc, device, blob FROM note_versions"
            " WHERE family_id = ?",
            (family_id,),
        ).fetchall()
        return _group([self._decode(row) for row in rows])

    def all_current(self) -> list[Note]:
        """Every readable note of every family (used to build the search index)."""
        return _group([self._decode(row) for row in self._readable_versions()])

    def current_texts(self, chunk: int = 2000) -> Iterator[list[tuple[str, str, str, str]]]:
        """(note id, family id, clock, current text) of every readable note, least recently
        written first, in chunks; only the current version of each note is decrypted. The
        clock names the version (it carries its device), so an index can tell later
        whether it still holds the current text."""
        rows = self._readable_versions()
        ordered = sorted(_current_rows(rows).values(), key=_clock_order)
        for start in range(0, len(ordered), chunk):
            part = ordered[start : start + chunk]
            yield [(row[1], row[2], row[4], self._decode(row).text) for row in part]

    def current_clocks(self) -> dict[str, str]:
        """Per readable note, the clock of its current version, read from the clear columns
        without decrypting anything (a search index checks itself with it)."""
        rows = self._readable_versions(with_blob=False)
        return {note_id: row[4] for note_id, row in _current_rows(rows).items()}

    def _readable_versions(self, *, with_blob: bool = True) -> list[tuple[Any, ...]]:
        """Every version of a family that still has its key, as (id, note id, family id,
        parent id, clock[, device, blob]): without the blob nothing needs decrypting."""
        columns = "v.id, v.note_id, v.family_id, v.parent_id, v.hlc"
        if with_blob:
            columns += ", v.device, v.blob"
        return self._vault.conn.execute(
            f"SELECT {columns} FROM note_versions v"  # noqa: S608 - fixed column lists
            " JOIN case_keys k ON k.family_id = v.family_id"
        ).fetchall()

    def current_text(self, note_id: str) -> tuple[str, str, str]:
        """(family id, clock, current text) of one note, decrypting only its current version."""
        rows = self._vault.conn.execute(
            "SELECT id, note_id, family_id, parent_id, hlc, device, blob FROM note_versions"
            " WHERE note_id = ?",
            (note_id,),
        ).fetchall()
        latest = _current_rows(rows).get(note_id)
        if latest is None or not self._vault.has_case_key(latest[2]):
            raise NotFound(f"No note with id {note_id}.")
        return latest[2], latest[4], self._decode(latest).text

    def count(self, family_id: str) -> int:
        row = self._vault.conn.execute(
            "SELECT count(DISTINCT note_id) FROM note_versions WHERE family_id = ?", (family_id,)
        ).fetchone()
        return int(row[0])

    def write_version(self, version: NoteVersion, *, is_current: bool = False) -> bool:
        """Store a version as given (sync); returns False when it was already here.
        ``is_current``: written here on top of the current version (add, edit), so it is
        the note's new current text, and listeners are handed it."""
        payload = {
            "text": version.text,
            "author": version.author,
            "created_at": version.created_at,
            "supersedes": list(version.supersedes),
        }
        blob = self._vault.seal(version.family_id, _aad(version), payload)
        cursor = self._vault.conn.execute(
            "INSERT OR IGNORE INTO note_versions"
            " (id, note_id, family_id, parent_id, hlc, device, blob) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                version.id,
                version.note_id,
                version.family_id,
                version.parent_id,
                version.hlc,
                version.device,
                blob,
            ),
        )
        if cursor.rowcount:
            self._vault.record_change(
                Change(
                    "note",
                    version.note_id,
                    version.family_id,
                    version.hlc,
                    version.text if is_current else None,
                )
            )
        return bool(cursor.rowcount)

    def _append(
        self,
        family_id: str,
        note_id: str,
        parent_id: str | None,
        text: str,
        author: str,
        supersedes: tuple[str, ...],
    ) -> NoteVersion:
        version = NoteVersion(
            id=new_id(),
            note_id=note_id,
            family_id=family_id,
            parent_id=parent_id,
            hlc=self._vault.clock.now().encode(),
            device=self._vault.device_id,
            text=text,
            author=author,
            created_at=_now(),
            supersedes=supersedes,
        )
        self._vault.case_key(family_id)  # a deleted family cannot get new notes
        # Newest clock, child of the current version, superseding every conflict: it is
        # the current version once written.
        self.write_version(version, is_current=True)
        return version

    def _decode(self, row: tuple[Any, ...]) -> NoteVersion:
        version_id, note_id, family_id, parent_id, hlc, device, blob = row
        aad_fields = {
            "id": version_id,
            "note_id": note_id,
            "family_id": family_id,
            "parent_id": parent_id,
            "hlc": hlc,
            "device": device,
        }
        payload = self._vault.open_sealed(family_id, _aad(aad_fields), blob, "note")
        return NoteVersion(
            version_id,
            note_id,
            family_id,
            parent_id,
            hlc,
            device,
            str(payload["text"]),
            str(payload.get("author", "")),
            str(payload.get("created_at", "")),
            tuple(payload.get("supersedes", ())),
        )


def _clock_order(row: tuple[Any, ...]) -> tuple[str, str]:
    return row[4], row[0]  # (hlc, version id), as _assemble orders versions


def _current_rows(rows: list[tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    """Per note, the stored row of its current version: the newest head (a version no
    other version names as parent), read from the clear columns without decrypting."""
    parents = {row[3] for row in rows if row[3]}
    current: dict[str, tuple[Any, ...]] = {}
    for row in rows:
        if row[0] in parents:
            continue
        if row[1] not in current or _clock_order(row) > _clock_order(current[row[1]]):
            current[row[1]] = row
    return current


def _check_text(text: str) -> None:
    if not text.strip():
        raise ValidationError("A note cannot be empty.")
    if len(text) > MAX_NOTE_CHARS:
        raise ValidationError(f"A note is limited to {MAX_NOTE_CHARS:,} characters.")


def _group(versions: list[NoteVersion]) -> list[Note]:
    by_note: dict[str, list[NoteVersion]] = {}
    for version in versions:
        by_note.setdefault(version.note_id, []).append(version)
    notes = [_assemble(note_id, group) for note_id, group in by_note.items()]
    return sorted(notes, key=lambda n: (n.versions[0].hlc, n.id))


def _assemble(note_id: str, versions: list[NoteVersion]) -> Note:
    if len(versions) == 1:  # most notes are never edited
        only = versions[0]
        return Note(note_id, only.family_id, only, (only,), ())
    ordered = tuple(sorted(versions, key=lambda v: (v.hlc, v.id)))
    parents = {v.parent_id for v in ordered if v.parent_id}
    superseded = {s for v in ordered for s in v.supersedes}
    heads = [v for v in ordered if v.id not in parents and v.id not in superseded]
    if not heads:  # defensive: a cycle cannot be written by this code, but keep readable
        heads = [ordered[-1]]
    current = heads[-1]
    conflicts = tuple(h for h in heads if h.id != current.id)
    return Note(note_id, ordered[0].family_id, current, ordered, conflicts)
