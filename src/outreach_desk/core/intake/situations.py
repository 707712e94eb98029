"""Situations: a few ordinary words that, close together, describe a life domain.

Parents often describe a situation instead of naming it: "the fridge is empty by
Thursday" is about food, "the police at the door" and "no papers" together are about
residence. Each situation in ``resources/intake/situations.json`` lists two or more word
groups; it fires when one word of every group occurs within ``window`` words of the
first group's word. The evidence is every matched word with its exact span, so a worker
sees which words, together, led to the domain.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.intake.evidence import Evidence
from outreach_desk.core.intake.lexicon import Match, Matcher, load_json, terms_from
from outreach_desk.core.intake.normalize import Token

SITUATION_LEXICON = "situations.json"
SOURCE_PREFIX = "situation:"
_SEPARATOR = "|"
# A pasted 100 KB letter can hold thousands of matches per group; pairing them all would
# be quadratic, and a situation needs to be found once.
_MAX_MATCHES_PER_GROUP = 400


@dataclass(frozen=True, slots=True)
class Situation:
    id: str
    domain_id: str
    weight: float
    window: int
    group_count: int


@dataclass(frozen=True, slots=True)
class _Rules:
    situations: Mapping[str, Situation]
    matcher: Matcher


def _situation(key: str, spec: Mapping[str, Any]) -> Situation:
    groups = spec.get("groups", ())
    domain = spec.get("domain")
    if domain not in DOMAIN_IDS or len(groups) < 2:
        raise ValidationError(
            f"{SITUATION_LEXICON}: situation {key!r} needs a known life domain and at least "
            "two word groups; fix the file and restart"
        )
    return Situation(key, domain, float(spec["weight"]), int(spec["window"]), len(groups))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    table = load_json(SITUATION_LEXICON).get("situations", {})
    situations = {key: _situation(key, spec) for key, spec in table.items()}
    by_group = {
        f"{key}{_SEPARATOR}{index}": group
        for key, spec in table.items()
        for index, group in enumerate(spec["groups"])
    }
    return _Rules(situations, Matcher(terms_from(by_group, Path(SITUATION_LEXICON))))


def _grouped(matches: Sequence[Match]) -> dict[str, dict[int, list[Match]]]:
    grouped: dict[str, dict[int, list[Match]]] = {}
    for match in matches:
        key, index = match.term.target.rsplit(_SEPARATOR, 1)
        group = grouped.setdefault(key, {}).setdefault(int(index), [])
        if len(group) < _MAX_MATCHES_PER_GROUP:
            group.append(match)
    return grouped


def _nearest(anchor: Match, candidates: Sequence[Match], window: int) -> Match | None:
    """The closest candidate within the window that does not reuse the anchor's words."""
    near = [
        m
        for m in candidates
        if abs(m.first_token - anchor.first_token) <= window
        and (m.last_token < anchor.first_token or m.first_token > anchor.last_token)
    ]
    return min(near, key=lambda m: abs(m.first_token - anchor.first_token), default=None)


def _occurrence(situation: Situation, groups: Mapping[int, list[Match]]) -> list[Match]:
    for anchor in groups.get(0, ()):
        chosen = [anchor]
        for index in range(1, situation.group_count):
            found = _nearest(anchor, groups.get(index, ()), situation.window)
            if found is None:
                break
            chosen.append(found)
        else:
            return chosen
    return []


def situation_evidence(text: str, tokens: Sequence[Token]) -> dict[str, list[Evidence]]:
    """Evidence per life domain from the situations found in the worry (each once)."""
    rules = _rules()
    found: dict[str, list[Evidence]] = {}
    for key, groups in _grouped(rules.matcher.find(tokens)).items():
        situation = rules.situations[key]
        matches = _occurrence(situation, groups)
        share = situation.weight / situation.group_count
        for match in matches:
            item = Evidence.from_match(match, text, f"{SOURCE_PREFIX}{key}")
            named = Evidence(
                f"{key}: {item.phrase}",
                item.text,
                item.start,
                item.end,
                item.language,
                share,
                item.source,
            )
            found.setdefault(situation.domain_id, []).append(named)
    return found
