"""GUI test helpers: a fast KDF, private settings, and a controller that is torn down."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.vault import Vault
from outreach_desk.ui.controller import AppController
from outreach_desk.ui.main_window import MainWindow
from outreach_desk.ui.settings import Settings

PASSPHRASE = "purple tram under the canal bridge"


@pytest.fixture
def fast_kdf() -> KdfParams:
    return KdfParams()  # the floor (64 MiB, t=3): fast enough for tests


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def make_controller(
    qapp: QApplication, data_dir: Path, settings: Settings, fast_kdf: KdfParams
) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(**kwargs: object) -> AppController:
        options = {"kdf": fast_kdf, **kwargs}
        controller = AppController(
            options.pop("data_dir", data_dir),
            settings,
            **options,  # type: ignore[arg-type]
        )
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


@pytest.fixture
def existing_vault(data_dir: Path, fast_kdf: KdfParams) -> Path:
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=fast_kdf)
    vault.close()
    return data_dir


def unlock(qtbot, controller: AppController, passphrase: str = PASSPHRASE) -> MainWindow:
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.secret.setText(passphrase)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    assert controller.window is not None
    return controller.window


@pytest.fixture
def unlocked(qtbot, existing_vault: Path, make_controller) -> tuple[AppController, MainWindow]:
    controller = make_controller()
    controller.start()
    return controller, unlock(qtbot, controller)
