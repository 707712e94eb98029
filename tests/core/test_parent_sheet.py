"""The parent's sheet: the parent's language, the typed values as typed, nobody else's data."""

from __future__ import annotations

import pytest

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.help_request import Worker
from outreach_desk.core.parent_sheet import (
    build_parent_sheet,
    format_appointment,
    sheet_languages,
    sheet_plain_text,
    templates,
)
from outreach_desk.core.referrals import Referral, RequestText
from outreach_desk.core.socialmap.model import (
    Access,
    Address,
    Organization,
    Phone,
    Service,
    Text,
    Welcome,
)

SERVICE = Service(
    id="svc",
    organization=Organization("cpas", Text("OCMW", "CPAS", "PCSW")),
    name=Text("OCMW Schaarbeek", "CPAS de Schaerbeek", "PCSW Schaerbeek"),
    domains=("income_debts", "housing"),
    languages=("nl", "fr"),
    access=Access.WALK_IN,
    welcomes_undocumented=Welcome.YES,
    address=Address("Vooruitgangsstraat 1", "1030", "schaerbeek"),
    phones=(Phone("02 000 00 00"),),
    hours="ma-vr 9-12",
    required_documents=("huurcontract",),
)
REFERRAL = Referral(
    "r",
    "f",
    "svc",
    "CPAS de Schaerbeek",
    appointment_at="2026-12-08T14:30",
    request=RequestText(
        context="Yasmine (7) is cold at school; father Karim works nights.",
        documents=("attestation de l'école",),
    ),
)


def test_required_languages_exist_and_unreviewed_ones_are_marked() -> None:
    langs = {code: reviewed for code, _name, reviewed in sheet_languages()}
    assert {"nl", "fr", "en", "ar"} <= set(langs)
    assert langs["nl"] and langs["fr"] and langs["en"]
    assert not langs["ar"] and not langs["es"]


def test_every_language_has_every_sentence_and_domain() -> None:
    data = templates()
    for key, texts in data["sentences"].items():
        assert set(texts) == set(data["languages"]), key
    for domain_id, texts in data["domains"].items():
        assert set(texts) | {"nl", "fr", "en"} == set(data["languages"]), domain_id


def test_arabic_sheet_in_arabic_with_typed_values_as_typed() -> None:
    sheet = build_parent_sheet(REFERRAL, SERVICE, "ar", worker=Worker("Sara", phone="0470"))
    text = sheet_plain_text(sheet)
    assert sheet.title == "خطوتك التالية"
    assert "العنوان: Vooruitgangsstraat 1, 1030 Schaerbeek" in text
    assert "موعدك: 08/12/2026 14:30" in text
    assert "- attestation de l'école" in text and "- huurcontract" in text
    assert "السكن" in text and "يمكنك الذهاب إلى هناك حتى بدون أوراق إقامة." in text
    assert "قد لا يتحدثون لغتك هناك." in text  # the service works in nl/fr only
    assert not sheet.reviewed and sheet.review_notes


def test_dutch_sheet_says_they_speak_the_language_and_has_no_review_note() -> None:
    sheet = build_parent_sheet(REFERRAL, SERVICE, "nl")
    text = sheet_plain_text(sheet)
    assert "Dienst: OCMW Schaarbeek" in text and "Ze spreken er uw taal." in text
    assert sheet.reviewed and not sheet.review_notes


def test_no_other_family_members_data_on_the_sheet() -> None:
    for lang, _name, _reviewed in sheet_languages():
        text = sheet_plain_text(build_parent_sheet(REFERRAL, SERVICE, lang))
        assert "Yasmine" not in text and "Karim" not in text and "cold" not in text


def test_confidential_address_is_never_printed() -> None:
    shelter = Service(
        "s", SERVICE.organization, Text("Opvang", "Refuge", "Shelter"),
        confidential_address=True, address=Address("Geheime straat 9"),
    )  # fmt: skip
    text = sheet_plain_text(build_parent_sheet(REFERRAL, shelter, "fr"))
    assert "Geheime" not in text and "L'adresse est confidentielle." in text


def test_walk_in_without_appointment_shows_hours() -> None:
    from dataclasses import replace

    text = sheet_plain_text(build_parent_sheet(replace(REFERRAL, appointment_at=""), SERVICE, "en"))
    assert "You can go without an appointment." in text and "Opening hours: ma-vr 9-12" in text


def test_unknown_language_lists_the_available_ones() -> None:
    with pytest.raises(ValidationError, match="available: nl, fr, en, ar"):
        build_parent_sheet(REFERRAL, SERVICE, "xx")


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("2026-12-08T14:30", "08/12/2026 14:30"),
        ("2026-12-08", "08/12/2026"),
        ("mardi matin, 9h", "mardi matin, 9h"),
    ],
)
def test_appointment_dates(typed: str, printed: str) -> None:
    assert format_appointment(typed) == printed
