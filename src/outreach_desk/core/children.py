"""Children in view: each child's age, school or childcare and the running "for this child"
line, and a gentle reminder when the latest notes of a family no longer mention a child.

The booklet asks workers to "always keep the children in view" even when housing and
income come first. The reminder is a nudge, never a block: it counts the most recent notes
in a row that mention neither a child's name nor a word about children (nl, fr, en, ar).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from outreach_desk.core.casefile import Family, FamilyStore, Member
from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.notes import Note
from outreach_desk.core.records import RecordStore

SETTINGS_KIND = "child-mention-settings"
DEFAULT_THRESHOLD = 3
MAX_FOR_THIS_CHILD_CHARS = 500


def _words(*chunks: str) -> frozenset[str]:
    return frozenset(" ".join(chunks).split())


# Whole words, compared without accents and case. Plurals and diminutives are listed
# rather than matched by prefix, so that "kindly" or "schooling fees" of an adult do not
# silence the reminder by accident; "son" (French "his") and "opvang" (also a night shelter)
# are left out for the same reason. A school or a teacher counts: that is the child's world.
CHILD_WORDS: dict[str, frozenset[str]] = {
    "nl": _words(
        "kind kinderen kindje kindjes kids baby babys zoon zoontje zoons dochter dochtertje",
        "dochters peuter peuters kleuter kleuters tiener tieners school scholen schooltje",
        "creche kinderopvang onthaalouder klas juf meester",
    ),
    "fr": _words(
        "enfant enfants bebe bebes fils fille filles gamin gamine gamins ecole ecoles",
        "creche creches garderie maternelle classe institutrice instituteur ado ados",
        "adolescent adolescente",
    ),
    "en": _words(
        "child children kid kids baby babies sons daughter daughters toddler toddlers",
        "infant infants teenager teenagers school schools nursery childcare kindergarten",
        "teacher",
    ),
    "ar": _words(
        "طفل طفلة أطفال اطفال الطفل الطفلة الأطفال الاطفال رضيع رضيعة ابن ابنة ابني ابنتي",
        "بنت بنات ولد اولاد أولاد مدرسة المدرسة حضانة الحضانة روضة الروضة",
    ),
}
# Arabic glues "and, so, with, for, the" in front of a word and possessive pronouns after it
# ("wa-atfalu-ha", and her children): strip them before comparing.
_ARABIC_PREFIXES = ("وال", "بال", "فال", "لل", "و", "ف", "ب", "ل")
_ARABIC_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه", "ي", "ك")
_WORD = re.compile(r"\w+", re.UNICODE)  # "l'enfant" gives "l" and "enfant"


@dataclass(frozen=True)
class ChildInView:
    member_id: str
    name: str
    age: int | None
    school: str
    for_this_child: str


@dataclass(frozen=True)
class ChildMentionReminder:
    """Shown when ``notes_without_mention`` latest notes in a row name no child."""

    notes_without_mention: int
    threshold: int
    has_children_recorded: bool


def children_in_view(family: Family, today: date | None = None) -> list[ChildInView]:
    """The family's children, youngest first (the youngest are the most easily forgotten)."""
    children = [
        ChildInView(m.id, m.name, m.age(today), m.school, m.for_this_child) for m in family.children
    ]
    return sorted(children, key=lambda c: (c.age is None, c.age if c.age is not None else 0))


def update_child(
    families: FamilyStore,
    family_id: str,
    member_id: str,
    *,
    for_this_child: str | None = None,
    school: str | None = None,
) -> Family:
    """Change one child's running line or school; other members are left as they are."""
    family = families.get(family_id)
    if for_this_child is not None and len(for_this_child) > MAX_FOR_THIS_CHILD_CHARS:
        raise ValidationError(
            f"the 'for this child' line is limited to {MAX_FOR_THIS_CHILD_CHARS} characters"
        )
    members = [
        _changed(m, for_this_child, school) if m.id == member_id else m for m in family.members
    ]
    if not any(m.id == member_id and m.role == "child" for m in family.members):
        raise NotFound(f"Family {family.label!r} has no child with id {member_id}.")
    return families.update(family_id, members=tuple(members))


def _changed(member: Member, for_this_child: str | None, school: str | None) -> Member:
    return replace(
        member,
        for_this_child=member.for_this_child if for_this_child is None else for_this_child,
        school=member.school if school is None else school,
    )


# ---- mention detection --------------------------------------------------------------
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_FOLDED_WORDS = frozenset(_fold(word) for words in CHILD_WORDS.values() for word in words)


def _word_variants(word: str) -> Iterable[str]:
    stems = [word, *_strip(word, _ARABIC_PREFIXES, at_start=True)]
    for stem in stems:
        yield stem
        yield from _strip(stem, _ARABIC_SUFFIXES, at_start=False)


def _strip(word: str, affixes: Sequence[str], *, at_start: bool) -> Iterable[str]:
    for affix in affixes:
        matches = word.startswith(affix) if at_start else word.endswith(affix)
        if matches and len(word) > len(affix) + 1:
            yield word[len(affix) :] if at_start else word[: -len(affix)]


def _name_words(names: Iterable[str]) -> frozenset[str]:
    # Each part of a child's name counts ("Lina" in a note about "Lina Amrani").
    return frozenset(
        part for name in names for part in _WORD.findall(_fold(name)) if len(part) >= 2
    )


def mentions_child(text: str, child_names: Iterable[str] = ()) -> bool:
    """True when the text names one of the children or speaks about children at all."""
    names = _name_words(child_names)
    for word in _WORD.findall(_fold(text)):
        for variant in _word_variants(word):
            if variant in _FOLDED_WORDS or variant in names:
                return True
    return False


def notes_without_mention(notes: Sequence[Note], child_names: Iterable[str]) -> int:
    """How many of the latest notes, in a row, do not mention a child."""
    names = tuple(child_names)
    count = 0
    for note in sorted(notes, key=_note_order, reverse=True):
        if mentions_child(note.text, names):
            break
        count += 1
    return count


def _note_order(note: Note) -> tuple[str, str]:
    return (note.versions[0].hlc, note.id)


def child_mention_reminder(
    family: Family, notes: Sequence[Note], threshold: int = DEFAULT_THRESHOLD
) -> ChildMentionReminder | None:
    """A reminder once ``threshold`` latest notes in a row mention no child; else None."""
    if threshold < 1:
        return None  # the worker turned the reminder off
    names = [c.name for c in family.children if c.name]
    count = notes_without_mention(notes, names)
    if count < threshold:
        return None
    return ChildMentionReminder(count, threshold, bool(family.children))


# ---- settings -----------------------------------------------------------------------
class ChildMentionSettings:
    """How many notes without a child before the reminder shows (0 turns it off); one
    encrypted setting for the whole vault."""

    def __init__(self, records: RecordStore) -> None:
        self._records = records

    def threshold(self) -> int:
        found = self._records.query(SETTINGS_KIND)
        if not found:
            return DEFAULT_THRESHOLD
        value = found[-1].payload.get("threshold", DEFAULT_THRESHOLD)
        return value if isinstance(value, int) and value >= 0 else DEFAULT_THRESHOLD

    def set_threshold(self, value: int) -> None:
        if not 0 <= value <= 50:
            raise ValidationError(
                "the number of notes before the children reminder must be between 0 (off) "
                f"and 50, not {value}"
            )
        found = self._records.query(SETTINGS_KIND)
        record_id = found[-1].id if found else None
        self._records.put(SETTINGS_KIND, {"threshold": value}, record_id=record_id)
