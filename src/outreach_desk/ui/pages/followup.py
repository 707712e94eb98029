"""The "To follow up" list of referrals as a tab (see ``ui/pages/__init__.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from outreach_desk.ui.pages import PageContext, PageSpec


def _build(context: PageContext) -> QWidget:
    from outreach_desk.ui.helprequest.followup_page import FollowUpPage

    return FollowUpPage(context.session, context.open_family)


def page_spec() -> PageSpec:
    return PageSpec(
        key="followup",
        title=lambda: QCoreApplication.translate("Pages", "To follow &up"),
        build=_build,
        order=35,
    )
