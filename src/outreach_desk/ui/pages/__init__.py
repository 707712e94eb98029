"""Screens that plug into the main window as tabs (social map, help requests, ecomap, ...).

A feature adds ONE module here, ``ui/pages/<feature>.py``, defining::

    def page_spec() -> PageSpec:
        return PageSpec(
            key="socialmap",
            title=lambda: QCoreApplication.translate("Pages", "Social &map"),
            build=lambda context: SocialMapPage(context.session, context.actions),
            order=20,
        )

The main window discovers the modules (like the CLI discovers ``commands/``), calls
``build(context)`` at every unlock, and adds the widget as a tab. Before the vault locks it
calls the widget's ``lock()`` method if it has one (drop models, stop timers); then the
widget is destroyed with the window, so a page never outlives the keys.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from outreach_desk.core.session import Session
from outreach_desk.ui.actions import ActionRegistry
from outreach_desk.ui.clipboard import SensitiveClipboard


@dataclass(frozen=True)
class PageContext:
    """What a page may use; passed in, never looked up globally."""

    session: Session
    actions: ActionRegistry
    clipboard: SensitiveClipboard
    open_family: Callable[[str], None]  # show a family on the families page
    family_selected: SignalInstance  # emits the selected family id (or None)
    extras: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # called again on every language change
    build: Callable[[PageContext], QWidget]
    order: int = 100
    kinds: tuple[str, ...] = ("real", "demo", "training")  # vault kinds that show it


def discover_pages() -> list[PageSpec]:
    """Every ``page_spec()`` under this package, in ``order``; a broken page is skipped
    with a message on stderr, so one feature cannot keep the app from starting."""
    specs: list[PageSpec] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"{__name__}.{info.name}")
            specs.append(module.page_spec())
        except Exception as error:  # a page must not stop the app from starting
            print(f"outreach-desk: page {info.name} not loaded ({error})", file=sys.stderr)
    return sorted(specs, key=lambda spec: (spec.order, spec.key))
