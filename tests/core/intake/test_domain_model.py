"""The domain model's second opinion: learnt counts, explained with the parent's words,
never trained on the held-out sets, and shipped in step with the labelled worries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.errors import ValidationError
from outreach_desk.core.intake import analyse_worries
from outreach_desk.core.intake.domain_model import (
    SOURCE,
    DomainModel,
    count_features,
    domain_model,
)
from outreach_desk.core.intake.evaluation import HELD_OUT, training_paths
from outreach_desk.core.intake.normalize import tokenize

ROOT = Path(__file__).resolve().parents[3]


def _toy_model() -> DomainModel:
    examples = [
        ("the radiator is cold and the landlord ignores us", ["housing"]),
        ("radiators broken, landlord says wait", ["housing"]),
        ("my son failed his exams at school", ["school"]),
        ("the teacher says my son skips school", ["school"]),
    ]
    return DomainModel.from_counts(count_features(examples))


def test_ranks_by_resemblance_to_labelled_worries() -> None:
    model = _toy_model()
    assert model.rank(tokenize("The radiators stay cold"))[0][0] == "housing"
    assert model.rank(tokenize("His teacher called about the exams"))[0][0] == "school"


def test_quotes_are_the_parents_exact_words_that_pushed_it() -> None:
    text = "Our RADIATORS stay cold, since November"
    tokens = tokenize(text)
    quotes = _toy_model().quotes(text, tokens, ["housing"])["housing"]
    assert quotes, "a model suggestion must be explained"
    assert all(text[q.start : q.end] == q.text for q in quotes)
    assert "RADIATORS" in {q.text for q in quotes}
    assert all(q.source == SOURCE and q.weight > 0 for q in quotes)


def test_a_model_for_other_domains_is_refused_clearly() -> None:
    counts = count_features([("cold radiator", ["housing"])])
    counts["domains"] = ["housing"]
    with pytest.raises(ValidationError, match="train_domain_model"):
        DomainModel.from_counts(counts)


def test_a_damaged_model_file_is_refused_clearly() -> None:
    counts = count_features([("cold radiator", ["housing"])])
    counts["features"] = {"w:cold": [1.0, 2.0]}
    with pytest.raises(ValidationError, match="damaged"):
        DomainModel.from_counts(counts)


def test_second_opinion_fills_up_to_three_and_is_not_ticked() -> None:
    # Everyday words the lists need not hold; the model offers domains with quotes.
    analysis = analyse_worries("Sinds de winter kan ik de radiator niet meer aanzetten.")
    assert len(analysis.all_domain_ids) <= 3
    for suggestion in analysis.also_consider:
        assert suggestion.basis == SOURCE
        assert suggestion.domain_id not in analysis.domain_ids
        assert suggestion.evidence
    as_json = analysis.to_dict()["domains"]
    assert [d["id"] for d in as_json] == analysis.all_domain_ids


@pytest.mark.parametrize("text", ["", "   ", "😀😀😀", "!!! ???"])
def test_no_words_no_second_opinion(text: str) -> None:
    assert analyse_worries(text).also_consider == ()


def test_long_mixed_worry_stays_bounded() -> None:
    text = ("Le proprio ne répare rien 🏚️ والدار فيها الرطوبة, de kinderen zijn ziek. " * 1500)[
        :100_000
    ]
    analysis = analyse_worries(text)
    assert len(analysis.all_domain_ids) <= 5
    for suggestion in analysis.also_consider:
        assert len(suggestion.evidence) <= 3


def test_the_shipped_model_knows_every_domain_and_the_held_out_sets_are_not_trained_on() -> None:
    model = domain_model()
    assert len(model.log_likelihood) > 10_000
    worries = ROOT / "benchmarks" / "data" / "worries"
    if not worries.is_dir():
        pytest.skip("labelled worries not found (benchmarks/data/worries)")
    paths = training_paths(worries)
    assert paths and not any(HELD_OUT & set(p.parts) for p in paths)
    assert {d for d, _ in model.rank(tokenize("x"))} == set(DOMAIN_IDS)


def test_the_shipped_model_matches_the_labelled_worries() -> None:
    script = ROOT / "scripts" / "train_domain_model.py"
    if not script.exists():
        pytest.skip("training script not found")
    done = subprocess.run(
        [sys.executable, str(script), "check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
