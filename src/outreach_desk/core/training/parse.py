"""Turn untrusted JSON (a bundled or imported scenario pack) into a validated ScenarioPack.

Only ScenarioPackError (a ValidationError) ever leaves this module: a trainer's typo must give
a message naming the case and field, never a Python traceback."""

from __future__ import annotations

import json
from typing import Any

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.training import _checks as check
from outreach_desk.core.training._checks import Where
from outreach_desk.core.training.errors import ScenarioPackError, ScenarioPackTooNew
from outreach_desk.core.training.model import (
    PACK_FORMAT,
    PACK_FORMAT_VERSION,
    Agency,
    AvoidAgency,
    Case,
    Child,
    Exercise,
    Expected,
    Household,
    Parent,
    ScenarioPack,
    Worry,
)
from outreach_desk.core.training.vocab import (
    AGENCY_KINDS,
    EXERCISE_KIND_IDS,
    MECHANISM_IDS,
    MUNICIPALITY_IDS,
    PARENT_ROLES,
    RESIDENCE_IDS,
)

MAX_PACK_BYTES = 8 * 1024 * 1024
_PACK_FIELDS = ("format", "format_version", "pack_id", "title", "description", "fictional")
_CASE_FIELDS = (
    "id", "title", "background", "domains", "household", "parents", "children",
    "worries", "strengths", "hidden_facts", "exercises",
)  # fmt: skip


def parse_pack_bytes(data: bytes, source: str) -> ScenarioPack:
    """Validate a whole pack file; ``source`` (a file name) goes into every error message."""
    try:
        if len(data) > MAX_PACK_BYTES:
            raise ScenarioPackError(f"the file is larger than {MAX_PACK_BYTES} bytes.")
        return parse_pack(_decode_json(data))
    except ScenarioPackError as error:
        raise error.in_file(source) from None


def parse_pack(raw: object) -> ScenarioPack:
    root = Where("")
    fields = check.obj(raw, root, (*_PACK_FIELDS, "agencies", "cases"))
    _check_header(fields, root)
    agencies = tuple(_agency(v, w) for w, v in check.items(fields["agencies"], root.at("agencies")))
    check.unique((a.id for a in agencies), root.at("agencies"), "agency id")
    agency_ids = frozenset(a.id for a in agencies)
    cases = tuple(
        _case(v, w, agency_ids) for w, v in check.items(fields["cases"], root.at("cases"), 1)
    )
    check.unique((c.id for c in cases), root.at("cases"), "case id")
    return ScenarioPack(
        pack_id=check.identifier(fields["pack_id"], root.at("pack_id")),
        title=check.local_text(fields["title"], root.at("title")),
        description=check.local_text(fields["description"], root.at("description")),
        agencies=agencies,
        cases=cases,
    )


