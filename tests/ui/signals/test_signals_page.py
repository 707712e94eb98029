from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.referrals import Intake, Referral
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault
from outreach_desk.ui.signals.signals_page import SignalsPage


@pytest.fixture
def session(tmp_path: Path):
    vault, _ = Vault.create(tmp_path / "v", "a long signals passphrase", kdf=KdfParams())
    session = Session(vault)
    family = session.families.add("F", municipality="Jette")
    with vault.transaction():
        for month in range(1, 4):
            for index in range(7):
                stamp = f"2026-{month:02d}-0{index + 1}T09:00:00"
                session.intakes.save(
                    Intake("", family.id, "w", domains=("housing", "school"), created_at=stamp)
                )
                session.referrals.save(
                    Referral(
                        "",
                        family.id,
                        "s",
                        "S",
                        domains=("housing",),
                        formal=index > 1,
                        barrier="language" if index < 6 else "none",
                        created_at=stamp,
                    )
                )
    yield session
    vault.close()


def test_charts_show_protected_figures_only(qtbot, session: Session, tmp_path: Path) -> None:
    page = SignalsPage(session)
    qtbot.addWidget(page)
    page.first.setDate(QDate(2026, 1, 1))
    page.last.setDate(QDate(2026, 3, 1))
    qtbot.waitUntil(lambda: page.report is not None)
    page._rebuild()
    domains_chart = page.charts[0]
    values = [b.value for g in domains_chart.groups for b in g.bars if b.value]
    assert values and all(v >= 5 for v in values)
    informal = page.charts[2].groups[0].bars[1]
    assert informal.value is None and informal.mark == "<5"  # 2 informal referrals a month
    assert "language" in page.summary.text()
    page.resize(1200, 900)
    page.show()
    assert not page.grab().isNull()


def test_empty_state(qtbot, tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "e", "a long signals passphrase", kdf=KdfParams())
    page = SignalsPage(Session(vault))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None)
    assert page.empty.isVisible()
    vault.close()
