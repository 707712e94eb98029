from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from outreach_desk.core.casefile import Member
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault
from outreach_desk.ui.family_glance import FamilyGlance
from outreach_desk.ui.family_glance_models import ChildrenModel, TimelineModel

ADULT_ONLY = "Meeting at the OCMW about the rent arrears."


@pytest.fixture
def session(tmp_path: Path):
    vault, _ = Vault.create(tmp_path / "v", "long test passphrase", kdf=KdfParams())
    yield Session(vault)
    vault.close()


@pytest.fixture
def family(session: Session):
    family = session.families.add(
        "Familie Amrani",
        strengths=("Takes initiative", "Supportive community at the mosque"),
        members=(Member.parent("Samira"), Member.child(2019, "Lina", "De Kleine Prins")),
    )
    session.records.put(
        "referral",
        {"date": "2026-01-12", "title": "OCMW: medical card", "domains": ["health"]},
        family_id=family.id,
    )
    session.records.put(
        "intake", {"date": "2026-01-10", "title": "First talk"}, family_id=family.id
    )
    return family


@pytest.fixture
def glance(qtbot, session: Session) -> FamilyGlance:
    widget = FamilyGlance(session)
    qtbot.addWidget(widget)
    return widget


def test_strengths_come_first_and_are_shown(glance: FamilyGlance, family) -> None:
    glance.show_family(family.id)
    layout = glance.layout()
    assert layout.itemAt(0).widget() is glance.strengths_box
    assert "Takes initiative" in glance.strengths_label.text()
    assert "Supportive community" in glance.strengths_label.text()


def test_strengths_can_be_changed_and_are_saved(glance: FamilyGlance, session, family) -> None:
    glance.show_family(family.id)
    glance.strengths_button.click()
    assert not glance.strengths_edit.isHidden()
    glance.strengths_edit.setPlainText("Takes initiative\n\nHopeful talk with the children\n")
    glance.strengths_button.click()
    assert session.families.get(family.id).strengths == (
        "Takes initiative",
        "Hopeful talk with the children",
    )
    assert "Hopeful talk" in glance.strengths_label.text()


def test_reminder_appears_after_three_notes_without_a_child(
    glance: FamilyGlance, session, family
) -> None:
    for count in range(1, 4):
        session.notes.add(family.id, ADULT_ONLY)
        glance.show_family(family.id)
        shown = not glance.reminder_label.isHidden()
        assert shown == (count >= 3), f"after {count} notes"
    assert "Lina" in glance.reminder_label.text()
    session.notes.add(family.id, "Lina lost a tooth at school.")
    glance.show_family(family.id)
    assert glance.reminder_label.isHidden()


def test_for_this_child_line_is_edited_in_the_table(glance: FamilyGlance, session, family) -> None:
    glance.show_family(family.id)
    model = glance.children_model
    assert model.index(0, 0).data() == "Lina"
    index = model.index(0, ChildrenModel.FOR_THIS_CHILD)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "Speech therapy on Wednesdays")
    saved = session.families.get(family.id).children[0]
    assert saved.for_this_child == "Speech therapy on Wednesdays"


def test_timeline_filters_by_kind_and_domain(glance: FamilyGlance, session, family) -> None:
    session.notes.add(family.id, "Home visit.")
    glance.show_family(family.id)
    view = glance.timeline_filter
    assert view.rowCount() == 3
    kinds = [glance.kind_filter.itemText(i) for i in range(glance.kind_filter.count())]
    glance.kind_filter.setCurrentIndex(kinds.index("Referrals and outcomes"))
    assert view.rowCount() == 1
    assert "medical card" in view.index(0, 2).data()
    glance.kind_filter.setCurrentIndex(0)
    glance.domain_filter.setCurrentIndex(glance.domain_filter.findData("health"))
    assert view.rowCount() == 1
    glance.domain_filter.setCurrentIndex(glance.domain_filter.findData("housing"))
    assert view.rowCount() == 0


def test_timeline_is_newest_first(glance: FamilyGlance, family) -> None:
    glance.show_family(family.id)
    model = glance.timeline_model
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert rows == [("2026-01-12", "Referral"), ("2026-01-10", "Intake")]


def test_models_pass_the_model_tester(qtmodeltester, glance: FamilyGlance, family) -> None:
    glance.show_family(family.id)
    qtmodeltester.check(glance.children_model)
    qtmodeltester.check(glance.timeline_model)
    qtmodeltester.check(glance.timeline_filter)
    assert isinstance(glance.timeline_model, TimelineModel)


def test_language_change_keeps_filters_and_text(glance: FamilyGlance, family) -> None:
    glance.show_family(family.id)
    glance.kind_filter.setCurrentIndex(3)
    QCoreApplication.sendEvent(glance, QEvent(QEvent.Type.LanguageChange))
    assert glance.kind_filter.currentIndex() == 3
    assert glance.strengths_box.title() == "What goes well"
