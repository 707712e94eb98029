"""Fixed wording printed on documents, in the languages the sheets are written in.

Printed sheets are read by families and interpreters, not only by the app's user, so their
wording follows the sheet's languages rather than the interface language. Languages without
wording here fall back to English.
"""

from __future__ import annotations

from collections.abc import Sequence

from outreach_desk.core.domains import domain
from outreach_desk.core.glossary import GlossaryEntry
from outreach_desk.render.template import html_escape, is_rtl

LABELS: dict[str, dict[str, str]] = {
    "appointment_title": {
        "nl": "Afsprakenblad voor de tolk",
        "fr": "Fiche de rendez-vous pour l'interprète",
        "en": "Appointment sheet for the interpreter",
        "ar": "ورقة الموعد للمترجم",
    },
    "agency": {"nl": "Dienst", "fr": "Service", "en": "Service", "ar": "المصلحة"},
    "address": {"nl": "Adres", "fr": "Adresse", "en": "Address", "ar": "العنوان"},
    "address_unknown": {
        "nl": "Niet op de sociale kaart: vooraf nakijken",
        "fr": "Absente de la carte sociale : à vérifier avant de partir",
        "en": "Not on the social map: check before going",
        "ar": "غير مذكور في الخريطة الاجتماعية: تحقق منه قبل الذهاب",
    },
    "address_confidential": {
        "nl": "Vertrouwelijk adres: de dienst geeft het zelf door",
        "fr": "Adresse confidentielle : le service la communique lui-même",
        "en": "Confidential address: the service gives it itself",
        "ar": "عنوان سري: تبلغه المصلحة بنفسها",
    },
    "to_verify": {
        "nl": "na te kijken",
        "fr": "à vérifier",
        "en": "to verify",
        "ar": "يجب التحقق منه",
    },
    "phone": {"nl": "Telefoon", "fr": "Téléphone", "en": "Phone", "ar": "الهاتف"},
    "when": {
        "nl": "Datum en uur",
        "fr": "Date et heure",
        "en": "Date and time",
        "ar": "التاريخ والساعة",
    },
    "when_unknown": {
        "nl": "Nog af te spreken",
        "fr": "À convenir",
        "en": "To be arranged",
        "ar": "سيُحدَّد لاحقا",
    },
    "who": {"nl": "Wie gaat er mee", "fr": "Qui y va", "en": "Who is going", "ar": "من سيذهب"},
    "request": {"nl": "De vraag", "fr": "La demande", "en": "The request", "ar": "الطلب"},
    "questions": {
        "nl": "Vragen om te stellen",
        "fr": "Questions à poser",
        "en": "Questions to ask",
        "ar": "أسئلة يجب طرحها",
    },
    "documents": {
        "nl": "Mee te brengen documenten",
        "fr": "Documents à apporter",
        "en": "Documents to bring",
        "ar": "الوثائق التي يجب إحضارها",
    },
    "key_terms": {
        "nl": "Belangrijke woorden",
        "fr": "Mots importants",
        "en": "Key terms",
        "ar": "كلمات مهمة",
    },
    "glossary_title": {
        "nl": "Woordenlijst sociale diensten in Brussel",
        "fr": "Lexique des services sociaux à Bruxelles",
        "en": "Glossary of Brussels social services",
        "ar": "معجم المصالح الاجتماعية في بروكسل",
    },
    "needs_review": {
        "nl": "* nog niet nagelezen door een moedertaalspreker",
        "fr": "* pas encore relu par une personne de langue maternelle",
        "en": "* not yet checked by a native speaker",
        "ar": "* لم يراجعه بعدُ متحدث أصلي باللغة",
    },
    "nothing": {"nl": "—", "fr": "—", "en": "—", "ar": "—"},
}

# The life domain names exist in nl/fr/en in core.domains; Arabic is added for printed sheets.
ARABIC_DOMAIN_LABELS: dict[str, str] = {
    "housing": "السكن",
    "income_debts": "الدخل والديون",
    "food_material": "الغذاء والمساعدة المادية",
    "health": "الصحة والبطاقة الطبية",
    "mental_health": "الصحة النفسية",
    "parenting_early_childhood": "التربية والطفولة المبكرة",
    "school": "المدرسة",
    "legal_residence": "الإقامة والوثائق",
    "violence_safety": "العنف والأمان",
    "social_leisure": "العلاقات الاجتماعية والترفيه",
    "work_training": "العمل والتكوين",
    "administration_language": "الإدارة واللغة",
}


def label(key: str, lang: str) -> str:
    texts = LABELS[key]
    return texts.get(lang) or texts["en"]


def has_own_labels(lang: str) -> bool:
    return lang in LABELS["agency"]


def domain_label(domain_id: str, lang: str) -> str:
    if lang == "ar":
        return ARABIC_DOMAIN_LABELS[domain_id]
    life_domain = domain(domain_id)
    return {"nl": life_domain.nl, "fr": life_domain.fr}.get(lang, life_domain.en)


LANGUAGE_NAMES: dict[str, str] = {
    "nl": "Nederlands", "fr": "Français", "en": "English", "ar": "العربية", "sq": "Shqip",
    "es": "Español", "tr": "Türkçe", "ro": "Română", "rif": "Tarifit", "prs": "دری",
}  # fmt: skip


def language_name(lang: str) -> str:
    """The language's name in itself, as a reader of that column recognises it."""
    return LANGUAGE_NAMES.get(lang, lang)


def review_footnote_html(entries: Sequence[GlossaryEntry], langs: Sequence[str]) -> str:
    """Explain the asterisk, in each language that has an unreviewed term on the page."""
    unreviewed = [
        lang for lang in dict.fromkeys(langs) if any(not e.is_reviewed(lang) for e in entries)
    ]
    return "".join(
        f'<p class="notice" dir="{"rtl" if is_rtl(lang) else "ltr"}" '
        f'align="{"right" if is_rtl(lang) else "left"}">'
        f"{html_escape(label('needs_review', lang))}</p>"
        for lang in unreviewed
    )
