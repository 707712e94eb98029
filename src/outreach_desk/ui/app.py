"""Start the desktop app: ``outreach-desk`` (no sub-command) and ``outreach-desk-gui``."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from outreach_desk import APP_NAME, __version__
from outreach_desk.core.paths import resolve_data_dir
from outreach_desk.ui.i18n import install_translators, system_language
from outreach_desk.ui.settings import Settings


@dataclass
class AppOptions:
    data_dir: str | None = None
    demo: bool = False
    smoke_test: bool = False
    lang: str | None = None


def parse_args(argv: list[str]) -> AppOptions:
    """The app's few options (``--data-dir``, ``--demo``, ``--smoke-test``, ``--lang``); the
    rest is left to Qt. Parsed by hand: argparse alone costs the start-up ~6 ms
    (``outreach-desk --help`` documents the options)."""
    options = AppOptions()
    values = iter(argv)
    for argument in values:
        name, _, inline = argument.partition("=")
        if name in ("--data-dir", "--lang"):
            value = inline or next(values, None)
            setattr(options, name[2:].replace("-", "_"), value)
        elif name == "--demo":
            options.demo = True
        elif name == "--smoke-test":
            options.smoke_test = True
    return options


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    try:
        from outreach_desk.render.fonts import load_bundled_fonts
    except ImportError:  # the render package is optional for the GUI
        pass
    else:
        try:
            load_bundled_fonts()
        except Exception as error:
            print(f"outreach-desk: bundled fonts not loaded ({error})", file=sys.stderr)
    return app


def _demo_setup(base: Path) -> tuple[Path, str]:
    from outreach_desk.core.demo import build_demo_vault, demo_data_dir

    data_dir = demo_data_dir(base)
    return data_dir, build_demo_vault(data_dir)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    app = create_application(list(sys.argv[1:] if argv is None else argv))
    settings = Settings()
    install_translators(app, args.lang or settings.get("language") or system_language())
    data_dir = resolve_data_dir(args.data_dir)
    kind, prefilled = "real", ""
    if args.demo:
        data_dir, prefilled = _demo_setup(data_dir)
        kind = "demo"
    else:
        settings.set("last_data_dir", str(data_dir))  # a folder path, nothing about families
    from outreach_desk.ui.controller import AppController

    controller = AppController(
        data_dir,
        settings,
        kind=kind,
        prefilled_passphrase=prefilled,
        preload=not args.smoke_test,  # the smoke test measures the first window only
    )
    first = controller.start()
    if args.smoke_test:
        app.processEvents()
        shown = first is not None and first.isVisible()
        # Packagers' smoke tests read this line: the first window really was on screen.
        print(f"smoke-test: {first.objectName() if first else 'no window'} shown={shown}")
        if first is not None:
            first.close()
        return 0 if shown else 1
    app.setQuitOnLastWindowClosed(False)  # the controller decides when to quit
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
