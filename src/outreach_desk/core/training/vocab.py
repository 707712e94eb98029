"""Closed vocabularies of the training scenarios: the five non-take-up mechanisms from the
booklet, the nineteen Brussels municipalities, residence situations and exercise kinds.
The ids are stored in packs and compared in debriefs, so they never change."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    id: str
    nl: str
    fr: str
    en: str

    def label(self, lang: str) -> str:
        return {"nl": self.nl, "fr": self.fr}.get(lang, self.en)


MECHANISMS: tuple[Term, ...] = (
    Term("not_knowing", "Niet kennen", "Non-connaissance", "Not knowing"),
    Term("not_asking", "Niet vragen", "Non-demande", "Not asking"),
    Term("no_access", "Geen toegang", "Non-accès", "No access"),
    Term("not_offered", "Niet voorstellen", "Non-proposition", "Not offered"),
    Term("exclusion", "Uitsluiting", "Exclusion", "Exclusion"),
)
MECHANISM_IDS: tuple[str, ...] = tuple(m.id for m in MECHANISMS)

MUNICIPALITIES: tuple[Term, ...] = (
    Term("anderlecht", "Anderlecht", "Anderlecht", "Anderlecht"),
    Term("auderghem", "Oudergem", "Auderghem", "Auderghem"),
    Term("berchem_sainte_agathe", "Sint-Agatha-Berchem", "Berchem-Sainte-Agathe", "Berchem"),
    Term("brussels_city", "Brussel-Stad", "Bruxelles-Ville", "City of Brussels"),
    Term("etterbeek", "Etterbeek", "Etterbeek", "Etterbeek"),
    Term("evere", "Evere", "Evere", "Evere"),
    Term("forest", "Vorst", "Forest", "Forest"),
    Term("ganshoren", "Ganshoren", "Ganshoren", "Ganshoren"),
    Term("ixelles", "Elsene", "Ixelles", "Ixelles"),
    Term("jette", "Jette", "Jette", "Jette"),
    Term("koekelberg", "Koekelberg", "Koekelberg", "Koekelberg"),
    Term("molenbeek", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean", "Molenbeek"),
    Term("saint_gilles", "Sint-Gillis", "Saint-Gilles", "Saint-Gilles"),
    Term("saint_josse", "Sint-Joost-ten-Node", "Saint-Josse-ten-Noode", "Saint-Josse"),
    Term("schaerbeek", "Schaarbeek", "Schaerbeek", "Schaerbeek"),
    Term("uccle", "Ukkel", "Uccle", "Uccle"),
    Term("watermael_boitsfort", "Watermaal-Bosvoorde", "Watermael-Boitsfort", "Watermael"),
    Term(
        "woluwe_saint_lambert",
        "Sint-Lambrechts-Woluwe",
        "Woluwe-Saint-Lambert",
        "Woluwe-Saint-Lambert",
    ),
    Term(
        "woluwe_saint_pierre", "Sint-Pieters-Woluwe", "Woluwe-Saint-Pierre", "Woluwe-Saint-Pierre"
    ),
)
MUNICIPALITY_IDS: tuple[str, ...] = tuple(m.id for m in MUNICIPALITIES)

RESIDENCE: tuple[Term, ...] = (
    Term("regular", "Wettig verblijf", "Séjour régulier", "Legal residence"),
    Term("asylum", "Asielprocedure", "Procédure d'asile", "Asylum procedure"),
    Term("undocumented", "Zonder wettig verblijf", "Sans titre de séjour", "Undocumented"),
    Term("unknown", "Onbekend", "Inconnu", "Unknown"),
)
RESIDENCE_IDS: tuple[str, ...] = tuple(r.id for r in RESIDENCE)

PARENT_ROLES: tuple[str, ...] = ("mother", "father", "grandmother", "grandfather", "guardian")

AGENCY_KINDS: tuple[str, ...] = ("formal", "informal", "in_between")

# The path the booklet asks workers to practise, in workshop order.
EXERCISE_KINDS: tuple[Term, ...] = (
    Term("mechanisms", "Mechanisme van niet-gebruik", "Mécanisme de non-recours", "Non-take-up"),
    Term("strengths", "Wat gaat goed", "Ce qui va bien", "What goes well"),
    Term("child", "Het kind in beeld", "L'enfant en vue", "The child in view"),
    Term("agencies", "Welke dienst", "Quel service", "Which agency"),
    Term("request", "De hulpvraag schrijven", "Rédiger la demande", "Write the request"),
    Term("interpreter", "De tolk voorbereiden", "Préparer l'interprète", "Prepare the interpreter"),
)
EXERCISE_KIND_IDS: tuple[str, ...] = tuple(k.id for k in EXERCISE_KINDS)

# Facilitator material must exist in these languages; French is welcome, never required.
REQUIRED_TEXT_LANGS: tuple[str, ...] = ("en", "nl")

# Names of the languages the bundled cases use, so a projector never shows a bare code.
LANGUAGE_NAMES: dict[str, Term] = {
    t.id: t
    for t in (
        Term("nl", "Nederlands", "néerlandais", "Dutch"),
        Term("fr", "Frans", "français", "French"),
        Term("en", "Engels", "anglais", "English"),
        Term("ar", "Arabisch", "arabe", "Arabic"),
        Term("ary", "Marokkaans-Arabisch", "arabe marocain", "Moroccan Arabic"),
        Term("sq", "Albanees", "albanais", "Albanian"),
        Term("it", "Italiaans", "italien", "Italian"),
        Term("tr", "Turks", "turc", "Turkish"),
        Term("bg", "Bulgaars", "bulgare", "Bulgarian"),
        Term("es", "Spaans", "espagnol", "Spanish"),
        Term("ff", "Pular", "peul", "Pular"),
        Term("ln", "Lingala", "lingala", "Lingala"),
        Term("tw", "Twi", "twi", "Twi"),
        Term("tl", "Tagalog", "tagalog", "Tagalog"),
        Term("prs", "Dari", "dari", "Dari"),
        Term("uk", "Oekraïens", "ukrainien", "Ukrainian"),
        Term("ru", "Russisch", "russe", "Russian"),
    )
}


def language_name(code: str, lang: str) -> str:
    """'Marokkaans-Arabisch' for ('ary', 'nl'); the code itself when the name is unknown."""
    term = LANGUAGE_NAMES.get(code)
    return term.label(lang) if term else code
