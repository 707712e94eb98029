"""The demo vault: a few clearly fictional families so a newcomer sees a living app.

Its passphrase is public (it is printed in the README) because nothing in it is real;
the vault is marked kind "demo" and every screen shows a DEMO banner."""

from __future__ import annotations

from pathlib import Path

from outreach_desk.core.casefile import Member
from outreach_desk.core.consent import Recipient
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

DEMO_PASSPHRASE = "demo vault - fictional data only"  # noqa: S105 (public on purpose)

_FAMILIES = [
    {
        "label": "DEMO Familie Zonnebloem",
        "municipality": "Schaerbeek",
        "languages": ("ar", "fr"),
        "residence": "undocumented",
        "domains": ("housing", "health", "school"),
        "strengths": (
            "Mother takes initiative and comes to the school gate every day",
            "Supportive neighbours who help with the children",
        ),
        "members": (
            Member.parent("Mama Z. (fictional)"),
            Member.child(2019, "Yara (fictional)", "Basisschool De Regenboog (fictional)"),
            Member.child(2023, "Sami (fictional)", "Kinderdagverblijf (waiting list)"),
        ),
        "notes": (
            "Gesprek aan de schoolpoort. Mama vertelt dat de huurbaas de verwarming niet "
            "herstelt en dat er schimmel in de slaapkamer is. Yara hoest al weken.",
            "Mama a peur d'aller au CPAS: « ils vont me demander mes papiers ». Nous avons "
            "parlé de l'aide médicale urgente pour Sami.",
            "Accompanied mother to the medical centre. Yara is doing well at school; the "
            "teacher says she helps other children.",
        ),
    },
    {
        "label": "DEMO Famille Horizon",
        "municipality": "Molenbeek-Saint-Jean",
        "languages": ("sq", "fr"),
        "residence": "regular",
        "domains": ("income_debts", "administration_language", "work_training"),
        "strengths": ("Strong Albanian-speaking community network", "Father follows a course"),
        "members": (
            Member.parent("Parent H. (fictional)"),
            Member.child(2016, "Ilir (fictional)", "École communale (fictional)"),
        ),
        "notes": (
            "Letters about the work accident pile up; the mother does not understand the "
            "insurer's forms. An interpreter from Les AlBelges could come along.",
            "Les factures d'énergie sont en retard de trois mois. Demande au CPAS à préparer.",
        ),
    },
    {
        "label": "DEMO Family Riverside",
        "municipality": "Anderlecht",
        "languages": ("en", "nl"),
        "residence": "asylum",
        "domains": ("mental_health", "parenting_early_childhood", "social_leisure"),
        "strengths": ("Hopeful communication with the children", "Eager to join group activities"),
        "members": (Member.parent("Parent R. (fictional)"), Member.child(2024, "Baby R.")),
        "notes": (
            "Single mother, tired and isolated since arrival. Kind en Gezin nurse visits. "
            "She would like to meet other mothers: Huis der Gezinnen group on Thursdays?",
        ),
    },
]


def demo_data_dir(base: Path) -> Path:
    return base / "demo"


def build_demo_vault(data_dir: Path) -> str:
    """Create the demo vault in ``data_dir`` if it is not there; returns its passphrase."""
    if Vault.exists(data_dir):
        return DEMO_PASSPHRASE
    # Fictional data: the minimum (still OWASP-exceeding) cost keeps the demo quick.
    vault, _code = Vault.create(data_dir, DEMO_PASSPHRASE, kdf=KdfParams(), kind="demo")
    try:
        session = Session(vault)
        for spec in _FAMILIES:
            _add_family(session, dict(spec))
    finally:
        vault.close()
    return DEMO_PASSPHRASE


def _add_family(session: Session, spec: dict[str, object]) -> None:
    notes = spec.pop("notes")
    family = session.families.add(**spec)  # type: ignore[arg-type]
    for text in notes:  # type: ignore[attr-defined]
        session.notes.add(family.id, text, author="demo")
    session.consents.record(
        family.id,
        topics=list(family.domains),
        recipients=[Recipient("other", "school-team", "School team (fictional)")],
        how="verbal",
        note="Fictional consent for the demo",
    )
