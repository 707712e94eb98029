from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.ecomap import Contact, Ecomap, EcomapStore
from outreach_desk.core.ecomap_layout import wrap_label
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault
from outreach_desk.ui.ecomap import EcomapModel, EcomapWidget
from outreach_desk.ui.ecomap.model import ContactRole


@pytest.fixture
def session(tmp_path: Path):
    vault, _ = Vault.create(tmp_path / "v", "long test passphrase", kdf=KdfParams())
    yield Session(vault)
    vault.close()


@pytest.fixture
def widget(qtbot) -> EcomapWidget:
    widget = EcomapWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.set_ecomap(Ecomap("fam"), "Family Amrani")
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.view.setFocus()
    qtbot.waitUntil(lambda: widget.view.hasFocus())
    return widget


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key on whatever has the keyboard focus, as a person at the keyboard would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _wait_for_dialog(qtbot, widget: EcomapWidget):
    qtbot.waitUntil(lambda: widget.active_dialog is not None and widget.active_dialog.isVisible())
    dialog = widget.active_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name_edit)
    return dialog


def _add_by_keyboard(qtbot, widget: EcomapWidget, name: str, downs: dict[str, int]) -> None:
    """Insert, type the name, Tab through the lists pressing Down as asked, Enter."""
    _press(qtbot, Qt.Key.Key_Insert)
    _wait_for_dialog(qtbot, widget)
    _type(qtbot, name)
    for field in ("network", "kind", "tie", "support"):
        _press(qtbot, Qt.Key.Key_Tab)
        for _ in range(downs.get(field, 0)):
            _press(qtbot, Qt.Key.Key_Down)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.active_dialog is None)
    qtbot.waitUntil(lambda: widget.view.hasFocus())


def _assert_picture_matches_model(widget: EcomapWidget) -> None:
    contacts = widget.model.ecomap().contacts
    nodes = widget.scene.node_items()
    ties = {t.contact_id: t for t in widget.scene.tie_items()}
    assert widget.model.rowCount() == len(nodes) == len(ties) == len(contacts)
    for row, (contact, node) in enumerate(zip(contacts, nodes, strict=True)):
        index = widget.model.index(row, 0)
        assert index.data() == contact.name
        assert node.contact_id == contact.id
        assert node.label_text == " ".join(wrap_label(contact.name))
        tie = ties[contact.id]
        assert tie.tie == index.data(ContactRole.TIE)
        expected_arrows = {"none": 0, "to_family": 1, "from_family": 1, "both": 2}
        assert len(tie.arrow_items) == expected_arrows[contact.support]
        pen = tie.pen()
        if contact.tie == "strong":
            assert pen.style() == Qt.PenStyle.SolidLine and pen.widthF() >= 3.5
        elif contact.tie == "weak":
            assert pen.style() == Qt.PenStyle.DashLine
        elif contact.tie == "strained":
            assert tie.path().elementCount() > 6  # zig-zag
        else:
            assert _has_gap(tie)


def _has_gap(tie) -> bool:
    path = tie.path()
    moves = [path.elementAt(i).isMoveTo() for i in range(path.elementCount())]
    return sum(moves) >= 2


def test_add_contacts_by_keyboard_only(qtbot, widget: EcomapWidget) -> None:
    # Combo order: network formal/informal, kind person/organisation,
    # tie strong/weak/strained/broken, support to_family/from_family/both/none.
    _add_by_keyboard(qtbot, widget, "Oma Fatima", {"network": 1, "support": 2})
    _add_by_keyboard(qtbot, widget, "Juf Leen", {"tie": 1})
    _add_by_keyboard(qtbot, widget, "OCMW Schaerbeek", {"kind": 1, "tie": 2, "support": 3})
    _add_by_keyboard(qtbot, widget, "Tante Nadia", {"network": 1, "tie": 3, "support": 3})
    contacts = widget.model.ecomap().contacts
    assert [(c.name, c.network, c.kind, c.tie, c.support) for c in contacts] == [
        ("Oma Fatima", "informal", "person", "strong", "both"),
        ("Juf Leen", "formal", "person", "weak", "to_family"),
        ("OCMW Schaerbeek", "formal", "organisation", "strained", "none"),
        ("Tante Nadia", "informal", "person", "broken", "none"),
    ]
    _assert_picture_matches_model(widget)


def test_escape_cancels_without_adding(qtbot, widget: EcomapWidget) -> None:
    _press(qtbot, Qt.Key.Key_Insert)
    _wait_for_dialog(qtbot, widget)
    _type(qtbot, "Nobody")
    _press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: widget.active_dialog is None)
    assert widget.model.rowCount() == 0


def _filled(widget: EcomapWidget, names: list[str]) -> None:
    ties = itertools.cycle(["strong", "weak", "strained", "broken"])
    supports = itertools.cycle(["both", "to_family", "none", "from_family", "to_family"])
    contacts = tuple(
        Contact(f"c{i}", name, network="formal" if i % 2 else "informal", tie=t, support=s)
        for i, (name, t, s) in enumerate(zip(names, ties, supports, strict=False))
    )
    widget.set_ecomap(Ecomap("fam", contacts), "Family Amrani")


