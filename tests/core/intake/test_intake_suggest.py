"""Ranked services: the regular service that holds the right first, informal
initiatives as the bridge towards it, every reason and blocker spelled out."""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date
from typing import Any

from outreach_desk.core.intake.household import Household, Residence
from outreach_desk.core.intake.suggest import Role, suggest_services
from outreach_desk.core.intake.suggest_notes import Note
from outreach_desk.core.socialmap import (
    Access,
    Formality,
    Interpretation,
    Organization,
    Service,
    Text,
    WaitingList,
    Welcome,
)
from outreach_desk.core.socialmap.mapfile import bundled_map

TODAY = date(2026, 11, 27)
ORG = Organization("org-1", Text(nl="Organisatie", fr="Organisation"))
UNDOCUMENTED_AR = Household(Residence.UNDOCUMENTED, ("ar", "fr"), "schaerbeek", (2022,), True)


def service(service_id: str, **fields: Any) -> Service:
    defaults: dict[str, Any] = {"domains": ("housing",), "last_verified": TODAY}
    return Service(id=service_id, organization=ORG, name=Text(nl=service_id), **(defaults | fields))


def codes(notes: Iterable[Note]) -> list[str]:
    return [note.code for note in notes]


def test_regular_service_comes_first_and_names_its_informal_bridge() -> None:
    regular = service("cpas", formality=Formality.FORMAL, welcomes_undocumented=Welcome.CONDITIONS)
    bridge = service(
        "citizens",
        formality=Formality.INFORMAL,
        domains=("administration_language",),
        welcomes_undocumented=Welcome.YES,
        access=Access.WALK_IN,
    )
    result = suggest_services([bridge, regular], ["housing"], UNDOCUMENTED_AR, today=TODAY, limit=1)
    assert [s.service.id for s in result] == ["cpas", "citizens"]
    assert result[0].role is Role.HOLDS_THE_RIGHT
    assert result[0].accompanied_by == ("citizens",)
    assert "can_accompany" in codes(result[1].reasons)
    assert "holds_the_right" in codes(result[0].reasons)


def test_families_without_papers_see_who_welcomes_them_and_who_requires_residence() -> None:
    welcoming = service("open", welcomes_undocumented=Welcome.YES)
    closed = service("closed", welcomes_undocumented=Welcome.NO)
    unknown = service("unknown")
    result = suggest_services(
        [closed, unknown, welcoming], ["housing"], UNDOCUMENTED_AR, today=TODAY
    )
    assert [s.service.id for s in result] == ["open", "unknown", "closed"]
    assert result[0].reasons[0].text("en") == "welcomes families without papers"
    assert codes(result[1].blockers) == ["undocumented_unknown"]
    assert result[2].blockers[0].text("en") == "requires legal residence"
    assert result[2].blocked
    regular = suggest_services([closed], ["housing"], Household(Residence.REGULAR), today=TODAY)
    assert regular[0].blockers == () and not regular[0].blocked


def test_language_reasons_and_blockers_are_readable_in_three_languages() -> None:
    arabic = service("arabic", languages=("ar", "nl"))
    interpreters = service("interp", languages=("nl",), interpretation=Interpretation.YES)
    dutch_french = service("nlfr", languages=("nl", "fr"))
    family = Household(languages=("ar",))
    by_id = {
        s.service.id: s
        for s in suggest_services(
            [arabic, interpreters, dutch_french], ["housing"], family, today=TODAY
        )
    }
    speaks = by_id["arabic"].reasons[0]
    assert (speaks.text("nl"), speaks.text("fr"), speaks.text("en")) == (
        "spreekt Arabisch",
        "parle arabe",
        "speaks Arabic",
    )
    assert codes(by_id["interp"].reasons) == ["interpreters"]
    assert by_id["nlfr"].blockers[0].text("en") == "Dutch or French only"
    assert by_id["nlfr"].blockers[0].text("fr") == "uniquement en néerlandais ou français"
    assert [
        s.service.id
        for s in suggest_services(
            [dutch_french, interpreters, arabic], ["housing"], family, today=TODAY
        )
    ] == ["arabic", "interp", "nlfr"]


