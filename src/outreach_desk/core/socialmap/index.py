"""Full-text search over the map: an in-memory SQLite FTS5 index, rebuilt at open.

Accent- and case-insensitive (unicode61 remove_diacritics 2). Filters are stored as
plain tokens in a hidden "facets" column, so a filtered search is one FTS query.
Ranking: results whose *names* hold every query word come first (so "CPAS Schaerbeek"
puts that CPAS above other services in Schaerbeek), then names matched through a
synonym, then everything else; bm25 orders within each tier.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from outreach_desk.core.domains import LIFE_DOMAINS
from outreach_desk.core.socialmap.languages import LANGUAGE_NAMES
from outreach_desk.core.socialmap.model import Formality, Service, Welcome
from outreach_desk.core.socialmap.municipalities import municipality, resolve_municipality
from outreach_desk.core.socialmap.synonyms import expand
from outreach_desk.core.socialmap.text import fold, words

_COLUMNS = ("names", "description", "domains", "places", "facts", "facets")
_WEIGHTS = "10.0, 1.0, 2.0, 3.0, 1.5, 0.0"
_TEXT_COLUMNS = "{names domains places facts}"
_DOMAIN_LABELS = {d.id: f"{d.nl} {d.fr} {d.en}" for d in LIFE_DOMAINS}
# One token, not every synonym: a phrase per synonym made each query scan half the map.
_UNDOCUMENTED_WORDS = "undocumented"


@dataclass(frozen=True)
class SearchFilters:
    """All given filters must hold. Empty / None / False means "do not filter"."""

    domains: tuple[str, ...] = ()  # any of these life domains
    municipality: str | None = None  # id or any nl/fr spelling; region-wide services match too
    language: str | None = None  # ISO code, e.g. "ar"
    undocumented: bool = False  # welcomes people without papers (yes or under conditions)
    walk_in: bool = False
    formality: Formality | None = None
    emergency: bool = False


@dataclass(frozen=True)
class SearchHit:
    service: Service
    score: float  # lower is better (bm25); 0.0 when the query was empty
    name_match: bool  # every query word found in the service's names


def _token(prefix: str, value: str) -> str:
    return prefix + "".join(ch for ch in value.lower() if ch.isalnum())


def facet_tokens(service: Service) -> list[str]:
    tokens = [_token("dom", d) for d in service.domains]
    tokens += [_token("mun", m) for m in service.municipalities]
    tokens += [_token("lang", code) for code in service.languages]
    tokens.append(_token("form", service.formality.value))
    if service.region_wide:
        tokens.append("munregion")
    if service.accepts_undocumented:
        tokens.append("undocyes")
    if service.walk_in:
        tokens.append("walkinyes")
    if service.emergency:
        tokens.append("emergencyyes")
    return tokens


def _document(service: Service) -> tuple[str, ...]:
    org = service.organization
    names = [*service.name.values(), *org.name.values(), *service.aliases]
    places = [municipality(m).nl + " " + municipality(m).fr for m in service.municipalities]
    if service.region_wide:
        places.append("Brussel Bruxelles Brussels")
    if service.address:
        places.append(service.address.street)
    facts = [" ".join(LANGUAGE_NAMES.get(code, (code,))) for code in service.languages]
    if service.welcomes_undocumented in (Welcome.YES, Welcome.CONDITIONS):
        facts.append(_UNDOCUMENTED_WORDS)
    if service.walk_in:
        facts.append("inloop zonder afspraak sans rendez-vous walk-in")
    if service.emergency:
        facts.append("noodnummer urgence emergency")
    facts += [p.number for p in service.phones]
    return (
        " ".join(names),
        " ".join([*service.description.values(), *org.description.values()]),
        " ".join(_DOMAIN_LABELS.get(d, d) for d in service.domains),
        " ".join(places),
        " ".join(facts),
        " ".join(facet_tokens(service)),
    )


class SearchIndex:
    def __init__(self, services: Iterable[Service]) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        # Two indexes: a small one over names only, so ranking name matches never reads
        # the long doclists of common description words; and one over everything.
        for table, columns in (("fts", _COLUMNS), ("names_fts", ("names", "facets"))):
            self._db.execute(
                f"CREATE VIRTUAL TABLE {table} USING fts5({', '.join(columns)}, "
                "tokenize='unicode61 remove_diacritics 2')"
            )
        self._services: list[Service] = []
        self.add(services)

    def add(self, services: Iterable[Service]) -> None:
        rows = []
        for service in services:
            self._services.append(service)
            rows.append((len(self._services), *_document(service)))
        self._db.executemany(
            f"INSERT INTO fts(rowid, {', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            rows,
        )
        self._db.executemany(
            "INSERT INTO names_fts(rowid, names, facets) VALUES (?, ?, ?)",
            [(row[0], row[1], row[-1]) for row in rows],
        )

    def __len__(self) -> int:
        return len(self._services)

    def search(
        self, query: str, filters: SearchFilters | None = None, limit: int | None = 100
    ) -> list[SearchHit]:
        facets = _facet_expression(filters or SearchFilters())
        query_words = words(query)
        if not query_words:
            return self._browse(facets, limit)
        terms = expand(query_words)
        hits = self._ranked(terms, query_words, facets, "AND", limit)
        if not hits and len(terms) > 1:
            hits = self._ranked(terms, query_words, facets, "OR", limit)
        return hits

    def _browse(self, facets: str | None, limit: int | None) -> list[SearchHit]:
        if facets is None:
            chosen = list(self._services)
        else:
            rows = self._db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (facets,))
            chosen = [self._services[r - 1] for (r,) in rows]
        chosen.sort(key=lambda s: fold(s.name.first()))
        return [SearchHit(s, 0.0, False) for s in chosen[:limit]]

    def _ranked(
        self,
        terms: list[tuple[str, ...]],
        query_words: list[str],
        facets: str | None,
        joiner: str,
        limit: int | None,
    ) -> list[SearchHit]:
        """Names first, then the rest: the rest is only ranked when names leave room."""
        last = len(terms) - 1
        in_text = f" {joiner} ".join(_term_expression(t, i == last) for i, t in enumerate(terms))
        in_names = (
            "names : ("
            + f" {joiner} ".join(f"({_alternatives(t, i == last)})" for i, t in enumerate(terms))
            + ")"
        )
        literal = (
            "names : ("
            + " AND ".join(_phrase(w, i == len(query_words) - 1) for i, w in enumerate(query_words))
            + ")"
        )
        # A name that starts with the query ("Kind en Gezin – lokale teams") beats one that
        # only contains it ("Inloopteams (erkend door Kind en Gezin)").
        starts = "names : ^" + _phrase(" ".join(query_words), prefix=True)
        hits = self._names_tier(_with(in_names, facets), starts, literal, limit)
        room = None if limit is None else limit - len(hits)
        if room is None or room > 0:
            seen = {hit.service.id for hit in hits}
            fetch = None if room is None else room + len(seen)
            rest = self._text_tier(_with(in_text, facets), fetch)
            hits += [hit for hit in rest if hit.service.id not in seen][:room]
        return hits

    def _names_tier(
        self, match: str, starts: str, literal: str, limit: int | None
    ) -> list[SearchHit]:
        sql = (
            "SELECT rowid, bm25(names_fts) AS score, "
            "rowid IN (SELECT rowid FROM names_fts WHERE names_fts MATCH ?) AS starts, "
            "rowid IN (SELECT rowid FROM names_fts WHERE names_fts MATCH ?) AS literal "
            "FROM names_fts WHERE names_fts MATCH ? "
            "ORDER BY starts DESC, literal DESC, score LIMIT ?"
        )
        params = (starts, literal, match, -1 if limit is None else limit)
        rows = self._db.execute(sql, params)
        return [SearchHit(self._services[r - 1], s, bool(lit)) for r, s, _, lit in rows]

    def _text_tier(self, match: str, limit: int | None) -> list[SearchHit]:
        # Only fixed constants are formatted in; the user's words travel as parameters.
        sql = (
            f"SELECT rowid, bm25(fts, {_WEIGHTS}) AS score "  # noqa: S608
            "FROM fts WHERE fts MATCH ? ORDER BY score LIMIT ?"
        )
        rows = self._db.execute(sql, (match, -1 if limit is None else limit))
        return [SearchHit(self._services[r - 1], s, False) for r, s in rows]


def _with(expression: str, facets: str | None) -> str:
    return f"({expression}) AND {facets}" if facets else expression


def _phrase(phrase: str, prefix: bool = False) -> str:
    return '"' + phrase.replace('"', "") + '"' + ("*" if prefix else "")


def _alternatives(alternatives: tuple[str, ...], last: bool) -> str:
    # The last word may be half-typed (search-as-you-type): match it as a prefix.
    return " OR ".join(_phrase(p, last and len(alternatives) == 1) for p in alternatives)


def _term_expression(alternatives: tuple[str, ...], last: bool) -> str:
    literal = " OR ".join(_phrase(p, last) for p in alternatives if " " not in p)
    expression = f"{_TEXT_COLUMNS} : ({_alternatives(alternatives, last)})"
    if literal and len(alternatives) == 1:
        expression = f"({expression} OR description : ({literal}))"
    return expression


def _facet_expression(filters: SearchFilters) -> str | None:
    parts = []
    if filters.domains:
        parts.append("(" + " OR ".join(_token("dom", d) for d in filters.domains) + ")")
    if filters.municipality:
        muni = resolve_municipality(filters.municipality) or filters.municipality
        parts.append(f"({_token('mun', muni)} OR munregion)")
    if filters.language:
        parts.append(_token("lang", filters.language))
    if filters.undocumented:
        parts.append("undocyes")
    if filters.walk_in:
        parts.append("walkinyes")
    if filters.formality is not None:
        parts.append(_token("form", filters.formality.value))
    if filters.emergency:
        parts.append("emergencyyes")
    return "facets : (" + " AND ".join(parts) + ")" if parts else None
