"""First start and unlocking, as a worker meets them."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from outreach_desk.core.backup import make_backup
from outreach_desk.core.paths import vault_file
from outreach_desk.core.vault import Vault
from outreach_desk.ui.create_wizard import CreateVaultWizard

from .conftest import PASSPHRASE, unlock


def _to_passphrase_page(wizard: CreateVaultWizard) -> CreateVaultWizard:
    """A first run starts with the language page (FirstRunWizard); step past it."""
    if wizard.currentPage() is getattr(wizard, "language_page", object()):
        wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.passphrase_page
    return wizard


def _advance_button(wizard: CreateVaultWizard):
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    return finish if finish.isVisible() else wizard.button(QWizard.WizardButton.NextButton)


def _finish_wizard(qtbot, wizard: CreateVaultWizard, passphrase: str) -> str:
    _to_passphrase_page(wizard)
    page = wizard.passphrase_page
    page.fields.passphrase.setText(passphrase)
    page.fields.confirmation.setText(passphrase)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.code_page, timeout=20_000)
    return wizard.code_page.code.text()


def test_wizard_creates_vault_and_opens_main_window(qtbot, make_controller, data_dir: Path):
    controller = make_controller()
    wizard = controller.start()
    assert isinstance(wizard, CreateVaultWizard)
    code = _finish_wizard(qtbot, wizard, PASSPHRASE)
    assert re.fullmatch(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", code)
    assert vault_file(data_dir).exists()

    wizard.button(QWizard.WizardButton.NextButton).click()
    finish = _advance_button(wizard)
    assert not finish.isEnabled(), "finishing must wait until the code was checked"
    wizard.confirm_page.last_group.setText("ZZZZ" if not code.endswith("ZZZZ") else "YYYY")
    assert not finish.isEnabled()
    wizard.confirm_page.last_group.setText(code.rsplit("-", 1)[1].lower())
    assert finish.isEnabled()
    finish.click()
    if wizard.currentPage() is getattr(wizard, "extras_page", object()):  # optional extras
        wizard.button(QWizard.WizardButton.FinishButton).click()

    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert controller.window.isVisible()
    assert controller.window.families.list.is_empty_state_shown()
    controller.lock()
    reopened = Vault.open_with_recovery_code(data_dir, code)  # the code shown really works
    reopened.close()


def test_weak_or_mismatched_passphrase_blocks_the_wizard(qtbot, make_controller):
    wizard = _to_passphrase_page(make_controller().start())
    fields = wizard.passphrase_page.fields
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    fields.passphrase.setText("short")
    fields.confirmation.setText("short")
    assert not next_button.isEnabled()
    assert "10 characters" in fields.feedback.text()
    fields.passphrase.setText(PASSPHRASE)
    fields.confirmation.setText(PASSPHRASE + "x")
    assert not next_button.isEnabled()
    assert fields.mismatch.text()


def test_copying_the_recovery_code_is_cleared_later(qtbot, make_controller):
    controller = make_controller()
    controller.clipboard.set_seconds(0.05)
    wizard = controller.start()
    code = _finish_wizard(qtbot, wizard, PASSPHRASE)
    wizard.code_page.copy_button.click()
    assert QGuiApplication.clipboard().text() == code
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5_000)


def test_wrong_passphrase_is_explained_then_right_one_opens(
    qtbot, existing_vault: Path, make_controller
):
    controller = make_controller()
    dialog = controller.start()
    dialog.secret.setText("not the passphrase at all")
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: "not the right passphrase" in dialog.error.text(), timeout=20_000)
    assert controller.window is None
    window = unlock(qtbot, controller)
    assert window.isVisible()
    assert controller.unlock_dialog is None


def test_recovery_code_unlock_forces_a_new_passphrase(qtbot, data_dir, fast_kdf, make_controller):
    vault, code = Vault.create(data_dir, PASSPHRASE, kdf=fast_kdf)
    vault.close()
    controller = make_controller()
    dialog = controller.start()
    dialog.toggle_code.click()
    dialog.secret.setText(code.lower().replace("-", " "))
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    assert controller.window is None, "no access before a new passphrase is chosen"
    new = "seven quiet herons over molenbeek"
    dialog.new_passphrase.passphrase.setText(new)
    dialog.new_passphrase.confirmation.setText(new)
    dialog.save_passphrase.click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    controller.lock()
    Vault.open(data_dir, new).close()


def test_damaged_vault_offers_the_last_backup(qtbot, data_dir, fast_kdf, make_controller):
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=fast_kdf)
    make_backup(vault.conn, data_dir)
    vault.close()
    vault_file(data_dir).write_bytes(b"this is not a database any more" * 100)
    controller = make_controller()
    dialog = controller.start()
    dialog.secret.setText(PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(dialog.restore_button.isVisible, timeout=20_000)
    assert "damaged" in dialog.error.text()
    dialog.confirm_restore = lambda backup: True
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: "restored" in dialog.error.text(), timeout=10_000)
    window = unlock(qtbot, controller)
    assert window.isVisible()


def test_vault_from_a_newer_version_is_refused_clearly(qtbot, existing_vault, make_controller):
    import sqlite3

    conn = sqlite3.connect(vault_file(existing_vault))
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = vault_file(existing_vault).read_bytes()
    dialog = make_controller().start()
    dialog.secret.setText(PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: "newer Outreach Desk" in dialog.error.text(), timeout=20_000)
    assert not dialog.restore_button.isVisible()
    assert vault_file(existing_vault).read_bytes() == before


def test_growing_delay_after_wrong_tries_is_shown(
    qtbot, existing_vault, make_controller, monkeypatch
):
    monkeypatch.setattr(Vault, "sleep", staticmethod(lambda seconds: None))
    dialog = make_controller().start()
    for _attempt in range(3):
        dialog.secret.setText("wrong guess again")
        dialog.unlock_button.click()
        qtbot.waitUntil(lambda: "not the right" in dialog.error.text(), timeout=20_000)
    dialog.secret.setText("wrong guess again")
    dialog.unlock_button.click()
    assert "waiting 1 seconds" in dialog.error.text()
    qtbot.waitUntil(lambda: "not the right" in dialog.error.text(), timeout=20_000)


def test_window_size_is_remembered_across_lock(qtbot, existing_vault, make_controller, settings):
    controller = make_controller()
    controller.start()
    window = unlock(qtbot, controller)
    window.resize(1100, 700)
    controller.lock()
    assert settings.get("window_geometry")
    window = unlock(qtbot, controller)
    # Offscreen Qt clamps the width to the window's minimum; the height tells the story.
    assert window.height() == 700


def test_open_training_from_the_start_window_opens_only_the_training_vault(
    qtbot, existing_vault: Path, make_controller
):
    import hashlib

    real = vault_file(existing_vault)
    before = hashlib.sha256(real.read_bytes()).hexdigest()
    controller = make_controller()
    dialog = controller.start()
    assert dialog.training_button.isVisible()
    dialog.training_button.click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=30_000)
    assert controller.session.vault.kind == "training"
    assert controller.window.page("training") is not None
    assert controller.window.banner.isVisible()
    controller.lock()
    assert hashlib.sha256(real.read_bytes()).hexdigest() == before


def test_demo_start_window_has_no_training_button(qtbot, existing_vault: Path, make_controller):
    dialog = make_controller(kind="demo").start()
    assert not dialog.training_button.isVisible()
