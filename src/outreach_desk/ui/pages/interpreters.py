"""The interpreters tab (see ``ui/pages/__init__.py``): the glossary in every language and
the interpreter's appointment sheet; the sheet follows the family selected on the families page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from outreach_desk.ui.pages import PageContext, PageSpec


def _build(context: PageContext) -> QWidget:
    from outreach_desk.ui.interpreters.page import InterpretersPage

    page = InterpretersPage(context.session)
    context.family_selected.connect(page.show_family)
    return page


def page_spec() -> PageSpec:
    return PageSpec(
        key="interpreters",
        title=lambda: QCoreApplication.translate("Pages", "&Interpreters"),
        build=_build,
        order=50,
    )
