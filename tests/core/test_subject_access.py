"""Subject access: everything held about one family, and nothing about any other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.core.conftest import PASSPHRASE

from outreach_desk.cli import main
from outreach_desk.core.casefile import Member
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.errors import NotFound
from outreach_desk.core.session import Session
from outreach_desk.core.subject_access import NOTICE, collect, to_json
from outreach_desk.core.vault import Vault

OURS = "Kastanje-8e21"
OTHERS = "Paardenbloem-93bd"
RECORD_KINDS = ("consent", "intake", "referral", "ecomap", "handover")


def _fill(session: Session, canary: str) -> tuple[str, list[str]]:
    """A family with one of everything; returns its id and every canary written."""
    written = [f"{canary}-{part}" for part in
               ("label", "names", "parent", "child", "school", "strength", "note-v1", "note-v2",
                "draft", "unknown-kind", *RECORD_KINDS)]  # fmt: skip
    family = session.families.add(
        f"Familie {canary}-label",
        real_names=f"{canary}-names",
        members=(Member.parent(f"{canary}-parent"),
                 Member.child(2017, f"{canary}-child", school=f"{canary}-school")),
        strengths=(f"{canary}-strength",),
    )  # fmt: skip
    note = session.notes.add(family.id, f"Eerste versie {canary}-note-v1")
    session.notes.edit(note.id, f"Tweede versie {canary}-note-v2")
    session.drafts.save(session.drafts.new_id(), family.id, f"Klad {canary}-draft")
    for kind in RECORD_KINDS:
        session.records.put(kind, {"text": f"{canary}-{kind}"}, family_id=family.id)
    session.records.put("a-kind-from-the-future", {"text": f"{canary}-unknown-kind"},
                        family_id=family.id)  # fmt: skip
    return family.id, written


@pytest.fixture
def two_families(session: Session) -> tuple[Session, str, list[str], list[str]]:
    ours, our_canaries = _fill(session, OURS)
    _theirs, their_canaries = _fill(session, OTHERS)
    return session, ours, our_canaries, their_canaries


def test_the_export_holds_every_record_of_the_family_and_nothing_of_others(
    two_families: tuple[Session, str, list[str], list[str]],
) -> None:
    session, ours, our_canaries, their_canaries = two_families
    text = to_json(collect(session, ours))
    missing = [c for c in our_canaries if c not in text and c != f"{OURS}-unknown-kind"]
    assert missing == []
    assert [c for c in their_canaries if c in text] == []
    assert OTHERS not in text


def test_every_version_and_record_is_listed_and_an_unknown_kind_is_not_hidden(
    two_families: tuple[Session, str, list[str], list[str]],
) -> None:
    session, ours, _ours, _theirs = two_families
    export = collect(session, ours)
    assert [len(n["versions"]) for n in export["notes"]] == [2]
    assert sorted(export["records"]) == sorted(RECORD_KINDS)
    assert len(export["drafts"]) == 1
    assert len(export["records_not_readable"]) == 1, "a record this version cannot read is named"
    assert export["notice"] == NOTICE and "PLAINTEXT EXPORT" in NOTICE


def test_the_export_is_deterministic(
    two_families: tuple[Session, str, list[str], list[str]],
) -> None:
    session, ours, _ours, _theirs = two_families
    assert to_json(collect(session, ours)) == to_json(collect(session, ours))


def test_an_unknown_family_is_refused(session: Session) -> None:
    with pytest.raises(NotFound, match="nothing was exported"):
        collect(session, "0" * 32)


def test_the_pdf_shows_the_notice_and_every_note_version(
    two_families: tuple[Session, str, list[str], list[str]], tmp_path: Path
) -> None:
    pytest.importorskip("PySide6")
    from outreach_desk.render.subject_access import subject_access_html, write_subject_access_pdf

    session, ours, _ours, _theirs = two_families
    export = collect(session, ours)
    html = subject_access_html(export)
    assert "not encrypted" in html
    assert f"{OURS}-note-v1" in html and f"{OURS}-note-v2" in html
    assert f"{OURS}-referral" in html and OTHERS not in html
    out = write_subject_access_pdf(export, tmp_path / "export.pdf")
    assert out.read_bytes().startswith(b"%PDF-")


def test_cli_subject_access_writes_json_and_warns_it_is_plaintext(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / "data"
    vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=KdfParams())
    ours, _written = _fill(Session(vault), OURS)
    vault.close()
    monkeypatch.setenv("OUTREACH_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "family.json"
    code = main(["subject-access", ours, "--json", str(out), "--data-dir", str(data_dir)])
    assert code == 0
    assert "PLAINTEXT" in capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8"))["family_id"] == ours
    assert main(["subject-access", "f" * 32, "--json", str(out), "--data-dir", str(data_dir)]) == 7
