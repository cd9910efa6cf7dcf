"""A sign-in an item ended for everyone: apps that keep sessions on the server (Django, Flask-Session, CTFd) end the
session on log-out for every browser holding its cookie, so an item that logs out would leave the next items of the
run on the sign-in page. Such an item signs in anew and runs once more; an item that fails for its own reason is
not run twice into a pass."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from pacts_farm import model, pipeline, submit
from pacts_farm.runtime import Runtime
from pacts_farm.store import repo

pytestmark = pytest.mark.browser

SUITE = """\
name: Server sessions
base_url: http://127.0.0.1:1
auth:
  member:
    url: /login
    steps:
      - Fill "ada" in the Username field
      - Click Sign in
      - Verify the page shows "Welcome, ada"
requirements:
  - id: leave
    auth: member
    url: /account
    steps:
      - Click Log out
      - Verify the page shows "Signed out"
  - id: stay
    auth: member
    url: /account
    steps:
      - Verify the page shows "Welcome, ada"
  - id: wrong
    auth: member
    url: /account
    steps:
      - Verify the page shows "Welcome, grace"
"""

_LOGIN = b"""<!doctype html><html><head><title>Sign in</title></head><body><form method="post" action="/login">
<label>Username <input name="username"></label><button>Sign in</button></form></body></html>"""


class _Sessions(BaseHTTPRequestHandler):
    live: set[str] = set()
    lock = threading.Lock()

    def log_message(self, *args: object) -> None:
        pass

    def _sid(self) -> str | None:
        for part in (self.headers.get("Cookie") or "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == "sid":
                return value
        return None

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": "text/html; charset=utf-8", **(headers or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        sid = self._sid()
        if self.path.startswith("/login"):
            self._send(200, _LOGIN)
        elif self.path.startswith("/account"):
            with self.lock:
                signed_in = sid in self.live
            if not signed_in:
                self._send(302, headers={"Location": "/login?next=/account"})
                return
            self._send(200, b"""<!doctype html><html><head><title>Account</title></head><body><h1>Welcome, ada</h1>
<form method="post" action="/logout"><button>Log out</button></form></body></html>""")
        elif self.path.startswith("/bye"):
            self._send(200, b"<!doctype html><html><head><title>Bye</title></head><body><p>Signed out</p></body></html>")
        else:
            self._send(404, b"not found")

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode())
        if self.path.startswith("/login") and form.get("username") == ["ada"]:
            sid = secrets.token_hex(8)
            with self.lock:
                self.live.add(sid)
            self._send(302, headers={"Location": "/account", "Set-Cookie": f"sid={sid}; Path=/"})
        elif self.path.startswith("/logout"):
            with self.lock:
                self.live.discard(self._sid() or "")  # ended on the server: every browser holding the cookie is out
            self._send(302, headers={"Location": "/bye"})
        else:
            self._send(302, headers={"Location": "/login"})


@pytest.fixture
def app() -> Iterator[str]:
    handler = type("Sessions", (_Sessions,), {"live": set()})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_an_item_whose_sign_in_another_ended_signs_in_anew(rt: Runtime, app: str, tmp_path: Path) -> None:
    submission = submit.prepare_text(SUITE, source="sessions.yaml", environ={}, base_url=app)
    run_id = submit.new_run_id()
    item_ids = repo.create_run(rt.sessions, run_id=run_id, suite=submission.suite, content=SUITE + run_id,
                               mode="embedded", output_dir=str(tmp_path / run_id), options=submit.auth_options(submission))
    for item_id in item_ids:
        for stage in (pipeline.plan_item, pipeline.discover_item, pipeline.execute_item, pipeline.heal_item):
            stage(rt, item_id)
    items = {i.item_key: i for i in repo.load_run_result(rt.sessions, run_id).items}
    assert {k: i.verdict for k, i in items.items()} == {
        "leave": model.Verdict.PASSED, "stay": model.Verdict.PASSED, "wrong": model.Verdict.FAILED}
    assert items["stay"].phases.auth_ms > 0  # its shared sign-in had ended: it signed in again
    assert "Welcome, grace" in (items["wrong"].error or "")  # failed on the account page, for its own reason
