"""Presentation steps: the order a trainer walks through a case, and next/previous."""

from __future__ import annotations

from typing import Any

import pytest

from outreach_desk.core.training import (
    StepCursor,
    bundled_pack,
    parse_pack,
    presentation_steps,
    text_direction,
)


def test_steps_follow_the_workshop_order(small_dict: dict[str, Any]) -> None:
    case = parse_pack(small_dict).cases[0]
    kinds = [step.kind for step in presentation_steps(case)]
    assert kinds == [
        "background", "worries", "strengths", "hidden_fact", "hidden_fact", "exercise", "exercise",
    ]  # fmt: skip
    facts = [s for s in presentation_steps(case) if s.kind == "hidden_fact"]
    assert [f.number for f in facts] == [1, 2]
    assert facts[1].title.endswith("2/2") and facts[1].lines == ("second",)


def test_every_bundled_case_reveals_all_hidden_facts_in_order() -> None:
    for case in bundled_pack().cases:
        steps = presentation_steps(case, "nl")
        revealed = [s.lines[0] for s in steps if s.kind == "hidden_fact"]
        assert revealed == [fact["nl"] for fact in case.hidden_facts]
        exercises = [s for s in steps if s.kind == "exercise"]
        assert len(exercises) == len(case.exercises)
        assert all(s.facilitator_notes for s in exercises)


def test_worries_show_the_translation_and_keep_the_arabic_original() -> None:
    case = next(c for c in bundled_pack().cases if c.id == "darija-ocmw")
    worries = presentation_steps(case, "en")[1]
    assert "OCMW" in worries.lines[0]
    assert worries.original[0][0] == "ary"
    assert "للسيبياس" in worries.original[0][1]


def test_background_names_the_municipality_in_the_chosen_language() -> None:
    case = next(c for c in bundled_pack().cases if c.id == "lockdown-violence")
    assert "Sint-Jans-Molenbeek" in presentation_steps(case, "nl")[0].lines[1]
    assert "Arabisch" in presentation_steps(case, "nl")[0].lines[1]
    assert "Exercice 1: Mécanisme" in presentation_steps(case, "fr")[-6].title
    assert "Molenbeek-Saint-Jean" in presentation_steps(case, "fr")[0].lines[1]


def test_cursor_moves_and_stops_at_both_ends(small_dict: dict[str, Any]) -> None:
    cursor = StepCursor(presentation_steps(parse_pack(small_dict).cases[0]))
    assert cursor.at_start() and cursor.previous().kind == "background"
    assert cursor.next().kind == "worries"
    for _ in range(20):
        cursor.next()
    assert cursor.at_end() and cursor.current.kind == "exercise"
    assert cursor.index == len(cursor) - 1
    assert cursor.previous().kind == "exercise" and cursor.index == len(cursor) - 2
    assert cursor.go_to(0).kind == "background"


def test_cursor_needs_steps() -> None:
    with pytest.raises(ValueError, match="at least one step"):
        StepCursor([])


def test_arabic_script_worries_are_marked_right_to_left() -> None:
    assert text_direction("ary") == "rtl" and text_direction("prs") == "rtl"
    assert text_direction("ar-MA") == "rtl"
    assert text_direction("fr") == "ltr" and text_direction("sq") == "ltr"


def test_exercise_steps_carry_the_model_request_and_key_terms() -> None:
    case = next(c for c in bundled_pack().cases if c.id == "darija-ocmw")
    steps = {
        s.title.split(": ", 1)[1]: s for s in presentation_steps(case, "en") if s.kind == "exercise"
    }
    assert "OCMW of Molenbeek" in steps["Write the request"].model_answer
    terms = steps["Prepare the interpreter"].key_terms
    assert any("medische kaart" in term["nl"] for term in terms)
    assert steps["What goes well"].model_answer == ""
