from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from outreach_desk.ui.pages import PageContext, PageSpec


def page_spec() -> PageSpec:
    from outreach_desk.ui.signals.signals_page import SignalsPage

    def build(context: PageContext) -> SignalsPage:
        return SignalsPage(context.session)

    return PageSpec(
        key="signals",
        title=lambda: QCoreApplication.translate("Pages", "Si&gnals"),
        build=build,
        order=60,
        kinds=("real", "demo"),  # fictional training families are never counted as signals
    )
