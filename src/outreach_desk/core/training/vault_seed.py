"""The training vault: a separate encrypted vault in ``<data_dir>/training/`` filled with the
scenario packs' fictional families, and a reset that rebuilds it exactly.

Its passphrase is public on purpose (it is printed in docs/training.md): nothing in it is
real, and a trainer must be able to open it on any laptop in front of a room. Every function
here refuses to work on a vault that is not of kind "training", and only ever deletes files
inside the training folder, so a reset can never reach the real vault beside it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from outreach_desk.core.casefile import Family, FamilyStore, Member
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.errors import TrainingModeRefusal, VaultError, WrongPassphrase
from outreach_desk.core.notes import Note, NoteStore
from outreach_desk.core.paths import backups_dir, training_dir, vault_file
from outreach_desk.core.training.errors import ScenarioPackNotFound
from outreach_desk.core.training.guard import TRAINING_KIND
from outreach_desk.core.training.model import Case, ScenarioPack, pick
from outreach_desk.core.training.store import all_packs, canonical_hash
from outreach_desk.core.training.vocab import MUNICIPALITIES
from outreach_desk.core.vault import Vault

TRAINING_PASSPHRASE = "training vault - fictional families only"  # noqa: S105 (public)
LABEL_PREFIX = "TRAINING"
# A fixed opening date: a reset on another day must give the very same state.
OPENED_ON = "2026-01-01"
_AUTHOR = "training"
REVEAL_PREFIX: dict[str, str] = {
    "en": "New information",
    "nl": "Nieuwe informatie",
    "fr": "Nouvel élément",
}


@dataclass(frozen=True)
class SeedReport:
    path: Path
    families: int
    notes: int
    state_hash: str


def training_vault_path(data_dir: Path) -> Path:
    return vault_file(training_dir(data_dir))


def open_training_vault(data_dir: Path, lang: str = "en") -> Vault:
    """Open the training vault, building it from the packs the first time."""
    folder = training_dir(data_dir)
    if not Vault.exists(folder):
        reset_training_vault(data_dir, lang=lang)
    try:
        vault = Vault.open(folder, TRAINING_PASSPHRASE)
    except WrongPassphrase as error:
        raise TrainingModeRefusal(
            f"{folder} holds a vault that does not open with the training passphrase; it may "
            "be real. Move it away before opening training mode."
        ) from error
    if vault.kind != TRAINING_KIND:
        vault.close()
        raise TrainingModeRefusal(
            f"{folder} holds a {vault.kind!r} vault, not a training vault; move it away "
            "before opening training mode."
        )
    return vault


def reset_training_vault(
    data_dir: Path, packs: Sequence[ScenarioPack] | None = None, lang: str = "en"
) -> SeedReport:
    """Throw the training vault away and rebuild it from the packs (close it first)."""
    folder = training_dir(data_dir)
    _refuse_if_not_training_folder(data_dir, folder)
    chosen = list(packs) if packs is not None else all_packs(data_dir)
    for leftover in _training_vault_files(folder):
        leftover.unlink(missing_ok=True)
    # Fictional data: the minimum Argon2id cost (still above OWASP's floor) keeps resets quick.
    vault, _recovery_code = Vault.create(
        folder, TRAINING_PASSPHRASE, kdf=KdfParams(), kind=TRAINING_KIND
    )
    try:
        families, notes = seed_training_vault(vault, chosen, lang)
        state = training_state_hash(vault)
    finally:
        vault.close()
    return SeedReport(vault_file(folder), families, notes, state)


def seed_training_vault(
    vault: Vault, packs: Sequence[ScenarioPack], lang: str = "en"
) -> tuple[int, int]:
    """Add every case of every pack as a family with its notes; returns (families, notes)."""
    _require_training(vault)
    notes = 0
    with vault.transaction():
        for pack in packs:
            for case in pack.cases:
                notes += _add_case(vault, case, lang)
    return sum(len(p.cases) for p in packs), notes


def reset_training_case(
    vault: Vault, case_id: str, packs: Sequence[ScenarioPack], lang: str = "en"
) -> Family:
    """Put one case back as it was: shred the family the group worked on, seed it again.
    Like any deletion, the log is then cut so that no older page of the shredded family
    stays in it (what participants typed is fictional, but treated like real notes)."""
    _require_training(vault)
    case = _find_case(case_id, packs)
    families = FamilyStore(vault)
    with vault.transaction():
        for family in families.families():
            if family.label.startswith(case_label_prefix(case_id)):
                vault.shred_case_key(family.id)
        _add_case(vault, case, lang)
    vault.cut_log()
    return _family_of(vault, case_id)


def reveal_hidden_fact(
    vault: Vault, case_id: str, number: int, packs: Sequence[ScenarioPack], lang: str = "en"
) -> Note:
    """Add hidden fact ``number`` (1-based) to the case's notes, once, as the trainer reveals it."""
    _require_training(vault)
    case = _find_case(case_id, packs)
    if not 1 <= number <= len(case.hidden_facts):
        raise ScenarioPackNotFound(
            f"case {case_id!r} has hidden facts 1 to {len(case.hidden_facts)}, not {number}."
        )
    family = _family_of(vault, case_id)
    text = f"{pick(REVEAL_PREFIX, lang)} {number}/{len(case.hidden_facts)}: " + pick(
        case.hidden_facts[number - 1], lang
    )
    store = NoteStore(vault)
    existing = next((n for n in store.for_family(family.id) if n.text == text), None)
    return existing or store.add(family.id, text, author=_AUTHOR)


