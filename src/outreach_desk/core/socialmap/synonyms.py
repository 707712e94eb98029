"""Words workers use for the same thing, in Dutch, French and English; used both ways.

Each group lists folded phrases (see text.fold). A query phrase found in a group is
searched as "any phrase of the group".
"""

from __future__ import annotations

from outreach_desk.core.socialmap.municipalities import MUNICIPALITIES
from outreach_desk.core.socialmap.text import fold

_GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "ocmw",
        "cpas",
        "ocmws",
        "openbaar centrum voor maatschappelijk welzijn",
        "centre public d action sociale",
    ),
    ("kind en gezin", "one", "office de la naissance et de l enfance", "opgroeien"),
    ("caw", "caw brussel", "centrum algemeen welzijnswerk"),
    (
        "zonder papieren",
        "sans papiers",
        "sans papier",
        "papiers",
        "papieren",
        "undocumented",
        "zonder wettig verblijf",
        "without papers",
        "no papers",
        "sans titre de sejour",
    ),
    ("huis van het kind", "huizen van het kind"),
    ("samusocial", "samu social", "new samusocial"),
    ("rode kruis", "croix rouge", "red cross"),
    ("albelges", "lesalbelges", "les albelges", "al belges"),
    ("trierstraat", "rue de treves"),
    ("sociaal verhuurkantoor", "svk", "agence immobiliere sociale", "ais", "social rental agency"),
    ("leefloon", "revenu d integration", "living wage"),
    (
        "dringende medische hulp",
        "aide medicale urgente",
        "urgent medical aid",
        "medische kaart",
        "carte medicale",
        "medical card",
    ),
    ("noodopvang", "emergency shelter", "hebergement d urgence"),
    ("politie", "police"),
    ("inloopteam", "inloopteams", "drop in team"),
    ("opvoedingswinkel", "opvoedingswinkels"),
    ("schoolpoortwerking", "schoolpoortwerkers", "school gate"),
    ("platform voor hulp aan de vluchtelingen", "platform for help to refugees"),
    ("huisvesting", "wonen", "logement", "housing"),
    ("geweld", "violence"),
    ("tolk", "tolken", "interprete", "interpretation", "interpreter"),
)

# Words dropped from a query unless they are part of a known phrase.
STOPWORDS = frozenset(
    {
        "de",
        "het",
        "van",
        "der",
        "den",
        "la",
        "le",
        "les",
        "du",
        "des",
        "d",
        "l",
        "of",
        "the",
        "for",
        "to",
        "et",
        "en",
        "and",
        "a",
        "in",
        "op",
        "voor",
        "pour",
    }
)


def _municipality_groups() -> list[tuple[str, ...]]:
    groups = []
    for m in MUNICIPALITIES:
        names = {fold(m.nl), fold(m.fr)}
        if len(names) > 1:
            groups.append(tuple(sorted(names)))
    groups.append(("molenbeek", "sint jans molenbeek", "molenbeek saint jean"))
    groups.append(("sint joost", "saint josse", "sint joost ten node", "saint josse ten noode"))
    return groups


def _build() -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}
    for group in (*_GROUPS, *_municipality_groups()):
        folded = {fold(p) for p in group}
        for phrase in folded:
            table.setdefault(phrase, set()).update(folded)
    return {k: tuple(sorted(v)) for k, v in table.items()}


SYNONYMS: dict[str, tuple[str, ...]] = _build()
MAX_PHRASE_WORDS = max(len(p.split()) for p in SYNONYMS)


def expand(words: list[str]) -> list[tuple[str, ...]]:
    """Split folded query words into terms; each term is a tuple of alternative phrases.

    The longest known phrase wins ("kind en gezin" before "kind"); other words stand
    alone, stopwords dropped.
    """
    terms: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        for size in range(min(MAX_PHRASE_WORDS, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in SYNONYMS:
                terms.append(SYNONYMS[phrase])
                i += size
                break
        else:
            if words[i] not in STOPWORDS:
                terms.append((words[i],))
            i += 1
    if not terms and words:
        terms = [(w,) for w in words]
    return terms
