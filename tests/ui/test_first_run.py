"""The first-run wizard: language first, then the vault, then optional extras."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.paths import vault_file
from outreach_desk.core.session import Session
from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.identity import DeviceIdentity
from outreach_desk.core.sync.keystore import contacts
from outreach_desk.ui.clipboard import SensitiveClipboard
from outreach_desk.ui.first_run import (
    EXTRAS_PAGE_ID,
    LANGUAGE_PAGE_ID,
    FirstRunChoices,
    FirstRunWizard,
)

PASSPHRASE = "purple tram under the canal bridge"


def _wizard(qtbot, data_dir: Path) -> FirstRunWizard:
    wizard = FirstRunWizard(data_dir, SensitiveClipboard(), language="nl", kdf=KdfParams())
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _through_the_vault_pages(qtbot, wizard: FirstRunWizard) -> str:
    _next(wizard)
    assert wizard.currentPage() is wizard.passphrase_page
    wizard.passphrase_page.fields.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.fields.confirmation.setText(PASSPHRASE)
    _next(wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.code_page, timeout=20_000)
    code = wizard.code_page.code.text()
    _next(wizard)
    wizard.confirm_page.last_group.setText(code.rsplit("-", 1)[1])
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    _next(wizard)
    assert wizard.currentId() == EXTRAS_PAGE_ID
    return code


def test_it_starts_with_the_language_and_reports_the_choice(qtbot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, tmp_path / "data")
    assert wizard.currentId() == LANGUAGE_PAGE_ID
    assert wizard.findChild(object, "language_nl").isChecked()
    with qtbot.waitSignal(wizard.language_changed) as chosen:
        wizard.findChild(object, "language_fr").click()
    assert chosen.args == ["fr"]
    assert wizard.choices.language == "fr"
    assert not vault_file(tmp_path / "data").exists(), "choosing a language creates nothing"


def test_every_extra_can_be_skipped(qtbot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    wizard = _wizard(qtbot, data_dir)
    _through_the_vault_pages(qtbot, wizard)
    with qtbot.waitSignal(wizard.created) as created:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    vault = created.args[0]
    try:
        assert wizard.choices == FirstRunChoices("nl")
        assert vault_file(data_dir).exists()
    finally:
        vault.close()


def test_extras_training_contact_card_and_sync_folder(qtbot, tmp_path: Path) -> None:
    colleague = ContactCard.for_identity(DeviceIdentity.generate(), "Youssef")
    card_file = tmp_path / "youssef.json"
    card_file.write_text(colleague.to_text(), encoding="utf-8")
    wizard = _wizard(qtbot, tmp_path / "data")
    _through_the_vault_pages(qtbot, wizard)
    extras = wizard.extras_page

    assert not extras.import_contact(card_file, "Youssef", "AAAA BBBB CCCC DDDD EEEE FFFF")
    assert "fingerprint" in extras.contact_status.text().lower()
    assert extras.import_contact(card_file, "Youssef", colleague.fingerprint)
    extras.training.setChecked(True)
    extras.sync_folder.setText(str(tmp_path / "shared"))
    with qtbot.waitSignal(wizard.created) as created:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    vault = created.args[0]
    try:
        assert wizard.choices.open_training
        assert wizard.choices.sync_folder == str(tmp_path / "shared")
        assert wizard.choices.contacts_added == [colleague.device_id]
        assert colleague.device_id in contacts(Session(vault))
    finally:
        vault.close()
