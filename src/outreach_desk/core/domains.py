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
    ar: str = ""

    def label(self, lang: str) -> str:
        return {"nl": self.nl, "fr": self.fr, "ar": self.ar}.get(lang) or self.en


LIFE_DOMAINS: tuple[LifeDomain, ...] = (
    LifeDomain("housing", "Wonen", "Logement", "Housing", ar="السكن"),
    LifeDomain(
        "income_debts",
        "Inkomen en schulden",
        "Revenus et dettes",
        "Income and debts",
        ar="الدخل والديون",
    ),
    LifeDomain(
        "food_material",
        "Voeding en materiële hulp",
        "Alimentation et aide matérielle",
        "Food and material aid",
        ar="الغذاء والمساعدة المادية",
    ),
    LifeDomain(
        "health",
        "Gezondheid en medische kaart",
        "Santé et carte médicale",
        "Health and medical card",
        ar="الصحة والبطاقة الطبية",
    ),
    LifeDomain(
        "mental_health", "Psychisch welzijn", "Santé mentale", "Mental health", ar="الصحة النفسية"
    ),
    LifeDomain(
        "parenting_early_childhood",
        "Opvoeding en jonge kinderen",
        "Parentalité et petite enfance",
        "Parenting and early childhood",
        ar="التربية والطفولة المبكرة",
    ),
    LifeDomain("school", "School", "École", "School", ar="المدرسة"),
    LifeDomain(
        "legal_residence",
        "Verblijf en papieren",
        "Séjour et papiers",
        "Legal residence and papers",
        ar="الإقامة والأوراق",
    ),
    LifeDomain(
        "violence_safety",
        "Geweld en veiligheid",
        "Violence et sécurité",
        "Violence and safety",
        ar="العنف والأمان",
    ),
    LifeDomain(
        "social_leisure",
        "Sociaal contact en vrije tijd",
        "Contacts sociaux et loisirs",
        "Social contact and leisure",
        ar="العلاقات الاجتماعية والترفيه",
    ),
    LifeDomain(
        "work_training",
        "Werk en opleiding",
        "Emploi et formation",
        "Work and training",
        ar="العمل والتكوين",
    ),
    LifeDomain(
        "administration_language",
        "Administratie en taal",
        "Administration et langue",
        "Administration and language",
        ar="الإدارة واللغة",
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
