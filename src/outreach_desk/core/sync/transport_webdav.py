"""A WebDAV collection (Nextcloud, ownCloud, any WebDAV share) as a transport, over httpx.

Upload = PUT to `<name>.part` (If-None-Match: * so it never replaces a file it did not expect),
then MOVE to `<name>` with `Overwrite: F`: the final name appears complete or not at all, even
if the connection or the server dies mid-upload. Listing is PROPFIND Depth 1. Basic auth is
only sent over HTTPS; plain http is refused except to this computer (127.0.0.1, ::1,
localhost), where nothing crosses a network.
"""

from __future__ import annotations

import ssl
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from types import TracebackType
from typing import Final
from urllib.parse import quote, unquote, urljoin, urlsplit

import httpx

from outreach_desk.core.sync.bundle import MAX_BUNDLE_BYTES
from outreach_desk.core.sync.errors import (
    TransportAuthFailed,
    TransportError,
    TransportFileMissing,
    TransportInsecure,
    TransportNameTaken,
    TransportProtocolError,
    TransportServerFull,
    TransportUnreachable,
)
from outreach_desk.core.sync.transport import (
    ProgressCallback,
    is_bundle_name,
    require_bundle_name,
)

LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "::1", "localhost"})
MAX_LISTING_BYTES: Final = 16 * 1024 * 1024
_CHUNK: Final = 256 * 1024
_PROPFIND_BODY: Final = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>'
)


