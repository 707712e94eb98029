"""One unlocked vault and the stores over it: what the GUI and the CLI hold while working."""

from __future__ import annotations

import threading
from functools import cached_property

from outreach_desk.core.casefile import FamilyStore
from outreach_desk.core.consent import ConsentStore
from outreach_desk.core.drafts import DraftStore
from outreach_desk.core.notes import NoteStore
from outreach_desk.core.records import RecordStore
from outreach_desk.core.referrals import IntakeStore, ReferralStore
from outreach_desk.core.search import SearchIndex
from outreach_desk.core.vault import Vault


class Session:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.families = FamilyStore(vault)
        self.notes = NoteStore(vault)
        self.drafts = DraftStore(vault)
        self.records = RecordStore(vault)
        self.consents = ConsentStore(vault)
        self.intakes = IntakeStore(vault)
        self.referrals = ReferralStore(vault)
        self._saving_index: threading.Thread | None = None

    @cached_property
    def search_index(self) -> SearchIndex:
        """Opened from its encrypted snapshot when there is one; a new snapshot is then
        written in the background when enough changed, so the next unlock is quick."""
        index = SearchIndex(self.vault)
        index.load()
        if index.worth_saving:
            self._saving_index = threading.Thread(
                target=index.save_quietly, name="keep-search-index", daemon=True
            )
            self._saving_index.start()
        return index

    @property
    def is_demo(self) -> bool:
        return self.vault.kind == "demo"

    @property
    def is_training(self) -> bool:
        return self.vault.kind == "training"

    def wait_for_index_snapshot(self, timeout: float = 10) -> None:
        """Let the background snapshot finish (a half-written one is harmless, but the
        next unlock is quicker with it)."""
        if self._saving_index is not None:
            self._saving_index.join(timeout=timeout)

    def lock(self) -> None:
        """Close the vault. The search index is kept first when it changed enough (or its
        snapshot went with a deleted family), so the next unlock need not rebuild it."""
        self.wait_for_index_snapshot()
        index: SearchIndex | None = self.__dict__.get("search_index")  # only if opened
        if index is not None and self.vault.is_open and index.worth_saving:
            index.save_quietly()
        self.vault.close()