def case_label_prefix(case_id: str) -> str:
    """Labels carry the case id, so a reset finds the family and the room sees it is fiction."""
    return f"{LABEL_PREFIX} [{case_id}]"


def training_state(vault: Vault) -> dict[str, Any]:
    """Everything a trainer can see in the vault, without random ids, clocks or devices."""
    _require_training(vault)
    notes = NoteStore(vault)
    families = []
    for family in FamilyStore(vault).families():
        families.append(
            {
                "label": family.label,
                "real_names": family.real_names,
                "members": [_member_state(m) for m in family.members],
                "languages": list(family.languages),
                "municipality": family.municipality,
                "residence": family.residence,
                "domains": list(family.domains),
                "strengths": list(family.strengths),
                "status": family.status,
                "opened_on": family.opened_on,
                "closed_on": family.closed_on,
                "urgent": family.urgent,
                "notes": sorted(
                    [n.text, n.current.author, len(n.versions)] for n in notes.for_family(family.id)
                ),
            }
        )
    return {"kind": vault.kind, "families": sorted(families, key=lambda f: str(f["label"]))}


def training_state_hash(vault: Vault) -> str:
    return canonical_hash(training_state(vault))


def _find_case(case_id: str, packs: Sequence[ScenarioPack]) -> Case:
    case = next((c for p in packs for c in p.cases if c.id == case_id), None)
    if case is None:
        raise ScenarioPackNotFound(f"no training case {case_id!r} in the installed packs.")
    return case


def _family_of(vault: Vault, case_id: str) -> Family:
    prefix = case_label_prefix(case_id)
    family = next((f for f in FamilyStore(vault).families() if f.label.startswith(prefix)), None)
    if family is None:
        raise ScenarioPackNotFound(
            f"case {case_id!r} is not in the training vault; reset the vault to add it."
        )
    return family


def _add_case(vault: Vault, case: Case, lang: str) -> int:
    family = FamilyStore(vault).add(
        f"{case_label_prefix(case.id)} {pick(case.title, lang)}",
        real_names=", ".join(f"{p.first_name} (fictional)" for p in case.parents),
        members=_members(case, lang),
        languages=case.household.languages,
        municipality=next(m.fr for m in MUNICIPALITIES if m.id == case.household.municipality),
        residence=case.household.residence,
        domains=case.domains,
        strengths=tuple(pick(s, lang) for s in case.strengths),
        opened_on=OPENED_ON,
    )
    texts = [pick(case.background, lang)]
    texts += [
        f"{w.speaker}: {w.text}\n\n({pick(w.translations, lang)})"
        if w.lang != lang
        else f"{w.speaker}: {w.text}"
        for w in case.worries
    ]
    store = NoteStore(vault)
    for text in texts:
        store.add(family.id, text, author=_AUTHOR)
    return len(texts)


def _members(case: Case, lang: str) -> tuple[Member, ...]:
    parents = tuple(Member.parent(f"{p.first_name} (fictional)") for p in case.parents)
    children = tuple(
        Member.child(c.birth_year, f"{c.first_name} (fictional)", pick(c.school, lang))
        for c in case.children
    )
    return parents + children


def _member_state(member: Member) -> dict[str, Any]:
    state = member.to_dict()
    state.pop("id")
    return state


def _require_training(vault: Vault) -> None:
    if vault.kind != TRAINING_KIND:
        raise TrainingModeRefusal(
            "fictional training cases can only be written to the training vault, "
            f"and this is a {vault.kind!r} vault; nothing was written."
        )


def _refuse_if_not_training_folder(data_dir: Path, folder: Path) -> None:
    """Belt and braces: the folder we are about to empty must not hold the real vault."""
    if folder.resolve() == data_dir.resolve() or vault_file(folder) == vault_file(data_dir):
        raise TrainingModeRefusal("the training folder is the real vault's folder; refusing.")
    if vault_file(folder).exists():
        try:
            existing = Vault.open(folder, TRAINING_PASSPHRASE)
        except WrongPassphrase as error:
            raise TrainingModeRefusal(
                f"{folder} holds a vault that does not open with the training passphrase; "
                "it may be real. Move it away before resetting training mode."
            ) from error
        except VaultError:
            return  # a damaged training vault is exactly what a reset is for
        kind = existing.kind
        existing.close()
        if kind != TRAINING_KIND:
            raise TrainingModeRefusal(f"{folder} holds a {kind!r} vault; refusing to reset it.")


def _training_vault_files(folder: Path) -> list[Path]:
    main = vault_file(folder)
    files = [main, main.with_name(main.name + "-wal"), main.with_name(main.name + "-shm")]
    backups = backups_dir(folder)
    if backups.is_dir():
        files += [p for p in backups.iterdir() if p.is_file()]
    return files
