"""Reviewed word lists (resources/intake/*.json) compiled into a fast phrase matcher.

A phrase is a few words; a word ending in ``*`` matches any word that starts with it
("huurba*" matches "huurbaas" and "huurbazen"). Words are compared after
:func:`normalize_word`, so accents, case and Arabic spelling variants do not matter.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.intake.normalize import Token, is_arabic, normalize_word, tokenize
from outreach_desk.core.resources import resource_path

_PREFIX_KEY = 3
_WILDCARD = "*"
_ARTICLE = "ال"
# Dutch glues words together ("huurachterstand", "schoolfactuur", "kinderbijslag"):
# one-word Dutch terms also match as a part of a longer word, when both parts are long
# enough to be words of their own (so "information" does not hide "formation").
_COMPOUND_LANGUAGES = frozenset({"nl", "be"})
_MIN_COMPOUND = 9
_MIN_HEAD = 4
_MIN_MODIFIER = 4
_LINKING = ("", "s", "e", "en")


@dataclass(frozen=True, slots=True)
class Term:
    """One reviewed phrase pointing at a target (a life domain id or an urgency signal)."""

    target: str
    phrase: str
    language: str
    words: tuple[str, ...]
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Match:
    term: Term
    start: int
    end: int
    first_token: int
    last_token: int

    def overlaps_any(self, others: Iterable[Match]) -> bool:
        """Whether these words share a character with one of ``others``."""
        return any(self.start < other.end and other.start < self.end for other in others)


def _word_matches(pattern: str, token: Token) -> bool:
    if pattern.endswith(_WILDCARD):
        stem = pattern[:-1]
        return any(variant.startswith(stem) for variant in token.variants)
    return pattern in token.variants


def _bare(form: str) -> str:
    """Arabic words in the lists may carry the article; the text's words are also tried
    without it ("للبنك" -> "بنك"), so the pattern drops it to meet them there."""
    if is_arabic(form) and form.startswith(_ARTICLE) and len(form) - len(_ARTICLE) >= 3:
        return form[len(_ARTICLE) :]
    return form


def compile_words(phrase: str) -> tuple[str, ...]:
    """Normalise a written phrase into pattern words, keeping trailing wildcards."""
    words = []
    for token in tokenize(phrase):
        wildcard = phrase[token.end : token.end + 1] == _WILDCARD
        words.append(_bare(token.form) + (_WILDCARD if wildcard else ""))
    return tuple(words)


class Matcher:
    """Finds every occurrence of a set of terms in a text in one pass over its tokens."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self._exact: dict[str, list[Term]] = {}
        self._prefix: dict[str, list[Term]] = {}
        self._parts = _CompoundParts()
        for term in terms:
            first = term.words[0]
            if first.endswith(_WILDCARD):
                self._prefix.setdefault(first[:_PREFIX_KEY], []).append(term)
            else:
                self._exact.setdefault(first, []).append(term)
            if term.language in _COMPOUND_LANGUAGES and len(term.words) == 1:
                self._parts.add(term)

    def _candidates(self, token: Token) -> Iterable[Term]:
        seen: set[int] = set()
        for variant in token.variants:
            for term in [
                *self._exact.get(variant, ()),
                *self._prefix.get(variant[:_PREFIX_KEY], ()),
            ]:
                if id(term) not in seen and _word_matches(term.words[0], token):
                    seen.add(id(term))
                    yield term

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        matches = []
        for index, token in enumerate(tokens):
            whole = list(self._candidates(token))
            for part in self._parts.find(token, exclude=whole):
                matches.append(Match(part, token.start, token.end, index, index))
            for term in whole:
                last = index + len(term.words) - 1
                if last >= len(tokens):
                    continue
                rest = zip(term.words[1:], tokens[index + 1 : last + 1], strict=True)
                if all(_word_matches(word, tok) for word, tok in rest):
                    matches.append(Match(term, token.start, tokens[last].end, index, last))
        return matches


class _CompoundParts:
    """One-word Dutch terms found inside a compound: as its head ("school*factuur*")
    or, for whole words only, as its first part ("kinder*bijslag", "huur*achterstand")."""

    def __init__(self) -> None:
        self._words: dict[str, list[Term]] = {}
        self._stems: dict[str, list[Term]] = {}

    def add(self, term: Term) -> None:
        word = term.words[0]
        if word.endswith(_WILDCARD) and len(word) > _MIN_HEAD:
            self._stems.setdefault(word[:_PREFIX_KEY], []).append(term)
        elif not word.endswith(_WILDCARD) and len(word) >= _MIN_HEAD and word.isalpha():
            self._words.setdefault(word, []).append(term)

    def _heads(self, head: str) -> list[Term]:
        found = list(self._words.get(head, ()))
        for term in self._stems.get(head[:_PREFIX_KEY], ()):
            if head.startswith(term.words[0][:-1]):
                found.append(term)
        return found

    def _modifiers(self, modifier: str) -> list[Term]:
        for link in _LINKING:
            bare = modifier[: len(modifier) - len(link)] if link else modifier
            if modifier.endswith(link) and len(bare) >= _MIN_MODIFIER and bare in self._words:
                return self._words[bare]
        return []

    def find(self, token: Token, exclude: Sequence[Term]) -> list[Term]:
        form = token.form
        if len(form) < _MIN_COMPOUND or not form.isalpha() or is_arabic(form):
            return []
        found: dict[int, Term] = {}
        skip = {id(term) for term in exclude}
        for cut in range(_PREFIX_KEY, len(form) - _MIN_HEAD + 1):
            modifier, head = form[:cut], form[cut:]
            parts = self._heads(head) + self._modifiers(modifier)
            for term in parts:
                if id(term) not in skip:
                    found.setdefault(id(term), term)
        return list(found.values())


def _entry(target: str, language: str, raw: Any, source: Path) -> Term:
    phrase, weight = (raw, 1.0) if isinstance(raw, str) else (raw.get("phrase"), raw.get("weight"))
    if not isinstance(phrase, str) or not isinstance(weight, int | float):
        raise ValidationError(
            f"{source}: entry {raw!r} under {target}/{language} must be a phrase or "
            '{"phrase": ..., "weight": number}; fix the file and restart'
        )
    words = compile_words(phrase)
    # The first word is looked up by its first letters, so its stem must have enough of them.
    if not words or (words[0].endswith(_WILDCARD) and len(words[0]) <= _PREFIX_KEY):
        raise ValidationError(
            f"{source}: phrase {phrase!r} under {target}/{language} is empty or starts "
            f"with a wildcard word shorter than {_PREFIX_KEY} letters; write a longer stem"
        )
    return Term(target, phrase, language, words, float(weight))


def terms_from(table: Mapping[str, Any], source: Path) -> list[Term]:
    """Read ``{target: {language: [phrase | {"phrase", "weight"}]}}``."""
    terms: list[Term] = []
    for target, by_language in table.items():
        for language, entries in by_language.items():
            terms.extend(_entry(target, language, raw, source) for raw in entries)
    return terms


@lru_cache(maxsize=8)
def load_json(name: str) -> Any:
    path = resource_path("intake", name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ValidationError(
            f"the intake word list {path} could not be read ({error}); reinstall Outreach Desk"
        ) from error


def normalized_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_word(word) for word in words)
