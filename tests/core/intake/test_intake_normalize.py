"""Words must compare equal however a parent typed them."""

from __future__ import annotations

import pytest

from outreach_desk.core.intake.normalize import normalize_word, tokenize


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("École", "ecole"),
        ("CPAS", "cpas"),
        ("propriétaire", "proprietaire"),
        ("cœur", "coeur"),
        ("الأوراق", "الاوراق"),
        ("الإقامة", "الاقامه"),
        ("مُسْتَشْفَى", "مستشفي"),
        ("الســــكن", "السكن"),
    ],
)
def test_normalize_word_folds_case_accents_and_arabic_spelling(typed: str, expected: str) -> None:
    assert normalize_word(typed) == expected


def test_tokens_keep_their_place_in_the_original_text() -> None:
    text = "Le proprio 😡 m'a dit: « sans-papiers »!"
    tokens = tokenize(text)
    assert [text[t.start : t.end] for t in tokens] == [
        "Le",
        "proprio",
        "m",
        "a",
        "dit",
        "sans",
        "papiers",
    ]


def test_arabic_clitics_and_plurals_give_the_bare_word_as_variant() -> None:
    (token,) = tokenize("والأوراق")
    assert "اوراق" in token.variants
    (verb,) = tokenize("يطردونا")
    assert any(v.startswith("طرد") for v in verb.variants)


def test_latin_plurals_give_the_singular_as_variant() -> None:
    (token,) = tokenize("factures")
    assert "facture" in token.variants
