"""A real WebDAV server for tests: WsgiDAV + cheroot on 127.0.0.1, a free port, basic auth.

Run in a thread (`DavServer`) for most tests, or as a subprocess (`python sync_davserver.py ROOT`)
when a test must kill the server abruptly in the middle of an upload.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

USER = "duo"
PASSWORD = "school-gate-2026"


def make_app(root: Path) -> WsgiDAVApp:
    config = {
        "host": "127.0.0.1",
        "port": 0,
        "provider_mapping": {"/dav": str(root)},
        "http_authenticator": {
            "domain_controller": None,
            "accept_basic": True,
            "accept_digest": False,
            "default_to_digest": False,
        },
        "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
        "lock_storage": True,
        "verbose": 0,
        "logging": {"enable_loggers": []},
    }
    return WsgiDAVApp(config)


class DavServer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._server = wsgi.Server(("127.0.0.1", 0), make_app(root))
        self._server.prepare()
        self.port: int = self._server.bind_addr[1]
        self._thread = threading.Thread(target=self._server.serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/dav/"

    def stop(self) -> None:
        self._server.stop()
        self._thread.join(timeout=10)


if __name__ == "__main__":
    server = wsgi.Server(("127.0.0.1", 0), make_app(Path(sys.argv[1])))
    server.prepare()
    print(server.bind_addr[1], flush=True)
    server.serve()
