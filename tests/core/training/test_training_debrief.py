"""The debrief tells participants what they found, missed and added, per category."""

from __future__ import annotations

from typing import Any

import pytest

from outreach_desk.core.training import (
    Answers,
    ScenarioPackNotFound,
    UnknownAnswer,
    bundled_pack,
    debrief,
    parse_pack,
    tally,
)
from outreach_desk.core.training.debrief import expected_answers


def test_a_perfect_answer_matches_everything() -> None:
    pack = bundled_pack()
    for case in pack.cases:
        result = debrief(pack, case.id, expected_answers(case))
        for comparison in (result.mechanisms, result.agencies, result.domains):
            assert comparison.missed == () and comparison.extra == ()
            assert comparison.score == 1.0


def test_partial_answer_lists_matched_missed_and_extra(small_dict: dict[str, Any]) -> None:
    pack = parse_pack(small_dict)
    answers = Answers(
        mechanisms=frozenset({"not_asking", "exclusion"}),
        agencies=frozenset(),
        domains=frozenset({"housing"}),
    )
    result = debrief(pack, "case-one", answers)
    assert result.mechanisms.matched == ("not_asking",)
    assert result.mechanisms.extra == ("exclusion",)
    assert result.agencies.missed == ("ocmw",)
    # The case's own domains and the exercises' expected domains both count.
    assert result.domains.matched == ("housing",) and result.domains.missed == ("school",)
    assert result.domains.score == 0.5


def test_choosing_an_agency_that_would_turn_the_family_away_gives_a_warning(
    small_dict: dict[str, Any],
) -> None:
    pack = parse_pack(small_dict)
    result = debrief(pack, "case-one", Answers(agencies=frozenset({"club", "ocmw"})))
    assert [w.agency for w in result.warnings] == ["club"]
    assert result.agencies.extra == ("club",)


def test_bundled_shelter_case_warns_against_the_negotiated_occupation() -> None:
    result = debrief(
        bundled_pack(), "shelter-newborn", Answers(agencies=frozenset({"woningen_123"}))
    )
    assert [w.agency for w in result.warnings] == ["woningen_123"]


def test_a_misspelled_answer_is_refused_not_counted_as_extra(small_dict: dict[str, Any]) -> None:
    pack = parse_pack(small_dict)
    with pytest.raises(UnknownAnswer, match="not_aksing"):
        debrief(pack, "case-one", Answers(mechanisms=frozenset({"not_aksing"})))


def test_unknown_case_is_not_found(small_dict: dict[str, Any]) -> None:
    with pytest.raises(ScenarioPackNotFound):
        debrief(parse_pack(small_dict), "nope", Answers())


def test_tally_counts_what_the_groups_in_the_room_chose(small_dict: dict[str, Any]) -> None:
    pack = parse_pack(small_dict)
    groups = [
        Answers(mechanisms=frozenset({"not_asking"}), agencies=frozenset({"ocmw"})),
        Answers(mechanisms=frozenset({"not_asking", "exclusion"})),
        Answers(agencies=frozenset({"club"})),
    ]
    result = tally(pack, "case-one", groups)
    assert result.groups == 3
    assert result.mechanisms == {"not_asking": 2, "exclusion": 1}
    assert result.agencies == {"club": 1, "ocmw": 1}
    assert result.expected.mechanisms == frozenset({"not_asking"})
    with pytest.raises(UnknownAnswer):
        tally(pack, "case-one", [Answers(domains=frozenset({"weather"}))])
