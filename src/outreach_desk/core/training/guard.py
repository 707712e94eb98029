"""One rule for every feature that sends data out (share, sync, handover, export): with the
training vault open it refuses, or the output says in its first line that it is fiction.
Features call these instead of testing the vault kind themselves, so the rule stays one."""

from __future__ import annotations

from outreach_desk.core.errors import TrainingModeRefusal

TRAINING_KIND = "training"
# Actions that would make fictional families look real to someone else.
REFUSED_IN_TRAINING = frozenset(
    {"share", "sync", "handover", "signal", "backup_restore", "transfer"}
)
FICTION_MARK = "TRAINING - fictional families, not real data"


def refuse_in_training(vault_kind: str, action: str) -> None:
    """Raise TrainingModeRefusal when ``action`` must not run on the training vault."""
    if vault_kind == TRAINING_KIND and action in REFUSED_IN_TRAINING:
        raise TrainingModeRefusal(
            f"'{action}' is switched off in training mode: the families here are fictional "
            "and must never reach a colleague or a server as if they were real. "
            "Close training mode to work with your real vault."
        )


def mark_if_training(vault_kind: str, text: str) -> str:
    """Exports and prints from training carry the fiction mark on their first line."""
    if vault_kind != TRAINING_KIND or text.startswith(FICTION_MARK):
        return text
    return f"{FICTION_MARK}\n\n{text}"
