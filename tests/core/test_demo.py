from __future__ import annotations

from pathlib import Path

from outreach_desk.core.demo import DEMO_PASSPHRASE, build_demo_vault
from outreach_desk.core.ecomap import EcomapStore
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault


def test_demo_vault_is_fictional_alive_and_built_once(tmp_path: Path) -> None:
    assert build_demo_vault(tmp_path) == DEMO_PASSPHRASE
    with Vault.open(tmp_path, DEMO_PASSPHRASE) as vault:
        session = Session(vault)
        assert vault.kind == "demo" and session.is_demo
        families = session.families.families()
        assert len(families) == 3 and all(f.label.startswith("DEMO") for f in families)
        assert all(session.notes.for_family(f.id) for f in families)
        assert len(session.referrals.to_follow_up()) == 1
        sun = next(f for f in families if "Zonnebloem" in f.label)
        assert len(EcomapStore(session.records).load(sun.id).contacts) == 5
        first_id = sun.id
    build_demo_vault(tmp_path)  # a second start reuses the same vault
    with Vault.open(tmp_path, DEMO_PASSPHRASE) as vault:
        assert first_id in {f.id for f in Session(vault).families.families()}
