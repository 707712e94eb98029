"""Search across families and notes. The index is decrypted into in-memory SQLite FTS5
tables at unlock and dropped at lock: it never touches the disk.

Families are few and ranked by relevance. Notes are many, so they are returned newest
first: FTS5 walks its lists backwards and stops after the first screenful, which keeps a
search fast even for very common words (ranking thousands of matches by bm25 is not)."""

from __future__ import annotations

import re
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from outreach_desk.core.casefile import Family, FamilyStore
from outreach_desk.core.events import Change
from outreach_desk.core.notes import NoteStore
from outreach_desk.core.vault import Vault

_TOKEN = re.compile(r"\w+", re.UNICODE)
_MIN_PREFIX = 3  # a one- or two-letter prefix matches half the dictionary: match it whole
_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"


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
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute("PRAGMA temp_store = MEMORY")
        self._db.execute(
            f"CREATE VIRTUAL TABLE families USING fts5(family_id UNINDEXED, body, {_TOKENIZER})"
        )
        # Notes are listed newest first, never by bm25, and queries are words and prefixes,
        # never phrases: neither lengths nor positions need to be kept (a faster unlock).
        self._db.execute(
            "CREATE VIRTUAL TABLE notes USING fts5(family_id UNINDEXED, note_id UNINDEXED, body,"
            f" {_TOKENIZER}, columnsize = 0, detail = none)"
        )
        self._labels: dict[str, str] = {}
        self._note_rows: dict[str, int] = {}
        self._family_rows: dict[str, int] = {}
        # Notes saved here since the last query, oldest first: indexed just before the next
        # search, so a save does not wait for FTS5 (the text is in memory either way).
        self._unindexed: dict[str, tuple[str, str]] = {}
        self._lock = threading.Lock()
        self._unsubscribe = vault.events.subscribe(self._on_change)
        vault.events.on_locked(self.close)

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
            for texts in self._notes.current_texts():
                rows = [(fid, nid, text) for nid, fid, text in texts if fid in self._labels]
                if pending is not None:
                    pending.result()
                pending = indexer.submit(self._insert_notes, rows)
                count += len(rows)
            if pending is not None:
                pending.result()
            self._db.execute("INSERT INTO notes (notes, rank) VALUES ('automerge', 4)")
            for rowid, note_id in self._db.execute("SELECT rowid, note_id FROM notes"):
                self._note_rows[note_id] = rowid
        return count

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

    def close(self) -> None:
        self._unsubscribe()
        with self._lock:
            self._labels = {}
            self._note_rows = {}
            self._family_rows = {}
            self._unindexed = {}
            self._db.close()

    def _on_change(self, change: Change) -> None:
        if change.kind == "family" and change.family_id:
            self._reindex_family(change.family_id)
        elif change.kind == "note" and change.current_text is not None and change.family_id:
            with self._lock:
                self._unindexed.pop(change.record_id, None)  # re-added last: newest
                self._unindexed[change.record_id] = (change.family_id, change.current_text)
        elif change.kind == "note":
            # A version from a colleague (sync) may not be the current one: read it back.
            self._reindex_note(change.record_id)

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
                for note_id in [n for n, _ in self._notes_of(family_id)]:
                    self._db.execute(
                        "DELETE FROM notes WHERE rowid = ?", (self._note_rows.pop(note_id),)
                    )
                return
            self._labels[family_id] = family.label
            self._family_rows[family_id] = self._insert_family(family)

    def _notes_of(self, family_id: str) -> list[tuple[str, int]]:
        rows = self._db.execute(
            "SELECT note_id, rowid FROM notes WHERE family_id = ?", (family_id,)
        )
        return [(note_id, rowid) for note_id, rowid in rows]

    def _reindex_note(self, note_id: str) -> None:
        family_id, text = self._notes.current_text(note_id)
        with self._lock:
            self._unindexed.pop(note_id, None)
            self._put_note(note_id, family_id, text)

    def _index_saved_notes(self) -> None:
        """Caller holds the lock."""
        saved, self._unindexed = self._unindexed, {}
        for note_id, (family_id, text) in saved.items():
            self._put_note(note_id, family_id, text)

    def _put_note(self, note_id: str, family_id: str, text: str) -> None:
        """Caller holds the lock. The note's row is replaced, and becomes the newest."""
        old = self._note_rows.pop(note_id, None)
        if old is not None:
            self._db.execute("DELETE FROM notes WHERE rowid = ?", (old,))
        cursor = self._db.execute(
            "INSERT INTO notes (family_id, note_id, body) VALUES (?, ?, ?)",
            (family_id, note_id, text),
        )
        self._note_rows[note_id] = int(cursor.lastrowid or 0)


def _family_text(family: Family) -> str:
    parts = [family.label, family.real_names, family.municipality, *family.strengths]
    parts += [m.name for m in family.members]
    return "\n".join(p for p in parts if p)
