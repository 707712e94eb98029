"""The learnt prompt to check urgency: a question for the worker, never an alarm. It
quotes the parent's words, stays silent on ordinary worries and when the rules already
found urgency, and is shipped in step with the labelled worries (never the held-out ones)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.intake import analyse_worries, triage
from outreach_desk.core.intake.evaluation import (
    LabelledWorry,
    Outcome,
    Report,
    load_worries,
    training_paths,
)
from outreach_desk.core.intake.household import Household, IntakeRequest
from outreach_desk.core.intake.normalize import tokenize
from outreach_desk.core.intake.pipeline import process_intake
from outreach_desk.core.intake.urgency_model import (
    SOURCE,
    UrgencyModel,
    count_urgency,
    urgency_model,
)
from outreach_desk.core.socialmap.mapfile import bundled_map

ROOT = Path(__file__).resolve().parents[3]
# A training worry (blind3/) the word rules miss: danger said without any alarm word.
INDIRECT = (
    "My little boy drank something from a bottle under the sink and now he's vomiting "
    "and very sleepy."
)
ORDINARY = [
    "Ik heb een vraag over de kinderbijslag en de school van mijn zoon.",
    "De huurbaas wil de huur verhogen en we hebben schulden bij de energieleverancier.",
    "Je cherche un cours de français pour adultes près de Schaerbeek, le soir si possible.",
    "Ma fille a des difficultés en mathématiques et je ne sais pas comment l'aider.",
    "I would like to find a football club for my son, he is eight and loves sports.",
    "We received a letter from the municipality and we do not understand what they want.",
    "بغيت نتعلم الفرنسية ونلقى خدمة باش نعاون الدراري ديالي",
    "ولدي عندو مشاكل فالمدرسة والأستاذة بغات تهضر معايا",
]


def _toy() -> UrgencyModel:
    examples = [
        ("he hit me tonight and I am afraid to go home", True),
        ("tonight we sleep outside, nowhere to go", True),
        ("the baby is burning hot tonight and does not wake", True),
        ("a question about the school fees for my son", False),
        ("my son needs help with his homework at school", False),
        ("we look for a sports club for my son", False),
    ]
    return UrgencyModel.from_counts(count_urgency(examples), threshold=0.0)


def test_toy_model_leans_towards_the_urgent_examples_and_quotes_the_words() -> None:
    model = _toy()
    text = "Since tonight I am afraid, he hit the door"
    tokens = tokenize(text)
    assert model.score(tokens) > model.score(tokenize("the homework for school and my son"))
    check = model.check(text, tokens)
    assert check is not None
    quoted = {e.text for e in check.evidence}
    assert quoted and quoted <= {"tonight", "afraid", "hit", "Since", "I", "am", "he", "the"}
    assert "tonight" in quoted
    assert all(text[e.start : e.end] == e.text and e.source == SOURCE for e in check.evidence)


def test_a_few_words_typed_so_far_give_no_prompt() -> None:
    assert _toy().check("tonight afraid", tokenize("tonight afraid")) is None


def test_a_damaged_model_file_is_refused_clearly() -> None:
    counts = count_urgency([("he hit me", True), ("he hit me", False)])
    counts["features"] = {"w:hit": [1]}
    with pytest.raises(ValidationError, match="damaged"):
        UrgencyModel.from_counts(counts)


def test_an_indirect_urgent_worry_gets_a_prompt_with_the_parents_words() -> None:
    analysis = analyse_worries(INDIRECT)
    assert not triage(INDIRECT).suggested, "the rules must miss it for this test to mean much"
    check = analysis.urgency_check
    assert check is not None and check.score >= check.threshold
    assert 1 <= len(check.evidence) <= 3
    assert all(INDIRECT[e.start : e.end] == e.text for e in check.evidence)
    assert {"drank", "sleepy"} & {e.text for e in check.evidence}


def test_the_prompt_never_makes_a_worry_urgent() -> None:
    analysis = analyse_worries(INDIRECT)
    assert analysis.urgency_check is not None
    assert analysis.urgency.urgent is False and analysis.urgency.suggested is False
    assert analysis.urgency.reasons == () and analysis.urgency.first_steps == ()
    as_json = analysis.to_dict()
    assert as_json["urgent"] is False and as_json["urgency_check"]["basis"] == SOURCE


def test_the_prompt_does_not_change_the_ranking(monkeypatch: pytest.MonkeyPatch) -> None:
    services = list(bundled_map().services)
    request = IntakeRequest(INDIRECT, Household())
    with_prompt = process_intake(request, services)
    assert with_prompt.urgency_check is not None
    monkeypatch.setattr("outreach_desk.core.intake.analysis.urgency_check", lambda *a: None)
    without = process_intake(request, services)
    assert without.urgency_check is None
    assert [s.service.id for s in with_prompt.suggestions] == [
        s.service.id for s in without.suggestions
    ]
    assert with_prompt.urgency == without.urgency


def test_no_prompt_when_the_rules_already_found_urgency() -> None:
    analysis = analyse_worries("Mijn man slaat mij en vannacht hebben we nergens om te slapen.")
    assert analysis.urgency.suggested and analysis.urgency_check is None


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_worries_get_no_prompt(text: str) -> None:
    assert analyse_worries(text).urgency_check is None


@pytest.mark.parametrize("text", ["", "   ", "😀😀😀 🏠", "!!! ???", "ok"])
def test_no_words_no_prompt(text: str) -> None:
    assert analyse_worries(text).urgency_check is None


def test_huge_mixed_script_worries_are_read_and_quoted_briefly() -> None:
    text = (INDIRECT + " 😢 ما عندناش فلوس، de huur is te hoog, pas de chauffage 🥶 " * 900)[
        :100_000
    ]
    analysis = analyse_worries(text)
    if analysis.urgency_check is not None:
        assert len(analysis.urgency_check.evidence) <= 3
    score = urgency_model().score(tokenize(text))
    assert -10 < score < 10  # a mean per word: a long letter is not "more urgent"


def test_report_counts_prompts_on_missed_urgent_and_on_ordinary_worries() -> None:
    def outcome(urgent: bool, flagged: bool, prompted: bool) -> Outcome:
        worry = LabelledWorry("x", "en", "text", ("housing",), urgent)
        return Outcome(worry, ("housing",), flagged, 1, prompted)

    report = Report(
        [
            outcome(True, False, True),
            outcome(True, False, False),
            outcome(True, True, False),
            outcome(False, False, True),
            outcome(False, False, False),
            outcome(False, False, False),
            outcome(False, False, False),
        ]
    )
    assert report.urgency_check_counts() == {
        "missed_urgent": 2,
        "missed_urgent_prompted": 1,
        "non_urgent": 4,
        "non_urgent_prompted": 1,
    }
    assert report.urgency_check_catch == 0.5 and report.urgency_check_prompt_rate == 0.25


def test_the_shipped_model_is_trained_on_the_training_sets_only() -> None:
    worries = ROOT / "benchmarks" / "data" / "worries"
    if not worries.is_dir():
        pytest.skip("labelled worries not found (benchmarks/data/worries)")
    shipped = json.loads((ROOT / "resources" / "intake" / "urgency_model.json").read_text())
    expected = load_worries(training_paths(worries))
    assert shipped["trained_on"] == len(expected)
    assert shipped["worries"] == [
        sum(not w.urgent for w in expected),
        sum(w.urgent for w in expected),
    ]


def test_the_shipped_model_matches_the_labelled_worries() -> None:
    script = ROOT / "scripts" / "train_urgency_model.py"
    if not script.exists():
        pytest.skip("training script not found")
    done = subprocess.run(
        [sys.executable, str(script), "check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
