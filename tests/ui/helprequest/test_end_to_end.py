"""The worker's path in the main window: open a family, write the worries, confirm the
domains, see suggestions with reasons, pick one, fill the request, hit the consent gate,
record consent, export the PDF, set a follow-up for today: it is on "To follow up"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from outreach_desk.core.session import Session
from outreach_desk.render.raster import is_blank, render_pdf_to_png
from outreach_desk.ui.helprequest.followup_page import FollowUpPage
from outreach_desk.ui.helprequest.page import OUTPUTS, REQUEST, SUGGESTIONS, HelpRequestPage
from outreach_desk.ui.main_window import MainWindow

WORRIES = (
    "De huurbaas wil ons eruit zetten, we hebben geen papieren en het OCMW wil mij niet "
    "helpen omdat ik geen Frans spreek."
)


def _pages(window: MainWindow) -> tuple[HelpRequestPage, FollowUpPage]:
    page, follow = window.page("helprequest"), window.page("followup")
    assert isinstance(page, HelpRequestPage) and isinstance(follow, FollowUpPage)
    return page, follow


def test_from_worries_to_follow_up(
    qtbot, window, session: Session, family_id, tmp_path, monkeypatch
):
    page, follow = _pages(window)
    # open a family: the help-request tab follows the families page
    window.open_family(family_id)
    window.show_page("helprequest")
    qtbot.waitUntil(lambda: page.flow.family is not None and page.flow.family.id == family_id)
    assert "Family Rose" in page.title.text()

    # write the worries: the domains come with the parent's words
    qtbot.keyClicks(page.worries.worries, WORRIES)
    qtbot.waitUntil(lambda: "housing" in page.worries.model.domain_ids(), timeout=5000)
    chips = [page.worries.model.index(r).data() for r in range(page.worries.model.rowCount())]
    assert any("huurbaas" in chip and "Housing" in chip for chip in chips)

    # confirm: untick what does not apply (keep housing and papers)
    model = page.worries.model
    for row in range(model.rowCount()):
        if model.index(row).data(Qt.ItemDataRole.UserRole + 1) not in (
            "housing",
            "legal_residence",
        ):
            model.setData(model.index(row), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert set(page.flow.draft.domains) == {"housing", "legal_residence"}
    page.child.fields[next(iter(page.child.fields))].setPlainText("sleeps badly, misses school")

    # suggestions with reasons, pick the first that holds the right
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # urgency
    for _ in range(3):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == SUGGESTIONS
    suggestions = page.suggestions.model
    assert suggestions.rowCount() > 0
    row = next(r for r in range(suggestions.rowCount()) if not suggestions.suggestion(r).blocked)
    page.suggestions.view.setCurrentIndex(suggestions.index(row))
    assert page.flow.service is not None
    assert "Why this service" in page.suggestions.detail.toPlainText()

    # the request: the consent gate stops it and says what is missing
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == REQUEST
    assert page.request.gate.isVisible()
    assert "no active consent" in page.request.gate.message.text()
    assert "Housing" in page.request.gate.missing.text()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == REQUEST, "no way past the gate without consent"

    # record consent now: the preview appears
    qtbot.mouseClick(page.request.gate.record, Qt.MouseButton.LeftButton)
    dialog = page.handlers.consent_dialog
    assert dialog is not None and set(dialog.topics()) == {"housing", "legal_residence"}
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not page.request.gate.isVisible()
    assert page.request.preview.toPlainText().strip()
    assert session.consents.covers(family_id, page.flow.service.id, ["housing"]).ok

    # fill the request: an edited question is what goes out
    page.request.editors["question"].setPlainText("Pouvez-vous recevoir la maman mardi ?")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == OUTPUTS
    assert "Pouvez-vous recevoir la maman mardi" in page.flow.email_text()

    # produce the PDF (a plaintext export, said so on the button)
    assert "not encrypted" in page.outputs.pdf_button.text()
    out = tmp_path / "request.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    qtbot.mouseClick(page.outputs.pdf_button, Qt.MouseButton.LeftButton)
    assert out.exists()
    pngs = render_pdf_to_png(out, tmp_path / "png")
    assert pngs and not is_blank(pngs[0])

    # copy as e-mail text goes through the sensitive clipboard
    qtbot.mouseClick(page.outputs.copy_button, Qt.MouseButton.LeftButton)
    assert "Pouvez-vous recevoir" in window.clipboard._clipboard().text()
    window.clipboard.clear_now()

    # follow up today: the referral is due
    page.outputs.follow_up.setDate(QDate.currentDate())
    page.outputs.status.setCurrentIndex(page.outputs.status.findData("sent"))
    qtbot.mouseClick(page.outputs.save_button, Qt.MouseButton.LeftButton)
    referral = session.referrals.get(page.flow.referral_id)
    assert referral.status == "sent" and referral.follow_up_on == date.today().isoformat()
    intake = session.intakes.get(referral.intake_id)
    assert intake.worries == WORRIES and set(intake.domains) == {"housing", "legal_residence"}
    assert "sleeps badly, misses school" in intake.child_notes.values()

    window.show_page("followup")
    qtbot.waitUntil(lambda: follow.model.rowCount() == 1)
    index = follow.model.index(0, 0)
    assert index.data() == "Family Rose"
    assert follow.model.index(0, 1).data() == referral.service_name


def test_parent_sheet_in_arabic(
    qtbot, page: HelpRequestPage, session, family_id, tmp_path, monkeypatch
):
    page.worries.worries.setPlainText("مالك الدار بغا يخرجنا من الدار وما عندناش الأوراق")
    page.worries.analyse_now()
    qtbot.waitUntil(lambda: page.flow.draft.analysis is not None, timeout=5000)
    page.go_to(SUGGESTIONS)
    page.suggestions.view.setCurrentIndex(page.suggestions.model.index(0))
    page.go_to(REQUEST)
    page.flow.record_consent(["*"], "written", date.today())
    page.go_to(OUTPUTS)
    assert page.stack.currentIndex() == OUTPUTS
    out = tmp_path / "sheet-ar.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.outputs.sheet_language.setCurrentIndex(page.outputs.sheet_language.findData("ar"))
    qtbot.mouseClick(page.outputs.sheet_button, Qt.MouseButton.LeftButton)
    assert out.exists()
    assert not is_blank(render_pdf_to_png(out, tmp_path / "png")[0])


def test_no_output_without_consent(qtbot, page: HelpRequestPage, tmp_path, monkeypatch):
    page.worries.worries.setPlainText("Pas de chauffage, le proprio ne répond pas.")
    page.worries.analyse_now()
    qtbot.waitUntil(lambda: page.flow.draft.analysis is not None, timeout=5000)
    page.go_to(SUGGESTIONS)
    page.suggestions.view.setCurrentIndex(page.suggestions.model.index(0))
    page.go_to(OUTPUTS)
    assert page.stack.currentIndex() == REQUEST
    out = tmp_path / "nothing.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.handlers.export_pdf()
    page.handlers.copy_text()
    assert not out.exists()
    assert "consent" in page.message.text()
    assert "no active consent" in page.request.gate.message.text()
