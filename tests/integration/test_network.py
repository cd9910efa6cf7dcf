"""Third-party requests are refused unless the suite allows their origin (network: {allow: […]})."""

from __future__ import annotations

from pathlib import Path

import pytest

from pacts_farm import browser


@pytest.mark.parametrize(
    ("url", "blocked"),
    [
        ("http://127.0.0.1:8000/login", False),
        ("http://127.0.0.1:8000", False),
        ("http://127.0.0.1:8001/x", True),  # another port is another origin
        ("https://fonts.example.com/a.woff", True),
        ("https://cdn.example.org/a.js", False),
        ("https://img.cdn.example.org/a.png", True),  # only the exact host
        ("https://a.widgets.example.net/w.js", False),  # *.widgets.example.net
        ("https://widgets.example.net/w.js", True),  # the bare domain is not a subdomain
        ("https://evil.example.net/?widgets.example.net", True),
        ("wss://a.widgets.example.net/socket", False),
        ("http://127.0.0.1:8000.evil.test/", True),
    ],
)
def test_blocked_requests_honour_exact_and_wildcard_origins(url: str, blocked: bool) -> None:
    pattern = browser._blocked_requests(
        ("http://127.0.0.1:8000", "https://cdn.example.org", "https://*.widgets.example.net")
    )
    assert bool(pattern.search(url)) is blocked


@pytest.mark.browser
def test_network_allow_lets_a_listed_origin_through(browser_host: browser.BrowserHost, pages, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
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
    assert refused.startswith(f"{other}/pixel net::ERR_BLOCKED_BY_CLIENT")
    assert all("BLOCKED_BY_CLIENT" not in f for f in failed_requests((pages.origin, other)))  # allowed: not refused by us
