"""Signal files: a worker's raw monthly counts, signed, for a coordinator to merge.

The file holds counts per month, municipality and metric: no ids, no text, no dates of
birth. Small counts are still in it (suppression only works on the merged figures), so
it goes to the coordinator only; the coordinator's report re-applies suppression."""

from __future__ import annotations

import base64
import json
from typing import Any

from outreach_desk.core.errors import ValidationError
from outreach_desk.core.signals.counts import SignalCounts
from outreach_desk.core.sync.identity import DeviceIdentity, fingerprint_for, verify_signature

FORMAT = "outreach-desk-signals"
VERSION = 1
MAX_FILE_BYTES = 20 * 1024 * 1024


class SignalFileInvalid(ValidationError):
    pass


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def write_signal_file(counts: SignalCounts, identity: DeviceIdentity, label: str = "") -> bytes:
    body = {
        "format": FORMAT,
        "version": VERSION,
        "label": label,
        "signer": {
            "signing_public": base64.b64encode(identity.signing_public).decode(),
            "suite": identity.suite_id,
            "receiving_public": base64.b64encode(identity.receiving_public).decode(),
        },
        "counts": [
            {"month": m, "area": a, "metric": k, "count": v}
            for (m, a, k), v in sorted(counts.counts.items())
        ],
    }
    signature = identity.sign(_canonical(body))
    document = {"body": body, "signature": base64.b64encode(signature).decode()}
    return json.dumps(document, ensure_ascii=False, indent=1).encode()


def read_signal_file(data: bytes, name: str = "signal file") -> tuple[SignalCounts, str]:
    """Verify and read a signal file; returns the counts and the signer's fingerprint."""
    if len(data) > MAX_FILE_BYTES:
        raise SignalFileInvalid(f"{name}: larger than {MAX_FILE_BYTES // 2**20} MiB; refused.")
    try:
        document = json.loads(data)
        body, signature = document["body"], base64.b64decode(document["signature"], validate=True)
        signer = body["signer"]
        signing_public = base64.b64decode(signer["signing_public"], validate=True)
        receiving_public = base64.b64decode(signer["receiving_public"], validate=True)
        suite = int(signer["suite"])
    except (ValueError, KeyError, TypeError) as error:
        raise SignalFileInvalid(f"{name}: not a signal file ({error}).") from None
    if body.get("format") != FORMAT:
        raise SignalFileInvalid(f"{name}: not a signal file (format {body.get('format')!r}).")
    if body.get("version") != VERSION:
        raise SignalFileInvalid(f"{name}: written by a newer version ({body.get('version')}).")
    if not verify_signature(signing_public, signature, _canonical(body)):
        raise SignalFileInvalid(f"{name}: the signature does not match: the file was altered.")
    return _counts_from(body["counts"], name), fingerprint_for(
        signing_public, suite, receiving_public
    )


def _counts_from(rows: Any, name: str) -> SignalCounts:
    if not isinstance(rows, list):
        raise SignalFileInvalid(f"{name}: 'counts' must be a list.")
    counts: dict[tuple[str, str, str], int] = {}
    for index, row in enumerate(rows):
        try:
            key = (str(row["month"]), str(row["area"]), str(row["metric"]))
            value = row["count"]
        except (KeyError, TypeError):
            raise SignalFileInvalid(f"{name}: count #{index} lacks month/area/metric.") from None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise SignalFileInvalid(f"{name}: count #{index} is not a whole number >= 0.")
        counts[key] = counts.get(key, 0) + value
    return SignalCounts(counts)
