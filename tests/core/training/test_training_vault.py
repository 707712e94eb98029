"""The training vault: built from the packs, reset to the exact same state, and never a
byte of the real vault touched."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from outreach_desk.core.casefile import FamilyStore
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.errors import TrainingModeRefusal
from outreach_desk.core.notes import NoteStore
from outreach_desk.core.paths import training_dir
from outreach_desk.core.training import ScenarioPackNotFound, bundled_pack, parse_pack
from outreach_desk.core.training.vault_seed import (
    TRAINING_PASSPHRASE,
    case_label_prefix,
    open_training_vault,
    reset_training_case,
    reset_training_vault,
    reveal_hidden_fact,
    seed_training_vault,
    training_state,
    training_state_hash,
)
from outreach_desk.core.vault import Vault

REAL_PASSPHRASE = "a real worker's passphrase"


def _real_vault(data_dir: Path) -> None:
    vault, _code = Vault.create(data_dir, REAL_PASSPHRASE, kdf=KdfParams())
    with vault:
        family = FamilyStore(vault).add("Real family (test)", residence="undocumented")
        NoteStore(vault).add(family.id, "a real, confidential note")


def _fingerprint(data_dir: Path) -> dict[str, tuple[str, int]]:
    """Content hash and modification time of every file outside the training folder."""
    found = {}
    for path in sorted(data_dir.rglob("*")):
        if path.is_file() and training_dir(data_dir) not in path.parents:
            found[str(path)] = (
                hashlib.sha256(path.read_bytes()).hexdigest(),
                path.stat().st_mtime_ns,
            )
    return found


@pytest.fixture
def small_pack(small_dict: dict[str, Any]) -> Any:
    return parse_pack(small_dict)


def test_training_vault_holds_every_bundled_case_as_a_fictional_family(tmp_path: Path) -> None:
    report = reset_training_vault(tmp_path)
    assert report.families == len(bundled_pack().cases)
    with open_training_vault(tmp_path) as vault:
        assert vault.kind == "training"
        families = FamilyStore(vault).families()
        assert len(families) == len(bundled_pack().cases)
        assert all(f.label.startswith("TRAINING [") for f in families)
        shelter = next(
            f for f in families if f.label.startswith(case_label_prefix("shelter-newborn"))
        )
        assert shelter.residence == "undocumented" and shelter.municipality == "Bruxelles-Ville"
        assert [m.birth_year for m in shelter.children] == [2021, 2026]
        notes = NoteStore(vault).for_family(shelter.id)
        assert any("On dort à quatre adultes" in n.text for n in notes)
        # Hidden facts are for the trainer to reveal; they are not in the vault at the start.
        assert not any("end of next week" in n.text for n in notes)
        assert training_state_hash(vault) == report.state_hash


def test_reset_restores_the_exact_initial_state(tmp_path: Path) -> None:
    initial = reset_training_vault(tmp_path).state_hash
    with open_training_vault(tmp_path) as vault:
        family = FamilyStore(vault).families()[0]
        NoteStore(vault).add(family.id, "participant's note during the workshop")
        FamilyStore(vault).update(family.id, urgent=True, domains=("housing",))
        assert training_state_hash(vault) != initial
    assert reset_training_vault(tmp_path).state_hash == initial
    with open_training_vault(tmp_path) as vault:
        assert training_state_hash(vault) == initial


def test_reset_of_one_case_restores_it_and_leaves_the_others(
    tmp_path: Path, small_pack: Any
) -> None:
    packs = [bundled_pack(), small_pack]
    reset_training_vault(tmp_path, packs)

    def entry(state: dict[str, Any], case_id: str) -> list[dict[str, Any]]:
        return [f for f in state["families"] if f"[{case_id}]" in f["label"]]

    with open_training_vault(tmp_path) as vault:
        initial = training_state(vault)
        families = FamilyStore(vault)
        target = next(f for f in families.families() if "[case-one]" in f.label)
        other = next(f for f in families.families() if "[darija-ocmw]" in f.label)
        families.update(target.id, status="closed", strengths=("changed",))
        NoteStore(vault).add(target.id, "participant's note on case one")
        NoteStore(vault).add(other.id, "kept: work on another case")
        assert entry(training_state(vault), "case-one") != entry(initial, "case-one")

        reset_training_case(vault, "case-one", packs)

        log = vault.data_dir / (vault.path.name + "-wal")
        assert not log.exists() or log.stat().st_size == 0, "no page of the shredded case left"
        state = training_state(vault)
        assert entry(state, "case-one") == entry(initial, "case-one")
        assert entry(state, "darija-ocmw") != entry(initial, "darija-ocmw")
        assert len(state["families"]) == len(initial["families"])


def test_training_reset_never_touches_the_real_vault(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _real_vault(data_dir)
    before = _fingerprint(data_dir)
    assert before  # the real vault's files are there to compare
    reset_training_vault(data_dir)
    with open_training_vault(data_dir) as vault:
        NoteStore(vault).add(FamilyStore(vault).families()[0].id, "workshop note")
    reset_training_vault(data_dir)
    assert _fingerprint(data_dir) == before
    with Vault.open(data_dir, REAL_PASSPHRASE) as real:
        assert [f.label for f in FamilyStore(real).families()] == ["Real family (test)"]


def test_fictional_cases_are_never_written_into_a_real_vault(tmp_path: Path) -> None:
    _real_vault(tmp_path)
    with Vault.open(tmp_path, REAL_PASSPHRASE) as real:
        with pytest.raises(TrainingModeRefusal, match="nothing was written"):
            seed_training_vault(real, [bundled_pack()])
        assert len(FamilyStore(real).families()) == 1


def test_reset_refuses_a_vault_in_the_training_folder_that_is_not_training(
    tmp_path: Path,
) -> None:
    folder = training_dir(tmp_path)
    Vault.create(folder, REAL_PASSPHRASE, kdf=KdfParams())[0].close()
    with pytest.raises(TrainingModeRefusal, match="may be real"):
        reset_training_vault(tmp_path)
    with pytest.raises(TrainingModeRefusal, match="may be real"):
        open_training_vault(tmp_path)
    assert Vault.open(folder, REAL_PASSPHRASE).kind == "real"


def test_training_passphrase_is_public_and_opens_the_vault(tmp_path: Path) -> None:
    reset_training_vault(tmp_path)
    with Vault.open(training_dir(tmp_path), TRAINING_PASSPHRASE) as vault:
        assert vault.kind == "training"


def test_revealed_facts_become_notes_once_and_a_case_reset_removes_them(tmp_path: Path) -> None:
    packs = [bundled_pack()]
    reset_training_vault(tmp_path, packs)
    with open_training_vault(tmp_path) as vault:
        initial = training_state_hash(vault)
        first = reveal_hidden_fact(vault, "shelter-newborn", 1, packs)
        again = reveal_hidden_fact(vault, "shelter-newborn", 1, packs)
        assert first.id == again.id and first.text.startswith("New information 1/4:")
        assert "end of next week" in first.text
        with pytest.raises(ScenarioPackNotFound, match="1 to 4"):
            reveal_hidden_fact(vault, "shelter-newborn", 5, packs)
        assert training_state_hash(vault) != initial
        reset_training_case(vault, "shelter-newborn", packs)
        assert training_state_hash(vault) == initial
