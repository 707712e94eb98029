"""Plugs the network map (ui/ecomap) beside the case file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from outreach_desk.core.session import Session
from outreach_desk.ui.pages import FamilyPanelSpec


def _build(session: Session) -> QWidget:
    from outreach_desk.core.ecomap import EcomapStore
    from outreach_desk.ui.ecomap.widget import EcomapWidget

    return EcomapWidget(EcomapStore(session.records))


def _show(widget: QWidget, family_id: str | None, label: str) -> None:
    if family_id is not None:
        widget.load(family_id, label)  # type: ignore[attr-defined]


def family_panel_spec() -> FamilyPanelSpec:
    return FamilyPanelSpec(
        key="ecomap",
        title=lambda: QCoreApplication.translate("Pages", "Net&work map"),
        build=_build,
        show=_show,
        order=20,
    )
