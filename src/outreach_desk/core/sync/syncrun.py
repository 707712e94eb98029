"""One sync pass over a transport: send each contact what changed in the families shared
with them, then import every bundle addressed to this device. The GUI's "Sync now" and the
automatic back-off loop, and the CLI's `sync`, call `sync_once`.

Per-bundle problems never stop the pass: they are collected, in plain words, in the report.
Transport problems (offline, wrong password, server full) do stop it, as TransportError.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final

from outreach_desk.core.errors import BundleError, BundleNewerFormat, BundleUnknownSender
from outreach_desk.core.session import Session
from outreach_desk.core.sync.bundle import OpenedBundle, open_bundle, peek_header, seal_bundle
from outreach_desk.core.sync.contact import ContactCard
from outreach_desk.core.sync.identity import DeviceIdentity
from outreach_desk.core.sync.keystore import contacts, ensure_identity, load_state, save_state
from outreach_desk.core.sync.merge import ImportReport, already_imported, import_bundle
from outreach_desk.core.sync.ops import export_ops
from outreach_desk.core.sync.transport import Transport, new_bundle_name

ProgressCallback = Callable[[str], None]
_SEEN_LIMIT: Final = 50_000


@dataclass
class SyncReport:
    sent: list[str] = field(default_factory=list)  # bundle file names uploaded
    received: list[ImportReport] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # plain words, one per bundle refused

    @property
    def new_families(self) -> set[str]:
        return {f for report in self.received for f in report.families}


def sync_once(
    session: Session,
    transport: Transport,
    shares: Mapping[str, Sequence[str]],
    *,
    progress: ProgressCallback | None = None,
) -> SyncReport:
    """`shares` maps a contact's device id to the family ids shared with that contact."""
    say = progress or (lambda _message: None)
    identity, roster = ensure_identity(session), contacts(session)
    report = SyncReport()
    say("Checking the connection")
    transport.probe()
    for contact_id, family_ids in sorted(shares.items()):
        if contact_id in roster and family_ids:
            _send(session, transport, identity, roster[contact_id], family_ids, report, say)
    _receive(session, transport, identity, roster, shares, report, say)
    return report


def _send(
    session: Session,
    transport: Transport,
    identity: DeviceIdentity,
    card: ContactCard,
    family_ids: Sequence[str],
    report: SyncReport,
    say: ProgressCallback,
) -> None:
    key = f"watermark-{card.device_id}"
    state = load_state(session, key)
    since = state.get("since")
    # A family shared after the last send has older items than the watermark: send it whole.
    sent_before = set(state.get("families", family_ids if since else ()))
    known = [f for f in family_ids if f in sent_before]
    export = export_ops(session, known, since=since)
    ops = export.ops + export_ops(session, [f for f in family_ids if f not in sent_before]).ops
    if ops:
        say(f"Sending {len(ops)} changes to {card.name}")
        sealed = seal_bundle(identity, [card], ops)
        name = new_bundle_name()
        transport.upload(name, sealed.data)
        report.sent.append(name)
    families = sorted(set(family_ids))
    if ops or state.get("families") != families:
        save_state(session, key, {"since": export.watermark, "families": families})


def _receive(
    session: Session,
    transport: Transport,
    identity: DeviceIdentity,
    roster: dict[str, ContactCard],
    shares: Mapping[str, Sequence[str]],
    report: SyncReport,
    say: ProgressCallback,
) -> None:
    key = "seen-" + hashlib.sha256(transport.location.encode()).hexdigest()[:32]
    seen = set(load_state(session, key).get("names", []))
    names = [n for n in transport.list_names() if n not in seen]
    for index, name in enumerate(names, 1):
        say(f"Receiving {index} of {len(names)}")
        if _receive_one(session, transport, identity, roster, shares, name, report):
            seen.add(name)
    save_state(session, key, {"names": sorted(seen)[-_SEEN_LIMIT:]})


def _receive_one(
    session: Session,
    transport: Transport,
    identity: DeviceIdentity,
    roster: dict[str, ContactCard],
    shares: Mapping[str, Sequence[str]],
    name: str,
    report: SyncReport,
) -> bool:
    """Imports one file; True when it never needs looking at again."""
    data = transport.download(name)
    try:
        header = peek_header(data)
        if header.sender == identity.device_id or identity.device_id not in {
            r.device_id for r in header.recipients
        }:
            return True  # our own bundle, or one for colleagues only
        if already_imported(session, header.bundle_id):
            return True
        opened = open_bundle(data, identity, roster)
        report.received.append(import_opened(session, opened, shares))
        return True
    except (BundleUnknownSender, BundleNewerFormat) as problem:
        report.problems.append(f"{name}: {problem}")
        return False  # may work after adding the contact or updating the app
    except BundleError as problem:
        report.problems.append(f"{name}: {problem}")
        return True


def import_opened(
    session: Session, opened: OpenedBundle, shares: Mapping[str, Sequence[str]]
) -> ImportReport:
    """Merges a bundle whose sender may write to the families shared with them, to the
    families they introduced earlier, and to families this device has never seen (a share
    they offer); those are remembered as introduced by the sender."""
    sender = opened.sender.device_id
    introduced_key = f"introduced-by-{sender}"
    introduced = set(load_state(session, introduced_key).get("families", []))
    allowed = set(shares.get(sender, ())) | introduced

    def may_write(family_id: str) -> bool:
        return family_id in allowed or not session.vault.has_case_key(family_id)

    imported = import_bundle(session, opened, may_write=may_write)
    if set(imported.families) - introduced - set(shares.get(sender, ())):
        families = sorted(introduced | (set(imported.families) - set(shares.get(sender, ()))))
        save_state(session, introduced_key, {"families": families})
    return imported
