"""A case as the ordered steps a presentation walks through, one screen at a time:
background (with the household and children) -> worries -> strengths -> hidden facts, one by
one -> exercises. The GUI only renders a Step; the order lives here."""

from __future__ import annotations

from dataclasses import dataclass, field

from outreach_desk.core.training.model import Case, LocalText, pick
from outreach_desk.core.training.vocab import (
    EXERCISE_KINDS,
    MUNICIPALITIES,
    RESIDENCE,
    language_name,
)


@dataclass(frozen=True)
class Step:
    kind: str  # background | worries | strengths | hidden_fact | exercise
    number: int  # 1-based within its kind (hidden fact 2, exercise 3)
    title: str
    lines: tuple[str, ...]
    # Shown to the facilitator only (a second screen or a toggle), never on the projector.
    facilitator_notes: str = ""
    # Original-language texts with their language code, for right-to-left rendering.
    original: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    # For the facilitator too: the model request and the interpreter's key terms.
    model_answer: str = ""
    key_terms: tuple[LocalText, ...] = ()


# Languages written right to left among those Brussels families speak.
RTL_LANGS = frozenset({"ar", "ary", "arq", "apc", "prs", "fa", "ps", "ur", "ckb", "he", "yi"})


def text_direction(lang: str) -> str:
    """'rtl' or 'ltr' for a language code such as 'ary' or 'ar-MA'."""
    return "rtl" if lang.split("-")[0].lower() in RTL_LANGS else "ltr"


_TITLES: dict[str, LocalText] = {
    "background": {"en": "Background", "nl": "Achtergrond", "fr": "Contexte"},
    "worries": {"en": "In their own words", "nl": "In hun eigen woorden", "fr": "Avec leurs mots"},
    "strengths": {"en": "What goes well", "nl": "Wat gaat goed", "fr": "Ce qui va bien"},
    "hidden_fact": {"en": "New information", "nl": "Nieuwe informatie", "fr": "Nouvel élément"},
    "children": {"en": "Children", "nl": "Kinderen", "fr": "Enfants"},
    "exercise": {"en": "Exercise", "nl": "Oefening", "fr": "Exercice"},
}


def presentation_steps(case: Case, lang: str = "en") -> list[Step]:
    steps = [_background(case, lang), _worries(case, lang), _strengths(case, lang)]
    for number, fact in enumerate(case.hidden_facts, start=1):
        title = f"{pick(_TITLES['hidden_fact'], lang)} {number}/{len(case.hidden_facts)}"
        steps.append(Step("hidden_fact", number, title, (pick(fact, lang),)))
    for number, exercise in enumerate(case.exercises, start=1):
        kind = next(k for k in EXERCISE_KINDS if k.id == exercise.kind)
        steps.append(
            Step(
                "exercise",
                number,
                f"{pick(_TITLES['exercise'], lang)} {number}: {kind.label(lang)}",
                (pick(exercise.prompt, lang),),
                facilitator_notes=pick(exercise.facilitator_notes, lang),
                model_answer=pick(exercise.model_answer, lang) if exercise.model_answer else "",
                key_terms=exercise.key_terms,
            )
        )
    return steps


def _background(case: Case, lang: str) -> Step:
    household = case.household
    municipality = next(m for m in MUNICIPALITIES if m.id == household.municipality)
    residence = next(r for r in RESIDENCE if r.id == household.residence)
    children = ", ".join(
        f"{child.first_name} ({child.birth_year}"
        + (f", {pick(child.school, lang)})" if child.school else ")")
        for child in case.children
    )
    lines = [
        pick(case.background, lang),
        f"{municipality.label(lang)} · {residence.label(lang)} · "
        + ", ".join(language_name(code, lang) for code in household.languages),
    ]
    if children:
        lines.append(f"{pick(_TITLES['children'], lang)}: {children}")
    return Step("background", 1, pick(case.title, lang), tuple(lines))


def _worries(case: Case, lang: str) -> Step:
    lines = tuple(
        f"{w.speaker}: {w.text}" if w.lang == lang else f"{w.speaker}: {pick(w.translations, lang)}"
        for w in case.worries
    )
    original = tuple((w.lang, w.text) for w in case.worries if w.lang != lang)
    return Step("worries", 1, pick(_TITLES["worries"], lang), lines, original=original)


def _strengths(case: Case, lang: str) -> Step:
    lines = tuple(pick(s, lang) for s in case.strengths)
    return Step("strengths", 1, pick(_TITLES["strengths"], lang), lines)


class StepCursor:
    """Next/previous through the steps; stops at both ends instead of wrapping around."""

    def __init__(self, steps: list[Step]) -> None:
        if not steps:
            raise ValueError("a presentation needs at least one step")
        self._steps = steps
        self._index = 0

    @property
    def index(self) -> int:
        return self._index

    @property
    def current(self) -> Step:
        return self._steps[self._index]

    def __len__(self) -> int:
        return len(self._steps)

    def at_start(self) -> bool:
        return self._index == 0

    def at_end(self) -> bool:
        return self._index == len(self._steps) - 1

    def next(self) -> Step:
        self._index = min(self._index + 1, len(self._steps) - 1)
        return self.current

    def previous(self) -> Step:
        self._index = max(self._index - 1, 0)
        return self.current

    def go_to(self, index: int) -> Step:
        self._index = max(0, min(index, len(self._steps) - 1))
        return self.current
