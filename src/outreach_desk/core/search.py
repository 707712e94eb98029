"""Search across families and notes. The index is decrypted into an in-memory SQLite
FTS5 table at unlock and dropped at lock: it never touches the disk."""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass

from outreach_desk.core.casefile import Family, FamilyStore
from outreach_desk.core.events import Change
from outreach_desk.core.notes import Note, NoteStore
from outreach_desk.core.vault import Vault

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "family" | "note"
    family_id: str
    note_id: str | None
    family_label: str
    snippet: str


def to_fts_query(text: str) -> str:
    """Turn what a person typed into a safe FTS5 query: every word must match, the last
    one as a prefix so results appear while typing."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return ""
    quoted = [f'"{t}"' for t in tokens]
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
            "CREATE VIRTUAL TABLE docs USING fts5(kind UNINDEXED, family_id UNINDEXED,"
            " note_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
        self._labels: dict[str, str] = {}
        self._lock = threading.Lock()
        self._unsubscribe = vault.events.subscribe(self._on_change)
        vault.events.on_locked(self.close)

    def build(self) -> int:
        """Fill the index from the vault; returns the number of documents."""
        families = self._families.families()
        notes = self._notes.all_current()
        with self._lock:
            self._db.execute("DELETE FROM docs")
            self._labels = {f.id: f.label for f in families}
            self._db.executemany(
                "INSERT INTO docs (kind, family_id, note_id, body) VALUES ('family', ?, NULL, ?)",
                [(f.id, _family_text(f)) for f in families],
            )
            self._db.executemany(
                "INSERT INTO docs (kind, family_id, note_id, body) VALUES ('note', ?, ?, ?)",
                [(n.family_id, n.id, n.text) for n in notes if n.family_id in self._labels],
            )
        return len(families) + len(notes)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        query = to_fts_query(text)
        if not query:
            return []
        with self._lock:
            rows = self._db.execute(
                "SELECT kind, family_id, note_id, snippet(docs, 3, '[', ']', '…', 12) FROM docs"
                " WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?",
                (query, limit),
            ).fetchall()
            labels = dict(self._labels)
        return [
            SearchHit(kind, fam, note, labels.get(fam, ""), snippet)
            for kind, fam, note, snippet in rows
        ]

    def close(self) -> None:
        self._unsubscribe()
        with self._lock:
            self._labels = {}
            self._db.close()

    def _on_change(self, change: Change) -> None:
        if change.kind == "family" and change.family_id:
            self._reindex_family(change.family_id)
        elif change.kind == "note":
            self._reindex_note(change.record_id)

    def _reindex_family(self, family_id: str) -> None:
        if not self._families.exists(family_id):
            with self._lock:
                self._db.execute("DELETE FROM docs WHERE family_id = ?", (family_id,))
                self._labels.pop(family_id, None)
            return
        family = self._families.get(family_id)
        with self._lock:
            self._labels[family_id] = family.label
            self._db.execute(
                "DELETE FROM docs WHERE kind = 'family' AND family_id = ?", (family_id,)
            )
            self._db.execute(
                "INSERT INTO docs (kind, family_id, note_id, body) VALUES ('family', ?, NULL, ?)",
                (family_id, _family_text(family)),
            )

    def _reindex_note(self, note_id: str) -> None:
        note: Note = self._notes.get(note_id)
        with self._lock:
            self._db.execute("DELETE FROM docs WHERE note_id = ?", (note_id,))
            self._db.execute(
                "INSERT INTO docs (kind, family_id, note_id, body) VALUES ('note', ?, ?, ?)",
                (note.family_id, note.id, note.text),
            )


def _family_text(family: Family) -> str:
    parts = [family.label, family.real_names, family.municipality, *family.strengths]
    parts += [m.name for m in family.members]
    return "\n".join(p for p in parts if p)
