"""Clipboard clearing, idle watcher, settings schema, banners."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from outreach_desk.core.demo import build_demo_vault
from outreach_desk.ui.banner import KindBanner
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.settings import Settings

from .conftest import unlock


def test_clipboard_is_cleared_after_the_delay(qtbot):
    clipboard = SensitiveClipboard(0.05)
    clipboard.copy("RECOVERY-CODE-1234")
    assert QGuiApplication.clipboard().text() == "RECOVERY-CODE-1234"
    with qtbot.waitSignal(clipboard.cleared, timeout=5_000):
        pass
    assert QGuiApplication.clipboard().text() == ""


def test_clipboard_leaves_what_someone_else_copied(qtbot):
    clipboard = SensitiveClipboard(0.05)
    clipboard.copy("secret note text")
    QGuiApplication.clipboard().setText("an address the worker copied from a web page")
    with qtbot.assertNotEmitted(clipboard.cleared, wait=300):
        pass
    assert QGuiApplication.clipboard().text() == "an address the worker copied from a web page"


def test_settings_defaults_and_validation(settings: Settings):
    assert settings.get("auto_lock_minutes") == 5.0
    assert settings.get("clipboard_clear_seconds") == 30.0
    settings.set("auto_lock_minutes", 10)
    assert settings.get("auto_lock_minutes") == 10.0
    with pytest.raises(ValueError):
        settings.set("auto_lock_minutes", -1)
    with pytest.raises(KeyError):
        settings.get("passphrase")


def test_demo_vault_shows_a_permanent_banner(qtbot, tmp_path, make_controller):
    demo_dir = tmp_path / "demo"
    passphrase = build_demo_vault(demo_dir)
    controller = make_controller(data_dir=demo_dir, kind="demo", prefilled_passphrase=passphrase)
    dialog = controller.start()
    assert dialog.secret.text() == passphrase
    assert dialog.demo_note.isVisible()
    window = unlock(qtbot, controller, passphrase)
    assert window.banner.isVisible()
    assert window.banner.text() == "DEMO - fictional data"
    assert "DEMO" in window.windowTitle()
    assert window.families.model.rowCount() >= 3


def test_training_and_real_banners(qtbot):
    training = KindBanner("training")
    real = KindBanner("real")
    qtbot.addWidget(training)
    qtbot.addWidget(real)
    assert training.text() == "TRAINING - fictional families"
    assert not training.isHidden()
    assert real.isHidden()


def test_search_marks_become_bold_and_text_is_escaped():
    from outreach_desk.ui.delegates import highlighted_html

    rendered = highlighted_html("Mama <b>x</b> at the [school] gate\nsecond line")
    assert "<b>school</b>" in rendered
    assert "&lt;b&gt;x&lt;/b&gt;" in rendered, "note text is never interpreted as HTML"
    assert "<br>" in rendered


def test_every_action_has_its_shortcut_and_text(qapp):
    from PySide6.QtGui import QKeySequence

    from outreach_desk.ui.actions import ActionId, ActionRegistry

    registry = ActionRegistry()
    expected = {
        ActionId.LOCK: "Ctrl+L",
        ActionId.NEW_FAMILY: "Ctrl+Shift+N",
        ActionId.NEW_NOTE: "Ctrl+N",
        ActionId.SEARCH: "Ctrl+F",
        ActionId.SAVE_NOTE: "Ctrl+S",
        ActionId.QUIT: "Ctrl+Q",
    }
    for action_id, keys in expected.items():
        assert registry[action_id].shortcut() == QKeySequence(keys)
    assert all(action.text() for action in registry.all())


def test_qt_translations_are_installed_for_dutch(qapp):
    from outreach_desk.ui.i18n import install_translators

    installed = install_translators(qapp, "nl")
    assert installed, "Qt's own Dutch strings (qtbase_nl.qm) load"
    install_translators(qapp, "en")


def test_dates_and_domain_names_follow_the_interface_language(qapp):
    from outreach_desk.ui.i18n import install_translators
    from outreach_desk.ui.texts import current_language, domain_label, format_date

    install_translators(qapp, "nl")
    assert current_language() == "nl" and domain_label("housing") == "Wonen"
    assert format_date("2026-01-31").startswith("31")  # day first, as in Belgium
    install_translators(qapp, "ar")
    assert domain_label("housing") == "السكن"
    assert format_date("2026-01-31").startswith("31")  # day first, Moroccan Arabic usage
    install_translators(qapp, "en")
    assert current_language() == "en"


def test_app_options_are_read_and_qt_options_left_alone():
    from outreach_desk.ui.app import parse_args

    options = parse_args(["--data-dir", "/tmp/x", "--demo", "-style", "fusion", "--lang=ar"])
    assert (options.data_dir, options.demo, options.lang, options.smoke_test) == (
        "/tmp/x",
        True,
        "ar",
        False,
    )
    assert parse_args([]).data_dir is None
