"""Whatever a worker pastes (nothing, a whole letter, emoji, three scripts), the
analysis answers quickly and its evidence points at real text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.intake import WorryAnalysis, analyse_worries
from outreach_desk.core.intake.domain_suggestions import MAX_EVIDENCE_PER_DOMAIN


def _assert_consistent(text: str, analysis: WorryAnalysis) -> None:
    assert all(s.domain_id in DOMAIN_IDS for s in analysis.domains)
    for suggestion in analysis.domains:
        assert suggestion.evidence
        for item in suggestion.evidence:
            assert 0 <= item.start < item.end <= len(text)
            assert text[item.start : item.end] == item.text
    assert analysis.urgency.urgent == bool(analysis.urgency.reasons)


def test_empty_and_blank_worries_give_an_empty_answer() -> None:
    for text in ["", "   ", "\n\t", "...", "?!"]:
        analysis = analyse_worries(text)
        assert analysis.domains == ()
        assert not analysis.urgency.urgent


def test_a_100_kb_worry_is_analysed_with_bounded_evidence() -> None:
    chunk = "De huurbaas doet niets aan de schimmel en we hebben schulden bij de deurwaarder. "
    text = chunk * (100_000 // len(chunk) + 1)
    assert len(text) >= 100_000
    analysis = analyse_worries(text)
    assert set(analysis.domain_ids[:2]) == {"housing", "income_debts"}
    assert all(len(s.evidence) <= MAX_EVIDENCE_PER_DOMAIN for s in analysis.domains)
    # Repetition adds a little, it does not run away.
    assert analysis.domains[0].confidence < 1.0
    _assert_consistent(text, analysis)


def test_mixed_scripts_in_one_worry_find_each_language() -> None:
    text = "Le proprio veut nous expulser. ما عنديش الأوراق. Mijn zoon wordt gepest op school."
    analysis = analyse_worries(text)
    assert {"housing", "legal_residence", "school"} <= set(analysis.domain_ids)
    _assert_consistent(text, analysis)


def test_emoji_laden_worry_still_reads_the_words() -> None:
    text = "😭😭 pas de chauffage 🥶🥶 et le loyer 💸💸 trop cher!!! 🙏🏽👨‍👩‍👧"
    analysis = analyse_worries(text)
    assert analysis.domain_ids[0] == "housing"
    assert {e.text for e in analysis.domains[0].evidence} >= {"pas de chauffage", "loyer"}
    _assert_consistent(text, analysis)


def test_arabic_with_vowel_marks_and_tatweel_matches() -> None:
    text = "مَا عِنْدِيشْ الأَوْرَاقْ وَالكـــراء غالي"
    analysis = analyse_worries(text)
    assert {"legal_residence", "housing"} <= set(analysis.domain_ids)
    _assert_consistent(text, analysis)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_consistent_answer(text: str) -> None:
    _assert_consistent(text, analyse_worries(text))


WORDS = st.sampled_from(
    [
        "huurbaas",
        "schimmel",
        "geen",
        "papieren",
        "me",
        "frappe",
        "ce",
        "soir",
        "la",
        "rue",
        "الأوراق",
        "كيضربني",
        "😭",
        "CPAS",
        "tonight",
        "street",
        "not",
        "baby",
        "ziek",
        ".",
        ",",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join))
def test_sentences_of_lexicon_words_give_a_consistent_answer(text: str) -> None:
    _assert_consistent(text, analyse_worries(text))
