from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from outreach_desk.core.casefile import Member
from outreach_desk.core.crypto import KdfParams
from outreach_desk.core.ecomap import Contact, EcomapStore
from outreach_desk.core.session import Session
from outreach_desk.core.vault import Vault
from outreach_desk.render.family_summary import (
    collect,
    family_summary_html,
    write_family_summary,
)
from outreach_desk.render.raster import dark_pixel_count, is_blank, pdf_text, render_pdf_to_png
from outreach_desk.ui.ecomap.paint import save_png

STRENGTH = "Mother takes initiative: she found the school-gate workers herself"


@pytest.fixture
def session(tmp_path: Path):
    vault, _ = Vault.create(tmp_path / "v", "long test passphrase", kdf=KdfParams())
    yield Session(vault)
    vault.close()


@pytest.fixture
def family_id(session: Session) -> str:
    family = session.families.add(
        "Familie Amrani",
        municipality="Schaerbeek",
        domains=("housing", "school"),
        strengths=(STRENGTH, "Supportive community at the mosque"),
        members=(
            Member.parent("Samira"),
            Member.child(2019, "Lina", "Basisschool De Kleine Prins"),
        ),
    )
    store = EcomapStore(session.records)
    for name, network, tie in (
        ("Juf Leen", "formal", "strong"),
        ("OCMW Schaerbeek", "formal", "strained"),
        ("Oma Fatima", "informal", "strong"),
        ("Buren", "informal", "weak"),
    ):
        store.add_contact(family.id, Contact.new(name, network=network, tie=tie))
    put = session.records.put
    put(
        "referral",
        {"date": "2026-10-02", "title": "Social rental agency", "status": "sent"},
        family_id=family.id,
    )
    put(
        "referral",
        {"date": "2026-09-01", "title": "Food bank", "status": "done"},
        family_id=family.id,
    )
    return family.id


def _colour_pixels(png: Path) -> int:
    """Pixels that are clearly coloured (the map's blue, green, yellow), not grey text."""
    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            if colour.saturation() > 60 and colour.value() > 80:
                count += 1
    return count


def test_summary_pdf_renders_every_section(
    session: Session, family_id: str, tmp_path: Path, poppler: None
) -> None:
    out = write_family_summary(session, family_id, tmp_path / "summary.pdf")
    pages = render_pdf_to_png(out, tmp_path / "pages", dpi=60)
    assert len(pages) == 2  # the map has a page of its own
    assert not any(is_blank(page) for page in pages)
    assert _colour_pixels(pages[1]) > 300  # the coloured ties and borders of the map
    text = " ".join(pdf_text(out).split())
    for expected in (
        "Deliberate plaintext export",
        "Family summary: Familie Amrani",
        STRENGTH,
        "Lina",
        "Basisschool De Kleine Prins",
        "Social rental agency",
        "Network map",
    ):
        assert expected in text
    assert "Food bank" not in text  # finished referrals are not "open"
    # What goes well comes before the children and the referrals.
    assert text.index(STRENGTH) < text.index("Children in view") < text.index("Open referrals")


def test_summary_of_a_new_family_says_what_is_missing(session: Session) -> None:
    family = session.families.add("Family B")
    html = family_summary_html(collect(session, family.id), today=date(2026, 11, 27))
    assert "ask the family what goes well" in html
    assert "No children recorded." in html
    assert "No network map drawn yet." in html
    assert "No open referrals." in html
    assert "2026-11-27" in html


def test_user_text_is_escaped(session: Session) -> None:
    family = session.families.add("<b>Family</b> & co", strengths=("<script>x</script>",))
    html = family_summary_html(collect(session, family.id))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_arabic_summary_is_right_to_left(
    session: Session, family_id: str, tmp_path: Path, poppler: None
) -> None:
    out = write_family_summary(session, family_id, tmp_path / "ar.pdf", lang="ar")
    page = render_pdf_to_png(out, tmp_path / "ar", dpi=60)[0]
    width = QImage(str(page)).width()
    from PySide6.QtCore import QRect

    height = QImage(str(page)).height()
    right = dark_pixel_count(page, QRect(width // 2, 0, width // 2, height))
    left = dark_pixel_count(page, QRect(0, 0, width // 2, height))
    assert right > left  # headings and labels hug the right margin


def test_png_export_of_the_map(session: Session, family_id: str, tmp_path: Path) -> None:
    ecomap = EcomapStore(session.records).load(family_id)
    out = save_png(ecomap, "Familie Amrani", tmp_path / "map.png")
    assert not is_blank(out, min_dark_pixels=2000)
    assert _colour_pixels(out) > 1000  # 2x scale: many more pixels than a 60 dpi page
