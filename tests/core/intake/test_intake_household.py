"""The intake file format (docs/intake.md): every field optional, every error names its field."""

from __future__ import annotations

from datetime import date

import pytest

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.intake.household import Household, Residence, parse_intake
from outreach_desk.core.intake.pipeline import process_intake
from outreach_desk.core.socialmap.mapfile import bundled_map

ISSUE_EXAMPLE = {
    "worries": "...",
    "household": {
        "residence": "undocumented",
        "languages": ["ar", "fr"],
        "municipality": "Schaerbeek",
        "children": [{"birth_year": 2022}],
        "single_parent": True,
    },
    "domains": ["housing"],
}


def test_the_example_of_the_issue_is_read() -> None:
    request = parse_intake(ISSUE_EXAMPLE)
    assert request.household == Household(
        Residence.UNDOCUMENTED, ("ar", "fr"), "schaerbeek", (2022,), True
    )
    assert request.domains == ("housing",)


def test_every_field_is_optional() -> None:
    request = parse_intake({})
    assert request.worries == ""
    assert request.household == Household()
    assert request.domains is None


@pytest.mark.parametrize("spelling", ["Schaarbeek", "schaerbeek", "SCHAERBEEK"])
def test_municipality_in_dutch_or_french(spelling: str) -> None:
    data = {"household": {"municipality": spelling}}
    assert parse_intake(data).household.municipality == "schaerbeek"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"household": {"residence": "illegal"}}, "household.residence"),
        ({"household": {"languages": "ar"}}, "household.languages"),
        ({"household": {"municipality": "Paris"}}, "household.municipality"),
        ({"household": {"children": [{"age": 3}]}}, "household.children[0].birth_year"),
        ({"household": {"single_parent": "yes"}}, "household.single_parent"),
        ({"domains": ["housing", "money"]}, "domains"),
        ({"worries": 42}, "worries"),
        ([], "(file)"),
    ],
)
def test_errors_name_the_file_and_field(data: object, field: str) -> None:
    with pytest.raises(ValidationError) as error:
        parse_intake(data, "family.json")
    assert "family.json" in str(error.value)
    assert repr(field) in str(error.value)


def test_domains_are_inferred_when_absent_and_kept_when_given() -> None:
    services = bundled_map().services
    today = date(2026, 11, 27)
    inferred = process_intake(
        parse_intake({"worries": "Le proprio ne répare rien."}), services, today=today
    )
    assert [d.domain_id for d in inferred.domains] == ["housing"]
    assert inferred.to_dict()["domains"][0]["source"] == "suggested"
    given = process_intake(
        parse_intake({"worries": "Le proprio ne répare rien.", "domains": ["school", "housing"]}),
        services,
        today=today,
    )
    assert [d.domain_id for d in given.domains] == ["school", "housing"]
    assert given.domains[0].evidence == ()
    assert given.domains[1].evidence[0].text == "proprio"
    assert given.to_dict()["domains"][0]["source"] == "worker"


def test_an_urgent_worry_brings_the_emergency_lines_first() -> None:
    result = process_intake(
        parse_intake({"worries": "Mon mari me frappe."}), bundled_map().services
    )
    data = result.to_dict()
    assert data["urgent"] is True
    assert data["urgency_reasons"][0]["signal"] == "domestic_violence"
    assert data["suggestions"][0]["role"] == "emergency"


def test_first_steps_point_to_the_services_on_the_map_that_carry_them_out() -> None:
    services = bundled_map().services
    result = process_intake(parse_intake({"worries": "On sera à la rue ce soir."}), services)
    data = result.to_dict()
    steps = {step["id"]: step for step in data["first_steps"]}
    names = {s.id: s.name.first() for s in services}
    assert "Samusocial" in names[steps["samusocial"]["services"][0]]
    assert "Trierstraat" in names[steps["emergency_shelter"]["services"][0]]
    assert "Samusocial" in data["suggestions"][0]["name"]["nl"]
    assert data["suggestions"][0]["reasons"][0]["code"] == "first_step"
    violence = process_intake(parse_intake({"worries": "Il me frappe."}), services).to_dict()
    first_two = {s["name"]["nl"][:4] for s in violence["suggestions"][:2]}
    assert first_two == {"101 ", "1712"}
