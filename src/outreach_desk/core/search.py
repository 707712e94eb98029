"""Search across families and notes, in in-memory SQLite FTS5 tables that are dropped at
lock. Between unlocks the index is kept only as an encrypted snapshot (search_snapshot):
an unlock opens it and re-reads just the notes changed since, instead of decrypting and
tokenising every note again. Without a usable snapshot the index is built from the notes.

Families are few and ranked by relevance. Notes are many, so they are returned newest
first: FTS5 walks its lists backwards and stops after the first screenful, which keeps a
search fast even for very common words (ranking thousands of matches by bm25 is not)."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from outreach_desk.core import search_snapshot
from outreach_desk.core.casefile import Family, FamilyStore
from outreach_desk.core.errors import NotFound, VaultLocked
from outreach_desk.core.events import Change
from outreach_desk.core.notes import NoteStore
from outreach_desk.core.search_snapshot import SnapshotUnreadable
from outreach_desk.core.vault import Vault

_TOKEN = re.compile(r"\w+", re.UNICODE)
_MIN_PREFIX = 3  # a one- or two-letter prefix matches half the dictionary: match it whole
_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"
# Catching up more notes than this is no faster than building the index again.
REBUILD_ABOVE = 5000
# A new snapshot is written once this many notes changed since the kept one (or after a
# full build), so catching up at unlock stays short without rewriting it at every unlock.
REFRESH_AFTER = 50
_LAYOUT = "2"  # bump when the tables change: an older snapshot is then rebuilt


@dataclass(frozen=True)
class IndexLoad:
    """How the index came to be at unlock."""

    source: str  # "snapshot" | "built"
    documents: int
    caught_up: int = 0  # notes re-read from the vault because they changed since the snapshot
    reason: str = ""  # why no snapshot was used (for the log and the benchmark)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "family" | "note"
    family_id: str
    note_id: str | None
    family_label: str
    snippet: str


def to_fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match, the last
    one as a prefix (once it has a few letters) so results appear while typing."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return ""
    quoted = [f'"{t}"' for t in tokens]
    if len(tokens[-1]) >= _MIN_PREFIX:
        quoted[-1] += "*"
    return " AND ".join(quoted)


class SearchIndex:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._families = FamilyStore(vault)
        self._notes = NoteStore(vault)
        self._db = _new_index_db()
        self._labels: dict[str, str] = {}
        self._changed_since_snapshot = 0
        self._built_since_snapshot = False
        # Per note in the index: its FTS5 row and the clock of the version it holds (kept
        # in the snapshot, so the next unlock can tell which notes changed since).
        self._indexed: dict[str, tuple[int, str]] = {}
        self._family_rows: dict[str, int] = {}
        # Notes saved here since the last query, oldest first: indexed just before the next
        # search, so a save does not wait for FTS5 (the text is in memory either way).
        self._unindexed: dict[str, tuple[str, str, str]] = {}  # family, clock, text
        self._lock = threading.Lock()
        self._saving = threading.Lock()  # one snapshot written at a time
        self._unsubscribe = vault.events.subscribe(self._on_change)
        vault.events.on_locked(self.close)

    def load(self) -> IndexLoad:
        """Open the kept snapshot and catch up with what changed since; build the index
        from the notes when there is no usable snapshot (first unlock, after a deletion,
        a damaged file)."""
        try:
            documents, caught_up = self._restore()
        except SnapshotUnreadable as why:
            self._reset()
            return IndexLoad("built", self.build(), reason=str(why))
        return IndexLoad("snapshot", documents, caught_up)

    def build(self) -> int:
        """Fill the index from the vault; returns the number of documents.

        Decrypting (Python) and indexing (SQLite, which lets go of the GIL) overlap: while
        one chunk of notes is being indexed on a helper thread, the next is decrypted."""
        families = self._families.families()
        count = len(families)
        with self._lock, ThreadPoolExecutor(max_workers=1) as indexer:
            self._labels = {f.id: f.label for f in families}
            for family in families:
                self._family_rows[family.id] = self._insert_family(family)
            # One bulk load: merge index segments once at the end, not after every chunk.
            self._db.execute("INSERT INTO notes (notes, rank) VALUES ('automerge', 0)")
            pending = None
            clocks: dict[str, str] = {}
            for texts in self._notes.current_texts():
                rows = [(fid, nid, text) for nid, fid, _, text in texts if fid in self._labels]
                clocks.update((nid, hlc) for nid, fid, hlc, _ in texts if fid in self._labels)
                if pending is not None:
                    pending.result()
                pending = indexer.submit(self._insert_notes, rows)
                count += len(rows)
            if pending is not None:
                pending.result()
            self._db.execute("INSERT INTO notes (notes, rank) VALUES ('automerge', 4)")
            for rowid, note_id in self._db.execute("SELECT rowid, note_id FROM notes"):
                self._indexed[note_id] = (rowid, clocks[note_id])
            self._built_since_snapshot = True
        return count

    @property
    def worth_saving(self) -> bool:
        """True after a full build, when enough changed since the kept snapshot, or when
        there is none any more (a family was deleted)."""
        return (
            self._built_since_snapshot
            or self._changed_since_snapshot + len(self._unindexed) >= REFRESH_AFTER
            or not search_snapshot.snapshot_file(self._vault.data_dir).exists()
        )

    def save(self) -> bool:
        """Keep the index as an encrypted snapshot for the next unlock. False when nothing
        was kept (the vault was locked, or a family was deleted meanwhile)."""
        with self._saving:
            return self._save()

    def _save(self) -> bool:
        with self._lock:
            self._index_saved_notes()
            self._db.execute("DELETE FROM manifest")
            self._db.execute("INSERT INTO manifest (data) VALUES (?)", (self._manifest(),))
            # FTS5 keeps recent words in memory until a commit: the copy must hold them.
            self._db.commit()
            payload = self._db.serialize()
            families = set(self._labels)
            changed, self._changed_since_snapshot = self._changed_since_snapshot, 0
            built, self._built_since_snapshot = self._built_since_snapshot, False
            self._db.execute("DELETE FROM manifest")
        try:
            kept = search_snapshot.write(self._vault, payload, families)
        except BaseException:
            self._not_saved(changed, built)
            raise
        if not kept:
            self._not_saved(changed, built)
        return kept

    def save_quietly(self) -> None:
        """``save`` for a background thread: a failure only means the next unlock builds
        the index again, so it is reported to nobody and never reaches the user."""
        with contextlib.suppress(OSError, sqlite3.Error, VaultLocked):
            self.save()

    def _manifest(self) -> str:
        """Caller holds the lock."""
        return json.dumps(
            {
                "notes": list(self._indexed),
                "clocks": [clock for _, clock in self._indexed.values()],
                "rows": [row for row, _ in self._indexed.values()],
            },
            separators=(",", ":"),
        )

    def _not_saved(self, changed: int, built: bool) -> None:
        with self._lock:
            self._changed_since_snapshot += changed
            self._built_since_snapshot |= built

    def _restore(self) -> tuple[int, int]:
        """Replace the (empty) index by the snapshot, then catch up; returns the number of
        documents and of notes re-read. Raises SnapshotUnreadable to fall back to a build.

        Everything happens under the lock: a note arriving by sync meanwhile waits, and is
        then indexed on top of the snapshot instead of being lost under it."""
        with self._lock:
            payload = search_snapshot.read(self._vault)
            # A fresh connection: FTS5 caches a table's structure per connection, and a
            # cache from the empty tables would not match the snapshot's pages.
            restored = sqlite3.connect(":memory:", check_same_thread=False)
            self._db.close()
            self._db = restored
            try:
                restored.execute("PRAGMA temp_store = MEMORY")
                restored.deserialize(payload)
                del payload
                layout = restored.execute("SELECT version FROM layout").fetchone()
                if layout is None or layout[0] != _LAYOUT:
                    raise SnapshotUnreadable("the kept search index is from another app version")
                (manifest,) = restored.execute("SELECT data FROM manifest").fetchone()
                restored.execute("DELETE FROM manifest")
                self._indexed = _read_manifest(manifest)
            except (sqlite3.Error, TypeError, ValueError, KeyError) as error:
                raise SnapshotUnreadable(f"the kept search index is unusable: {error}") from None
            current = self._notes.current_clocks()
            changed = [n for n, hlc in current.items() if self._clock_of(n) != hlc]
            changed.sort(key=current.__getitem__)  # oldest first, as built
            gone = [n for n in self._indexed if n not in current]
            if len(changed) > REBUILD_ABOVE:
                raise SnapshotUnreadable(f"{len(changed)} notes changed since it was kept")
            for note_id in gone:
                self._drop_note(note_id)
            families = self._families.families()
            self._db.execute("DELETE FROM families")
            self._labels = {f.id: f.label for f in families}
            self._family_rows = {f.id: self._insert_family(f) for f in families}
            for note_id in changed:  # the newest end up on top, as in a build
                self._read_back(note_id)
            self._changed_since_snapshot = len(changed) + len(gone)
        return len(families) + len(current), len(changed) + len(gone)

    def _reset(self) -> None:
        """Back to an empty index after a snapshot that could not be used."""
        with self._lock:
            self._db.close()
            self._db = _new_index_db()
            self._labels, self._indexed, self._family_rows = {}, {}, {}
            self._unindexed = {}
            self._changed_since_snapshot = 0

    def _insert_notes(self, rows: list[tuple[str, str, str]]) -> None:
        self._db.executemany("INSERT INTO notes (family_id, note_id, body) VALUES (?, ?, ?)", rows)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        query = to_fts_query(text)
        if not query:
            return []
        with self._lock:
            self._index_saved_notes()
            family_rows = self._db.execute(
                "SELECT family_id, snippet(families, 1, '[', ']', '…', 12) FROM families"
                " WHERE families MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            ).fetchall()
            note_rows = self._db.execute(
                "SELECT family_id, note_id, snippet(notes, 2, '[', ']', '…', 12) FROM notes"
                " WHERE notes MATCH ? ORDER BY rowid DESC LIMIT ?",
                (query, limit),
            ).fetchall()
            labels = dict(self._labels)
        hits = [
            SearchHit("family", fam, None, labels.get(fam, ""), snip) for fam, snip in family_rows
        ]
        hits += [
            SearchHit("note", fam, note, labels.get(fam, ""), snip) for fam, note, snip in note_rows
        ]
        return hits[:limit]

    def documents(self) -> set[tuple[str, str, str | None, str]]:
        """Every indexed document as (kind, family id, note id, text): lets a check compare
        an index opened from a snapshot with one freshly built."""
        with self._lock:
            self._index_saved_notes()
            notes = self._db.execute("SELECT 'note', family_id, note_id, body FROM notes")
            families = self._db.execute("SELECT 'family', family_id, NULL, body FROM families")
            return set(notes) | set(families)

    def close(self) -> None:
        self._unsubscribe()
        with self._lock:
            self._labels = {}
            self._indexed = {}
            self._family_rows = {}
            self._unindexed = {}
            self._db.close()

    def _on_change(self, change: Change) -> None:
        if change.kind == "family" and change.family_id:
            self._reindex_family(change.family_id)
        elif change.kind == "note" and change.current_text is not None and change.family_id:
            with self._lock:
                self._unindexed.pop(change.record_id, None)  # re-added last: newest
                self._unindexed[change.record_id] = (
                    change.family_id,
                    change.hlc,
                    change.current_text,
                )
        elif change.kind == "note":
            # A version from a colleague (sync) may not be the current one: read it back.
            with self._lock:
                self._read_back(change.record_id)

    def _insert_family(self, family: Family) -> int:
        cursor = self._db.execute(
            "INSERT INTO families (family_id, body) VALUES (?, ?)",
            (family.id, _family_text(family)),
        )
        return int(cursor.lastrowid or 0)

    def _reindex_family(self, family_id: str) -> None:
        exists = self._families.exists(family_id)
        family = self._families.get(family_id) if exists else None
        with self._lock:
            old = self._family_rows.pop(family_id, None)
            if old is not None:
                self._db.execute("DELETE FROM families WHERE rowid = ?", (old,))
            if family is None:
                self._labels.pop(family_id, None)
                self._unindexed = {
                    n: saved for n, saved in self._unindexed.items() if saved[0] != family_id
                }
                for note_id in self._notes_of(family_id):
                    self._drop_note(note_id)
                return
            self._labels[family_id] = family.label
            self._family_rows[family_id] = self._insert_family(family)

    def _notes_of(self, family_id: str) -> list[str]:
        rows = self._db.execute("SELECT note_id FROM notes WHERE family_id = ?", (family_id,))
        return [note_id for (note_id,) in rows]

    def _read_back(self, note_id: str) -> None:
        """Caller holds the lock. Index the note's current version, read from the vault."""
        self._unindexed.pop(note_id, None)
        try:
            family_id, hlc, text = self._notes.current_text(note_id)
        except NotFound:  # its family was deleted meanwhile
            self._drop_note(note_id)
            return
        self._put_note(note_id, family_id, hlc, text)

    def _index_saved_notes(self) -> None:
        """Caller holds the lock."""
        saved, self._unindexed = self._unindexed, {}
        for note_id, (family_id, hlc, text) in saved.items():
            self._put_note(note_id, family_id, hlc, text)

    def _put_note(self, note_id: str, family_id: str, hlc: str, text: str) -> None:
        """Caller holds the lock. The note's row is replaced, and becomes the newest."""
        self._drop_note(note_id)
        cursor = self._db.execute(
            "INSERT INTO notes (family_id, note_id, body) VALUES (?, ?, ?)",
            (family_id, note_id, text),
        )
        self._indexed[note_id] = (int(cursor.lastrowid or 0), hlc)
        self._changed_since_snapshot += 1

    def _drop_note(self, note_id: str) -> None:
        """Caller holds the lock."""
        old = self._indexed.pop(note_id, None)
        if old is not None:
            self._db.execute("DELETE FROM notes WHERE rowid = ?", (old[0],))
            self._changed_since_snapshot += 1

    def _clock_of(self, note_id: str) -> str | None:
        indexed = self._indexed.get(note_id)
        return indexed[1] if indexed else None


