"""The help request: the consent gate first, then a request an agency can act on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_desk.core.casefile import Member
from outreach_desk.core.consent import Recipient
from outreach_desk.core.errors import ConsentMissing, ValidationError
from outreach_desk.core.help_request import (
    MAX_QUOTE_CHARS,
    HelpRequestConsentMissing,
    RequestInputs,
    Worker,
    build_help_request,
    inputs_for,
    plain_text,
    shorten,
)
from outreach_desk.core.referrals import Intake, Referral, RequestText
from outreach_desk.core.session import Session
from outreach_desk.core.socialmap.model import (
    Access,
    Address,
    Organization,
    Phone,
    Service,
    Text,
    Welcome,
)

TODAY = date(2026, 11, 27)
WORKER = Worker("Sara Janssens", "Schoolpoort Schaerbeek", "0470 12 34 56", "sara@example.org")
SERVICE = Service(
    id="svc-cpas-schaerbeek",
    organization=Organization("cpas", Text("OCMW", "CPAS", "PCSW")),
    name=Text("OCMW Schaarbeek", "CPAS de Schaerbeek", "PCSW Schaerbeek"),
    domains=("income_debts", "housing"),
    languages=("nl", "fr"),
    access=Access.WALK_IN,
    welcomes_undocumented=Welcome.CONDITIONS,
    address=Address("Vooruitgangsstraat 1", "1030", "schaerbeek"),
    phones=(Phone("02 000 00 00"),),
    hours="ma-vr 9-12",
    required_documents=("identiteitskaart of paspoort",),
)


class _Map:
    def get(self, service_id: str) -> Service:
        assert service_id == SERVICE.id
        return SERVICE


@pytest.fixture
def case(session: Session):
    """A family with two named children, an intake and a draft referral for French."""
    family = session.families.add(
        "Famille A",
        members=(
            Member("p1", "parent", "Fatima Benali", 1990),
            Member("c1", "child", "Yasmine", 2019),
            Member("c2", "child", "Adam", 2025),
        ),
        languages=("ar", "fr"),
        municipality="Schaerbeek",
        residence="undocumented",
    )
    intake = session.intakes.save(
        Intake(
            "",
            family.id,
            worries="Le propriétaire veut nous mettre dehors, pas de chauffage.",
            summary="Expulsion annoncée pour fin décembre; logement sans chauffage.",
            domains=("housing",),
            mechanisms=("not_asking", "no_access"),
            child_notes={"c1": "Elle arrive fatiguée à l'école et a souvent froid."},
        )
    )
    referral = session.referrals.save(
        Referral(
            "",
            family.id,
            SERVICE.id,
            "CPAS de Schaerbeek",
            agency_language="fr",
            intake_id=intake.id,
            domains=("housing",),
        )
    )
    return family, intake, referral


def _consent(session: Session, family_id: str, topics: list[str], recipient: str = SERVICE.id):
    return session.consents.record(
        family_id,
        topics=topics,
        recipients=[Recipient("service", recipient, "CPAS")],
        how="verbal",
        given_on="2026-11-20",
    )


def _request(session: Session, referral_id: str, **kwargs):
    inputs = inputs_for(session, referral_id, _Map(), worker=WORKER, today=TODAY)
    return build_help_request(inputs, **kwargs)


def test_without_consent_nothing_is_composed_and_the_message_says_what_to_record(
    session: Session, case
) -> None:
    family, _, referral = case
    with pytest.raises(HelpRequestConsentMissing) as raised:
        _request(session, referral.id)
    message = str(raised.value)
    assert "CPAS de Schaerbeek" in message and SERVICE.id in message
    assert "housing" in message and "consent add" in message and family.id in message
    assert raised.value.missing_topics == ("housing",)
    assert isinstance(raised.value, ConsentMissing)


def test_consent_for_another_agency_does_not_open_the_gate(session: Session, case) -> None:
    family, _, referral = case
    _consent(session, family.id, ["housing"], recipient="another-service")
    with pytest.raises(ConsentMissing, match="names CPAS de Schaerbeek"):
        _request(session, referral.id)


def test_consent_missing_a_topic_names_that_topic(session: Session, case) -> None:
    family, _, referral = case
    session.referrals.save(replace(referral, domains=("housing", "school")))
    _consent(session, family.id, ["housing"])
    with pytest.raises(HelpRequestConsentMissing) as raised:
        _request(session, referral.id)
    assert raised.value.missing_topics == ("school",)
    assert "does not cover: school" in str(raised.value)


def test_withdrawn_consent_closes_the_gate_again(session: Session, case) -> None:
    family, _, referral = case
    consent = _consent(session, family.id, ["housing"])
    _request(session, referral.id)
    session.consents.withdraw(consent.id)
    with pytest.raises(ConsentMissing):
        _request(session, referral.id)


def test_french_request_has_every_section_and_no_child_names(session: Session, case) -> None:
    family, _, referral = case
    _consent(session, family.id, ["housing"])
    request = _request(session, referral.id)
    text = plain_text(request)
    assert request.title == "Demande d'aide adressée à CPAS de Schaerbeek"
    assert "Pouvez-vous aider cette famille pour : logement ?" in text
    assert "La famille a 2 enfants (7 ans, 1 an)." in text
    assert "Enfant (7 ans) : Elle arrive fatiguée" in text
    assert "La famille n'avait pas encore demandé d'aide." in text
    assert "Pas d'urgence immédiate" in text
    assert (
        "Le parent a donné le 20/11/2026 son accord oral pour partager avec vous : logement."
        in text
    )
    assert "Sara Janssens, Schoolpoort Schaerbeek, 0470 12 34 56" in text
    assert "- identiteitskaart of paspoort" in text
    assert "Expulsion annoncée" in text  # the worker's summary
    for name in ("Yasmine", "Adam", "Fatima", "Benali"):
        assert name not in text
    # The residence status was not agreed to be shared.
    assert "titre de séjour" not in text and "séjour" not in text


def test_residence_is_told_only_when_agreed(session: Session, case) -> None:
    family, _, referral = case
    _consent(session, family.id, ["housing", "legal_residence"])
    text = plain_text(_request(session, referral.id))
    assert "La famille n'a pas (encore) de titre de séjour." in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "Kunt u dit gezin helpen op het vlak van wonen?"),
        ("en", "Can you help this family with housing?"),
    ],
)
def test_dutch_and_english_requests(session: Session, case, lang: str, expected: str) -> None:
    family, _, referral = case
    session.referrals.save(replace(referral, agency_language=lang))
    _consent(session, family.id, ["*"])
    text = plain_text(_request(session, referral.id))
    assert expected in text
    assert ("Het gezin spreekt Arabisch en Frans." if lang == "nl" else "Arabic and French") in text


def test_a_request_in_another_language_is_refused(session: Session, case) -> None:
    family, _, referral = case
    session.referrals.save(replace(referral, agency_language="ar"))
    _consent(session, family.id, ["housing"])
    with pytest.raises(ValidationError, match="nl, fr, en"):
        _request(session, referral.id)


def test_the_workers_edited_text_is_used_and_fresh_starts_again(session: Session, case) -> None:
    family, _, referral = case
    _consent(session, family.id, ["housing"])
    edited = RequestText(question="Une aide au relogement ?", context="Texte revu.", contact="Sara")
    session.referrals.save(replace(referral, request=edited))
    assert _request(session, referral.id).text.context == "Texte revu."
    assert "Texte revu." not in _request(session, referral.id, fresh=True).text.context


def test_earlier_referrals_and_urgency_are_told(session: Session, case) -> None:
    family, intake, referral = case
    earlier = session.referrals.save(
        Referral("", family.id, "x", "AIS Quartiers", domains=("housing",), status="sent")
    )
    session.referrals.set_status(earlier.id, "refused", barrier="residence_status")
    session.intakes.save(replace(intake, urgent=True, urgency_reasons=("no_shelter_tonight",)))
    _consent(session, family.id, ["housing"])
    text = plain_text(_request(session, referral.id))
    assert "Demande déjà faite auprès de AIS Quartiers : refusée (statut de séjour)." in text
    assert "Urgent : pas d'hébergement cette nuit." in text


def _inputs_with_worries(worries: str) -> RequestInputs:
    intake = Intake("i", "f", worries=worries, domains=("housing",))
    referral = Referral("r", "f", SERVICE.id, "CPAS", intake_id="i", domains=("housing",))
    from outreach_desk.core.casefile import Family
    from outreach_desk.core.consent import Consent

    consent = Consent(
        "c", "f", ("housing",), (Recipient("service", SERVICE.id, "CPAS"),), "2026-11-01", "written"
    )
    return RequestInputs(referral, SERVICE, Family("f", "F"), intake, (consent,), today=TODAY)


@pytest.mark.parametrize(
    "worries",
    [
        "",
        "   \n\n  ",
        "ik heb geen papieren " * 5000,  # 100 KB
        "Le proprio 🏠😢 veut nous expulser 💔 العائلة بلا مأوى 👨‍👩‍👧 geen verwarming",
        "\u202eRTL override\u202c and zero\u200bwidth " + "👍🏽" * 300,
    ],
)
def test_any_worries_give_a_sensible_request(worries: str) -> None:
    request = build_help_request(_inputs_with_worries(worries))
    text = plain_text(request)
    assert "Pouvez-vous aider cette famille pour : logement ?" in text
    assert len(request.text.context) < 1000
    if worries.strip():
        assert "Dans les mots du parent" in request.text.context
    if len(worries) > 1000:
        assert request.text.context.endswith("(abrégé)")


def test_shorten_cuts_at_a_word_boundary() -> None:
    words, cut = shorten("woord " * 200, limit=50)
    assert cut and words.endswith(" …") and "woord woord" in words and len(words) <= 52
    assert shorten("kort", limit=50) == ("kort", False)


def test_training_requests_say_they_are_fiction() -> None:
    from outreach_desk.core.training.guard import FICTION_MARK

    inputs = replace(_inputs_with_worries("x"), vault_kind="training")
    assert plain_text(build_help_request(inputs)).startswith(FICTION_MARK)
    assert not plain_text(build_help_request(_inputs_with_worries("x"))).startswith(FICTION_MARK)


def test_saved_edit_round_trips(session: Session, case) -> None:
    from outreach_desk.core.help_request import save_edited_text

    family, _, referral = case
    _consent(session, family.id, ["housing"])
    draft = _request(session, referral.id).text
    save_edited_text(session, referral.id, replace(draft, tried="Deux visites au CPAS."))
    assert _request(session, referral.id).text.tried == "Deux visites au CPAS."


@given(worries=st.text(max_size=3000), summary=st.text(max_size=200))
@settings(max_examples=60, deadline=None)
def test_composer_never_crashes_and_stays_short(worries: str, summary: str) -> None:
    base = _inputs_with_worries(worries)
    assert base.intake is not None
    inputs = replace(base, intake=replace(base.intake, summary=summary))
    request = build_help_request(inputs)
    assert request.text.question == "Pouvez-vous aider cette famille pour : logement ?"
    assert len(request.text.context) <= len(summary) + MAX_QUOTE_CHARS + 200
    assert plain_text(request).endswith("\n")