def _decode_json(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError as error:
        raise ScenarioPackError(f"the file is not UTF-8 text (byte {error.start}).") from None
    except json.JSONDecodeError as error:
        raise ScenarioPackError(
            f"the file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    except RecursionError:
        raise ScenarioPackError("the JSON is nested too deeply.") from None


def _refuse_constant(name: str) -> Any:
    raise ScenarioPackError(f"the JSON contains {name}, which is not allowed.")


def _check_header(fields: dict[str, object], root: Where) -> None:
    if fields["format"] != PACK_FORMAT:
        raise root.at("format").fail(
            f"this is not an Outreach Desk scenario pack (expected format {PACK_FORMAT!r})."
        )
    version = check.integer(fields["format_version"], root.at("format_version"), 1, 1_000_000)
    if version > PACK_FORMAT_VERSION:
        raise ScenarioPackTooNew(
            f"the pack uses format version {version}; this Outreach Desk reads up to "
            f"{PACK_FORMAT_VERSION}. Update Outreach Desk to use it.",
            field="format_version",
        )
    if fields["fictional"] is not True:
        raise root.at("fictional").fail(
            'a training pack must declare "fictional": true; never put real families in one.'
        )


def _agency(raw: object, where: Where) -> Agency:
    f = check.obj(raw, where, ("id", "name", "kind"), ("description",))
    return Agency(
        id=check.identifier(f["id"], where.at("id")),
        name=check.local_text(f["name"], where.at("name"), ("en",)),
        kind=check.choice(f["kind"], where.at("kind"), AGENCY_KINDS),
        description=check.local_text(f.get("description", {}), where.at("description"), ()),
    )


def _case(raw: object, where: Where, agency_ids: frozenset[str]) -> Case:
    if isinstance(raw, dict) and isinstance(raw.get("id"), str):
        where = where.in_case(raw["id"])
    f = check.obj(raw, where, _CASE_FIELDS)
    case_id = check.identifier(f["id"], where.at("id"))
    exercises = tuple(
        _exercise(v, w, agency_ids)
        for w, v in check.items(f["exercises"], where.at("exercises"), 1)
    )
    check.unique((e.id for e in exercises), where.at("exercises"), "exercise id")
    return Case(
        id=case_id,
        title=check.local_text(f["title"], where.at("title")),
        background=check.local_text(f["background"], where.at("background")),
        domains=_domains(f["domains"], where.at("domains"), 1),
        household=_household(f["household"], where.at("household")),
        parents=tuple(_parent(v, w) for w, v in check.items(f["parents"], where.at("parents"), 1)),
        children=tuple(_child(v, w) for w, v in check.items(f["children"], where.at("children"))),
        worries=tuple(_worry(v, w) for w, v in check.items(f["worries"], where.at("worries"), 1)),
        strengths=_texts(f["strengths"], where.at("strengths")),
        hidden_facts=_texts(f["hidden_facts"], where.at("hidden_facts")),
        exercises=exercises,
    )


def _texts(raw: object, where: Where) -> tuple[dict[str, str], ...]:
    return tuple(check.local_text(v, w) for w, v in check.items(raw, where, 1))


def _domains(raw: object, where: Where, min_items: int = 0) -> tuple[str, ...]:
    values = tuple(check.choice(v, w, DOMAIN_IDS) for w, v in check.items(raw, where, min_items))
    check.unique(values, where, "life domain")
    return values


def _household(raw: object, where: Where) -> Household:
    f = check.obj(raw, where, ("residence", "languages", "municipality", "single_parent"))
    languages = tuple(
        check.lang_code(v, w) for w, v in check.items(f["languages"], where.at("languages"), 1)
    )
    check.unique(languages, where.at("languages"), "language")
    return Household(
        residence=check.choice(f["residence"], where.at("residence"), RESIDENCE_IDS),
        languages=languages,
        municipality=check.choice(f["municipality"], where.at("municipality"), MUNICIPALITY_IDS),
        single_parent=check.boolean(f["single_parent"], where.at("single_parent")),
    )


def _parent(raw: object, where: Where) -> Parent:
    f = check.obj(raw, where, ("first_name", "role"))
    return Parent(
        first_name=check.text(f["first_name"], where.at("first_name"), 60),
        role=check.choice(f["role"], where.at("role"), PARENT_ROLES),
    )


def _child(raw: object, where: Where) -> Child:
    f = check.obj(raw, where, ("first_name", "birth_year"), ("school",))
    return Child(
        first_name=check.text(f["first_name"], where.at("first_name"), 60),
        birth_year=check.integer(f["birth_year"], where.at("birth_year"), 1990, 2100),
        school=check.local_text(f.get("school", {}), where.at("school"), ()),
    )


def _worry(raw: object, where: Where) -> Worry:
    f = check.obj(raw, where, ("speaker", "lang", "text", "translations"))
    lang = check.lang_code(f["lang"], where.at("lang"))
    needed = [code for code in ("en", "nl") if code != lang]
    return Worry(
        speaker=check.text(f["speaker"], where.at("speaker"), 60),
        lang=lang,
        text=check.text(f["text"], where.at("text")),
        translations=check.local_text(f["translations"], where.at("translations"), needed),
    )


def _exercise(raw: object, where: Where, agency_ids: frozenset[str]) -> Exercise:
    f = check.obj(
        raw,
        where,
        ("id", "kind", "prompt", "facilitator_notes"),
        ("expected", "model_answer", "key_terms"),
    )
    kind = check.choice(f["kind"], where.at("kind"), EXERCISE_KIND_IDS)
    exercise = Exercise(
        id=check.identifier(f["id"], where.at("id")),
        kind=kind,
        prompt=check.local_text(f["prompt"], where.at("prompt")),
        facilitator_notes=check.local_text(f["facilitator_notes"], where.at("facilitator_notes")),
        expected=_expected(f.get("expected", {}), where.at("expected"), agency_ids),
        model_answer=check.local_text(f.get("model_answer", {}), where.at("model_answer"), ()),
        key_terms=tuple(
            check.local_text(v, w, ("en",))
            for w, v in check.items(f.get("key_terms", []), where.at("key_terms"))
        ),
    )
    _check_kind_has_answer(exercise, where)
    return exercise


def _expected(raw: object, where: Where, agency_ids: frozenset[str]) -> Expected:
    f = check.obj(raw, where, (), ("mechanisms", "agencies", "avoid_agencies", "domains"))
    mechanisms = tuple(
        check.choice(v, w, MECHANISM_IDS)
        for w, v in check.items(f.get("mechanisms", []), where.at("mechanisms"))
    )
    check.unique(mechanisms, where.at("mechanisms"), "mechanism")
    agencies = tuple(
        _agency_ref(v, w, agency_ids)
        for w, v in check.items(f.get("agencies", []), where.at("agencies"))
    )
    check.unique(agencies, where.at("agencies"), "agency")
    avoid = tuple(
        _avoid(v, w, agency_ids)
        for w, v in check.items(f.get("avoid_agencies", []), where.at("avoid_agencies"))
    )
    return Expected(
        mechanisms=mechanisms,
        agencies=agencies,
        avoid_agencies=avoid,
        domains=_domains(f.get("domains", []), where.at("domains")),
    )


def _agency_ref(raw: object, where: Where, agency_ids: frozenset[str]) -> str:
    value = check.identifier(raw, where)
    if value not in agency_ids:
        raise where.fail(f"agency {value!r} is not in the pack's list of agencies.")
    return value


def _avoid(raw: object, where: Where, agency_ids: frozenset[str]) -> AvoidAgency:
    f = check.obj(raw, where, ("agency", "why"))
    return AvoidAgency(
        agency=_agency_ref(f["agency"], where.at("agency"), agency_ids),
        why=check.local_text(f["why"], where.at("why")),
    )


def _check_kind_has_answer(exercise: Exercise, where: Where) -> None:
    """Each kind of exercise needs its part of the answer key, or a debrief has nothing to say."""
    needs = {
        "mechanisms": ("expected.mechanisms", bool(exercise.expected.mechanisms)),
        "agencies": ("expected.agencies", bool(exercise.expected.agencies)),
        "request": ("model_answer", bool(exercise.model_answer)),
        "interpreter": ("key_terms", bool(exercise.key_terms)),
    }
    field_name, present = needs.get(exercise.kind, ("", True))
    if not present:
        raise where.at(field_name).fail(f"a {exercise.kind!r} exercise needs {field_name}.")
