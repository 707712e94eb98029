"""The help-request screen as a tab (see ``ui/pages/__init__.py``): it follows the family
selected on the families page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from outreach_desk.ui.pages import PageContext, PageSpec


def _build(context: PageContext) -> QWidget:
    from outreach_desk.ui.helprequest.page import HelpRequestPage

    page = HelpRequestPage(context.session, context.clipboard)
    context.family_selected.connect(page.show_family)
    return page


def page_spec() -> PageSpec:
    return PageSpec(
        key="helprequest",
        title=lambda: QCoreApplication.translate("Pages", "Help re&quest"),
        build=_build,
        order=30,
    )