def check_url(url: str) -> str:
    """The collection URL with a trailing slash; refuses plain http to another computer."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise TransportInsecure(f"{url!r} is not a WebDAV address (https://server/folder/).")
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS:
        raise TransportInsecure(
            f"{url} uses plain http: your password and the bundle names would travel readable "
            "on the network. Use the https:// address of the server."
        )
    return url if url.endswith("/") else url + "/"


class WebDavTransport:
    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        *,
        timeout: float = 30.0,
        probe_timeout: float = 5.0,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self.base = check_url(url)
        self._probe_timeout = probe_timeout
        self._client = httpx.Client(
            auth=httpx.BasicAuth(user, password),
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            follow_redirects=False,
            verify=verify,
        )

    @property
    def location(self) -> str:
        return self.base

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> WebDavTransport:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def probe(self) -> None:
        response = self._request(
            "PROPFIND", self.base, headers={"Depth": "0"}, timeout=self._probe_timeout
        )
        _check(response, "reach the sync folder")

    def list_names(self) -> list[str]:
        response = self._request(
            "PROPFIND",
            self.base,
            headers={"Depth": "1", "Content-Type": "application/xml"},
            content=_PROPFIND_BODY,
        )
        _check(response, "list the sync folder")
        if len(response.content) > MAX_LISTING_BYTES:
            raise TransportProtocolError("The server's folder listing is implausibly large.")
        return sorted(name for name in _hrefs(response.content) if is_bundle_name(name))

    def upload(self, name: str, data: bytes, progress: ProgressCallback | None = None) -> None:
        final = self._url(require_bundle_name(name))
        part = final + ".part"
        response = self._put(part, data, progress)
        if response.status_code == 412:
            # Our own earlier attempt with this random name was cut off: replace its leftover.
            self.delete_url(part)
            response = self._put(part, data, progress)
        _check(response, f"upload {name}")
        moved = self._request("MOVE", part, headers={"Destination": final, "Overwrite": "F"})
        if moved.status_code == 412:
            self.delete_url(part)
            raise TransportNameTaken(f"{name} already exists on the server; it is never replaced.")
        _check(moved, f"publish {name}")

    def download(self, name: str) -> bytes:
        url = self._url(require_bundle_name(name))
        try:
            with self._client.stream("GET", url) as response:
                _check(response, f"download {name}")
                return _read_capped(response.iter_bytes(), name)
        except httpx.HTTPError as exc:
            raise _network_error(exc, url) from None

    def delete(self, name: str) -> None:
        self.delete_url(self._url(require_bundle_name(name)))

    def delete_url(self, url: str) -> None:
        response = self._request("DELETE", url)
        if response.status_code != 404:
            _check(response, "delete a processed file")

    def _url(self, name: str) -> str:
        return urljoin(self.base, quote(name))

    def _put(self, url: str, data: bytes, progress: ProgressCallback | None) -> httpx.Response:
        headers = {
            "If-None-Match": "*",
            "Content-Type": "application/octet-stream",
            "Content-Length": str(len(data)),
        }
        return self._request("PUT", url, headers=headers, content=_chunks(data, progress))

    def _request(
        self,
        method: str,
        url: str,
        *,
        headers: dict[str, str] | None = None,
        content: bytes | Iterator[bytes] | None = None,
        timeout: float | None = None,
    ) -> httpx.Response:
        limit = self._client.timeout if timeout is None else httpx.Timeout(timeout)
        try:
            return self._client.request(
                method, url, headers=headers, content=content, timeout=limit
            )
        except httpx.HTTPError as exc:
            raise _network_error(exc, url) from None


def _chunks(data: bytes, progress: ProgressCallback | None) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(data), _CHUNK):
        yield bytes(view[start : start + _CHUNK])
        if progress is not None:
            progress(min(start + _CHUNK, len(data)), len(data))


def _read_capped(chunks: Iterator[bytes], name: str) -> bytes:
    received = bytearray()
    for chunk in chunks:
        received += chunk
        if len(received) > MAX_BUNDLE_BYTES:
            raise TransportProtocolError(f"{name} on the server is too large to be a bundle.")
    return bytes(received)


def _hrefs(body: bytes) -> Iterator[str]:
    # Python's expat (>= 2.4.1) refuses entity-expansion bombs and never fetches external
    # entities, so parsing a server's reply with ElementTree is safe here.
    try:
        root = ET.fromstring(body)  # noqa: S314
    except ET.ParseError:
        raise TransportProtocolError("The server's folder listing is not valid XML.") from None
    for href in root.iter("{DAV:}href"):
        path = unquote(urlsplit((href.text or "").strip()).path)
        yield path.rstrip("/").rsplit("/", 1)[-1]


def _network_error(exc: httpx.HTTPError, url: str) -> TransportError:
    host = urlsplit(url).hostname
    if isinstance(exc, httpx.TimeoutException):
        return TransportUnreachable(
            f"The server {host} did not answer in time. Check the connection; sync will retry."
        )
    if isinstance(exc, httpx.ConnectError) and "CERTIFICATE" in str(exc).upper():
        return TransportUnreachable(
            f"The identity certificate of {host} could not be verified; nothing was sent. "
            "Check the address, or ask whoever runs the server."
        )
    return TransportUnreachable(
        f"The server {host} could not be reached or the connection broke ({type(exc).__name__}). "
        "Check the connection; sync will retry."
    )


def _check(response: httpx.Response, action: str) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    if status == 401:
        raise TransportAuthFailed(
            f"Could not {action}: the server refused the user name or password. Check them in "
            "the sync settings."
        )
    if status == 403:
        raise TransportAuthFailed(f"Could not {action}: this account may not use that folder.")
    if status in (404, 409):
        raise TransportFileMissing(
            f"Could not {action}: the folder or file does not exist on the server "
            f"(HTTP {status}). Check the address, or create the folder first."
        )
    if status == 412:
        raise TransportNameTaken(f"Could not {action}: a file with this name already exists.")
    if status in (413, 507):
        raise TransportServerFull(
            f"Could not {action}: the server has no space left (HTTP {status}). Free some "
            "space or ask whoever runs it."
        )
    if status in (502, 503, 504):
        raise TransportUnreachable(
            f"Could not {action}: the server is unavailable (HTTP {status})."
        )
    raise TransportProtocolError(f"Could not {action}: the server answered HTTP {status}.")
