"""The interpreters tab: the glossary in every language, and the appointment sheet."""

from outreach_desk.ui.interpreters.page import InterpretersPage

__all__ = ["InterpretersPage"]
