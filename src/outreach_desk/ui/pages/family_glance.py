"""Plugs the "family at a glance" panel (ui/family_glance.py) beside the case file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from outreach_desk.core.session import Session
from outreach_desk.ui.pages import FamilyPanelSpec


def _build(session: Session) -> QWidget:
    from outreach_desk.ui.family_glance import FamilyGlance

    return FamilyGlance(session)


def _show(widget: QWidget, family_id: str | None, _label: str) -> None:
    if family_id is not None:
        widget.show_family(family_id)  # type: ignore[attr-defined]


def family_panel_spec() -> FamilyPanelSpec:
    return FamilyPanelSpec(
        key="glance",
        title=lambda: QCoreApplication.translate("Pages", "&At a glance"),
        build=_build,
        show=_show,
        order=10,
    )
