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

A screen about ONE family (at a glance, network map) defines ``family_panel_spec()``
instead: it becomes a tab beside the case file on the families page, and ``show(widget,
family_id, label)`` is called when the selected family changes (``None`` when none is),
only while its tab is visible. A module may define both functions.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QLabel, QWidget

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


@dataclass(frozen=True)
class FamilyPanelSpec:
    key: str
    title: Callable[[], str]
    build: Callable[[Session], QWidget]
    show: Callable[[QWidget, str | None, str], None]  # widget, family id, family label
    order: int = 100


def _modules() -> list[ModuleType]:
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        try:
            found.append(importlib.import_module(f"{__name__}.{info.name}"))
        except Exception as error:  # one feature must not keep the app from starting
            print(f"outreach-desk: screen {info.name} not loaded ({error})", file=sys.stderr)
    return found


def discover_pages() -> list[PageSpec]:
    """Every ``page_spec()`` under this package, in ``order``; a broken one is skipped
    with a message on stderr."""
    specs = [m.page_spec() for m in _modules() if hasattr(m, "page_spec")]
    return sorted(specs, key=lambda spec: (spec.order, spec.key))


def discover_family_panels() -> list[FamilyPanelSpec]:
    specs = [m.family_panel_spec() for m in _modules() if hasattr(m, "family_panel_spec")]
    return sorted(specs, key=lambda spec: (spec.order, spec.key))


def build_safely(build: Callable[[], QWidget], key: str) -> QWidget:
    """Build a screen; if it fails, show why in its place instead of failing to unlock."""
    try:
        return build()
    except Exception as error:
        print(f"outreach-desk: screen {key} failed to build ({error!r})", file=sys.stderr)
        text = QCoreApplication.translate("Pages", "This screen could not be opened: {0}")
        label = QLabel(text.format(error))
        label.setWordWrap(True)
        return label
