"""What the GUI writes to disk: never a name, note, draft or search in plain text."""

from __future__ import annotations

from pathlib import Path

from outreach_desk.ui.actions import ActionId

from .test_main_window import _add_family, _write_note

CANARY = "Kanarie7781"


def _files_containing(folder: Path, needle: bytes) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and needle in path.read_bytes():
            found.append(path)
    return found


def test_canaries_never_reach_the_disk_through_the_gui(qtbot, unlocked, data_dir, tmp_path):
    controller, window = unlocked
    _add_family(qtbot, window, f"Familie {CANARY}")
    _write_note(qtbot, window, f"note {CANARY} over de huisbaas")
    editor = window.families.notes.editor
    editor.autosave.setInterval(20)
    editor.text.setPlainText(f"draft {CANARY} half typed")
    qtbot.waitUntil(lambda: len(controller.session.drafts.pending()) == 1)
    window.families.search.field.setText(CANARY)
    window.families.search.run_search()
    assert window.families.search.model.rowCount() >= 2
    controller.settings.sync()

    needles = [CANARY.encode(), CANARY.encode("utf-16-le")]
    for needle in needles:
        assert _files_containing(data_dir, needle) == [], "plaintext in the vault folder"
        assert _files_containing(tmp_path, needle) == [], "plaintext in settings or elsewhere"
    window.registry[ActionId.LOCK].trigger()
    for needle in needles:
        assert _files_containing(tmp_path, needle) == []
