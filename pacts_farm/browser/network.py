"""The network sandbox: a context reaches only the suite's allowed origins; every other request goes to a dead
proxy and fails at once, inside Chromium."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit


_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}
BLOCKED_FAILURE = "net::ERR_PROXY_CONNECTION_FAILED"  # how Chromium reports a request sent to the dead proxy


def proxy_bypass(allowed_origins: tuple[str, ...]) -> str:
    """Chromium proxy bypass rules letting exactly the allowed origins (host and port, any scheme) go direct.

    An origin's host may start with "*." for any subdomain: https://*.example.com.
    """
    rules = []
    for origin in allowed_origins:
        parts = urlsplit(origin)
        host = parts.hostname or ""
        host = f"[{host}]" if ":" in host else host
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme, 80)
        rules.append(f"{host}:{port}")
    return ",".join(rules)


class DeadProxy:
    """A bound, never-listening loopback port: every request routed to it fails at once, inside Chromium.

    Third-party requests are refused by a per-context proxy rather than by request interception: interception
    pauses every request of the page for a round trip to the driver (~20 ms more per navigation).
    """

    def __init__(self) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.bind(("127.0.0.1", 0))
        self.server = f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def close(self) -> None:
        self._socket.close()

