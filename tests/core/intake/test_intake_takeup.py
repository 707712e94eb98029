"""The non-take-up lens: five mechanisms, each with a next step a worker can act on."""

from __future__ import annotations

import pytest

from outreach_desk.core.intake.takeup import (
    MECHANISMS,
    NextStep,
    NonTakeUp,
    mechanism_dict,
    next_step_for,
)


def test_the_five_mechanisms_of_the_booklet_are_there() -> None:
    assert [m.value for m in NonTakeUp] == [
        "not_knowing",
        "not_asking",
        "no_access",
        "not_offered",
        "exclusion",
    ]
    assert MECHANISMS[NonTakeUp.NOT_KNOWING].label.nl == "Niet kennen"
    assert MECHANISMS[NonTakeUp.EXCLUSION].label.nl == "Uitsluiting"


@pytest.mark.parametrize(
    ("mechanism", "step"),
    [
        (NonTakeUp.NOT_KNOWING, NextStep.INFORM),
        (NonTakeUp.NOT_ASKING, NextStep.ACCOMPANY),
        (NonTakeUp.NO_ACCESS, NextStep.ADVOCATE),
        (NonTakeUp.NOT_OFFERED, NextStep.PROPOSE),
        (NonTakeUp.EXCLUSION, NextStep.RECHECK_RIGHTS),
    ],
)
def test_each_mechanism_suggests_its_next_step(mechanism: NonTakeUp, step: NextStep) -> None:
    assert next_step_for(mechanism).id is step


@pytest.mark.parametrize("mechanism", list(NonTakeUp))
def test_labels_explanations_and_guidance_exist_in_nl_fr_en(mechanism: NonTakeUp) -> None:
    data = mechanism_dict(mechanism)
    for block in (data["label"], data["explanation"], data["next_step"]["guidance"]):
        assert set(block) == {"nl", "fr", "en"}
        assert all(len(text) > 3 for text in block.values())
    assert MECHANISMS[mechanism].label.get("ar") == MECHANISMS[mechanism].label.en