def test_arrows_enter_and_delete_with_undo(qtbot, widget: EcomapWidget) -> None:
    _filled(widget, ["Oma", "Juf Leen", "GP"])
    _press(qtbot, Qt.Key.Key_Right)
    _press(qtbot, Qt.Key.Key_Right)
    assert widget.scene.selected_contact_id() == "c1"
    assert widget.list_view.currentIndex().row() == 1  # the list follows the picture
    _press(qtbot, Qt.Key.Key_Delete)
    assert [c.name for c in widget.model.ecomap().contacts] == ["Oma", "GP"]
    assert "Juf Leen" in widget.status.text()
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [c.name for c in widget.model.ecomap().contacts] == ["Oma", "Juf Leen", "GP"]
    _assert_picture_matches_model(widget)


def test_enter_edits_the_selected_contact(qtbot, widget: EcomapWidget) -> None:
    _filled(widget, ["Oma", "Juf Leen"])
    _press(qtbot, Qt.Key.Key_End)
    _press(qtbot, Qt.Key.Key_Return)
    dialog = _wait_for_dialog(qtbot, widget)
    assert dialog.name_edit.text() == "Juf Leen"
    dialog.name_edit.selectAll()
    _type(qtbot, "Juf Leen (1ste leerjaar)")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.active_dialog is None)
    assert widget.model.contact_at(1).name == "Juf Leen (1ste leerjaar)"
    assert widget.model.contact_at(1).id == "c1"
    _assert_picture_matches_model(widget)
    widget.undo_stack.undo()
    assert widget.model.contact_at(1).name == "Juf Leen"


def test_tab_walks_the_contacts_then_leaves_the_map(qtbot, widget: EcomapWidget) -> None:
    _filled(widget, ["A", "B"])
    widget.list_view.setFocus()
    widget.view.setFocus(Qt.FocusReason.TabFocusReason)
    assert widget.scene.selected_contact_id() == "c0"  # coming in selects the first
    _press(qtbot, Qt.Key.Key_Tab)
    assert widget.scene.selected_contact_id() == "c1"
    assert widget.view.hasFocus()
    _press(qtbot, Qt.Key.Key_Tab)
    assert not widget.view.hasFocus()


def test_double_click_on_empty_space_adds(qtbot, widget: EcomapWidget) -> None:
    qtbot.mouseDClick(
        widget.view.viewport(), Qt.MouseButton.LeftButton, pos=widget.view.rect().topLeft()
    )
    qtbot.waitUntil(lambda: widget.active_dialog is not None)
    assert widget.active_dialog.windowTitle()
    widget.active_dialog.reject()


def test_picture_matches_model_for_thirty_contacts(widget: EcomapWidget) -> None:
    _filled(widget, [f"Contact with a longer name {i}" for i in range(30)])
    _assert_picture_matches_model(widget)
    rects = [node.node.rect for node in widget.scene.node_items()]
    for a, b in itertools.combinations(rects, 2):
        assert not a.overlaps(b)


def test_model_passes_the_model_tester(qtmodeltester) -> None:
    model = EcomapModel(Ecomap("fam", (Contact("a", "Oma"), Contact("b", "GP"))))
    qtmodeltester.check(model)
    model.add_contact(Contact("c", "School"), row=1)
    model.remove_contact("a")
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["School", "GP"]


def test_changes_are_saved_encrypted_to_the_vault(qtbot, session: Session) -> None:
    family = session.families.add("Family Amrani")
    store = EcomapStore(session.records)
    widget = EcomapWidget(store)
    qtbot.addWidget(widget)
    widget.load(family.id, family.label)
    widget.model.add_contact(Contact.new("Buurvrouw Maria"))
    assert [c.name for c in store.load(family.id).contacts] == ["Buurvrouw Maria"]


def test_export_png_is_not_blank(widget: EcomapWidget, tmp_path: Path) -> None:
    _filled(widget, ["Oma Fatima", "Juf Leen", "OCMW Schaerbeek", "Moskee"])
    out = widget.export_png(tmp_path / "map.png")
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 600
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(1 for b in bytes(grey.constBits()) if b < 128)
    assert dark > 5000  # lines, text and node borders


def test_dialog_needs_a_name(qtbot) -> None:
    from outreach_desk.ui.ecomap.editor import ContactDialog

    dialog = ContactDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.name_edit.setText("Oma")
    assert ok.isEnabled()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_choosing_a_social_map_service_fills_the_contact(qtbot) -> None:
    from outreach_desk.core.ecomap import ServiceChoice
    from outreach_desk.ui.ecomap.editor import ContactDialog

    services = [
        ServiceChoice("svc-ocmw", "OCMW Schaerbeek – sociale dienst", "OCMW Schaerbeek", "formal"),
        ServiceChoice("svc-adib", "ADIB – burgervereniging", "ADIB", "informal"),
    ]
    dialog = ContactDialog(None, None, services)
    qtbot.addWidget(dialog)
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findData("svc-adib"))
    contact = dialog.contact()
    assert (contact.name, contact.kind, contact.network, contact.service_id) == (
        "ADIB",
        "organisation",
        "informal",
        "svc-adib",
    )
    # Changing the choice replaces a name the dialog filled in, never one the worker typed.
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findData("svc-ocmw"))
    assert dialog.contact().name == "OCMW Schaerbeek"
    assert dialog.contact().network == "formal"
    dialog.name_edit.setText("Mevrouw Peeters (OCMW)")
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findData("svc-adib"))
    assert dialog.contact().name == "Mevrouw Peeters (OCMW)"


def test_editing_keeps_a_service_that_is_not_on_this_map(qtbot) -> None:
    from outreach_desk.ui.ecomap.editor import ContactDialog

    contact = Contact("c", "Oud OCMW", kind="organisation", network="formal", service_id="gone")
    dialog = ContactDialog(contact)
    qtbot.addWidget(dialog)
    assert dialog.contact() == contact
