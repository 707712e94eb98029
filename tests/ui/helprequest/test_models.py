"""The help-request screen's models pass pytest-qt's model tester with real data."""

from __future__ import annotations

from PySide6.QtCore import Qt

from outreach_desk.core.intake import analyse_worries
from outreach_desk.core.intake.suggest import ServiceIndex
from outreach_desk.core.socialmap import SocialMap
from outreach_desk.ui.helprequest.domains_model import DomainChipsModel
from outreach_desk.ui.helprequest.flow import IntakeDraft
from outreach_desk.ui.helprequest.suggestions import SuggestionsModel


def test_domain_chips(qtmodeltester):
    analysis = analyse_worries("De huurbaas wil ons eruit, geen papieren, het OCMW helpt niet.")
    draft = IntakeDraft(analysis=analysis, domains=list(analysis.domain_ids))
    model = DomainChipsModel()
    model.set_draft(draft)
    qtmodeltester.check(model)
    index = model.index(0)
    model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert analysis.domain_ids[0] not in draft.domains
    model.add_domain("school")
    assert "school" in draft.domains and model.rowCount() == len(analysis.domain_ids) + 1
    qtmodeltester.check(model)


def test_suggestions(qtmodeltester, session):
    with SocialMap.open(session.vault.data_dir) as social_map:
        rows = ServiceIndex(social_map.services()).suggest(["housing", "school"])
    model = SuggestionsModel()
    model.set_suggestions(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows) > 0


def test_second_opinion_chips_are_offered_unticked_and_explained(qtmodeltester):
    from outreach_desk.core.intake.domain_model import SOURCE

    analysis = analyse_worries("Sinds de winter gaat de ketel niet meer aan en de kleine hoest.")
    assert analysis.also_consider, "this worry needs the model's second opinion"
    draft = IntakeDraft()
    draft.analysis = analysis
    draft.domains = list(analysis.domain_ids)
    model = DomainChipsModel()
    model.set_draft(draft)
    qtmodeltester.check(model)
    assert model.domain_ids() == analysis.all_domain_ids
    for row, suggestion in enumerate(analysis.also_consider, start=len(analysis.domains)):
        index = model.index(row)
        assert suggestion.basis == SOURCE
        assert model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        text = model.data(index)
        assert "worth a look" in text and suggestion.evidence[0].text in text
    first_extra = model.index(len(analysis.domains))
    model.setData(first_extra, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert analysis.also_consider[0].domain_id in draft.domains