def _new_index_db() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute(f"CREATE VIRTUAL TABLE families USING fts5(family_id UNINDEXED, body, {_TOKENIZER})")
    # Notes are listed newest first, never by bm25, and queries are words and prefixes,
    # never phrases: neither lengths nor positions need to be kept (a faster unlock).
    db.execute(
        "CREATE VIRTUAL TABLE notes USING fts5(family_id UNINDEXED, note_id UNINDEXED, body,"
        f" {_TOKENIZER}, columnsize = 0, detail = none)"
    )
    db.execute("CREATE TABLE layout (version TEXT)")
    db.execute("INSERT INTO layout VALUES (?)", (_LAYOUT,))
    # Which version of each note the index holds (its clock) and its row: filled only while
    # a snapshot is written, so that the next unlock can tell which notes changed since.
    # One JSON value rather than a row per note: it is read back in a tenth of the time.
    db.execute("CREATE TABLE manifest (data TEXT NOT NULL)")
    return db


def _read_manifest(data: str) -> dict[str, tuple[int, str]]:
    manifest = json.loads(data)
    ids, clocks, rows = manifest["notes"], manifest["clocks"], manifest["rows"]
    if not len(ids) == len(clocks) == len(rows):
        raise ValueError("its list of notes does not match its clocks")
    return dict(zip(ids, zip(rows, clocks, strict=True), strict=True))


def _family_text(family: Family) -> str:
    parts = [family.label, family.real_names, family.municipality, *family.strengths]
    parts += [m.name for m in family.members]
    return "\n".join(p for p in parts if p)
