"""``vault check``: SQLite's own integrity check, then every ciphertext opened once.

Each row is checked on its own so that one damaged record is named and the others are
still counted, instead of the first failure hiding the rest."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from outreach_desk.core.errors import OutreachError
from outreach_desk.core.vault import Vault


@dataclass
class CheckReport:
    sqlite_detail: str = "ok"
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.sqlite_detail == "ok" and not self.problems


def check_vault(vault: Vault) -> CheckReport:
    from outreach_desk.core.casefile import FamilyStore
    from outreach_desk.core.drafts import DraftStore
    from outreach_desk.core.notes import NoteStore

    report = CheckReport(vault.conn.execute("PRAGMA integrity_check").fetchone()[0])
    families, notes = FamilyStore(vault), NoteStore(vault)
    readable = {row[0] for row in vault.conn.execute("SELECT family_id FROM case_keys")}
    for family_id in sorted(readable):
        _probe(report, "family keys", f"family {family_id}", partial(vault.case_key, family_id))
    for (family_id,) in vault.conn.execute("SELECT id FROM families WHERE deleted = 0").fetchall():
        if family_id in readable:
            _probe(report, "families", f"family {family_id}", partial(families.get, family_id))
    note_ids = vault.conn.execute("SELECT DISTINCT note_id, family_id FROM note_versions")
    for note_id, family_id in note_ids.fetchall():
        if family_id in readable:
            _probe(report, "notes", f"note {note_id}", partial(notes.get, note_id))
    _probe(report, "drafts", "drafts", lambda: DraftStore(vault).pending())
    return report


def _probe(report: CheckReport, what: str, label: str, open_it: Callable[[], object]) -> None:
    try:
        open_it()
        report.counts[what] = report.counts.get(what, 0) + 1
    except OutreachError as error:
        report.problems.append(f"{label}: {error}")
