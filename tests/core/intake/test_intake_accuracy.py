"""Behavioural threshold on the labelled worries (benchmarks/data/worries): the right
life domain among the suggestions for at least 90 % of realistic worries, in every
language, and urgency flags that are right both ways.

The word lists and situations were tuned on these sets (``blind3/``, ``blind4/`` and
``blind5/`` included since the situation rounds: their misses were read, see
docs/intake.md). ``blind6/`` is kept out on purpose: written after the last round and
evaluated once, it is the honest measure of unseen worries. It does not reach 90 % and
its indirect urgencies are not found; its test below only guards its first-look level
and the absence of false alarms."""

from __future__ import annotations

from pathlib import Path

import pytest

from outreach_desk.core.intake import analyse_worries, suggest_domains
from outreach_desk.core.intake.evaluation import Report, evaluate, load_worries, training_paths

WORRIES = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "worries"
BLIND = "blind6"


@pytest.fixture(scope="module")
def report() -> Report:
    paths = training_paths(WORRIES)
    if not paths:
        pytest.skip(f"labelled worries not found under {WORRIES}")
    return evaluate(load_worries(paths))


@pytest.fixture(scope="module")
def blind() -> Report:
    paths = sorted((WORRIES / BLIND).glob("*.jsonl"))
    if not paths:
        pytest.skip(f"blind worries not found under {WORRIES / BLIND}")
    return evaluate(load_worries(paths))


def test_the_set_is_big_and_covers_every_language_and_domain(report: Report) -> None:
    assert len(report.outcomes) >= 120
    assert set(report.by("lang")) == {"nl", "fr", "en", "ar"}
    assert len(report.by("domain")) == 12


def test_expected_domain_is_suggested_for_at_least_90_percent(report: Report) -> None:
    misses = [o.worry.id for o in report.outcomes if not o.primary_hit]
    assert report.primary_accuracy >= 0.90, misses


@pytest.mark.parametrize("lang", ["nl", "fr", "en", "ar"])
def test_every_language_reaches_90_percent(report: Report, lang: str) -> None:
    assert report.by("lang")[lang] >= 0.90


def test_suggestions_stay_focused(report: Report) -> None:
    # Suggesting every domain would make the accuracy test meaningless. The word lists'
    # own suggestions (ticked for the worker) stay few and mostly right; the model only
    # fills the list up to three (unticked), never beyond what the words found.
    ticked = [o.suggested[: o.from_words] for o in report.outcomes]
    assert sum(map(len, ticked)) / len(ticked) <= 2.5
    right = [d in o.worry.domains for o, t in zip(report.outcomes, ticked, strict=True) for d in t]
    assert sum(right) / len(right) >= 0.75
    assert all(len(o.suggested) <= max(3, o.from_words) for o in report.outcomes)


def test_urgency_flags_are_right_both_ways(report: Report) -> None:
    counts = report.urgency_counts()
    assert counts["true_pos"] >= 30
    assert report.urgency_precision >= 0.95, counts
    assert report.urgency_recall >= 0.90, counts


def test_the_blind_set_is_realistic_in_size_and_spread(blind: Report) -> None:
    assert len(blind.outcomes) >= 60
    assert set(blind.by("lang")) == {"nl", "fr", "en", "ar"}
    assert len(blind.by("domain")) == 12
    assert sum(o.worry.urgent for o in blind.outcomes) >= 10


def test_the_word_lists_alone_keep_their_level_on_the_blind_set(blind: Report) -> None:
    assert blind.words_accuracy >= 0.71


def test_the_blind_set_keeps_its_first_look_level_without_false_alarms(blind: Report) -> None:
    # First look (never tuned on): 73.3 % domains, urgency 0/12 found, no false alarm.
    # A change to the lists must not make unseen worries worse, nor raise false alarms.
    assert blind.primary_accuracy >= 0.71
    assert blind.urgency_counts()["false_pos"] == 0


@pytest.mark.parametrize(
    ("name", "first_look"),
    [
        ("blind7", 0.891),
        ("blind8", 0.891),
        ("blind9", 0.969),
        ("blind10", 0.938),
        ("blind11", 0.922),
    ],
)
def test_held_out_sets_keep_their_first_look_with_the_domain_model(
    name: str, first_look: float
) -> None:
    # Written by independent helpers, scored once with the model (chosen before), never
    # used to train or tune it: 89.1, 89.1, 96.9, 93.8 and 92.2 % (word lists alone: 79.7,
    # 81.2, 89.1, 81.2 and 82.8 %).
    paths = sorted((WORRIES / name).glob("*.jsonl"))
    if not paths:
        pytest.skip(f"held-out worries not found under {WORRIES / name}")
    held_out = evaluate(load_worries(paths))
    assert held_out.primary_accuracy >= first_look - 0.001
    assert held_out.primary_accuracy > held_out.words_accuracy


def test_situations_quote_each_word_they_combine() -> None:
    # No word of the food domain itself: the empty fridge is the situation.
    text = "By Thursday the fridge is empty again."
    found = _domains_with_evidence(text)
    assert "food_material" in found, found
    assert {"fridge", "empty"} <= set(found["food_material"])


