"""The social map as a tab of the main window (see ``ui/pages/__init__.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from outreach_desk.ui.pages import PageContext, PageSpec


def _build(context: PageContext) -> QWidget:
    from outreach_desk.ui.socialmap import SocialMapPage  # loaded when a vault unlocks

    return SocialMapPage(context.session, context.actions)


def page_spec() -> PageSpec:
    return PageSpec(
        key="socialmap",
        title=lambda: QCoreApplication.translate("Pages", "Social &map"),
        build=_build,
        order=20,
    )
