"""Scenario pack files from the GUI: export one pack, import one (validated completely by
the core before a single file is written), and a refusal a trainer can act on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from outreach_desk.core.training.errors import ScenarioPackError


def ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("TrainingPacks", "Export the scenario pack"),
        suggested,
        QCoreApplication.translate("TrainingPacks", "Scenario packs (*.json)"),
    )
    return Path(name) if name else None


def ask_import_path(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("TrainingPacks", "Import a scenario pack"),
        "",
        QCoreApplication.translate("TrainingPacks", "Scenario packs (*.json);;All files (*)"),
    )
    return Path(name) if name else None


def describe_refusal(error: BaseException) -> str:
    """Where the problem is (file, case, field) on lines of their own, then what is wrong."""
    if not isinstance(error, ScenarioPackError):
        return QCoreApplication.translate(
            "TrainingPacks", "The scenario pack could not be imported: {0}"
        ).format(error)
    lines = [
        QCoreApplication.translate(
            "TrainingPacks", "The scenario pack was refused. Nothing from it was imported."
        )
    ]
    if error.file:
        lines.append(QCoreApplication.translate("TrainingPacks", "File: {0}").format(error.file))
    if error.case_id:
        lines.append(QCoreApplication.translate("TrainingPacks", "Case: {0}").format(error.case_id))
    if error.field:
        lines.append(QCoreApplication.translate("TrainingPacks", "Field: {0}").format(error.field))
    lines.append(QCoreApplication.translate("TrainingPacks", "Problem: {0}").format(error.problem))
    return "\n".join(lines)
