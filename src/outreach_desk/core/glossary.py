"""The multilingual glossary of Brussels social-service terms (bundled, reviewed data).

Each entry gives one institution or notion (OCMW/CPAS, leefloon, huurwaarborg...) in
Dutch, French, English and Arabic, and where available in Albanian, Spanish, Turkish,
Romanian, Tarifit and Dari, with a one-line plain-language explanation and a review status
per language. Search forgives accents, case and Arabic spelling variants, because workers
type "aide medicale" and families write Arabic with or without hamza.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.resources import resource_path

FORMAT = "outreach-desk-glossary"
FORMAT_VERSION = 1
REQUIRED_LANGUAGES: tuple[str, ...] = ("nl", "fr", "en", "ar")
REVIEW_STATUSES = frozenset({"reviewed", "needs_review"})
_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


class GlossaryInvalid(ValidationError):
    """The glossary file does not have the documented shape (see docs/glossary.md)."""


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    direction: str  # "ltr" or "rtl"

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    domain: str
    terms: Mapping[str, str]
    explanations: Mapping[str, str]
    review: Mapping[str, str]

    def term(self, lang: str) -> str | None:
        return self.terms.get(lang)

    def explanation(self, lang: str) -> str | None:
        return self.explanations.get(lang)

    def is_reviewed(self, lang: str) -> bool:
        return self.review.get(lang) == "reviewed"


@dataclass(frozen=True)
class SearchHit:
    entry: GlossaryEntry
    lang: str  # the language whose text matched
    score: int


# --- text normalisation -------------------------------------------------------------------

# Arabic letters that people write interchangeably; Persian/Dari letters map to the Arabic ones.
_ARABIC_FOLD = str.maketrans(
    {
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",
        "ک": "ك",
        "ـ": None,  # tatweel, a stretching stroke with no meaning
        "ı": "i",
    }
)
_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")


def normalize(text: str) -> str:
    """Fold case, accents, Arabic hamza/alef/ta-marbuta variants and punctuation for matching."""
    # Compatibility-decompose before and after folding: each can expose work for the other.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    # Dropping combining marks removes Latin accents, Arabic harakat and hamza carriers at once.
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = bare.translate(_ARABIC_FOLD)
    words = re.findall(r"\w+", folded)
    return " ".join(words)


def _word_variants(word: str) -> tuple[str, ...]:
    for article in _ARTICLES:
        if word.startswith(article) and len(word) > len(article) + 1:
            return (word, word[len(article) :])
    return (word,)


@dataclass(frozen=True)
class _Searchable:
    """A normalised text and its words (with Arabic articles split off), prepared once."""

    text: str
    words: tuple[str, ...]

    @classmethod
    def of(cls, raw: str) -> _Searchable:
        text = normalize(raw)
        return cls(text, tuple(v for word in text.split() for v in _word_variants(word)))


def _match_score(query: str, target: _Searchable) -> int:
    """How well the normalised ``query`` matches ``target``; 0 means no match."""
    text = target.text
    if not query or not text:
        return 0
    if text == query:
        return 100
    if text.startswith(query):
        return 80
    if all(any(word.startswith(token) for word in target.words) for token in query.split()):
        return 60
    # Inside a word only for longer queries: "one" should not find "personen".
    return 40 if len(query) >= 5 and query in text else 0


# --- loading and validation -----------------------------------------------------------------


def _problem(file: str, where: str, message: str) -> GlossaryInvalid:
    return GlossaryInvalid(
        f"{file}: {where}: {message}. Fix the glossary file (format: docs/glossary.md)."
    )


def _languages(raw: Any, file: str) -> tuple[Language, ...]:
    if not isinstance(raw, list) or not raw:
        raise _problem(file, "languages", "expected a non-empty list")
    languages = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or not all(
            isinstance(item.get(key), str) for key in ("code", "name", "direction")
        ):
            raise _problem(file, f"languages[{index}]", "needs code, name and direction")
        if item["direction"] not in ("ltr", "rtl"):
            raise _problem(file, f"languages[{index}].direction", "must be 'ltr' or 'rtl'")
        languages.append(Language(item["code"], item["name"], item["direction"]))
    return tuple(languages)


def _text_map(raw: Any, file: str, where: str, known: set[str]) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise _problem(file, where, "expected an object keyed by language code")
    result: dict[str, str] = {}
    for lang, value in raw.items():
        if lang not in known:
            raise _problem(file, f"{where}.{lang}", "language not declared under 'languages'")
        if not isinstance(value, str) or not value.strip():
            raise _problem(file, f"{where}.{lang}", "must be non-empty text")
        result[lang] = value.strip()
    return result


def _entry(raw: Any, file: str, index: int, known: set[str]) -> GlossaryEntry:
    if not isinstance(raw, dict):
        raise _problem(file, f"entries[{index}]", "expected an object")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID_PATTERN.match(entry_id):
        raise _problem(file, f"entries[{index}].id", "must be lower_snake_case text")
    where = f"entry {entry_id!r}"
    if raw.get("domain") not in DOMAIN_IDS:
        raise _problem(file, f"{where}.domain", f"must be one of {', '.join(DOMAIN_IDS)}")
    terms = _text_map(raw.get("terms"), file, f"{where}.terms", known)
    explanations = _text_map(raw.get("explanations"), file, f"{where}.explanations", known)
    review = _text_map(raw.get("review"), file, f"{where}.review", known)
    for lang in REQUIRED_LANGUAGES:
        if lang not in terms:
            raise _problem(file, f"{where}.terms.{lang}", "missing (required language)")
        if lang not in explanations:
            raise _problem(file, f"{where}.explanations.{lang}", "missing (required language)")
    for lang in terms:
        if review.get(lang) not in REVIEW_STATUSES:
            raise _problem(file, f"{where}.review.{lang}", "must be 'reviewed' or 'needs_review'")
    return GlossaryEntry(entry_id, raw["domain"], terms, explanations, review)


class Glossary:
    """The loaded glossary: entries in file order (most important first) and the languages."""

    def __init__(self, languages: Sequence[Language], entries: Sequence[GlossaryEntry]) -> None:
        self.languages = tuple(languages)
        self.entries = tuple(entries)
        self._by_id = {entry.id: entry for entry in self.entries}
        self._normalized = {
            entry.id: (
                {lang: _Searchable.of(text) for lang, text in entry.terms.items()},
                {lang: _Searchable.of(text) for lang, text in entry.explanations.items()},
            )
            for entry in self.entries
        }

    @classmethod
    def from_dict(cls, data: Any, file: str = "glossary") -> Glossary:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise _problem(file, "format", f"expected {FORMAT!r}")
        if data.get("version") != FORMAT_VERSION:
            raise _problem(file, "version", f"this version of Outreach Desk reads {FORMAT_VERSION}")
        languages = _languages(data.get("languages"), file)
        known = {language.code for language in languages}
        raw_entries = data.get("entries")
        if not isinstance(raw_entries, list):
            raise _problem(file, "entries", "expected a list")
        entries = [_entry(raw, file, index, known) for index, raw in enumerate(raw_entries)]
        seen: set[str] = set()
        for entry in entries:
            if entry.id in seen:
                raise _problem(file, f"entry {entry.id!r}", "the id is used twice")
            seen.add(entry.id)
        return cls(languages, entries)

    @classmethod
    def load(cls, path: Path | None = None) -> Glossary:
        source = path if path is not None else resource_path("glossary", "glossary.json")
        try:
            data = json.loads(source.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            where = f"line {error.lineno}"
            raise _problem(str(source), where, f"not valid JSON ({error.msg})") from None
        return cls.from_dict(data, str(source))

    def __len__(self) -> int:
        return len(self.entries)

    def language(self, code: str) -> Language:
        for language in self.languages:
            if language.code == code:
                return language
        known = ", ".join(language.code for language in self.languages)
        raise NotFound(f"the glossary has no language {code!r}; choose one of: {known}")

    def get(self, entry_id: str) -> GlossaryEntry:
        try:
            return self._by_id[entry_id]
        except KeyError:
            raise NotFound(f"no glossary entry {entry_id!r}") from None

    def search(self, query: str, *, lang: str | None = None, limit: int = 20) -> list[SearchHit]:
        """Entries whose term (or, ranked lower, explanation) matches ``query``, best first."""
        needle = normalize(query)
        if lang is not None:
            self.language(lang)
        hits = [hit for entry in self.entries if (hit := self._best(entry, needle, lang))]
        hits.sort(key=lambda hit: -hit.score)  # stable: file order breaks ties
        return hits[:limit]

    def _best(self, entry: GlossaryEntry, needle: str, lang: str | None) -> SearchHit | None:
        terms, explanations = self._normalized[entry.id]
        best: SearchHit | None = None
        for code, text in terms.items():
            score = _match_score(needle, text) if lang in (None, code) else 0
            if score and (best is None or score > best.score):
                best = SearchHit(entry, code, score)
        if best is None:
            for code, text in explanations.items():
                if lang in (None, code) and _match_score(needle, text):
                    return SearchHit(entry, code, 10)
        return best

    def terms_for_domains(
        self,
        domains: Iterable[str],
        *,
        langs: Sequence[str] = (),
        limit: int = 12,
        always: Sequence[str] = (),
    ) -> list[GlossaryEntry]:
        """Key entries for a document about ``domains``: ``always`` ids first, then the
        domains' entries in file order, keeping only entries that exist in every ``langs``."""
        wanted = list(dict.fromkeys(domains))
        unknown = [d for d in wanted if d not in DOMAIN_IDS]
        if unknown:
            raise ValidationError(f"unknown life domain(s): {', '.join(unknown)}")
        chosen = [self.get(entry_id) for entry_id in always]
        for entry in _round_robin(list(self.entries), wanted):
            if entry not in chosen:
                chosen.append(entry)
        complete = [e for e in chosen if all(e.term(lang) for lang in langs)]
        return complete[:limit]

    def coverage(self) -> dict[str, dict[str, int]]:
        """Per language: how many entries have a term, and how many are reviewed."""
        result: dict[str, dict[str, int]] = {}
        for language in self.languages:
            with_term = [e for e in self.entries if e.term(language.code)]
            reviewed = sum(1 for e in with_term if e.is_reviewed(language.code))
            result[language.code] = {"terms": len(with_term), "reviewed": reviewed}
        return result


def _round_robin(entries: list[GlossaryEntry], domains: list[str]) -> list[GlossaryEntry]:
    """Interleave domains so a document about housing and health gets the top terms of both."""
    queues = [[e for e in entries if e.domain == domain] for domain in domains]
    ordered: list[GlossaryEntry] = []
    while any(queues):
        for queue in queues:
            if queue:
                ordered.append(queue.pop(0))
    return ordered


@lru_cache(maxsize=1)
def bundled_glossary() -> Glossary:
    """The glossary shipped with the app, loaded once per process."""
    return Glossary.load()
