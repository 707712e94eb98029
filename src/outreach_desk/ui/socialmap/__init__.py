"""The social map screen (search, filters, every fact of a service, experience notes)."""

from __future__ import annotations

from outreach_desk.ui.socialmap.page import SocialMapPage

__all__ = ["SocialMapPage"]
