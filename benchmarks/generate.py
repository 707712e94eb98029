"""A realistic large vault for benchmarks: families and case notes in Dutch, French and English.

Notes are composed from sentence templates with outreach vocabulary (housing, OCMW/CPAS,
school, Kind en Gezin, medical card...), so the search index sees the word distribution of
real case notes rather than lorem ipsum. Everything is fictional and seeded: the same seed
gives the same texts. Data goes through the public core API (``Session``), encrypted like
real data, inside one transaction so the generator stays fast.

    python -m benchmarks.generate --data-dir /tmp/bench-vault [--families 300] [--notes 30000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault

PASSPHRASE = "benchmark vault passphrase - fictional data only"  # noqa: S105 - test data
LANGUAGES = ("nl", "fr", "en")
MUNICIPALITIES = (
    "Anderlecht",
    "Brussel",
    "Elsene",
    "Etterbeek",
    "Evere",
    "Jette",
    "Koekelberg",
    "Laken",
    "Molenbeek",
    "Schaarbeek",
    "Sint-Gillis",
    "Sint-Joost-ten-Node",
    "Vorst",
)
_LABEL_WORDS = (
    "Acacia", "Berk", "Ceder", "Den", "Eik", "Esdoorn", "Hazelaar", "Iep", "Kastanje",
    "Linde", "Olijf", "Populier", "Wilg", "Vlinder", "Merel", "Reiger", "Zwaluw", "Mus",
    "Lavande", "Tilleul", "Noisetier", "Coquelicot", "Jasmin", "Mimosa", "Rozemarijn",
)  # fmt: skip
_FIRST_NAMES = (
    "Amina", "Youssef", "Fatima", "Ilir", "Mariam", "Nour", "Sara", "Omar", "Elira",
    "Aïcha", "Moussa", "Zeynep", "Bilal", "Hana", "Ionuț", "Joëlle", "Kofi", "Léa",
)  # fmt: skip

# Slot fillers per language. Keys appear in the templates below as {key}.
_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "who": ("mama", "papa", "de moeder", "de vader", "de grootmoeder", "het gezin"),
        "child": ("de oudste", "de baby", "het jongste kind", "de dochter", "de zoon"),
        "place": (
            "de schoolpoort", "het OCMW", "Kind en Gezin", "het consultatiebureau",
            "de noodopvang", "het inloopteam", "de huisarts", "de sociale dienst",
            "het CAW", "de kinderopvang", "de voedselbank", "het wijkgezondheidscentrum",
        ),
        "topic": (
            "huisvesting", "de huur", "schulden", "voeding", "luiers", "de medische kaart",
            "dringende medische hulp", "de inschrijving op school", "kinderbijslag",
            "een advocaat", "het verblijfsrecht", "een tolk", "psychische zorg",
            "de ziekteverzekering", "kledij", "een winterjas", "vaccinaties",
        ),
        "feeling": ("bezorgd", "moe", "opgelucht", "gestresseerd", "hoopvol", "ongerust"),
        "day": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "volgende week"),
        "strength": (
            "zorgt goed voor de kinderen", "vraagt zelf hulp", "spreekt al wat Nederlands",
            "heeft een sterk netwerk in de buurt", "houdt alle papieren bij",
        ),
    },
    "fr": {
        "who": ("la maman", "le papa", "la mère", "le père", "la grand-mère", "la famille"),
        "child": ("l'aînée", "le bébé", "le plus jeune", "la fille", "le fils"),
        "place": (
            "le CPAS", "l'ONE", "l'école", "la maison médicale", "le centre d'accueil",
            "le médecin traitant", "le service social", "la crèche", "la banque alimentaire",
            "le planning familial", "l'hébergement d'urgence", "la permanence juridique",
        ),
        "topic": (
            "le logement", "le loyer", "les dettes", "l'alimentation", "les langes",
            "la carte médicale", "l'aide médicale urgente", "l'inscription scolaire",
            "les allocations familiales", "un avocat", "le séjour", "un interprète",
            "la santé mentale", "la mutuelle", "des vêtements", "les vaccins",
        ),
        "feeling": ("inquiète", "fatiguée", "soulagée", "stressée", "pleine d'espoir", "épuisée"),
        "day": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "la semaine prochaine"),
        "strength": (
            "s'occupe très bien des enfants", "demande de l'aide elle-même",
            "parle déjà un peu français", "a un bon réseau dans le quartier",
            "garde tous les documents en ordre",
        ),
    },
    "en": {
        "who": ("the mother", "the father", "mum", "dad", "the grandmother", "the family"),
        "child": ("the eldest", "the baby", "the youngest", "the daughter", "the son"),
        "place": (
            "the school gate", "the OCMW", "Kind en Gezin", "the health centre",
            "the emergency shelter", "the GP", "the social service", "the day care",
            "the food bank", "the legal aid desk", "the drop-in team", "the hospital",
        ),
        "topic": (
            "housing", "the rent", "debts", "food", "nappies", "the medical card",
            "urgent medical aid", "school enrolment", "child benefit", "a lawyer",
            "legal residence", "an interpreter", "mental health", "health insurance",
            "clothes", "a winter coat", "vaccinations",
        ),
        "feeling": ("worried", "tired", "relieved", "stressed", "hopeful", "exhausted"),
        "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "next week"),
        "strength": (
            "takes good care of the children", "asks for help herself",
            "already speaks some Dutch", "has a strong network in the neighbourhood",
            "keeps every paper in order",
        ),
    },
}  # fmt: skip

_TEMPLATES: dict[str, tuple[str, ...]] = {
    "nl": (
        "Gesprek met {who} aan {place} over {topic}.",
        "{who} is {feeling} over {topic}; we spreken af om {day} samen naar {place} te gaan.",
        "Vraag doorgegeven aan {place}: {topic} voor {child}.",
        "{child} gaat nu elke dag naar school, dat loopt goed.",
        "{who} {strength}.",
        "Nog geen antwoord van {place} over {topic}, opnieuw bellen op {day}.",
        "Samen de brief van {place} gelezen en uitgelegd wat {topic} betekent.",
        "We houden {child} in beeld: {topic} blijft een zorg.",
        "Afspraak bij {place} op {day}, een tolk is gevraagd.",
    ),
    "fr": (
        "Entretien avec {who} devant {place} au sujet de {topic}.",
        "{who} est {feeling} à propos de {topic} ; "
        "rendez-vous {day} pour aller ensemble à {place}.",
        "Demande transmise à {place} : {topic} pour {child}.",
        "{child} va maintenant tous les jours à l'école, ça se passe bien.",
        "{who} {strength}.",
        "Toujours pas de réponse de {place} pour {topic}, rappeler {day}.",
        "Lu ensemble le courrier de {place} et expliqué ce que signifie {topic}.",
        "On garde {child} en vue : {topic} reste une préoccupation.",
        "Rendez-vous à {place} {day}, un interprète a été demandé.",
    ),
    "en": (
        "Talked with {who} at {place} about {topic}.",
        "{who} is {feeling} about {topic}; we agreed to go to {place} together on {day}.",
        "Request passed on to {place}: {topic} for {child}.",
        "{child} now goes to school every day, which is going well.",
        "{who} {strength}.",
        "Still no answer from {place} about {topic}, call again on {day}.",
        "Read the letter from {place} together and explained what {topic} means.",
        "Keeping {child} in view: {topic} remains a concern.",
        "Appointment at {place} on {day}, an interpreter has been requested.",
    ),
}


def vocabulary(language: str) -> dict[str, tuple[str, ...]]:
    """The slot fillers of one language (used by the search benchmark for its queries)."""
    return _WORDS[language]


def sentence(rng: random.Random, language: str) -> str:
    template = rng.choice(_TEMPLATES[language])
    words = _WORDS[language]
    filled = template.format(**{key: rng.choice(values) for key, values in words.items()})
    return filled[0].upper() + filled[1:]


def note_text(
    rng: random.Random, language: str, min_chars: int = 200, max_chars: int = 2000
) -> str:
    """One case note of a random length between min_chars and max_chars."""
    wanted = rng.randint(min_chars, max_chars)
    parts: list[str] = []
    length = 0
    while length < wanted:
        part = sentence(rng, language)
        parts.append(part)
        length += len(part) + 1
    return " ".join(parts)[:max_chars]


def family_label(rng: random.Random, index: int) -> str:
    return f"{rng.choice(_LABEL_WORDS)} {index + 1}"


@dataclass(frozen=True)
class GeneratedVault:
    data_dir: Path
    passphrase: str
    families: int
    notes: int
    seconds: float


def generate_vault(
    data_dir: Path,
    *,
    families: int = 300,
    notes: int = 30_000,
    seed: int = 2021,
    kdf: KdfParams | None = None,
    passphrase: str = PASSPHRASE,
) -> GeneratedVault:
    """Create a vault in data_dir holding families and notes spread unevenly over them."""
    rng = random.Random(seed)
    started = time.perf_counter()
    vault, _code = Vault.create(data_dir, passphrase, kdf=kdf or KdfParams())
    try:
        session = Session(vault)
        with vault.transaction():
            family_ids = [_add_family(session, rng, i) for i in range(families)]
            # Some families are followed for years, others for a week: skew the note counts.
            weights = [rng.paretovariate(1.5) for _ in family_ids]
            for family_id in rng.choices(family_ids, weights=weights, k=notes):
                session.notes.add(family_id, note_text(rng, rng.choice(LANGUAGES)))
    finally:
        vault.close()
    return GeneratedVault(data_dir, passphrase, families, notes, time.perf_counter() - started)


def _add_family(session: Session, rng: random.Random, index: int) -> str:
    languages = tuple(rng.sample(LANGUAGES, rng.randint(1, 2)))
    parent = rng.choice(_FIRST_NAMES)
    family = session.families.add(
        family_label(rng, index),
        municipality=rng.choice(MUNICIPALITIES),
        languages=languages,
        real_names=f"{parent} (fictional)",
        strengths=(rng.choice(_WORDS[languages[0]]["strength"]),),
    )
    return family.id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, required=True, help="an empty folder")
    parser.add_argument("--families", type=int, default=300)
    parser.add_argument("--notes", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--passphrase", default=PASSPHRASE)
    args = parser.parse_args(argv)
    result = generate_vault(
        args.data_dir,
        families=args.families,
        notes=args.notes,
        seed=args.seed,
        passphrase=args.passphrase,
    )
    print(
        f"{result.families} families and {result.notes} notes written to {result.data_dir} "
        f"in {result.seconds:.1f} s (passphrase: {result.passphrase!r})",
        file=sys.stdout,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
