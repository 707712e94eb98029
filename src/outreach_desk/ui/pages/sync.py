from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from outreach_desk.ui.pages import PageContext, PageSpec


def page_spec() -> PageSpec:
    from outreach_desk.ui.sync.page import SyncPage

    def build(context: PageContext) -> SyncPage:
        return SyncPage(context.session, context.clipboard)

    return PageSpec(
        key="sync",
        title=lambda: QCoreApplication.translate("Pages", "S&ync"),
        build=build,
        order=70,
    )
