"""Names of the languages families speak, so "arabisch", "arabe" or "Arabic" find "ar"."""

from __future__ import annotations

# code: (nl, fr, en)
LANGUAGE_NAMES: dict[str, tuple[str, str, str]] = {
    "nl": ("Nederlands", "néerlandais", "Dutch"),
    "fr": ("Frans", "français", "French"),
    "en": ("Engels", "anglais", "English"),
    "de": ("Duits", "allemand", "German"),
    "ar": ("Arabisch", "arabe", "Arabic"),
    "sq": ("Albanees", "albanais", "Albanian"),
    "es": ("Spaans", "espagnol", "Spanish"),
    "pt": ("Portugees", "portugais", "Portuguese"),
    "tr": ("Turks", "turc", "Turkish"),
    "ro": ("Roemeens", "roumain", "Romanian"),
    "bg": ("Bulgaars", "bulgare", "Bulgarian"),
    "pl": ("Pools", "polonais", "Polish"),
    "ru": ("Russisch", "russe", "Russian"),
    "uk": ("Oekraïens", "ukrainien", "Ukrainian"),
    "fa": ("Perzisch", "persan", "Persian"),
    "ps": ("Pasjtoe", "pachto", "Pashto"),
    "so": ("Somalisch", "somali", "Somali"),
    "ti": ("Tigrinya", "tigrigna", "Tigrinya"),
    "ber": ("Berbers (Tamazight)", "berbère (tamazight)", "Berber (Tamazight)"),
}


def language_label(code: str, lang: str = "en") -> str:
    names = LANGUAGE_NAMES.get(code)
    if names is None:
        return code
    return {"nl": names[0], "fr": names[1]}.get(lang, names[2])
