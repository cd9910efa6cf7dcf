"""Browser fixtures: one Chromium for the session, a fresh context per test, pages served on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from pacts_farm import config
from pacts_farm.suites import suite
from pacts_farm.browser import chromium, page_session
from pacts_farm.runtime import Runtime
from pacts_farm.store import db, repo
from tests import fake_anthropic as fa


class _Pages:
    """A tiny HTTP server that serves whatever HTML a test registers (``?delay_ms=N``: answered N ms late)."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                path, _, query = self.path.partition("?")
                delay = parse_qs(query).get("delay_ms", ["0"])[0]
                if delay.isdigit():
                    time.sleep(min(int(delay), 10_000) / 1000)
                body = pages.get(path)
                data = (body or "not found").encode()
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def add(self, path: str, body: str, *, raw: bool = False) -> str:
        """Serve ``body`` at ``path``: a page (wrapped in a document unless it is one), or with ``raw`` as it is."""
        wrap = not raw and "<html" not in body
        self.pages[path] = f"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>" if wrap else body
        return self.origin + path

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def pages() -> Iterator[_Pages]:
    server = _Pages()
    yield server
    server.close()


@pytest.fixture(scope="session")
def browser_host() -> Iterator[chromium.BrowserHost]:
    host = chromium.BrowserHost(config.Settings.from_env({}))
    yield host
    host.close()


@pytest.fixture
def open_page(
    browser_host: chromium.BrowserHost, pages: _Pages, tmp_path: Path
) -> Iterator[Callable[[str], page_session.PageSession]]:
    """open_page(html) -> a PageSession on a fresh context showing that HTML."""
    sessions = []

    def open_(body: str, path: str | None = None) -> page_session.PageSession:
        url = pages.add(path or f"/p{len(pages.pages)}", body)
        manager = browser_host.session(artifacts_dir=tmp_path / "artifacts", allowed_origins=(pages.origin,), trace="off")
        session = manager.__enter__()
        sessions.append(manager)
        session.goto(url, 5000)
        return session

    yield open_
    for manager in sessions:
        manager.__exit__(None, None, None)


@pytest.fixture
def fake() -> Iterator[fa.FakeAnthropic]:
    """The fake Anthropic Messages API on 127.0.0.1, reached through the real SDK."""
    with fa.serving() as server:
        yield server


@pytest.fixture
def run_store(tmp_path: Path) -> Iterator[tuple[db.Sessions, str]]:
    """A SQLite store with one run ("run-1"), so LLM calls are recorded against it."""
    engine = db.open_engine(f"sqlite:///{tmp_path / 'pacts.db'}")
    db.upgrade(engine)
    sessions = db.make_sessions(engine)
    loaded = suite.load_suite_text(
        "name: s\nbase_url: http://127.0.0.1:9\nrequirements:\n  - id: r\n    steps: [Click Go]\n", source="s.yaml", environ={}
    )
    repo.create_run(sessions, run_id="run-1", suite=loaded, content="x", mode="embedded", output_dir=str(tmp_path))
    yield sessions, "run-1"
    engine.dispose()


@contextmanager
def embedded_runtime(home: Path, host: chromium.BrowserHost, **env: str) -> Iterator[Runtime]:
    """A Runtime over a SQLite store in ``home`` that runs on ``host`` (the session's browser), closed after."""
    settings = config.Settings.from_env({"PACTS_HOME": str(home), "PACTS_TRACE": "off", **env})
    with Runtime.open(settings) as runtime, runtime.using_browser(host):
        yield runtime


@pytest.fixture
def rt(request: pytest.FixtureRequest, tmp_path: Path, browser_host: chromium.BrowserHost) -> Iterator[Runtime]:
    """An embedded Runtime in tmp_path/home on the session's browser; a module's ``runtime_env`` marker adds settings."""
    marker = request.node.get_closest_marker("runtime_env")
    with embedded_runtime(tmp_path / "home", browser_host, **(marker.kwargs if marker else {})) as runtime:
        yield runtime
