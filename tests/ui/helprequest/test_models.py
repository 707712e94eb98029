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
