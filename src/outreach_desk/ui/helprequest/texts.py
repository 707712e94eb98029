"""Translated names for the codes the help-request screens show (roles, statuses,
barriers). Literal strings so lupdate finds them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_label(code: str) -> str:
    return {
        "emergency": QCoreApplication.translate("HelpRequest", "Emergency"),
        "holds_the_right": QCoreApplication.translate("HelpRequest", "Holds the right"),
        "informal": QCoreApplication.translate("HelpRequest", "Informal bridge"),
        "other": QCoreApplication.translate("HelpRequest", "Other service"),
    }.get(code, code)


def status_label(code: str) -> str:
    return {
        "draft": QCoreApplication.translate("HelpRequest", "Draft"),
        "sent": QCoreApplication.translate("HelpRequest", "Sent"),
        "appointment_set": QCoreApplication.translate("HelpRequest", "Appointment set"),
        "helped": QCoreApplication.translate("HelpRequest", "Helped"),
        "waiting_list": QCoreApplication.translate("HelpRequest", "Waiting list"),
        "refused": QCoreApplication.translate("HelpRequest", "Refused"),
        "no_show": QCoreApplication.translate("HelpRequest", "No show"),
        "withdrawn": QCoreApplication.translate("HelpRequest", "Withdrawn"),
    }.get(code, code)


def barrier_label(code: str) -> str:
    return {
        "none": QCoreApplication.translate("HelpRequest", "No barrier"),
        "waiting_list": QCoreApplication.translate("HelpRequest", "Waiting list"),
        "language": QCoreApplication.translate("HelpRequest", "Language"),
        "residence_status": QCoreApplication.translate("HelpRequest", "Residence status"),
        "refusal": QCoreApplication.translate("HelpRequest", "Refusal"),
        "no_reply": QCoreApplication.translate("HelpRequest", "No reply"),
        "cost": QCoreApplication.translate("HelpRequest", "Cost"),
        "documents": QCoreApplication.translate("HelpRequest", "Documents"),
        "other": QCoreApplication.translate("HelpRequest", "Other"),
    }.get(code, code)


def agency_language_label(code: str) -> str:
    return {
        "nl": QCoreApplication.translate("HelpRequest", "Dutch"),
        "fr": QCoreApplication.translate("HelpRequest", "French"),
        "en": QCoreApplication.translate("HelpRequest", "English"),
    }.get(code, code)


def core_lang() -> str:
    """The language core texts (mechanisms, reasons) are shown in: nl, fr or en."""
    from outreach_desk.ui.texts import current_language

    lang = current_language()
    return lang if lang in ("nl", "fr", "en") else "en"
