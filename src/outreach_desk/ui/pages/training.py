"""The Training tab, shown only when the training vault is open (see ``ui/pages/__init__.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from outreach_desk.ui.pages import PageContext, PageSpec


def _build(context: PageContext) -> QWidget:
    from outreach_desk.ui.training.page import TrainingPage  # loaded when a vault unlocks

    return TrainingPage(context.session, context.extras)


def page_spec() -> PageSpec:
    return PageSpec(
        key="training",
        title=lambda: QCoreApplication.translate("Pages", "&Training"),
        build=_build,
        order=5,
        kinds=("training",),
    )