def test_a_tie_goes_to_the_domain_with_more_separate_clues() -> None:
    from outreach_desk.core.intake.domain_suggestions import rank_domains
    from outreach_desk.core.intake.evidence import Evidence

    def clue(start: int, weight: float) -> Evidence:
        return Evidence(f"w{start}", "w", start, start + 1, "en", weight)

    found = {"housing": [clue(0, 0.6)], "school": [clue(2, 0.3), clue(4, 0.3)]}
    assert rank_domains(found)[0].domain_id == "school"


def _domains_with_evidence(text: str) -> dict[str, list[str]]:
    found = {}
    for suggestion in suggest_domains(text):
        for item in suggestion.evidence:
            assert text[item.start : item.end] == item.text
        found[suggestion.domain_id] = [item.text for item in suggestion.evidence]
    return found


@pytest.mark.parametrize(
    ("text", "domain_id", "quoted"),
    [
        # Dutch compounds: a known word as the head or the first part of a longer word.
        ("De schoolfactuur is weer gekomen.", "income_debts", "schoolfactuur"),
        ("We hebben een huurachterstand.", "housing", "huurachterstand"),
        ("Ik kreeg een ziekenhuisfactuur.", "income_debts", "ziekenhuisfactuur"),
        # Arabic: stacked clitics and the Darija negation ما...ش.
        ("ما خلصتش الضو", "income_debts", "ما خلصتش"),
        ("ساكنين فبيت وحدة وبالرطوبة", "housing", "وبالرطوبة"),
        ("طردونا من الدار", "housing", "طردونا"),
        # French elisions split the article from the word.
        ("L'huissier est venu pour l'électricité.", "income_debts", "huissier"),
    ],
)
def test_inflected_and_compound_words_find_their_domain_with_exact_quotes(
    text: str, domain_id: str, quoted: str
) -> None:
    found = _domains_with_evidence(text)
    assert domain_id in found, found
    assert quoted in found[domain_id]


def test_compound_parts_need_two_real_words() -> None:
    # "information" must not be read as "in" + "formation" (work and training).
    assert "work_training" not in _domains_with_evidence("J'ai besoin d'information.")
    assert "work_training" not in _domains_with_evidence("I need more information.")


@pytest.mark.parametrize(
    "text",
    [
        "Gisteren heeft hij mij geslagen en hij dreigt de kinderen.",
        "Mon mari me cogne quand il a bu.",
        "Ma fille saigne énormément du nez et ça ne s'arrête pas.",
        "We kunnen nergens slapen, ik weet niet waar we moeten slapen.",
        "Mijn vriendin wil een einde aan alles maken.",
        "كيضربنا كل ليلة",
        # Said indirectly: a reported threat, nowhere to go after being put out,
        # a baby not drinking for hours, a child without food since yesterday.
        "He told me that if I call anyone I will regret it, and he is home at six.",
        "Ze hebben ons buitengezet en we weten niet waarheen.",
        "Le bébé ne boit plus depuis ce matin.",
        "ما كلاو والو من البارح",
        "Mon frère a dit adieu à tout le monde et il ne répond plus.",
    ],
)
def test_everyday_ways_of_saying_an_emergency_are_flagged(text: str) -> None:
    assert analyse_worries(text).urgency.urgent


@pytest.mark.parametrize(
    "text",
    [
        "The landlord is not responding to my e-mails.",
        "Mes papiers ont disparu dans le déménagement.",
        "Je veux en finir avec ces dettes.",
        "The ceiling collapsed last year, now it is repaired.",
        "Aan het eind van de maand is alles op.",
        "The stress is killing me but I am managing.",
        "He said he would kill for a holiday, we laugh about it.",
        "We were put out of the shop today because the kids were loud.",
        "My daughter wants to disappear into her room all day with her phone.",
        "Il y a deux jours, on n'a rien mangé de spécial pour la fête.",
        "Mijn man zei vaarwel tegen zijn moeder en neemt zijn pillen voor zijn hart.",
    ],
)
def test_ambiguous_everyday_phrases_raise_no_alarm(text: str) -> None:
    assert not analyse_worries(text).urgency.urgent


@pytest.mark.parametrize(
    ("name", "caught", "needless"), [("blind9", 5, 1), ("blind10", 8, 1), ("blind11", 3, 2)]
)
def test_held_out_sets_keep_their_first_look_with_the_urgency_prompt(
    name: str, caught: int, needless: int
) -> None:
    # Scored once after the prompt was committed: of the urgent worries the rules missed,
    # 5/8 and 8/10 got a prompt to check; 1/52 ordinary worries each got one needlessly.
    # blind11, scored once after the "told about the past" rule: 3/9, 2/52.
    paths = sorted((WORRIES / name).glob("*.jsonl"))
    if not paths:
        pytest.skip(f"held-out worries not found under {WORRIES / name}")
    outcomes = evaluate(load_worries(paths)).outcomes
    missed = [o for o in outcomes if o.worry.urgent and not o.urgent]
    ordinary = [o for o in outcomes if not o.worry.urgent]
    assert sum(o.prompted for o in missed) >= caught
    assert sum(o.prompted for o in ordinary) <= needless
    assert not any(o.prompted and o.urgent for o in outcomes), "a prompt only when no alarm"
