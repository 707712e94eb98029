from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.glossary import (
    REQUIRED_LANGUAGES,
    Glossary,
    GlossaryInvalid,
    bundled_glossary,
    normalize,
)


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return bundled_glossary()


@pytest.fixture
def raw() -> dict[str, Any]:
    return json.loads(
        (Path(__file__).resolve().parents[2] / "resources/glossary/glossary.json").read_text(
            encoding="utf-8"
        )
    )


def _top(glossary: Glossary, query: str, lang: str | None = None) -> str:
    hits = glossary.search(query, lang=lang)
    assert hits, f"nothing found for {query!r}"
    return hits[0].entry.id


def test_bundled_glossary_has_at_least_80_complete_entries(glossary: Glossary) -> None:
    assert len(glossary) >= 80
    for entry in glossary.entries:
        for lang in REQUIRED_LANGUAGES:
            assert entry.term(lang), (entry.id, lang)
            assert entry.explanation(lang), (entry.id, lang)
        assert entry.domain in DOMAIN_IDS


def test_every_life_domain_has_glossary_terms(glossary: Glossary) -> None:
    assert {entry.domain for entry in glossary.entries} == set(DOMAIN_IDS)


def test_arabic_and_other_languages_wait_for_a_native_speaker(glossary: Glossary) -> None:
    for entry in glossary.entries:
        for lang in entry.terms:
            if lang not in ("nl", "fr", "en"):
                assert entry.review[lang] == "needs_review", (entry.id, lang)


def test_arabic_terms_are_written_in_arabic_script(glossary: Glossary) -> None:
    for entry in glossary.entries:
        arabic = entry.terms["ar"] + entry.explanations["ar"]
        assert any("\u0600" <= ch <= "\u06ff" for ch in arabic), entry.id


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("CPAS", "ocmw_cpas"),
        ("ocmw", "ocmw_cpas"),
        ("aide medicale", "urgent_medical_aid"),
        ("AIDE MÉDICALE URGENTE", "urgent_medical_aid"),
        ("dringende medische hulp", "urgent_medical_aid"),
        ("leefloon", "leefloon"),
        ("revenu d'integration", "leefloon"),
        ("huurwaarborg", "rental_deposit"),
        ("garantie locative", "rental_deposit"),
        ("domiciliering", "domiciliation"),
        ("Famiris", "famiris"),
        ("schooltoelage", "school_allowance"),
        ("mutualite", "health_insurance_fund"),
        ("Kind en Gezin", "kind_en_gezin_one"),
        ("avocat pro deo", "pro_deo_lawyer"),
        ("regularisatie", "regularisation"),
        ("Fedasil", "fedasil"),
        ("opvangcentrum", "reception_centre"),
        ("SVK", "svk_ais"),
        ("sociale woning", "social_housing"),
        ("medische kaart", "medical_card"),
    ],
)
def test_search_finds_the_right_entry(glossary: Glossary, query: str, expected: str) -> None:
    assert _top(glossary, query) == expected


@pytest.mark.parametrize(
    "query",
    ["المساعدة الطبية العاجلة", "مساعده طبيه", "المساعدة الطبيّة", "مساعدة طبية عاجلة"],
)
def test_arabic_search_forgives_spelling_variants(glossary: Glossary, query: str) -> None:
    assert _top(glossary, query, lang="ar") == "urgent_medical_aid"


def test_search_in_one_language_reports_that_language(glossary: Glossary) -> None:
    hits = glossary.search("CPAS", lang="fr")
    assert hits[0].entry.id == "ocmw_cpas"
    assert all(hit.lang == "fr" for hit in hits)


def test_search_limited_to_a_language_ignores_other_languages(glossary: Glossary) -> None:
    assert [hit.entry.id for hit in glossary.search("huurwaarborg", lang="fr")] == []


def test_term_matches_rank_above_explanation_matches(glossary: Glossary) -> None:
    hits = glossary.search("OCMW")
    first_explanation_hit = next(i for i, hit in enumerate(hits) if hit.score == 10)
    assert all(hit.score > 10 for hit in hits[:first_explanation_hit])
    assert hits[0].entry.id == "ocmw_cpas"


def test_short_queries_do_not_match_inside_words(glossary: Glossary) -> None:
    ids = [hit.entry.id for hit in glossary.search("one")]
    assert ids[0] == "kind_en_gezin_one"
    assert "disability_allowance" not in ids  # "personen" contains "one"


