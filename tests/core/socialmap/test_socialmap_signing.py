from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path

import pytest

from outreach_desk.core.socialmap import SocialMap, Text
from outreach_desk.core.socialmap.errors import UpdateSignerUnknown, UpdateTampered, UpdateUnsigned
from outreach_desk.core.socialmap.hsds_json import export_bytes
from outreach_desk.core.socialmap.importer import import_file
from outreach_desk.core.socialmap.signing import (
    generate_key,
    parse_public_key,
    pin_key,
    public_path,
    sign_update,
)


@pytest.fixture
def update(social_map: SocialMap, tmp_path: Path) -> tuple[Path, Path, str]:
    """A coordinator's signed update renaming one service; returns (file, key, service id)."""
    service = social_map.search("Solentra")[0].service
    renamed = replace(service, name=Text(nl="Solentra – nieuw"))
    key = tmp_path / "coord.key"
    generate_key(key)
    path = tmp_path / "update.json"
    path.write_bytes(sign_update(export_bytes([renamed]), key))
    return path, key, service.id


def pin(social_map: SocialMap, key: Path) -> None:
    pin_key(social_map, parse_public_key(public_path(key).read_text()), "coordinator")


def test_pinned_coordinator_update_is_applied(social_map, update) -> None:
    path, key, service_id = update
    pin(social_map, key)
    result = import_file(social_map, path)
    assert result.updated == 1
    assert social_map.get(service_id).name.nl == "Solentra – nieuw"


def test_unknown_signer_needs_a_yes(social_map, update) -> None:
    path, _key, service_id = update
    with pytest.raises(UpdateSignerUnknown) as refused:
        import_file(social_map, path)
    assert refused.value.fingerprint in str(refused.value)
    assert social_map.get(service_id).name.nl != "Solentra – nieuw"
    import_file(social_map, path, accept_unsigned=True)
    assert social_map.get(service_id).name.nl == "Solentra – nieuw"


def test_unsigned_file_is_never_applied_silently(social_map, tmp_path) -> None:
    path = tmp_path / "plain.json"
    path.write_bytes(export_bytes(social_map.services()[:1]))
    with pytest.raises(UpdateUnsigned):
        import_file(social_map, path)


def test_tampered_update_is_refused_and_the_map_is_unchanged(social_map, update) -> None:
    path, key, service_id = update
    pin(social_map, key)
    envelope = json.loads(path.read_text())
    payload = base64.b64decode(envelope["payload"]).replace(b"nieuw", b"vals!")
    envelope["payload"] = base64.b64encode(payload).decode()
    path.write_text(json.dumps(envelope))
    before = social_map.get(service_id)
    for accept in (False, True):
        with pytest.raises(UpdateTampered):
            import_file(social_map, path, accept_unsigned=accept)
    assert social_map.get(service_id) == before
