"""A danger told about the far past ("last year he hit me"), with nothing in the worry that
brings it back into the present, is held back from the red banner and becomes a prompt
to check; anything present (now, still, again, since, fear, another sentence) keeps the
alarm. Thoughts of suicide are never held back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from outreach_desk.cli import main
from outreach_desk.core.intake import analyse_worries, urgency
from outreach_desk.core.intake.evaluation import load_worries, training_paths
from outreach_desk.core.intake.urgency import UrgencySignal, triage
from outreach_desk.core.intake.urgency_model import CheckKind

WORRIES = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "worries"
VIOLENCE = UrgencySignal.DOMESTIC_VIOLENCE

TOLD_AS_PAST = {
    "en": ("Last year my husband hit me. We are divorced and he lives in Spain.", "Last year"),
    "fr": ("L'année dernière mon mari m'a frappée. Il vit en France.", "L'année dernière"),
    "nl": ("Jaren geleden heeft mijn man mij geslagen. Hij woont in Nederland.", "Jaren geleden"),
    "ar": ("في العام الماضي كان زوجي يضربني. لقد طلقنا.", "العام الماضي"),
}


@pytest.mark.parametrize("lang", sorted(TOLD_AS_PAST))
def test_a_danger_told_about_the_far_past_asks_instead_of_alarming(lang: str) -> None:
    text, when = TOLD_AS_PAST[lang]
    urgency = triage(text)
    assert not urgency.suggested and not urgency.reasons and not urgency.first_steps
    assert [reason.signal for reason in urgency.told_as_past] == [VIOLENCE]
    assert [item.text for item in urgency.past_words] == [when]
    analysis = analyse_worries(text)
    check = analysis.urgency_check
    assert check is not None and check.kind is CheckKind.TOLD_AS_PAST
    assert [item.text for item in check.past_words] == [when]
    spans = {(item.start, item.end) for item in urgency.told_as_past[0].evidence}
    assert [(item.start, item.end) for item in check.evidence] == sorted(spans), "each once"
    assert "violence_safety" in analysis.domain_ids, "the domain is still at stake"


@pytest.mark.parametrize(
    "text",
    [
        "Last year my husband hit me. Now he is back and he threatens me.",
        "Last year my husband hit me and I am still afraid of him.",
        "Since last year my husband hits me.",
        "Last year my husband hit me, and yesterday he did it again.",
        "L'année dernière mon mari m'a frappée et maintenant il revient.",
        "Vorig jaar heeft mijn man mij geslagen en ik ben nog altijd bang.",
        "في العام الماضي كان زوجي يضربني والآن رجع إلى البيت.",
        "منذ العام الماضي زوجي يضربني.",  # "since last year": منذ is since as well as ago
    ],
)
def test_anything_that_brings_the_danger_into_the_present_keeps_the_alarm(text: str) -> None:
    urgency = triage(text)
    assert urgency.suggested and VIOLENCE in {r.signal for r in urgency.reasons}, text
    assert not urgency.told_as_past and not urgency.past_words


def test_a_danger_in_another_sentence_than_the_past_is_not_held_back() -> None:
    urgency = triage("Last year we came to Belgium. My husband hits me.")
    assert urgency.suggested and not urgency.told_as_past


def test_a_danger_far_from_the_past_words_is_not_held_back() -> None:
    filler = " ".join(["we moved from one small room to another small room"] * 2)
    urgency = triage(f"Last year {filler} and my husband hit me.")
    assert urgency.suggested and not urgency.told_as_past


def test_every_mention_of_a_danger_must_be_in_the_past() -> None:
    urgency = triage("Last year my husband hit me. My husband hits me.")
    assert urgency.suggested and not urgency.told_as_past


@pytest.mark.parametrize(
    "text",
    ["Last year I tried to kill myself.", "L'année dernière j'ai voulu mettre fin à mes jours."],
)
def test_thoughts_of_suicide_are_never_held_back(text: str) -> None:
    urgency = triage(text)
    assert urgency.suggested and UrgencySignal.SUICIDAL in {r.signal for r in urgency.reasons}
    assert not urgency.told_as_past


def test_a_present_danger_beside_a_past_one_shows_both_with_all_first_steps() -> None:
    past_only = triage("Years ago my husband hit me.")
    assert past_only.told_as_past and not past_only.suggested
    both = triage("Years ago my husband hit me. My son has a high fever and cannot breathe.")
    signals = {reason.signal for reason in both.reasons}
    assert both.suggested and VIOLENCE in signals and len(signals) >= 2
    assert not both.told_as_past and not both.past_words
    violence_steps = {s.id for s in triage("My husband hits me.").first_steps}
    assert violence_steps <= {s.id for s in both.first_steps}


def test_a_present_word_inside_a_past_phrase_does_not_count() -> None:
    """ "back" brings a danger back ("he is back"), but not in "back then"."""
    urgency = triage("Back then my husband hit me.")
    assert not urgency.suggested and [e.text for e in urgency.past_words] == ["Back then"]


def test_no_labelled_urgent_worry_of_the_training_sets_is_held_back() -> None:
    worries = load_worries(training_paths(WORRIES))
    held_back = [w.id for w in worries if w.urgent and triage(w.text).told_as_past]
    assert len(worries) > 500 and held_back == []


def test_the_assessment_and_the_cli_say_what_was_held_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = TOLD_AS_PAST["en"][0]
    data = triage(text).to_dict()
    assert data["urgent"] is False and data["reasons"] == []
    assert [r["signal"] for r in data["told_as_past"]] == [VIOLENCE.value]
    assert [w["text"] for w in data["past_words"]] == ["Last year"]
    intake = tmp_path / "intake.json"
    intake.write_text(json.dumps({"worries": text}), encoding="utf-8")
    assert main(["suggest", "--intake", str(intake)]) == 0
    shown = capsys.readouterr().out
    assert "is it still going on, or could it happen again?" in shown
    assert '"Last year"' in shown and "URGENT" not in shown
    assert main(["suggest", "--intake", str(intake), "--json"]) == 0
    check = json.loads(capsys.readouterr().out)["urgency_check"]
    assert check["basis"] == "told_as_past" and check["past_words"][0]["text"] == "Last year"


def test_word_lists_from_before_the_rule_hold_nothing_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The leave-one-set-out table replays older urgency.json files, which have no
    "told_as_past" section: they read as they did then."""
    shipped = urgency.load_json(urgency.URGENCY_LEXICON)
    older = {key: value for key, value in shipped.items() if key != "told_as_past"}
    monkeypatch.setattr(urgency, "load_json", lambda name: older)
    urgency._rules.cache_clear()
    try:
        assessment = triage(TOLD_AS_PAST["en"][0])
        assert assessment.suggested and not assessment.told_as_past
    finally:
        urgency._rules.cache_clear()
