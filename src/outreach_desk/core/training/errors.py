"""Typed refusals for scenario packs. Every message names the file, the case and the field,
so a trainer can open the pack in an editor and fix it."""

from __future__ import annotations

from outreach_desk.core.errors import NotFound, ValidationError


class ScenarioPackError(ValidationError):
    """A scenario pack that cannot be used as it is; nothing from it was imported."""

    def __init__(
        self,
        problem: str,
        *,
        file: str | None = None,
        case_id: str | None = None,
        field: str | None = None,
    ) -> None:
        self.problem = problem
        self.file = file
        self.case_id = case_id
        self.field = field
        super().__init__(self._message())

    def _message(self) -> str:
        where = [
            f"file {self.file}" if self.file else "",
            f"case {self.case_id}" if self.case_id else "",
            f"field {self.field}" if self.field else "",
        ]
        location = ", ".join(part for part in where if part)
        prefix = f"scenario pack refused ({location}): " if location else "scenario pack refused: "
        return (
            prefix
            + self.problem
            + " Nothing from this pack was imported or used; fix it and try again."
        )

    def in_file(self, file: str) -> ScenarioPackError:
        """The same refusal, now also naming the file it came from."""
        return type(self)(self.problem, file=file, case_id=self.case_id, field=self.field)


class ScenarioPackTooNew(ScenarioPackError):
    """The pack was written by a newer Outreach Desk."""


class ScenarioPackConflict(ScenarioPackError):
    """The pack's id or one of its case ids is already in use by another pack."""


class ScenarioPackNotFound(NotFound):
    """No pack (or case) with that id is installed."""


class UnknownAnswer(ValidationError):
    """A debrief answer that is not a known mechanism, agency or life domain."""
