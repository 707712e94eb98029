"""One unlocked vault and the stores over it: what the GUI and the CLI hold while working."""

from __future__ import annotations

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

    @cached_property
    def search_index(self) -> SearchIndex:
        index = SearchIndex(self.vault)
        index.build()
        return index

    @property
    def is_demo(self) -> bool:
        return self.vault.kind == "demo"

    @property
    def is_training(self) -> bool:
        return self.vault.kind == "training"

    def lock(self) -> None:
        self.vault.close()