def test_place_access_waiting_list_and_confidential_address() -> None:
    local = service("local", municipalities=("schaerbeek",), access=Access.WALK_IN)
    elsewhere = service("elsewhere", municipalities=("uccle",), waiting_list=WaitingList.MONTHS)
    shelter = service("shelter", region_wide=True, confidential_address=True)
    family = Household(municipality="schaerbeek")
    by_id = {
        s.service.id: s
        for s in suggest_services([local, elsewhere, shelter], ["housing"], family, today=TODAY)
    }
    assert [n.text("en") for n in by_id["local"].reasons] == [
        "in Schaarbeek / Schaerbeek",
        "walk-in, no appointment needed",
    ]
    assert by_id["local"].reasons[0].text("fr") == "à Schaerbeek"
    assert {n.text("en") for n in by_id["elsewhere"].blockers} == {
        "only for Ukkel / Uccle",
        "waiting list of months",
    }
    assert by_id["elsewhere"].blocked
    assert "confidential address: contact by phone" in [
        n.text("en") for n in by_id["shelter"].blockers
    ]


def test_emergency_lines_only_for_urgent_intakes_and_then_first() -> None:
    line = service("112", emergency=True, domains=("violence_safety",), access=Access.PHONE)
    help_ = service("caw", domains=("violence_safety",), formality=Formality.FORMAL)
    calm = suggest_services([line, help_], ["violence_safety"], today=TODAY)
    assert [s.service.id for s in calm] == ["caw"]
    urgent = suggest_services([help_, line], ["violence_safety"], urgent=True, today=TODAY)
    assert [s.service.id for s in urgent] == ["112", "caw"]
    assert urgent[0].role is Role.EMERGENCY


def test_young_children_and_domain_order_count() -> None:
    parenting = service("kg", domains=("parenting_early_childhood",))
    school = service("school", domains=("school",))
    family = Household(children_birth_years=(2023,))
    result = suggest_services(
        [school, parenting], ["school", "parenting_early_childhood"], family, today=TODAY
    )
    assert result[0].service.id == "school"  # the worker's first domain weighs most
    assert "young_children" in codes(result[1].reasons)
    older = suggest_services(
        [parenting],
        ["parenting_early_childhood"],
        Household(children_birth_years=(2012,)),
        today=TODAY,
    )
    assert "young_children" not in codes(older[0].reasons)


def test_unrelated_and_inactive_services_are_left_out() -> None:
    other = service("food", domains=("food_material",))
    closed = service("gone", status="inactive")
    assert suggest_services([other, closed], ["housing"], today=TODAY) == []
    assert suggest_services([other], [], today=TODAY) == []


def test_ranking_is_deterministic_whatever_the_map_order() -> None:
    services = list(bundled_map().services)
    first = suggest_services(services, ["health", "housing"], UNDOCUMENTED_AR, today=TODAY)
    random.Random(4).shuffle(services)
    again = suggest_services(services, ["health", "housing"], UNDOCUMENTED_AR, today=TODAY)
    assert [s.to_dict() for s in first] == [s.to_dict() for s in again]


def test_bundled_map_sends_a_family_in_schaerbeek_to_its_own_ocmw() -> None:
    result = suggest_services(
        bundled_map().services, ["income_debts"], UNDOCUMENTED_AR, today=TODAY
    )
    regular = [s for s in result if s.role is Role.HOLDS_THE_RIGHT]
    assert "Schaarbeek" in regular[0].service.name.first()
    assert regular[0].accompanied_by, "an informal initiative should accompany the family"
    shown = {s.service.id for s in result}
    assert set(regular[0].accompanied_by) <= shown
    other_ocmw = [s for s in result if "OCMW" in s.service.name.first() and s is not regular[0]]
    assert all(s.blocked for s in other_ocmw)


def test_fast_ranking_pass_agrees_with_the_explained_scores() -> None:
    households = [
        UNDOCUMENTED_AR,
        Household(Residence.REGULAR, ("nl",), "molenbeek", (2015,), False),
        Household(Residence.ASYLUM, ("sq",)),
        Household(),
    ]
    domains = ["housing", "health", "parenting_early_childhood", "social_leisure"]
    for household in households:
        result = suggest_services(bundled_map().services, domains, household, today=TODAY, limit=15)
        shown = [s.score for s in result[:15]]
        assert shown == sorted(shown, reverse=True), household
