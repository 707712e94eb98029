"""Training mode: fictional scenario packs for cultural-sensitivity workshops, their
validation, presentation steps and debrief. Never holds or touches a real family's data."""

from outreach_desk.core.training.debrief import (
    Answers,
    Comparison,
    Debrief,
    Tally,
    debrief,
    expected_answers,
    tally,
)
from outreach_desk.core.training.errors import (
    ScenarioPackConflict,
    ScenarioPackError,
    ScenarioPackNotFound,
    ScenarioPackTooNew,
    UnknownAnswer,
)
from outreach_desk.core.training.model import ScenarioPack, to_dict
from outreach_desk.core.training.parse import parse_pack, parse_pack_bytes
from outreach_desk.core.training.steps import (
    Step,
    StepCursor,
    presentation_steps,
    text_direction,
)
from outreach_desk.core.training.store import (
    all_packs,
    bundled_pack,
    canonical_hash,
    export_pack,
    find_pack,
    import_pack,
    pack_hash,
)

__all__ = [
    "Answers",
    "Comparison",
    "Debrief",
    "ScenarioPack",
    "ScenarioPackConflict",
    "ScenarioPackError",
    "ScenarioPackNotFound",
    "ScenarioPackTooNew",
    "Step",
    "StepCursor",
    "Tally",
    "UnknownAnswer",
    "all_packs",
    "bundled_pack",
    "canonical_hash",
    "debrief",
    "expected_answers",
    "export_pack",
    "find_pack",
    "import_pack",
    "pack_hash",
    "parse_pack",
    "parse_pack_bytes",
    "presentation_steps",
    "tally",
    "text_direction",
    "to_dict",
]
