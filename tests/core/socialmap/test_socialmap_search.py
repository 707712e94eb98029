from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from outreach_desk.core.socialmap import (
    MUNICIPALITIES,
    SearchFilters,
    SocialMap,
    Welcome,
    emergency_services,
    is_stale,
)
from outreach_desk.core.socialmap.model import Access


def first_name(social_map: SocialMap, query: str) -> str:
    hits = social_map.search(query)
    assert hits, f"nothing found for {query!r}"
    return hits[0].service.name.first()


@pytest.mark.parametrize(
    "query",
    [
        "CPAS Schaerbeek",
        "OCMW Schaarbeek",
        "ocmw schaerbeek",
        "cpas schaarbeek",
        "CPAS de Schaerbeek",
    ],
)
def test_the_schaerbeek_ocmw_cpas_comes_first(social_map: SocialMap, query: str) -> None:
    assert first_name(social_map, query) == "OCMW Schaarbeek"


@pytest.mark.parametrize("muni", MUNICIPALITIES, ids=lambda m: m.id)
def test_every_municipality_has_its_ocmw_found_in_both_languages(social_map, muni) -> None:
    assert first_name(social_map, f"OCMW {muni.nl}") == f"OCMW {muni.nl}"
    assert first_name(social_map, f"cpas {muni.fr}") == f"OCMW {muni.nl}"


BOOKLET_NAMES = [
    "Kind en Gezin",
    "ONE",
    "Office de la Naissance et de l'Enfance",
    "agentschap Opgroeien",
    "CAW Brussel",
    "Ketjes BXL",
    "Gezinsondersteuning Ketjes BXL",
    "sociaal verhuurkantoor",
    "agence immobilière sociale",
    "Vrienden van het Huizeke",
    "Le Foyer",
    "Solentra",
    "Huis der Gezinnen",
    "Huis Voyaach",
    "Voyaach",
    "Pigment",
    "KOALA",
    "NASCI",
    "Les AlBelges",
    "LesAlBelges",
    "Mode F",
    "ADIB",
    "FEZA",
    "Begijnhofvrienden",
    "Woningen 123 Logements",
    "Casa Viva",
    "Platform voor Hulp aan de Vluchtelingen",
    "Platform for Help to Refugees",
    "Trierstraat",
    "rue de Trèves",
    "New Samusocial",
    "Rode Kruis",
    "Croix-Rouge",
    "Medikuregem",
    "Stapsteen",
    "Samenlevingsopbouw Brussel",
    "WoonBox",
    "Solidair Mobiel Wonen",
    "Brussels Platform Armoede",
    "Huizen van het Kind",
    "Opvoedingswinkel",
    "inloopteams",
    "Inclusief Brussel",
    "Kenniscentrum WWZ",
    "Observatorium voor Gezondheid en Welzijn",
    "Observatoire de la Santé et du Social",
    "Eerstelijnszone Gent",
    "Sint-Lukas Basisschool",
]


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@pytest.mark.parametrize("name", BOOKLET_NAMES)
def test_every_booklet_organisation_is_found_with_or_without_accents(social_map, name) -> None:
    for query in (name, strip_accents(name).lower(), name.upper()):
        hits = social_map.search(query)
        assert hits, f"{query!r} finds nothing"
        top = hits[0].service
        haystack = strip_accents(
            " ".join([*top.name.values(), *top.organization.name.values(), *top.aliases])
        ).lower()
        first_word = strip_accents(name).lower().replace("'", " ").split()[0]
        assert first_word in haystack, f"{query!r} put {top.name.first()!r} first"


def test_synonyms_work_both_ways(social_map: SocialMap) -> None:
    kind_en_gezin = {h.service.name.first() for h in social_map.search("ONE")}
    assert any("Kind en Gezin" in name for name in kind_en_gezin)
    one = {h.service.name.first() for h in social_map.search("Kind en Gezin")}
    assert any(name.startswith("ONE") for name in one)
    for word in ("papiers", "zonder papieren", "undocumented", "sans papiers"):
        hits = social_map.search(word)
        assert hits and all(h.service.accepts_undocumented for h in hits), word


def test_half_typed_word_already_finds(social_map: SocialMap) -> None:
    assert first_name(social_map, "begijnhofvr").startswith("Begijnhofvrienden")


def test_filters_keep_only_matching_services(social_map: SocialMap) -> None:
    hits = social_map.search("", SearchFilters(undocumented=True, walk_in=True))
    assert len(hits) >= 5
    assert all(h.service.welcomes_undocumented is Welcome.YES for h in hits)
    assert all(h.service.access is Access.WALK_IN for h in hits)
    in_schaerbeek = social_map.search("", SearchFilters(municipality="Schaarbeek"))
    assert all(h.service.serves_municipality("schaerbeek") for h in in_schaerbeek)
    assert "OCMW Schaarbeek" in {h.service.name.first() for h in in_schaerbeek}
    albanian = social_map.search("", SearchFilters(language="sq"))
    assert [h.service.name.first() for h in albanian] == [
        "Les AlBelges – Albanese vrouwenvereniging"
    ]
    housing = social_map.search("", SearchFilters(domains=("housing",)))
    assert housing and all("housing" in h.service.domains for h in housing)


def test_get_returns_the_service_and_unknown_id_is_not_found(social_map: SocialMap) -> None:
    from outreach_desk.core.errors import NotFound

    hit = social_map.search("Solentra")[0]
    assert social_map.get(hit.service.id) == hit.service
    with pytest.raises(NotFound):
        social_map.get("no-such-id")


def test_emergency_numbers_are_available_without_a_map() -> None:
    numbers = {p.number for s in emergency_services() for p in s.phones}
    assert {"112", "101"} <= numbers


def test_no_bundled_record_invents_contact_details(social_map: SocialMap) -> None:
    for service in social_map.services():
        if service.emergency:
            continue
        assert not service.phones, service.name.first()
        assert "phones" in service.needs_verification
        assert service.source


def test_stale_after_twelve_months(social_map: SocialMap) -> None:
    ocmw = social_map.search("OCMW Jette")[0].service
    assert ocmw.last_verified is not None
    assert not is_stale(ocmw, ocmw.last_verified)
    assert is_stale(ocmw, date(ocmw.last_verified.year + 2, 1, 1))


def test_a_name_starting_with_the_query_comes_first(social_map: SocialMap) -> None:
    assert first_name(social_map, "Kind en Gezin").startswith("Kind en Gezin")
    assert first_name(social_map, "ONE").startswith("ONE")


def test_a_damaged_map_file_gives_a_clear_error(tmp_path) -> None:
    from outreach_desk.core.errors import VaultCorrupt
    from outreach_desk.core.socialmap.store import map_file

    path = map_file(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(VaultCorrupt, match="cannot be read"):
        SocialMap.open(tmp_path)


def test_reopening_keeps_imported_records_and_does_not_reseed(tmp_path) -> None:
    from dataclasses import replace

    with SocialMap.open(tmp_path) as first:
        service = first.search("Stapsteen")[0].service
        first.upsert([replace(service, hours="ma-vr")], "import:test")
    with SocialMap.open(tmp_path) as again:
        assert again.get(service.id).hours == "ma-vr"
        assert len(again.services()) == len(first.services())
