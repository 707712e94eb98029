"""Life-domain suggestion: the right domain, and the parent's own words as evidence."""

from __future__ import annotations

import pytest

from outreach_desk.core.domains import DOMAIN_IDS
from outreach_desk.core.intake import analyse_worries, suggest_domains

# Everyday and Brussels words from the issue and the booklet, each alone in a sentence.
EVERYDAY_WORDS = [
    ("We hebben geen papieren.", "legal_residence"),
    ("Nous sommes sans papiers.", "legal_residence"),
    ("Nous sommes sans-papiers depuis 2019.", "legal_residence"),
    ("Het CPAS zegt nee.", "income_debts"),
    ("Ik ga morgen naar het OCMW.", "income_debts"),
    ("Mijn huurbaas antwoordt niet.", "housing"),
    ("Le proprio ne répond pas.", "housing"),
    ("De mutualiteit betaalt niet terug.", "health"),
    ("La mutuelle ne rembourse pas.", "health"),
    ("Il n'y a pas de chauffage.", "housing"),
    ("Ik slaap bij vrienden.", "housing"),
    ("Mijn leefloon is te laag.", "income_debts"),
    ("Een huisjesmelker vraagt 900 euro.", "housing"),
    ("Er zit schimmel in de kamer.", "housing"),
    ("On a reçu une lettre d'expulsion.", "housing"),
    ("Le loyer a encore augmenté.", "housing"),
    ("الكراء غالي بزاف", "housing"),
    ("ما عنديش الأوراق", "legal_residence"),
    ("ما عنديش الكاغط", "legal_residence"),
    ("المدرسة بعيدة", "school"),
    ("بغيت نمشي عند الطبيب", "health"),
    ("ma3ndich lwra9", "legal_residence"),
]


@pytest.mark.parametrize(("text", "domain_id"), EVERYDAY_WORDS)
def test_everyday_and_brussels_words_point_to_their_domain(text: str, domain_id: str) -> None:
    assert domain_id in [s.domain_id for s in suggest_domains(text)]


def test_evidence_quotes_the_parent_verbatim_with_its_position() -> None:
    text = "Onze HUURBAAS wil niets doen aan de Schimmel. We hebben geen papieren."
    by_id = {s.domain_id: s for s in suggest_domains(text)}
    housing = by_id["housing"]
    assert {e.text for e in housing.evidence} == {"HUURBAAS", "Schimmel"}
    for item in housing.evidence:
        assert text[item.start : item.end] == item.text
    assert [e.text for e in by_id["legal_residence"].evidence] == ["geen papieren"]


def test_longer_phrase_counts_once_not_twice() -> None:
    (legal,) = [s for s in suggest_domains("geen papieren") if s.domain_id == "legal_residence"]
    assert len(legal.evidence) == 1


def test_domains_are_ranked_by_strength_with_confidence() -> None:
    text = (
        "Le proprio veut nous expulser, le loyer est trop cher et il y a de la moisissure. "
        "Et j'ai un peu de stress."
    )
    suggestions = suggest_domains(text)
    assert suggestions[0].domain_id == "housing"
    assert suggestions[0].confidence > 0.6
    assert all(0 < s.confidence < 1 for s in suggestions)
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)


def test_a_worry_without_clues_suggests_nothing() -> None:
    assert suggest_domains("Bonjour, merci beaucoup, à demain.") == []


def test_suggestions_use_only_known_domain_ids_and_respect_the_limit() -> None:
    text = (
        "geen papieren, huurbaas, schulden, honger, dokter, depressie, baby, school, "
        "geweld, eenzaam, werk zoeken, formulier"
    )
    suggestions = suggest_domains(text, limit=3)
    assert len(suggestions) == 3
    assert all(s.domain_id in DOMAIN_IDS for s in analyse_worries(text, limit=12).domains)
    assert len(analyse_worries(text, limit=12).domains) == 12


def test_urgency_evidence_also_supports_its_domain() -> None:
    analysis = analyse_worries("We sleep on the street tonight.")
    assert analysis.domain_ids[0] == "housing"
    assert any(e.source.startswith("urgency:") for e in analysis.domains[0].evidence)


def test_to_dict_has_the_cli_shape() -> None:
    data = analyse_worries("Mon mari me frappe.").to_dict()
    assert data["urgent"] is True
    assert data["domains"][0]["id"] == "violence_safety"
    assert {"phrase", "text", "start", "end", "language"} <= set(data["domains"][0]["evidence"][0])
