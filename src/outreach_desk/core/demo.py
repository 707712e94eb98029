"""The demo vault: a few clearly fictional families so a newcomer sees a living app.

Its passphrase is public (it is printed in the README) because nothing in it is real;
the vault is marked kind "demo" and every screen shows a DEMO banner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from outreach_desk.core.casefile import Member
from outreach_desk.core.consent import Recipient
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.ecomap import Contact, EcomapStore
from outreach_desk.core.referrals import Intake, Referral, RequestText
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault


@dataclass(frozen=True)
class DemoFamily:
    label: str
    municipality: str
    languages: tuple[str, ...]
    residence: str
    domains: tuple[str, ...]
    strengths: tuple[str, ...]
    members: tuple[Member, ...]
    notes: tuple[str, ...]
    network: tuple[tuple[str, str, str, str, str], ...] = ()
    referral: tuple[str, str] | None = None  # (life domain, question)


DEMO_PASSPHRASE = "demo vault - fictional data only"  # noqa: S105 (public on purpose)

_FAMILIES = (
    DemoFamily(
        label="DEMO Familie Zonnebloem",
        municipality="Schaerbeek",
        languages=("ar", "fr"),
        residence="undocumented",
        domains=("housing", "health", "school"),
        strengths=(
            "Mother takes initiative and comes to the school gate every day",
            "Supportive neighbours who help with the children",
        ),
        members=(
            Member.parent("Mama Z. (fictional)"),
            Member.child(2019, "Yara (fictional)", "Basisschool De Regenboog (fictional)"),
            Member.child(2023, "Sami (fictional)", "Kinderdagverblijf (waiting list)"),
        ),
        network=(
            ("Teacher of Yara", "person", "formal", "strong", "to_family"),
            ("CPAS de Schaerbeek", "organisation", "formal", "strained", "none"),
            ("Neighbour Fatma (fictional)", "person", "informal", "strong", "both"),
            ("Mosque women's group", "organisation", "informal", "weak", "to_family"),
            ("Medical centre", "organisation", "formal", "weak", "to_family"),
        ),
        referral=("housing", "Huurwaarborg en herstelling van de verwarming"),
        notes=(
            "Gesprek aan de schoolpoort. Mama vertelt dat de huurbaas de verwarming niet "
            "herstelt en dat er schimmel in de slaapkamer is. Yara hoest al weken.",
            "Mama a peur d'aller au CPAS: « ils vont me demander mes papiers ». Nous avons "
            "parlé de l'aide médicale urgente pour Sami.",
            "Accompanied mother to the medical centre. Yara is doing well at school; the "
            "teacher says she helps other children.",
        ),
    ),
    DemoFamily(
        label="DEMO Famille Horizon",
        municipality="Molenbeek-Saint-Jean",
        languages=("sq", "fr"),
        residence="regular",
        domains=("income_debts", "administration_language", "work_training"),
        strengths=("Strong Albanian-speaking community network", "Father follows a course"),
        members=(
            Member.parent("Parent H. (fictional)"),
            Member.child(2016, "Ilir (fictional)", "École communale (fictional)"),
        ),
        notes=(
            "Letters about the work accident pile up; the mother does not understand the "
            "insurer's forms. An interpreter from Les AlBelges could come along.",
            "Les factures d'énergie sont en retard de trois mois. Demande au CPAS à préparer.",
        ),
    ),
    DemoFamily(
        label="DEMO Family Riverside",
        municipality="Anderlecht",
        languages=("en", "nl"),
        residence="asylum",
        domains=("mental_health", "parenting_early_childhood", "social_leisure"),
        strengths=("Hopeful communication with the children", "Eager to join group activities"),
        members=(Member.parent("Parent R. (fictional)"), Member.child(2024, "Baby R.")),
        notes=(
            "Single mother, tired and isolated since arrival. Kind en Gezin nurse visits. "
            "She would like to meet other mothers: Huis der Gezinnen group on Thursdays?",
        ),
    ),
)


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
            _add_family(session, spec)
    finally:
        vault.close()
    return DEMO_PASSPHRASE


def _add_family(session: Session, spec: DemoFamily) -> None:
    family = session.families.add(
        spec.label,
        municipality=spec.municipality,
        languages=spec.languages,
        residence=spec.residence,
        domains=spec.domains,
        strengths=spec.strengths,
        members=spec.members,
    )
    for text in spec.notes:
        session.notes.add(family.id, text, author="demo")
    ecomap = EcomapStore(session.records)
    for name, kind, network, tie, support in spec.network:
        contact = Contact.new(name, kind=kind, network=network, tie=tie, support=support)
        ecomap.add_contact(family.id, contact)
    if spec.referral:
        _add_referral(session, family.id, spec.referral, spec.notes[0])
    session.consents.record(
        family.id,
        topics=list(family.domains),
        recipients=[Recipient("other", "school-team", "School team (fictional)")],
        how="verbal",
        note="Fictional consent for the demo",
    )


def _add_referral(session: Session, family_id: str, referral: tuple[str, str], words: str) -> None:
    domain_id, question = referral
    intake = session.intakes.save(
        Intake("", family_id, words, domains=(domain_id,), mechanisms=("not_asking",))
    )
    session.referrals.save(
        Referral(
            "",
            family_id,
            "demo-social-rental-agency",
            "Sociaal verhuurkantoor (fictional example)",
            agency_language="nl",
            intake_id=intake.id,
            domains=(domain_id,),
            request=RequestText(question=question),
            status="sent",
            follow_up_on=date.today().isoformat(),
        )
    )
