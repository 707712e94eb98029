"""Small valid packs to mutate, so property tests stay fast and failures stay readable."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from outreach_desk.core.training import bundled_pack, to_dict


@pytest.fixture(scope="session")
def _bundled_dict() -> dict[str, Any]:
    return to_dict(bundled_pack())


@pytest.fixture
def bundled_dict(_bundled_dict: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(_bundled_dict)


def small_pack_dict() -> dict[str, Any]:
    """A one-case pack that uses every field, independent of the bundled content."""
    text = {"en": "text", "nl": "tekst"}
    return {
        "format": "outreach-desk-scenario-pack",
        "format_version": 1,
        "pack_id": "test-pack",
        "fictional": True,
        "title": {"en": "Test pack", "nl": "Testpakket"},
        "description": dict(text),
        "agencies": [
            {"id": "ocmw", "name": {"en": "OCMW"}, "kind": "formal", "description": {}},
            {"id": "club", "name": {"en": "Club"}, "kind": "informal", "description": {}},
        ],
        "cases": [
            {
                "id": "case-one",
                "title": {"en": "One", "nl": "Een"},
                "background": dict(text),
                "domains": ["housing"],
                "household": {
                    "residence": "unknown",
                    "languages": ["fr"],
                    "municipality": "evere",
                    "single_parent": True,
                },
                "parents": [{"first_name": "Testa", "role": "mother"}],
                "children": [{"first_name": "Kiddo", "birth_year": 2020, "school": {}}],
                "worries": [
                    {
                        "speaker": "Testa",
                        "lang": "fr",
                        "text": "Bonjour",
                        "translations": dict(text),
                    }
                ],
                "strengths": [dict(text)],
                "hidden_facts": [dict(text), {"en": "second", "nl": "tweede"}],
                "exercises": [
                    {
                        "id": "e1",
                        "kind": "mechanisms",
                        "prompt": dict(text),
                        "facilitator_notes": dict(text),
                        "expected": {
                            "mechanisms": ["not_asking"],
                            "agencies": [],
                            "avoid_agencies": [],
                            "domains": ["school"],
                        },
                        "model_answer": {},
                        "key_terms": [],
                    },
                    {
                        "id": "e2",
                        "kind": "agencies",
                        "prompt": dict(text),
                        "facilitator_notes": dict(text),
                        "expected": {
                            "mechanisms": [],
                            "agencies": ["ocmw"],
                            "avoid_agencies": [{"agency": "club", "why": dict(text)}],
                            "domains": [],
                        },
                        "model_answer": {},
                        "key_terms": [],
                    },
                ],
            }
        ],
    }


@pytest.fixture
def small_dict() -> dict[str, Any]:
    return small_pack_dict()


@pytest.fixture(scope="session")
def make_small_dict() -> Any:
    """For hypothesis tests, which must not use function-scoped fixtures."""
    return small_pack_dict
