"""Turn a worry, in any language or script, into comparable tokens that remember where
they came from, so every match can be shown in the parent's own words."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_TATWEEL = "\u0640"
# Arabic letters written several ways in everyday typing: unify them so that
# "الأوراق", "الاوراق" and "الإوراق" compare equal.
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ي",
        "ى": "ي",
        "ة": "ه",
        "ڭ": "ك",
        "گ": "ك",
        "ک": "ك",
        "ی": "ي",
        "œ": "oe",
        "æ": "ae",
        _TATWEEL: None,
    }
)
# Clitics glued to Arabic words, in the order they stack: a conjunction (و "and",
# ف "so"), then a preposition (ب "with/in", ل "for", ك "like", Darija د "of" and ع "on"),
# then the article (ال, or just ل after ل: "للمدرسة"). "وبالدار" -> "دار".
_ARABIC_CONJUNCTIONS = ("", "و", "ف")
_ARABIC_PREPOSITIONS = ("", "ب", "ل", "ك", "د", "ع")
_ARABIC_ARTICLES = ("", "ال", "ل")
_ARABIC_PREFIXES = tuple(
    sorted(
        {
            c + p + a
            for c in _ARABIC_CONJUNCTIONS
            for p in _ARABIC_PREPOSITIONS
            for a in _ARABIC_ARTICLES
            if c + p + a and not (a == "ل" and p != "ل") and not (p in "دع" and p and not a)
        },
        key=len,
        reverse=True,
    )
)
# Possessive and object pronouns, plurals, and the Darija negation ما...ش ("ما خلصتش").
_ARABIC_SUFFIXES = (
    "تهم",
    "وهم",
    "وها",
    "وني",
    "هوم",
    "ات",
    "ين",
    "ون",
    "ها",
    "هم",
    "نا",
    "كم",
    "ني",
    "تي",
    "تو",
    "وه",
    "ي",
    "ك",
    "ه",
    "و",
    "ت",
)
_ARABIC_NEGATION = "ش"
# Verb prefixes of the present tense (Darija "كي/كن/تي", standard "ي/ت/ن"): tried as
# extra variants only, so they can only ever help a reviewed word to match.
_ARABIC_VERB_PREFIXES = ("كي", "كن", "كت", "تي", "تن", "ي", "ت", "ن")
_MIN_ARABIC_STEM = 3


@dataclass(frozen=True, slots=True)
class Token:
    """One word of the original text: its normalised form and its span in the original."""

    form: str
    start: int
    end: int
    variants: tuple[str, ...]


def is_arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)


@lru_cache(maxsize=65536)
def normalize_word(word: str) -> str:
    """Case-fold, drop accents and Arabic short vowels, unify Arabic letter variants."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    stripped = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Mc"))
    # NFKD splits Arabic hamza forms (أ -> ا + hamza above); recompose before folding.
    return unicodedata.normalize("NFC", stripped).translate(_ARABIC_FOLD)


def _without_prefix(word: str) -> list[str]:
    found = []
    for prefix in _ARABIC_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= _MIN_ARABIC_STEM:
            found.append(rest)
    return found


def _without_suffix(word: str) -> list[str]:
    found = []
    if word.endswith(_ARABIC_NEGATION) and len(word) > _MIN_ARABIC_STEM:
        word = word[:-1]
        found.append(word)
    for suffix in _ARABIC_SUFFIXES:
        rest = word[: -len(suffix)]
        if word.endswith(suffix) and len(rest) >= _MIN_ARABIC_STEM:
            found.append(rest)
    return found


_LATIN_ENDINGS = ("tjes", "tje", "jes", "je", "es", "en", "s", "x", "e", "n")
_MIN_LATIN_STEM = 4


def latin_variants(form: str) -> tuple[str, ...]:
    """The word and its forms without one common plural or inflection ending
    ("huurbazen" stays itself, "factures" -> "facture", "rekeningen" -> "rekening")."""
    seen = dict.fromkeys([form])
    for ending in _LATIN_ENDINGS:
        rest = form[: -len(ending)]
        if form.endswith(ending) and len(rest) >= _MIN_LATIN_STEM:
            seen.setdefault(rest)
    return tuple(seen)


@lru_cache(maxsize=65536)
def word_variants(form: str) -> tuple[str, ...]:
    return arabic_variants(form) if is_arabic(form) else latin_variants(form)


def arabic_variants(form: str) -> tuple[str, ...]:
    """The word with and without its clitics: a light stemmer, cheap and predictable."""
    seen = dict.fromkeys([form])
    verbs = [form[len(p) :] for p in _ARABIC_VERB_PREFIXES if form.startswith(p)]
    stems = [v for v in verbs if len(v) >= _MIN_ARABIC_STEM]
    for candidate in [form, *_without_prefix(form), *stems]:
        seen.setdefault(candidate)
        # Two layers at most: a plural or verb ending, then a pronoun ("طردونا" -> "طرد").
        for shorter in _without_suffix(candidate):
            seen.setdefault(shorter)
            for shortest in _without_suffix(shorter):
                seen.setdefault(shortest)
    return tuple(seen)


# Letters and digits (not "_"), plus the combining marks of Latin and Arabic writing
# and the Arabic tatweel, so "é" typed as e + accent and vowelled Arabic stay one word.
_WORD = re.compile(
    r"(?:[^\W_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+"
)


def tokenize(text: str) -> list[Token]:
    """Split on anything that is not a letter, digit or combining mark (apostrophes, hyphens,
    emoji, punctuation), keeping each word's position in the original text."""
    tokens = []
    for found in _WORD.finditer(text):
        form = normalize_word(found.group())
        if form:
            tokens.append(Token(form, found.start(), found.end(), word_variants(form)))
    return tokens
