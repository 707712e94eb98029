"""The non-take-up lens: the five reasons the booklet gives why a family does not get a
right it has, and the next step each one calls for."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class NextStep(enum.StrEnum):
    INFORM = "inform"
    ACCOMPANY = "accompany"
    ADVOCATE = "advocate"
    PROPOSE = "propose"
    RECHECK_RIGHTS = "recheck_rights"


class NonTakeUp(enum.StrEnum):
    NOT_KNOWING = "not_knowing"
    NOT_ASKING = "not_asking"
    NO_ACCESS = "no_access"
    NOT_OFFERED = "not_offered"
    EXCLUSION = "exclusion"


@dataclass(frozen=True, slots=True)
class Texts:
    nl: str
    fr: str
    en: str

    def get(self, lang: str) -> str:
        return {"nl": self.nl, "fr": self.fr}.get(lang, self.en)

    def to_dict(self) -> dict[str, str]:
        return {"nl": self.nl, "fr": self.fr, "en": self.en}


@dataclass(frozen=True, slots=True)
class Mechanism:
    id: NonTakeUp
    label: Texts
    explanation: Texts
    next_step: NextStep


@dataclass(frozen=True, slots=True)
class StepGuidance:
    id: NextStep
    label: Texts
    guidance: Texts

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id.value,
            "label": self.label.to_dict(),
            "guidance": self.guidance.to_dict(),
        }


MECHANISMS: Mapping[NonTakeUp, Mechanism] = {
    NonTakeUp.NOT_KNOWING: Mechanism(
        NonTakeUp.NOT_KNOWING,
        Texts("Niet kennen", "Méconnaissance", "Not knowing"),
        Texts(
            "De ouder kent het recht niet, of kent of begrijpt de juiste informatie niet.",
            "Le parent ne connaît pas le droit, ou ne connaît ou ne comprend pas "
            "la bonne information.",
            "The parent does not know the right, or does not know or understand the information.",
        ),
        NextStep.INFORM,
    ),
    NonTakeUp.NOT_ASKING: Mechanism(
        NonTakeUp.NOT_ASKING,
        Texts("Niet vragen", "Non-demande", "Not asking"),
        Texts(
            "De ouder kent het recht en komt ervoor in aanmerking, maar vraagt het niet aan "
            "(negatieve ervaringen, stigma, waardigheid).",
            "Le parent connaît le droit et y a droit, mais ne le demande pas "
            "(mauvaises expériences, stigmate, dignité).",
            "The parent knows the right and is eligible, but does not apply "
            "(bad experiences, stigma, pride).",
        ),
        NextStep.ACCOMPANY,
    ),
    NonTakeUp.NO_ACCESS: Mechanism(
        NonTakeUp.NO_ACCESS,
        Texts("Geen toegang", "Non-accès", "No access"),
        Texts(
            "De ouder heeft het recht aangevraagd maar krijgt het niet "
            "(complexe criteria, voorwaarden, formaliteiten, procedures).",
            "Le parent a demandé le droit mais ne l'obtient pas "
            "(critères complexes, conditions, formalités, procédures).",
            "The parent applied but does not get the right "
            "(complex criteria, conditions, formalities, procedures).",
        ),
        NextStep.ADVOCATE,
    ),
    NonTakeUp.NOT_OFFERED: Mechanism(
        NonTakeUp.NOT_OFFERED,
        Texts("Niet voorstellen", "Non-proposition", "Not offered"),
        Texts(
            "Een tussenpersoon stelt het recht niet voor aan iemand die er wel recht op heeft "
            "(gebrek aan tijd, kennis of inschatting).",
            "Un intermédiaire ne propose pas le droit à une personne qui y a droit "
            "(manque de temps, de connaissances ou de jugement).",
            "An intermediary did not propose the right to someone eligible "
            "(lack of time, knowledge or judgement).",
        ),
        NextStep.PROPOSE,
    ),
    NonTakeUp.EXCLUSION: Mechanism(
        NonTakeUp.EXCLUSION,
        Texts("Uitsluiting", "Exclusion", "Exclusion"),
        Texts(
            "De ouder komt niet meer in aanmerking door een wijziging van de situatie "
            "of van de voorwaarden.",
            "Le parent n'y a plus droit suite à un changement de situation ou de conditions.",
            "The parent is no longer eligible after a change of situation or of the rules.",
        ),
        NextStep.RECHECK_RIGHTS,
    ),
}

NEXT_STEPS: Mapping[NextStep, StepGuidance] = {
    NextStep.INFORM: StepGuidance(
        NextStep.INFORM,
        Texts("Informeren", "Informer", "Inform"),
        Texts(
            "Leg het recht uit in de taal van de ouder (met tolk of pictogrammen), geef op papier "
            "mee waar, wanneer en wat mee te brengen, en check of het begrepen is.",
            "Expliquez le droit dans la langue du parent (avec interprète ou pictogrammes), donnez "
            "par écrit où, quand et quoi apporter, et vérifiez que c'est compris.",
            "Explain the right in the parent's language (with an interpreter or pictures), give "
            "where, when and what to bring on paper, and check it was understood.",
        ),
    ),
    NextStep.ACCOMPANY: StepGuidance(
        NextStep.ACCOMPANY,
        Texts("Begeleiden", "Accompagner", "Accompany"),
        Texts(
            "Bespreek de drempel (schaamte, slechte ervaring) zonder oordeel, bereid de vraag "
            "samen voor en ga mee naar de eerste afspraak als de ouder dat wil.",
            "Parlez du frein (honte, mauvaise expérience) sans jugement, préparez la demande "
            "ensemble et accompagnez le parent au premier rendez-vous s'il le souhaite.",
            "Talk about what holds the parent back (shame, a bad experience) without judging, "
            "prepare the request together and go along to the first appointment if they wish.",
        ),
    ),
    NextStep.ADVOCATE: StepGuidance(
        NextStep.ADVOCATE,
        Texts("Bepleiten / escaleren", "Plaider / escalader", "Advocate / escalate"),
        Texts(
            "Vraag een schriftelijke beslissing met motivering, contacteer de verantwoordelijke "
            "of een juridische dienst, en noteer de drempel als signaal.",
            "Demandez une décision écrite et motivée, contactez le responsable ou un service "
            "juridique, et notez l'obstacle comme signal.",
            "Ask for a written, reasoned decision, contact the person in charge or a legal "
            "service, and record the barrier as a signal.",
        ),
    ),
    NextStep.PROPOSE: StepGuidance(
        NextStep.PROPOSE,
        Texts("Voorstellen", "Proposer", "Propose"),
        Texts(
            "Stel het recht zelf voor en verwijs gericht door: kies op de sociale kaart de "
            "dienst die het recht toekent en maak de hulpvraag concreet.",
            "Proposez vous-même le droit et orientez de façon ciblée : choisissez sur la carte "
            "sociale le service qui octroie le droit et formulez une demande concrète.",
            "Propose the right yourself and refer precisely: pick on the social map the service "
            "that grants it and write a concrete request.",
        ),
    ),
    NextStep.RECHECK_RIGHTS: StepGuidance(
        NextStep.RECHECK_RIGHTS,
        Texts("Rechten opnieuw nagaan", "Revérifier les droits", "Check rights again"),
        Texts(
            "Ga na wat er veranderde (verhuizing, verblijf, inkomen, gezin) en welke rechten er "
            "nu gelden; vraag een herziening of een ander recht aan.",
            "Vérifiez ce qui a changé (déménagement, séjour, revenus, famille) et quels droits "
            "s'appliquent maintenant ; demandez une révision ou un autre droit.",
            "Check what changed (a move, residence, income, family) and which rights apply now; "
            "ask for a review or apply for another right.",
        ),
    ),
}


def next_step_for(mechanism: NonTakeUp) -> StepGuidance:
    """The next step that answers a non-take-up mechanism."""
    return NEXT_STEPS[MECHANISMS[mechanism].next_step]


def mechanism_dict(mechanism: NonTakeUp) -> dict[str, Any]:
    item = MECHANISMS[mechanism]
    return {
        "id": item.id.value,
        "label": item.label.to_dict(),
        "explanation": item.explanation.to_dict(),
        "next_step": next_step_for(mechanism).to_dict(),
    }
