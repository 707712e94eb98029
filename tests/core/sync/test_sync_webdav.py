from __future__ import annotations

import os

import pytest

from outreach_desk.core.sync.errors import (
    TransportAuthFailed,
    TransportFileMissing,
    TransportInsecure,
    TransportNameTaken,
    TransportUnreachable,
)
from outreach_desk.core.sync.transport import new_bundle_name
from outreach_desk.core.sync.transport_webdav import WebDavTransport, check_url


@pytest.fixture
def dav(dav_server, dav_credentials):
    user, password = dav_credentials
    with WebDavTransport(dav_server.url, user, password, timeout=10) as transport:
        yield transport


def test_upload_list_download_round_trip(dav, dav_server):
    name = new_bundle_name()
    payload = os.urandom(700_000)
    dav.upload(name, payload)
    assert dav.list_names() == [name]
    assert dav.download(name) == payload
    assert (dav_server.root / name).read_bytes() == payload
    assert not list(dav_server.root.glob("*.part"))


def test_listing_ignores_other_files(dav, dav_server):
    (dav_server.root / "notes about family X.txt").write_text("not ours")
    (dav_server.root / "subfolder").mkdir()
    (dav_server.root / f"{'a' * 32}.odb.part").write_bytes(b"partial")
    assert dav.list_names() == []


def test_upload_never_replaces_an_existing_bundle(dav, dav_server):
    name = new_bundle_name()
    dav.upload(name, b"first")
    with pytest.raises(TransportNameTaken):
        dav.upload(name, b"second")
    assert dav.download(name) == b"first"


def test_delete_removes_and_tolerates_missing(dav, dav_server):
    name = new_bundle_name()
    dav.upload(name, b"x")
    dav.delete(name)
    dav.delete(name)
    assert dav.list_names() == []
    with pytest.raises(TransportFileMissing):
        dav.download(name)


def test_probe_succeeds_on_a_live_server(dav):
    dav.probe()


def test_wrong_password_is_reported_as_auth_failure(dav_server, dav_credentials):
    transport = WebDavTransport(dav_server.url, dav_credentials[0], "wrong")
    with transport, pytest.raises(TransportAuthFailed, match="user name or password"):
        transport.probe()


def test_stopped_server_is_reported_unreachable(dav_server, dav_credentials):
    dav_server.stop()
    transport = WebDavTransport(dav_server.url, *dav_credentials, probe_timeout=2)
    with transport, pytest.raises(TransportUnreachable):
        transport.probe()


def test_missing_folder_is_reported(dav_server, dav_credentials):
    url = dav_server.url + "no-such-folder/"
    transport = WebDavTransport(url, *dav_credentials)
    with transport, pytest.raises(TransportFileMissing):
        transport.list_names()


@pytest.mark.parametrize(
    "url",
    ["http://cloud.example.org/remote.php/dav/", "http://192.168.1.10/dav", "ftp://x/", "nope"],
)
def test_plain_http_to_another_computer_is_refused(url):
    with pytest.raises(TransportInsecure):
        check_url(url)


def test_https_and_loopback_http_are_accepted():
    assert check_url("https://cloud.example.org/dav") == "https://cloud.example.org/dav/"
    assert check_url("http://127.0.0.1:8080/dav/") == "http://127.0.0.1:8080/dav/"
