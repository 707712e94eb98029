"""The twelve life domains from the booklet, shared by the case file, the social map,
intake suggestions and signals. The ids are stable: they are stored and exchanged."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LifeDomain:
    id: str
    nl: str
    fr: str
    en: str

    def label(self, lang: str) -> str:
        return {"nl": self.nl, "fr": self.fr}.get(lang, self.en)


LIFE_DOMAINS: tuple[LifeDomain, ...] = (
    LifeDomain("housing", "Wonen", "Logement", "Housing"),
    LifeDomain("income_debts", "Inkomen en schulden", "Revenus et dettes", "Income and debts"),
    LifeDomain(
        "food_material",
        "Voeding en materiële hulp",
        "Alimentation et aide matérielle",
        "Food and material aid",
    ),
    LifeDomain(
        "health",
        "Gezondheid en medische kaart",
        "Santé et carte médicale",
        "Health and medical card",
    ),
    LifeDomain("mental_health", "Psychisch welzijn", "Santé mentale", "Mental health"),
    LifeDomain(
        "parenting_early_childhood",
        "Opvoeding en jonge kinderen",
        "Parentalité et petite enfance",
        "Parenting and early childhood",
    ),
    LifeDomain("school", "School", "École", "School"),
    LifeDomain(
        "legal_residence",
        "Verblijf en papieren",
        "Séjour et papiers",
        "Legal residence and papers",
    ),
    LifeDomain(
        "violence_safety", "Geweld en veiligheid", "Violence et sécurité", "Violence and safety"
    ),
    LifeDomain(
        "social_leisure",
        "Sociaal contact en vrije tijd",
        "Contacts sociaux et loisirs",
        "Social contact and leisure",
    ),
    LifeDomain("work_training", "Werk en opleiding", "Emploi et formation", "Work and training"),
    LifeDomain(
        "administration_language",
        "Administratie en taal",
        "Administration et langue",
        "Administration and language",
    ),
)

DOMAIN_IDS: tuple[str, ...] = tuple(d.id for d in LIFE_DOMAINS)
_BY_ID = {d.id: d for d in LIFE_DOMAINS}


def domain(domain_id: str) -> LifeDomain:
    try:
        return _BY_ID[domain_id]
    except KeyError:
        raise ValueError(
            f"unknown life domain {domain_id!r}; known: {', '.join(DOMAIN_IDS)}"
        ) from None


def is_domain(domain_id: str) -> bool:
    return domain_id in _BY_ID
