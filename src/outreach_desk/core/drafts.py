"""Autosaved drafts: what a worker is typing is sealed to disk every few seconds, so a
crash or a power cut loses at most those seconds. Drafts are offered back at unlock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from outreach_desk.core.errors import NotFound
from outreach_desk.core.events import Change
from outreach_desk.core.ids import new_id
from outreach_desk.core.vault import Vault


@dataclass(frozen=True)
class Draft:
    id: str
    family_id: str
    note_id: str | None  # set when the draft edits an existing note
    text: str
    saved_at: str


def _aad(draft_id: str, family_id: str) -> str:
    return f"draft/v1|{draft_id}|{family_id}"


class DraftStore:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def new_id(self) -> str:
        return new_id()

    def save(self, draft_id: str, family_id: str, text: str, note_id: str | None = None) -> Draft:
        draft = Draft(draft_id, family_id, note_id, text, datetime.now(UTC).isoformat())
        payload = {"note_id": note_id, "text": text, "saved_at": draft.saved_at}
        blob = self._vault.seal(family_id, _aad(draft_id, family_id), payload)
        hlc = self._vault.clock.now().encode()
        with self._vault.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO drafts (id, family_id, hlc, blob) VALUES (?, ?, ?, ?)",
                (draft_id, family_id, hlc, blob),
            )
            self._vault.events.queue(Change("draft", draft_id, family_id, hlc))
        return draft

    def discard(self, draft_id: str) -> None:
        with self._vault.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def get(self, draft_id: str) -> Draft:
        for draft in self.pending():
            if draft.id == draft_id:
                return draft
        raise NotFound(f"No draft with id {draft_id}.")

    def pending(self, family_id: str | None = None) -> list[Draft]:
        rows = self._vault.conn.execute(
            "SELECT d.id, d.family_id, d.blob FROM drafts d"
            " JOIN case_keys k ON k.family_id = d.family_id ORDER BY d.hlc"
        ).fetchall()
        drafts = []
        for draft_id, fam, blob in rows:
            if family_id is not None and fam != family_id:
                continue
            payload = self._vault.open_sealed(fam, _aad(draft_id, fam), blob, "draft")
            drafts.append(
                Draft(draft_id, fam, payload.get("note_id"), payload["text"], payload["saved_at"])
            )
        return drafts
