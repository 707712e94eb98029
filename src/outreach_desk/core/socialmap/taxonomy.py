"""Life domains (outreach_desk.core.domains) mapped to Open Eligibility terms.

Open Eligibility is the only openly licensed human-services taxonomy (211/AIRS is
proprietary). Term slugs and names below are taken from the Open Eligibility project's
service taxonomy (github.com/auntbertha/openeligibility, "formats/services.csv"),
licensed CC BY-SA 3.0, copyright Aunt Bertha / Open Eligibility contributors.
Slugs are the path below the root "human_services"; the export writes them as HSDS
taxonomy_term rows of the taxonomy "open-eligibility".
"""

from __future__ import annotations

from dataclasses import dataclass

from outreach_desk.core.domains import DOMAIN_IDS

OPEN_ELIGIBILITY_URI = "https://github.com/auntbertha/openeligibility"
OPEN_ELIGIBILITY_LICENSE = "CC BY-SA 3.0, Open Eligibility project (Aunt Bertha)"


@dataclass(frozen=True)
class EligibilityTerm:
    slug: str  # e.g. "housing:help_find_housing"
    name: str  # e.g. "Help Find Housing"


def _t(slug: str, name: str) -> EligibilityTerm:
    return EligibilityTerm(slug, name)


DOMAIN_TO_OPEN_ELIGIBILITY: dict[str, tuple[EligibilityTerm, ...]] = {
    "housing": (
        _t("housing", "Housing"),
        _t("housing:help_find_housing", "Help Find Housing"),
        _t("housing:temporary_shelter", "Temporary Shelter"),
        _t("housing:emergency_shelter", "Emergency Shelter"),
    ),
    "income_debts": (
        _t("money", "Money"),
        _t("money:government_benefits", "Government Benefits"),
        _t("money:financial_assistance", "Financial Assistance"),
        _t("money:financial_education:credit_counseling", "Credit Counseling"),
    ),
    "food_material": (
        _t("food", "Food"),
        _t("food:emergency_food", "Emergency Food"),
        _t("goods", "Goods"),
        _t("goods:baby_supplies:diapers_formula", "Diapers & Formula"),
        _t("goods:clothing", "Clothing"),
    ),
    "health": (
        _t("health", "Health"),
        _t("health:medical_care", "Medical Care"),
        _t("health:help_pay_for_healthcare", "Help Pay for Healthcare"),
    ),
    "mental_health": (
        _t("health:mental_health_care", "Mental Health Care"),
        _t("health:mental_health_care:counseling", "Counseling"),
    ),
    "parenting_early_childhood": (
        _t("care:support_network:support_groups:parenting_education", "Parenting Education"),
        _t("care:support_network:home_visiting", "Home Visiting"),
        _t("care:daytime_care:early_childhood_intervention", "Early Childhood Intervention"),
        _t("care:daytime_care:childcare", "Childcare"),
    ),
    "school": (
        _t("education", "Education"),
        _t("education:help_find_school", "Help Find School"),
        _t("education:more_education:tutoring", "Tutoring"),
    ),
    "legal_residence": (
        _t("legal", "Legal"),
        _t("legal:advocacy_legal_aid:citizenship_immigration", "Citizenship & Immigration"),
    ),
    "violence_safety": (
        _t("emergency:immediate_safety", "Immediate Safety"),
        _t("emergency:immediate_safety:help_escape_violence", "Help Escape Violence"),
        _t("care:physical_safety", "Physical Safety"),
    ),
    "social_leisure": (
        _t("care:community_support_services:recreation", "Recreation"),
        _t("care:support_network:support_groups", "Support Groups"),
    ),
    "work_training": (
        _t("work", "Work"),
        _t("work:help_find_work", "Help Find Work"),
        _t("education:skills_training", "Skills & Training"),
    ),
    "administration_language": (
        _t("care:navigating_the_system", "Navigating the System"),
        _t("care:navigating_the_system:help_fill_out_forms", "Help Fill out Forms"),
        _t("legal:translation_interpretation", "Translation & Interpretation"),
        _t("education:more_education:foreign_languages", "Foreign Languages"),
    ),
}

assert set(DOMAIN_TO_OPEN_ELIGIBILITY) == set(DOMAIN_IDS), "every life domain needs a mapping"


def open_eligibility_terms(domain_id: str) -> tuple[EligibilityTerm, ...]:
    return DOMAIN_TO_OPEN_ELIGIBILITY.get(domain_id, ())
