"""Small strict readers for untrusted JSON values. Each names the field it is reading, so
every refusal says exactly where the pack is wrong."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from outreach_desk.core.training.errors import ScenarioPackError
from outreach_desk.core.training.model import LocalText

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
LANG_PATTERN = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")
MAX_TEXT = 20_000
MAX_ITEMS = 1_000


@dataclass(frozen=True)
class Where:
    """Where the reader is in the pack: a case id (when inside one) and a field path."""

    field: str
    case_id: str | None = None

    def at(self, name: str | int) -> Where:
        suffix = f"[{name}]" if isinstance(name, int) else f".{name}"
        joined = f"{self.field}{suffix}" if self.field else str(name)
        return Where(joined, self.case_id)

    def in_case(self, case_id: str) -> Where:
        return Where(self.field, case_id)

    def fail(self, problem: str) -> ScenarioPackError:
        return ScenarioPackError(problem, case_id=self.case_id, field=self.field or None)


def obj(
    raw: object, where: Where, required: Collection[str], optional: Collection[str] = ()
) -> dict[str, object]:
    if not isinstance(raw, dict):
        raise where.fail(f"expected an object, found {_kind(raw)}.")
    unknown = sorted(str(key) for key in raw if key not in required and key not in optional)
    if unknown:
        raise where.at(unknown[0]).fail(
            f"unknown field (allowed here: {', '.join(sorted([*required, *optional]))})."
        )
    missing = [key for key in required if key not in raw]
    if missing:
        raise where.at(missing[0]).fail("this field is required but missing.")
    return {str(key): value for key, value in raw.items()}


def text(raw: object, where: Where, max_length: int = MAX_TEXT) -> str:
    if not isinstance(raw, str):
        raise where.fail(f"expected text, found {_kind(raw)}.")
    if not raw.strip():
        raise where.fail("the text is empty.")
    if len(raw) > max_length:
        raise where.fail(f"the text is longer than {max_length} characters.")
    return raw


def identifier(raw: object, where: Where) -> str:
    value = text(raw, where, max_length=64)
    if not ID_PATTERN.fullmatch(value):
        raise where.fail(
            f"{value!r} is not a valid id (lower-case letters, digits, '-' or '_', "
            "at most 64 characters)."
        )
    return value


def choice(raw: object, where: Where, allowed: Iterable[str]) -> str:
    options = tuple(allowed)
    value = text(raw, where, max_length=64)
    if value not in options:
        raise where.fail(f"{value!r} is not one of: {', '.join(options)}.")
    return value


def integer(raw: object, where: Where, low: int, high: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise where.fail(f"expected a whole number, found {_kind(raw)}.")
    if not low <= raw <= high:
        raise where.fail(f"{raw} is outside {low}..{high}.")
    return raw


def boolean(raw: object, where: Where) -> bool:
    if not isinstance(raw, bool):
        raise where.fail(f"expected true or false, found {_kind(raw)}.")
    return raw


def items(raw: object, where: Where, min_items: int = 0) -> list[tuple[Where, object]]:
    if not isinstance(raw, list):
        raise where.fail(f"expected a list, found {_kind(raw)}.")
    if len(raw) < min_items:
        raise where.fail(f"needs at least {min_items} item(s), found {len(raw)}.")
    if len(raw) > MAX_ITEMS:
        raise where.fail(f"has more than {MAX_ITEMS} items.")
    return [(where.at(index), value) for index, value in enumerate(raw)]


def lang_code(raw: object, where: Where) -> str:
    value = text(raw, where, max_length=20)
    if not LANG_PATTERN.fullmatch(value):
        raise where.fail(f"{value!r} is not a language code such as 'nl', 'fr', 'ar' or 'sq'.")
    return value


def local_text(
    raw: object, where: Where, required_langs: Collection[str] = ("en", "nl")
) -> LocalText:
    if not isinstance(raw, dict):
        raise where.fail(
            f"expected texts by language, e.g. {{'en': ..., 'nl': ...}}, found {_kind(raw)}."
        )
    result: LocalText = {}
    for key, value in raw.items():
        lang = lang_code(key, where.at(str(key)))
        result[lang] = text(value, where.at(lang))
    missing = [lang for lang in required_langs if lang not in result]
    if missing:
        raise where.fail(f"the text in {', '.join(missing)} is missing.")
    return result


def unique(values: Iterable[str], where: Where, what: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise where.fail(f"{what} {value!r} appears twice.")
        seen.add(value)


def _kind(raw: object) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true/false"}
    if raw is None:
        return "null"
    return names.get(type(raw), "a number" if isinstance(raw, int | float) else type(raw).__name__)
