"""The family's network map (ecomap) on screen: model, scene, view, editor and panel."""

from __future__ import annotations

from outreach_desk.ui.ecomap.model import ContactRole, EcomapModel
from outreach_desk.ui.ecomap.paint import ecomap_image, save_png
from outreach_desk.ui.ecomap.widget import EcomapWidget

__all__ = ["ContactRole", "EcomapModel", "EcomapWidget", "ecomap_image", "save_png"]
