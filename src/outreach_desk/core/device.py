"""This vault's device identity (signing + receiving keys), created on first use and
kept encrypted in the vault like everything else."""

from __future__ import annotations

import base64

from outreach_desk.core.errors import NotFound
from outreach_desk.core.records import RecordStore
from outreach_desk.core.sync.identity import DeviceIdentity
from outreach_desk.core.vault import Vault

KIND = "device_identity"
RECORD_ID = "device-identity"


def device_identity(vault: Vault) -> DeviceIdentity:
    records = RecordStore(vault)
    try:
        stored = records.get(KIND, RECORD_ID)
    except NotFound:
        identity = DeviceIdentity.generate()
        encoded = base64.b64encode(identity.to_private_bytes()).decode()
        records.put(KIND, {"private": encoded}, record_id=RECORD_ID)
        return identity
    return DeviceIdentity.from_private_bytes(base64.b64decode(stored.payload["private"]))
