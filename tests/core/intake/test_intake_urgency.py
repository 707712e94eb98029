"""Urgency triage: urgent worries are flagged with reasons and first steps; ordinary
worries are left alone; the worker always decides."""

from __future__ import annotations

import pytest

from outreach_desk.core.intake import UrgencySignal, triage

URGENT = [
    ("Mijn man slaat mij en ik durf niet naar huis.", UrgencySignal.DOMESTIC_VIOLENCE),
    ("Il me frappe quand il boit.", UrgencySignal.DOMESTIC_VIOLENCE),
    ("My husband beats me in front of the kids.", UrgencySignal.DOMESTIC_VIOLENCE),
    ("راجلي كيضربني كل نهار", UrgencySignal.DOMESTIC_VIOLENCE),
    ("We hebben nergens om te slapen vannacht.", UrgencySignal.NO_SHELTER_TONIGHT),
    ("On sera à la rue ce soir.", UrgencySignal.NO_SHELTER_TONIGHT),
    ("We will be on the street tonight with the children.", UrgencySignal.NO_SHELTER_TONIGHT),
    ("ما عندناش فين نعسو الليلة", UrgencySignal.NO_SHELTER_TONIGHT),
    (
        "Vannacht staan we met de kinderen buiten, de opvang is vol.",
        UrgencySignal.NO_SHELTER_TONIGHT,
    ),
    ("We slapen al twee nachten in het station.", UrgencySignal.NO_SHELTER_TONIGHT),
    ("Ik ben net bevallen en heb geen melk voor de baby.", UrgencySignal.NEWBORN_WITHOUT_CARE),
    ("Mon nouveau-né a de la fièvre et on n'a pas de médecin.", UrgencySignal.NEWBORN_WITHOUT_CARE),
    ("My newborn is sick and we have no doctor.", UrgencySignal.NEWBORN_WITHOUT_CARE),
    ("Mijn dochter is bewusteloos.", UrgencySignal.MEDICAL_EMERGENCY),
    ("Mon fils ne respire plus bien.", UrgencySignal.MEDICAL_EMERGENCY),
    ("He swallowed pills, he won't wake up.", UrgencySignal.MEDICAL_EMERGENCY),
    ("Ik wil niet meer leven.", UrgencySignal.SUICIDAL),
    ("Je pense au suicide.", UrgencySignal.SUICIDAL),
    ("Sometimes I want to kill myself.", UrgencySignal.SUICIDAL),
    ("بغيت نموت، ما بقيتش قادرة", UrgencySignal.SUICIDAL),
    ("Mijn kinderen zijn niet veilig, het kind is in gevaar.", UrgencySignal.CHILD_SAFETY),
    ("My daughter hasn't come home since yesterday.", UrgencySignal.CHILD_SAFETY),
    ("Hij zegt dat hij ons allemaal vermoordt als ik vertrek.", UrgencySignal.DOMESTIC_VIOLENCE),
    ("I took all the pills I had.", UrgencySignal.MEDICAL_EMERGENCY),
    ("Mon bébé a une forte fièvre depuis ce matin.", UrgencySignal.MEDICAL_EMERGENCY),
]

ORDINARY = [
    "Mijn zoon speelt graag in het park na school.",
    "We slapen goed sinds we in de nieuwe woning wonen.",
    "Ik ben bang dat we ooit op straat komen te staan als de huur stijgt.",
    "Het is beter dan op straat te slapen, maar het is niet gemakkelijk.",
    "Le bébé dort bien, mais je n'ai plus de couches.",
    "Mon mari ne me frappe pas, mais il ne m'aide jamais avec les enfants.",
    "He never hits me, but he keeps all the money.",
    "My daughter loves the park and the library.",
    "The kids sleep well after an afternoon in the park.",
    "On a pris la voiture pour aller dormir chez ma soeur.",
    "La police est venue à l'école pour parler de la sécurité routière.",
    "Mijn baby drinkt goed en groeit, de verpleegster van Kind en Gezin is tevreden.",
    "J'ai peur qu'on soit expulsés le mois prochain.",
    "We might lose the flat next year if the rent goes up.",
    "أنا مرتاحة فالدار الجديدة، الوليدات كينعسو مزيان",
    "الأستاذة قالت بلي بنتي مزيانة فالقراية",
    "Je cherche un club de foot pour mon fils.",
    "Ik zoek een cursus Nederlands voor na de zomer.",
    "The stress is killing me but I am managing.",
    "Ik neem pillen voor mijn bloeddruk.",
    "Ma fille a de la fièvre depuis des semaines, on attend un rendez-vous.",
    "My baby is six weeks old and growing well.",
    "Hij heeft vroeger gezegd dat hij niemand zou vermoorden.",
    "Je dois tuer le temps en attendant le rendez-vous.",
    "Avec le stress je m'enferme et je ne parle plus à personne.",
    "",
]


@pytest.mark.parametrize(("text", "signal"), URGENT)
def test_urgent_worries_are_flagged_with_the_right_reason(text: str, signal: UrgencySignal) -> None:
    result = triage(text)
    assert result.urgent, text
    assert signal in [reason.signal for reason in result.reasons]
    assert result.first_steps, "an urgent banner needs first steps"
    for reason in result.reasons:
        for item in reason.evidence:
            assert text[item.start : item.end] == item.text


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_worries_are_not_flagged(text: str) -> None:
    result = triage(text)
    assert not result.urgent, [r.to_dict() for r in result.reasons]
    assert result.first_steps == ()


def test_medical_emergency_first_step_is_112_in_three_languages() -> None:
    steps = triage("Mijn zoon is bewusteloos.").first_steps
    assert steps[0].contact == "112"
    assert {"nl", "fr", "en"} <= set(steps[0].text)
    assert "112" in steps[0].text_in("fr")


def test_violence_first_steps_name_police_and_the_1712_helpline() -> None:
    contacts = [step.contact for step in triage("Il me frappe.").first_steps]
    assert "101" in contacts
    assert "1712" in contacts


def test_no_shelter_first_steps_point_to_samusocial() -> None:
    ids = [step.id for step in triage("On est à la rue ce soir.").first_steps]
    assert ids[0] == "samusocial"


def test_worker_can_clear_a_suggested_urgency_and_go_back() -> None:
    suggested = triage("Mon mari me frappe.")
    cleared = suggested.set_by_worker(False, note="past situation, he left in 2022")
    assert suggested.urgent and not cleared.urgent
    assert cleared.suggested and cleared.overridden
    assert cleared.reasons == suggested.reasons
    assert cleared.back_to_suggestion().urgent


def test_worker_can_set_urgency_the_text_did_not_show() -> None:
    quiet = triage("Ik wil even praten.")
    assert not quiet.urgent
    raised = quiet.set_by_worker(True, note="saw bruises on the child")
    assert raised.urgent and raised.overridden and raised.to_dict()["confirmed"] is True