def test_empty_query_finds_nothing(glossary: Glossary) -> None:
    assert glossary.search("  ,. ") == []


def test_unknown_language_is_not_found(glossary: Glossary) -> None:
    with pytest.raises(NotFound, match="no language 'xx'"):
        glossary.search("CPAS", lang="xx")


def test_get_unknown_entry_is_not_found(glossary: Glossary) -> None:
    with pytest.raises(NotFound):
        glossary.get("nope")


def test_terms_for_domains_mixes_domains_and_keeps_complete_entries(glossary: Glossary) -> None:
    picked = glossary.terms_for_domains(
        ["housing", "health"], langs=["fr", "ar"], limit=6, always=["interpreter"]
    )
    assert picked[0].id == "interpreter"
    assert {entry.domain for entry in picked[1:]} == {"housing", "health"}
    assert len(picked) == 6
    assert len({entry.id for entry in picked}) == 6


def test_terms_for_domains_skips_entries_missing_a_language(glossary: Glossary) -> None:
    picked = glossary.terms_for_domains(list(DOMAIN_IDS), langs=["prs"], limit=500)
    assert picked
    assert all(entry.term("prs") for entry in picked)
    assert len(picked) < len(glossary)


def test_terms_for_unknown_domain_is_refused(glossary: Glossary) -> None:
    with pytest.raises(ValidationError, match="unknown life domain"):
        glossary.terms_for_domains(["moon"])


def test_coverage_counts_terms_and_reviews(glossary: Glossary) -> None:
    coverage = glossary.coverage()
    assert coverage["nl"]["terms"] == len(glossary)
    assert coverage["ar"]["terms"] == len(glossary)
    assert coverage["ar"]["reviewed"] == 0
    assert 0 < coverage["nl"]["reviewed"] <= len(glossary)


# --- validation ----------------------------------------------------------------------------


def test_missing_arabic_term_names_entry_and_field(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    del broken["entries"][3]["terms"]["ar"]
    entry_id = broken["entries"][3]["id"]
    with pytest.raises(GlossaryInvalid, match=rf"entry '{entry_id}'\.terms\.ar: missing"):
        Glossary.from_dict(broken, "g.json")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["entries"][0].update(domain="moon"), r"\.domain: must be one of"),
        (lambda d: d["entries"][0]["review"].update(nl="ok"), r"review\.nl: must be"),
        (lambda d: d["entries"][0]["terms"].update(xx="?"), r"terms\.xx: language not declared"),
        (lambda d: d["entries"][0]["terms"].update(nl="  "), r"terms\.nl: must be non-empty"),
        (lambda d: d["entries"][1].update(id=d["entries"][0]["id"]), "used twice"),
        (lambda d: d["entries"][0].update(id="Bad Id"), r"entries\[0\]\.id"),
        (lambda d: d.update(version=99), "version"),
        (lambda d: d.update(format="other"), "format"),
    ],
)
def test_invalid_glossary_is_refused_with_a_clear_message(
    raw: dict[str, Any], mutate: Any, message: str
) -> None:
    broken = copy.deepcopy(raw)
    mutate(broken)
    with pytest.raises(GlossaryInvalid, match=message):
        Glossary.from_dict(broken, "g.json")


def test_term_without_review_status_is_refused(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    del broken["entries"][0]["review"]["ar"]
    with pytest.raises(GlossaryInvalid, match=r"review\.ar"):
        Glossary.from_dict(broken, "g.json")


def test_broken_json_file_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text('{"format":\n  oops}', encoding="utf-8")
    with pytest.raises(GlossaryInvalid, match=r"g\.json: line 2"):
        Glossary.load(path)


# --- normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aide Médicale", "aide medicale"),
        ("domiciliëring", "domiciliering"),
        ("l'état des lieux", "l etat des lieux"),
        ("أحمد", "احمد"),
        ("إقامة", "اقامه"),
        ("مُسَاعَدَة", "مساعده"),
        ("ـمـسـاعـدة", "مساعده"),
        ("ی ک", "ي ك"),
    ],
)
def test_normalize_folds_what_people_type_differently(text: str, expected: str) -> None:
    assert normalize(text) == expected


@given(st.text())
def test_normalize_is_idempotent_and_lowercase(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert once == once.casefold()
    assert "  " not in once and once == once.strip()


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_search_never_crashes_on_any_input(text: str) -> None:
    bundled_glossary().search(text)
