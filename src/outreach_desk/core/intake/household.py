"""The intake file: the parent's worries, the household's situation and, optionally, the
life domains the worker confirmed. Every field is optional; errors name the field."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from outreach_desk.core.domains import DOMAIN_IDS, is_domain
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.socialmap.municipalities import resolve_municipality

YOUNG_CHILD_MAX_AGE = 6  # Kind en Gezin / ONE and Ketjes BXL work with children up to six


class Residence(enum.StrEnum):
    REGULAR = "regular"
    ASYLUM = "asylum"
    UNDOCUMENTED = "undocumented"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Household:
    residence: Residence = Residence.UNKNOWN
    languages: tuple[str, ...] = ()  # ISO 639 codes, as the social map stores them
    municipality: str | None = None  # a municipality id (resolve_municipality)
    children_birth_years: tuple[int, ...] = ()
    single_parent: bool | None = None

    def has_young_child(self, today: date) -> bool:
        return any(today.year - year <= YOUNG_CHILD_MAX_AGE for year in self.children_birth_years)


@dataclass(frozen=True, slots=True)
class IntakeRequest:
    worries: str = ""
    household: Household = Household()
    domains: tuple[str, ...] | None = None  # None: infer them from the worries


def _fail(source: str, field: str, problem: str) -> ValidationError:
    return ValidationError(f"{source}: field {field!r} {problem}; fix the intake file and retry")


def _residence(raw: Any, source: str) -> Residence:
    if raw is None:
        return Residence.UNKNOWN
    try:
        return Residence(str(raw).strip().lower())
    except ValueError:
        allowed = "|".join(r.value for r in Residence)
        raise _fail(source, "household.residence", f"is {raw!r}, expected {allowed}") from None


def _languages(raw: Any, source: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        raise _fail(source, "household.languages", 'must be a list of codes like ["ar", "fr"]')
    return tuple(dict.fromkeys(x.strip().lower() for x in raw))


def _municipality(raw: Any, source: str) -> str | None:
    if raw is None or raw == "":
        return None
    found = resolve_municipality(str(raw)) if isinstance(raw, str) else None
    if found is None:
        raise _fail(
            source,
            "household.municipality",
            f"{raw!r} is not one of the 19 Brussels municipalities",
        )
    return found


def _children(raw: Any, source: str) -> tuple[int, ...]:
    if raw is None:
        return ()
    years = []
    for index, child in enumerate(raw if isinstance(raw, list) else [None]):
        year = child.get("birth_year") if isinstance(child, Mapping) else None
        if not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= 2100:
            raise _fail(
                source, f"household.children[{index}].birth_year", "must be a year like 2022"
            )
        years.append(year)
    return tuple(years)


def _household(raw: Any, source: str) -> Household:
    if raw is None:
        return Household()
    if not isinstance(raw, Mapping):
        raise _fail(source, "household", "must be an object")
    single = raw.get("single_parent")
    if single is not None and not isinstance(single, bool):
        raise _fail(source, "household.single_parent", "must be true or false")
    return Household(
        residence=_residence(raw.get("residence"), source),
        languages=_languages(raw.get("languages"), source),
        municipality=_municipality(raw.get("municipality"), source),
        children_birth_years=_children(raw.get("children"), source),
        single_parent=single,
    )


def _domains(raw: Any, source: str) -> tuple[str, ...] | None:
    if raw is None:
        return None
    if not isinstance(raw, list) or not all(isinstance(d, str) for d in raw):
        raise _fail(source, "domains", "must be a list of life domain ids")
    unknown = [d for d in raw if not is_domain(d)]
    if unknown:
        raise _fail(
            source, "domains", f"has unknown id(s) {unknown}; known: {', '.join(DOMAIN_IDS)}"
        )
    return tuple(dict.fromkeys(raw))


def parse_intake(data: Any, source: str = "intake") -> IntakeRequest:
    """Read the intake JSON shape documented in docs/intake.md."""
    if not isinstance(data, Mapping):
        raise _fail(source, "(file)", "must be a JSON object")
    worries = data.get("worries", "")
    if not isinstance(worries, str):
        raise _fail(source, "worries", "must be text")
    return IntakeRequest(
        worries, _household(data.get("household"), source), _domains(data.get("domains"), source)
    )
