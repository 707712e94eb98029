"""The bundled scenario pack: enough fictional cases, complete exercises, no real names."""

from __future__ import annotations

import re

import pytest

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.training import bundled_pack, pack_hash, parse_pack, to_dict
from outreach_desk.core.training.vocab import EXERCISE_KIND_IDS, MUNICIPALITY_IDS

# People named in the booklet: quotes inspired the cases, but none of them may appear.
BOOKLET_PEOPLE = (
    "Aya", "Houda", "Marie", "Anissa", "Rana", "Jeta", "Lola", "Shqipe", "Marisa", "Anahit",
    "Sigrid", "Chloé", "Maxime", "Rebecca", "Cornelis", "Michel", "Wim", "Emma", "Nicole",
    "Erik", "Freia", "Ann", "Angela", "Mathieu", "Guepdjouo", "Mendoza", "Petrosian",
)  # fmt: skip


def _all_texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for item in value.values() for t in _all_texts(item)]
    if isinstance(value, list):
        return [t for item in value for t in _all_texts(item)]
    return []


def test_bundled_pack_has_at_least_twelve_complete_cases() -> None:
    pack = bundled_pack()
    assert len(pack.cases) >= 12
    for case in pack.cases:
        kinds = [exercise.kind for exercise in case.exercises]
        assert sorted(kinds) == sorted(EXERCISE_KIND_IDS), case.id
        assert case.hidden_facts and case.strengths and case.worries, case.id
        assert case.household.municipality in MUNICIPALITY_IDS
        assert set(case.domains) <= set(DOMAIN_IDS)


def test_worries_are_in_the_parents_languages_including_arabic_script() -> None:
    langs = {w.lang for case in bundled_pack().cases for w in case.worries}
    assert {"fr", "nl", "en", "ar", "ary"} <= langs
    arabic_script = re.compile("[\u0600-\u06ff]")
    arabic_worries = [
        w for c in bundled_pack().cases for w in c.worries if w.lang in {"ar", "ary", "prs"}
    ]
    assert len(arabic_worries) >= 3
    assert all(arabic_script.search(w.text) for w in arabic_worries)


def test_facilitator_material_exists_in_english_dutch_and_french() -> None:
    for case in bundled_pack().cases:
        for exercise in case.exercises:
            assert {"en", "nl", "fr"} <= exercise.facilitator_notes.keys(), exercise.id
            assert {"en", "nl"} <= exercise.prompt.keys(), exercise.id


def test_no_person_named_in_the_booklet_appears_in_any_case() -> None:
    texts = " ".join(_all_texts(to_dict(bundled_pack())))
    for name in BOOKLET_PEOPLE:
        assert not re.search(rf"\b{re.escape(name)}\b", texts), name


def test_every_case_has_a_model_request_and_interpreter_terms() -> None:
    for case in bundled_pack().cases:
        by_kind = {e.kind: e for e in case.exercises}
        assert {"en", "nl", "fr"} <= by_kind["request"].model_answer.keys(), case.id
        assert len(by_kind["interpreter"].key_terms) >= 3, case.id
        assert by_kind["mechanisms"].expected.mechanisms, case.id
        assert by_kind["agencies"].expected.agencies, case.id


def test_pack_round_trips_through_plain_json_with_the_same_hash() -> None:
    pack = bundled_pack()
    again = parse_pack(to_dict(pack))
    assert again == pack
    assert pack_hash(again) == pack_hash(pack)


@pytest.mark.parametrize("lang", ["en", "nl", "fr"])
def test_everything_participants_see_exists_in_each_workshop_language(lang: str) -> None:
    for case in bundled_pack().cases:
        seen = [case.title, case.background, *case.strengths, *case.hidden_facts]
        seen += [e.prompt for e in case.exercises]
        seen += [w.translations for w in case.worries if w.lang != lang]
        assert all(lang in text for text in seen), case.id


def test_every_language_of_the_bundled_cases_has_a_name_to_show() -> None:
    from outreach_desk.core.training.vocab import LANGUAGE_NAMES

    codes = {code for case in bundled_pack().cases for code in case.languages()}
    assert codes <= LANGUAGE_NAMES.keys()
