"""Every model passes Qt's model tester and relays core changes."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault
from outreach_desk.ui.models.family_table import FamilyFilterModel, FamilyTableModel
from outreach_desk.ui.models.note_list import NoteListModel
from outreach_desk.ui.models.search_results import SearchResultsModel


def _session(tmp_path) -> Session:
    vault, _ = Vault.create(tmp_path / "v", "model tester passphrase", kdf=KdfParams())
    return Session(vault)


def test_family_model_and_filter_pass_the_model_tester(qtmodeltester, tmp_path, pytestconfig):
    session = _session(tmp_path)
    session.families.add("Familie A", municipality="Jette")
    model = FamilyTableModel(session.families, session.vault.events)
    proxy = FamilyFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(model, force_py=True)
    ModelTester(pytestconfig).check(proxy, force_py=True)
    added = session.families.add("Familie B", municipality="Evere")
    assert model.rowCount() == 2, "a family added in the core appears without reload"
    session.families.update(added.id, label="Familie B2")
    assert model.family_at(model.row_of(added.id)).label == "Familie B2"
    proxy.set_text("jette")
    assert proxy.rowCount() == 1
    model.clear()
    assert model.rowCount() == 0
    session.lock()


def test_note_model_is_newest_first_and_marks_edits(qtmodeltester, tmp_path):
    session = _session(tmp_path)
    family = session.families.add("Familie A")
    first = session.notes.add(family.id, "oldest")
    model = NoteListModel(session.notes, session.vault.events, family.id)
    session.notes.add(family.id, "newest")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    assert "newest" in model.index(0).data()
    session.notes.edit(first.id, "oldest, corrected")
    assert "edited" in model.index(1).data()
    other = session.families.add("Familie B")
    session.notes.add(other.id, "not for this family")
    assert model.rowCount() == 2
    session.lock()


def test_search_results_model(qtmodeltester, tmp_path):
    session = _session(tmp_path)
    family = session.families.add("Familie A")
    session.notes.add(family.id, "huisbaas herstelt de verwarming niet")
    model = SearchResultsModel()
    model.set_hits(session.search_index.search("verwarming"))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1
    assert "Familie A" in model.index(0).data()
    session.lock()


def test_conflicting_versions_are_marked_in_timeline_and_history(qtbot, tmp_path):
    import uuid
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from outreach_desk.ui.note_history import NoteHistoryDialog

    session = _session(tmp_path)
    family = session.families.add("Familie A")
    note = session.notes.add(family.id, "original")
    session.notes.edit(note.id, "edited on this laptop")
    other_laptop = replace(
        note.current,
        id=uuid.uuid4().hex,
        parent_id=note.current.id,
        hlc=session.vault.clock.now().encode(),
        device="other-laptop",
        text="edited on the other laptop",
    )
    session.notes.write_version(other_laptop)
    model = NoteListModel(session.notes, session.vault.events, family.id)
    text = model.index(0).data()
    assert "CONFLICT" in text
    assert model.index(0).data(Qt.ItemDataRole.BackgroundRole) is not None
    dialog = NoteHistoryDialog(model.note_at(0))
    qtbot.addWidget(dialog)
    history = dialog.view.toPlainText()
    assert "edited on this laptop" in history and "edited on the other laptop" in history
    assert "CONFLICT" in history
    session.lock()
