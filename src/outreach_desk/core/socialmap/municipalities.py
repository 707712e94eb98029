"""The 19 municipalities of the Brussels-Capital Region, with their Dutch and French names.

The ids are stable (stored and exchanged). Names are the official bilingual names.
"""

from __future__ import annotations

from dataclasses import dataclass

from outreach_desk.core.socialmap.text import fold


@dataclass(frozen=True)
class Municipality:
    id: str
    nl: str
    fr: str

    def label(self, lang: str) -> str:
        if lang == "nl":
            return self.nl
        if lang == "fr":
            return self.fr
        return self.fr if self.fr == self.nl else f"{self.nl} / {self.fr}"


MUNICIPALITIES: tuple[Municipality, ...] = (
    Municipality("anderlecht", "Anderlecht", "Anderlecht"),
    Municipality("auderghem", "Oudergem", "Auderghem"),
    Municipality("berchem_sainte_agathe", "Sint-Agatha-Berchem", "Berchem-Sainte-Agathe"),
    Municipality("brussels", "Brussel", "Bruxelles"),
    Municipality("etterbeek", "Etterbeek", "Etterbeek"),
    Municipality("evere", "Evere", "Evere"),
    Municipality("forest", "Vorst", "Forest"),
    Municipality("ganshoren", "Ganshoren", "Ganshoren"),
    Municipality("ixelles", "Elsene", "Ixelles"),
    Municipality("jette", "Jette", "Jette"),
    Municipality("koekelberg", "Koekelberg", "Koekelberg"),
    Municipality("molenbeek", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean"),
    Municipality("saint_gilles", "Sint-Gillis", "Saint-Gilles"),
    Municipality("saint_josse", "Sint-Joost-ten-Node", "Saint-Josse-ten-Noode"),
    Municipality("schaerbeek", "Schaarbeek", "Schaerbeek"),
    Municipality("uccle", "Ukkel", "Uccle"),
    Municipality("watermael_boitsfort", "Watermaal-Bosvoorde", "Watermael-Boitsfort"),
    Municipality("woluwe_saint_lambert", "Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert"),
    Municipality("woluwe_saint_pierre", "Sint-Pieters-Woluwe", "Woluwe-Saint-Pierre"),
)

MUNICIPALITY_IDS: tuple[str, ...] = tuple(m.id for m in MUNICIPALITIES)
_BY_ID = {m.id: m for m in MUNICIPALITIES}

# Short forms people type: "Molenbeek", "Sint-Joost", "Saint-Josse", "Brussel-Stad".
_SHORT_FORMS: dict[str, str] = {
    "molenbeek": "molenbeek",
    "sint jans molenbeek": "molenbeek",
    "sint joost": "saint_josse",
    "saint josse": "saint_josse",
    "berchem": "berchem_sainte_agathe",
    "watermaal": "watermael_boitsfort",
    "bosvoorde": "watermael_boitsfort",
    "boitsfort": "watermael_boitsfort",
    "brussel stad": "brussels",
    "bruxelles ville": "brussels",
    "ville de bruxelles": "brussels",
    "stad brussel": "brussels",
    "brussels city": "brussels",
}


def _lookup_table() -> dict[str, str]:
    table = dict(_SHORT_FORMS)
    for m in MUNICIPALITIES:
        for name in (m.id, m.nl, m.fr):
            table[fold(name.replace("_", " "))] = m.id
    return table


_LOOKUP = _lookup_table()


def municipality(municipality_id: str) -> Municipality:
    try:
        return _BY_ID[municipality_id]
    except KeyError:
        raise ValueError(f"unknown municipality {municipality_id!r}") from None


def resolve_municipality(name: str) -> str | None:
    """Map any spelling ("Schaarbeek", "schaerbeek", "Sint-Gillis") to a municipality id."""
    return _LOOKUP.get(fold(name.replace("_", " ")))
