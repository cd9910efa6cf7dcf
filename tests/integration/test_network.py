"""Third-party requests are refused unless the suite allows their origin (network: {allow: […]})."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pacts_farm.browser import chromium, network


def test_proxy_bypass_names_each_allowed_origin_by_host_and_effective_port() -> None:
    rules = network.proxy_bypass(
        ("http://127.0.0.1:8000", "https://cdn.example.org", "https://*.widgets.example.net", "http://[::1]:9000", "http://plain.test")
    )
    assert rules.split(",") == ["127.0.0.1:8000", "cdn.example.org:443", "*.widgets.example.net:443", "[::1]:9000", "plain.test:80"]


@pytest.mark.browser
def test_only_allowed_origins_leave_the_browser(browser_host: chromium.BrowserHost, pages, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Nothing resolves here, so an allowed host fails on DNS while a refused one fails at our dead proxy at once."""
    port = pages.origin.rsplit(":", 1)[1]
    urls = {
        f"http://127.0.0.1:{int(port) + 1}/x": True,  # another port is another origin
        "https://fonts.example.com/a.woff": True,
        "https://cdn.example.org/a.js": False,
        "https://img.cdn.example.org/a.png": True,  # only the exact host
        "https://a.widgets.example.net/w.js": False,  # *.widgets.example.net
        "https://widgets.example.net/w.js": True,  # the bare domain is not a subdomain
        "https://evil.example.net/?widgets.example.net": True,
        "http://cdn.example.org:8443/a.js": True,  # the allowed origin's port only
    }
    url = pages.add("/mixed", "".join(f'<img src="{u}">' for u in urls) + "<p>ok</p>")
    allowed = (pages.origin, "https://cdn.example.org", "https://*.widgets.example.net")
    with browser_host.session(artifacts_dir=tmp_path, allowed_origins=allowed, trace="off") as session:
        failures: dict[str, str] = {}
        session.page.on("requestfailed", lambda request: failures.__setitem__(request.url, request.failure or ""))
        session.goto(url, 5000)
        deadline = time.monotonic() + 5
        while len(failures) < len(urls) and time.monotonic() < deadline:
            session.page.wait_for_timeout(50)
    assert {u: failures.get(u) == network.BLOCKED_FAILURE for u in urls} == urls, failures
    assert all(failures[u] for u in urls)  # the allowed ones failed too, later, on DNS: they did leave


@pytest.mark.browser
def test_network_allow_lets_a_listed_origin_through(browser_host: chromium.BrowserHost, pages, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    port = pages.origin.rsplit(":", 1)[1]
    other = f"http://localhost:{port}"  # the same server under another origin
    pages.add("/pixel", "<p>pixel</p>")
    url = pages.add("/host", f'<img id=i src="{other}/pixel"><p>ok</p>')

    def failed_requests(allowed: tuple[str, ...]) -> list[str]:
        with browser_host.session(artifacts_dir=tmp_path, allowed_origins=allowed, trace="off") as session:
            failures: list[str] = []
            session.page.on("requestfailed", lambda request: failures.append(f"{request.url} {request.failure}"))
            session.goto(url, 5000)
            return failures

    (refused,) = failed_requests((pages.origin,))
    assert refused == f"{other}/pixel {network.BLOCKED_FAILURE}"
    assert all(network.BLOCKED_FAILURE not in f for f in failed_requests((pages.origin, other)))  # allowed: it reached the server
