"""Where this vault syncs to, and how the last sync went.

Both live in the vault as vault-wide encrypted records (never in the plaintext settings
file, never in a bundle): the WebDAV password is as protected as the case notes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from outreach_desk.core.errors import NotFound, ValidationError
from outreach_desk.core.session import Session
from outreach_desk.core.sync.transport import Transport
from outreach_desk.core.sync.transport_folder import FolderTransport
from outreach_desk.core.sync.transport_webdav import WebDavTransport

# Record ids share one namespace across kinds (a put replaces any record with that id), so
# each single record here uses its kind as its id.
TARGET_KIND: Final = "sync.target"
STATUS_KIND: Final = "sync.status"
PROFILE_KIND: Final = "sync.profile"
AUTO_KIND: Final = "sync.auto"
PASSWORD_ENV: Final = "OUTREACH_DESK_WEBDAV_PASSWORD"  # noqa: S105 - a variable name
FOLDER: Final = "folder"
WEBDAV: Final = "webdav"


@dataclass(frozen=True)
class SyncTarget:
    kind: str  # FOLDER or WEBDAV
    location: str  # folder path or URL
    user: str = ""
    password: str = ""

    def describe(self) -> str:
        if self.kind == WEBDAV:
            return f"{self.location} (as {self.user})"
        return self.location


@dataclass(frozen=True)
class SyncStatus:
    last_attempt: str = ""  # ISO date-time, UTC
    last_success: str = ""
    sent: int = 0
    received: int = 0
    problems: tuple[str, ...] = ()
    error: str = ""  # why the last attempt failed, in plain words ("" = it worked)


def load_target(session: Session) -> SyncTarget | None:
    try:
        payload = session.records.get(TARGET_KIND, TARGET_KIND).payload
    except NotFound:
        return None
    return SyncTarget(
        str(payload["kind"]),
        str(payload["location"]),
        str(payload.get("user", "")),
        str(payload.get("password", "")),
    )


def save_folder_target(session: Session, folder: str | Path) -> SyncTarget:
    path = str(Path(folder).expanduser())
    if not str(folder).strip():
        raise ValidationError("Choose a folder to sync through.")
    return _save(session, SyncTarget(FOLDER, path))


def save_webdav_target(session: Session, url: str, user: str, password: str) -> SyncTarget:
    if not url.strip().lower().startswith(("https://", "http://")):
        raise ValidationError(f"{url!r} is not a web address; it starts with https://.")
    if not user.strip():
        raise ValidationError("Give the user name for the WebDAV server.")
    return _save(session, SyncTarget(WEBDAV, url.strip(), user.strip(), password))


def clear_target(session: Session) -> None:
    if load_target(session) is not None:
        session.records.delete(TARGET_KIND, TARGET_KIND)


def open_transport(target: SyncTarget, password: str | None = None) -> Transport:
    """A transport for the target; for WebDAV the password given, else the environment
    variable, else the one stored in the vault."""
    if target.kind == FOLDER:
        return FolderTransport(Path(target.location))
    secret = password or os.environ.get(PASSWORD_ENV) or target.password
    return WebDavTransport(target.location, target.user, secret)


def close_transport(transport: Transport) -> None:
    close = getattr(transport, "close", None)
    if callable(close):
        close()


def load_status(session: Session) -> SyncStatus:
    try:
        payload = session.records.get(STATUS_KIND, STATUS_KIND).payload
    except NotFound:
        return SyncStatus()
    return SyncStatus(
        str(payload.get("last_attempt", "")),
        str(payload.get("last_success", "")),
        int(payload.get("sent", 0)),
        int(payload.get("received", 0)),
        tuple(str(p) for p in payload.get("problems", [])),
        str(payload.get("error", "")),
    )


def record_status(
    session: Session,
    *,
    sent: int = 0,
    received: int = 0,
    problems: list[str] | None = None,
    error: str = "",
) -> SyncStatus:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    previous = load_status(session)
    payload: dict[str, Any] = {
        "last_attempt": now,
        "last_success": previous.last_success if error else now,
        "sent": sent,
        "received": received,
        "problems": list(problems or []),
        "error": error,
    }
    session.records.put(STATUS_KIND, payload, record_id=STATUS_KIND)
    return load_status(session)


def _save(session: Session, target: SyncTarget) -> SyncTarget:
    payload = {
        "kind": target.kind,
        "location": target.location,
        "user": target.user,
        "password": target.password,
    }
    session.records.put(TARGET_KIND, payload, record_id=TARGET_KIND)
    return target


def my_name(session: Session) -> str:
    """The name on this device's contact card ("" until the worker chose one)."""
    try:
        return str(session.records.get(PROFILE_KIND, PROFILE_KIND).payload.get("name", ""))
    except NotFound:
        return ""


def set_my_name(session: Session, name: str) -> str:
    if not name.strip():
        raise ValidationError("Give the name your colleagues know you by.")
    session.records.put(PROFILE_KIND, {"name": name.strip()}, record_id=PROFILE_KIND)
    return name.strip()


def auto_sync_enabled(session: Session) -> bool:
    try:
        return bool(session.records.get(AUTO_KIND, AUTO_KIND).payload.get("on", False))
    except NotFound:
        return False


def set_auto_sync(session: Session, on: bool) -> None:
    session.records.put(AUTO_KIND, {"on": bool(on)}, record_id=AUTO_KIND)
