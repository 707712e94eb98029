"""Opening training mode: a separate vault, never open beside the real one, rebuilt on reset."""

from __future__ import annotations

import hashlib
from pathlib import Path

from outreach_desk.core.paths import training_dir, vault_file
from outreach_desk.core.training import all_packs
from outreach_desk.core.training.vault_seed import (
    reveal_hidden_fact,
    training_state_hash,
)
from outreach_desk.ui.training.entry import TrainingLauncher, base_data_dir, open_training_session
from outreach_desk.ui.training.page import TrainingPage


def _fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Content hash and modification time of every file directly in the real vault folder."""
    return {
        path.name: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def test_first_opening_builds_the_training_vault_beside_the_real_one(tmp_path: Path) -> None:
    session = open_training_session(tmp_path / "data")
    try:
        assert session.is_training
        assert session.vault.path == vault_file(training_dir(tmp_path / "data"))
        assert base_data_dir(session.vault) == tmp_path / "data"
        assert len(session.families.families()) == 12
    finally:
        session.lock()


def _launcher(controller) -> TrainingLauncher:
    return TrainingLauncher(
        controller.data_dir,
        is_open=lambda: controller.session is not None,
        lock=controller.lock,
        show_session=controller._unlocked,
        show_errors=False,
    )


def test_opening_training_locks_the_real_vault_first_and_never_touches_it(qtbot, unlocked) -> None:
    controller, _window = unlocked
    real = controller.session
    assert real is not None and real.vault.kind == "real"
    launcher = _launcher(controller)
    with qtbot.waitSignal(launcher.opened, timeout=30_000):
        launcher.open_training()
        assert not real.vault.is_open  # closed before training even starts to open
        before = _fingerprint(controller.data_dir)
    assert controller.session is not None and controller.session.is_training
    assert controller.window is not None
    assert isinstance(controller.window.page("training"), TrainingPage)
    assert controller.window.banner.isVisible()
    assert _fingerprint(controller.data_dir) == before


def test_the_training_tab_is_absent_from_a_real_vault(unlocked) -> None:
    _controller, window = unlocked
    assert window.page("training") is None


def test_resetting_the_whole_vault_reopens_it_in_its_initial_state(qtbot, unlocked) -> None:
    controller, _window = unlocked
    launcher = _launcher(controller)
    with qtbot.waitSignal(launcher.opened, timeout=30_000):
        launcher.open_training()
    session = controller.session
    assert session is not None
    initial = training_state_hash(session.vault)
    packs = all_packs(controller.data_dir)
    reveal_hidden_fact(session.vault, "darija-ocmw", 1, packs)
    assert training_state_hash(session.vault) != initial
    page = controller.window.page("training")
    assert isinstance(page, TrainingPage)
    page.reset_requested.connect(launcher.reset_training_vault)  # what the lead wires
    page.confirm = lambda title, text: True  # type: ignore[method-assign]
    with qtbot.waitSignal(launcher.opened, timeout=30_000):
        page.buttons["reset_vault"].click()
    assert not session.vault.is_open
    fresh = controller.session
    assert fresh is not None and fresh is not session and fresh.is_training
    assert training_state_hash(fresh.vault) == initial


def test_a_vault_that_is_not_training_is_refused_with_a_message(qtbot, unlocked, fast_kdf) -> None:
    from outreach_desk.core.vault import Vault

    controller, _window = unlocked
    stranger, _code = Vault.create(
        training_dir(controller.data_dir), "another passphrase here", kdf=fast_kdf
    )
    stranger.close()
    launcher = _launcher(controller)
    with qtbot.waitSignal(launcher.failed, timeout=30_000) as failure:
        launcher.open_training()
    assert "training passphrase" in failure.args[0]
    assert controller.session is None  # the real vault stays locked, nothing else opened


def test_open_training_button_from_the_start_window(
    qtbot, existing_vault: Path, make_controller
) -> None:
    from outreach_desk.ui.training.entry import OpenTrainingButton, install_training

    controller = make_controller()
    controller.start()  # the unlock window: the real vault is locked
    launcher = install_training(controller)
    button = OpenTrainingButton(launcher)
    qtbot.addWidget(button)
    assert button.text() == "Open &training (fictional families)"
    with qtbot.waitSignal(launcher.opened, timeout=30_000):
        button.click()
        assert not button.isEnabled()  # no second click while Argon2id runs
    assert button.isEnabled()
    assert controller.session is not None and controller.session.is_training
    assert controller.unlock_dialog is None  # the start window made way for training
    # the Training tab's whole reset goes through the same launcher, wired by install_training
    page = controller.window.page("training")
    assert isinstance(page, TrainingPage)
    old = controller.session
    page.confirm = lambda title, text: True  # type: ignore[method-assign]
    with qtbot.waitSignal(launcher.opened, timeout=30_000):
        page.buttons["reset_vault"].click()
    assert controller.session is not None and controller.session is not old
    assert not old.vault.is_open
