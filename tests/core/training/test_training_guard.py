"""Share, sync and handover are refused in training; exports say they are fiction."""

from __future__ import annotations

import pytest

from outreach_desk.core.errors import TrainingModeRefusal
from outreach_desk.core.training.guard import FICTION_MARK, mark_if_training, refuse_in_training


@pytest.mark.parametrize("action", ["share", "sync", "handover", "signal"])
def test_sending_actions_are_refused_in_training(action: str) -> None:
    with pytest.raises(TrainingModeRefusal, match="fictional"):
        refuse_in_training("training", action)


@pytest.mark.parametrize("kind", ["real", "demo"])
def test_real_and_demo_vaults_are_not_blocked(kind: str) -> None:
    refuse_in_training(kind, "sync")


def test_training_exports_are_marked_once_and_real_ones_never() -> None:
    marked = mark_if_training("training", "Request to the OCMW")
    assert marked.startswith(FICTION_MARK) and marked.endswith("Request to the OCMW")
    assert mark_if_training("training", marked) == marked
    assert mark_if_training("real", "Request to the OCMW") == "Request to the OCMW"
