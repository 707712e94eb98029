"""Every fact of a service as rows (label, value, where it comes from) for the detail pane.

Kept apart from the widget so the rule "a confidential address is never shown" and the
completeness of the list are easy to read and to test.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from outreach_desk.core.domains import domain
from outreach_desk.core.socialmap import Service, Text
from outreach_desk.ui.socialmap.labels import (
    access_label,
    data_language,
    formality_label,
    interpretation_label,
    municipality_label,
    spoken_language,
    waiting_label,
    welcome_label,
)

# Names the data uses for a part of a field ("name.fr", "address.number", "operator").
_FIELD_ALIASES = {"operator": "organization"}


@dataclass(frozen=True)
class Fact:
    label: str
    value: str  # plain text; empty means "not known"
    field: str  # the Service field it comes from (for field_sources / needs_verification)


def _field_root(name: str) -> str:
    root = name.split(".", 1)[0]
    return _FIELD_ALIASES.get(root, root)


def fact_source(service: Service, field: str) -> str | None:
    """The field's own source, or None when it shares the record's source."""
    for name, source in service.field_sources.items():
        if _field_root(name) == field and source:
            return source
    return None


def needs_verification(service: Service, field: str) -> bool:
    return any(_field_root(name) == field for name in service.needs_verification)


def _texts(text: Text) -> str:
    labels = (
        QCoreApplication.translate("SocialMapFacts", "Dutch"),
        QCoreApplication.translate("SocialMapFacts", "French"),
        QCoreApplication.translate("SocialMapFacts", "English"),
    )
    pairs = zip(labels, text.values(), strict=True)
    return "\n".join(f"{label}: {value}" for label, value in pairs if value)


def _description(text: Text) -> str:
    preferred = text.get(data_language(), fallback=False)
    return preferred or text.first()


def _domains(service: Service) -> str:
    names = []
    for domain_id in service.domains:
        try:
            names.append(domain(domain_id).label(data_language()))
        except ValueError:
            names.append(domain_id)
    return ", ".join(names)


def _municipalities(service: Service) -> str:
    names = [municipality_label(m) for m in service.municipalities]
    if service.region_wide:
        names.insert(
            0, QCoreApplication.translate("SocialMapFacts", "The whole Brussels-Capital Region")
        )
    return ", ".join(names)


def _undocumented(service: Service) -> str:
    value = welcome_label(service.welcomes_undocumented)
    if service.undocumented_conditions:
        value += " - " + service.undocumented_conditions
    return value


def _address(service: Service) -> str:
    if service.confidential_address:
        # Shelters: the address is never shown, whatever the record holds.
        return QCoreApplication.translate(
            "SocialMapFacts", "Confidential address: contact by phone"
        )
    address = service.address
    if address is None:
        return ""
    place = " ".join(
        p for p in (address.postal_code, municipality_label(address.municipality)) if p
    )
    return ", ".join(p for p in (address.street, place) if p)


def _phones(service: Service) -> str:
    return "\n".join(
        f"{p.number} ({p.description})" if p.description else p.number for p in service.phones
    )


def _organization(service: Service) -> str:
    org = service.organization
    name = org.name.get(data_language())
    return f"{name} - {org.url}" if org.url else name


def _yes(flag: bool) -> str:
    return QCoreApplication.translate("SocialMapFacts", "Yes") if flag else ""


def service_facts(service: Service) -> list[Fact]:
    """Every fact, in the order a worker reads them; unknown facts are kept (value "")."""
    rows: list[tuple[str, Callable[[Service], str], str]] = [
        (QCoreApplication.translate("SocialMapFacts", "Names"), lambda s: _texts(s.name), "name"),
        (
            QCoreApplication.translate("SocialMapFacts", "Also known as"),
            lambda s: ", ".join(s.aliases),
            "aliases",
        ),
        (
            QCoreApplication.translate("SocialMapFacts", "Organisation"),
            _organization,
            "organization",
        ),
        (
            QCoreApplication.translate("SocialMapFacts", "Description"),
            lambda s: _description(s.description),
            "description",
        ),
        (
            QCoreApplication.translate("SocialMapFacts", "Kind"),
            lambda s: formality_label(s.formality),
            "formality",
        ),
        (QCoreApplication.translate("SocialMapFacts", "Life domains"), _domains, "domains"),
        (
            QCoreApplication.translate("SocialMapFacts", "Municipalities"),
            _municipalities,
            "municipalities",
        ),
        (
            QCoreApplication.translate("SocialMapFacts", "Welcomes people without papers"),
            _undocumented,
            "welcomes_undocumented",
        ),
        (
            QCoreApplication.translate("SocialMapFacts", "Access"),
            lambda s: access_label(s.access),
            "access",
        ),
        (
            QCoreApplication.translate("SocialMapFacts", "Waiting list"),
            lambda s: waiting_label(s.waiting_list),
            "waiting_list",
        ),
        (
            QCoreApplication.translate("SocialMapFacts", "Interpretation"),
            lambda s: interpretation_label(s.interpretation),
            "interpretation",
        ),
        (
            QCoreApplication.translate("SocialMapFacts", "Languages"),
            lambda s: ", ".join(map(spoken_language, s.languages)),
            "languages",
        ),
        (
            QCoreApplication.translate("SocialMapFacts", "Who can come"),
            lambda s: s.eligibility,
            "eligibility",
        ),
        (
            QCoreApplication.translate("SocialMapFacts", "Documents to bring"),
            lambda s: "\n".join(s.required_documents),
            "required_documents",
        ),
        (QCoreApplication.translate("SocialMapFacts", "Costs"), lambda s: s.cost, "cost"),
        (QCoreApplication.translate("SocialMapFacts", "Opening hours"), lambda s: s.hours, "hours"),
        (QCoreApplication.translate("SocialMapFacts", "Phone"), _phones, "phones"),
        (QCoreApplication.translate("SocialMapFacts", "Address"), _address, "address"),
        (QCoreApplication.translate("SocialMapFacts", "Website"), lambda s: s.url, "url"),
        (QCoreApplication.translate("SocialMapFacts", "E-mail"), lambda s: s.email, "email"),
        (
            QCoreApplication.translate("SocialMapFacts", "Emergency number"),
            lambda s: _yes(s.emergency),
            "emergency",
        ),
    ]
    facts = [Fact(label, value(service), field) for label, value, field in rows]
    # Emergency and aliases are only worth a row when they say something.
    return [f for f in facts if f.value or f.field not in ("emergency", "aliases")]
