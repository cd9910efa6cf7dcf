"""A fake Anthropic Messages API on 127.0.0.1 (the one fake, at the edge we cannot reach).

Tests script its replies in order (``push``) or answer every request with a function (``respond``);
the real ``anthropic`` SDK talks to it through ``base_url``. Every request body is kept, so a test can
read exactly what would have been sent to Claude.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0


def tool(name: str, data: Any, *, input_tokens: int = 400, output_tokens: int = 120) -> Reply:
    """A good tool_use answer."""
    return _message([{"type": "tool_use", "id": "toolu_fake01", "name": name, "input": data}], "tool_use",
                    input_tokens, output_tokens)


def text(content: str, *, input_tokens: int = 400, output_tokens: int = 60) -> Reply:
    """A text answer (e.g. malformed JSON instead of a tool call)."""
    return _message([{"type": "text", "text": content}], "end_turn", input_tokens, output_tokens)


def status(code: int, message: str = "error", *, retry_after: float | None = None) -> Reply:
    kind = {429: "rate_limit_error", 529: "overloaded_error"}.get(code, "api_error")
    body = json.dumps({"type": "error", "error": {"type": kind, "message": message}}).encode()
    headers = {"retry-after": str(retry_after)} if retry_after is not None else {}
    return Reply(status=code, body=body, headers=headers)


def slow(reply: Reply, seconds: float) -> Reply:
    """Answer only after ``seconds`` (longer than the client's timeout: a timeout)."""
    return Reply(status=reply.status, body=reply.body, headers=reply.headers, delay_s=seconds)


def _message(content: list[dict[str, Any]], stop: str, input_tokens: int, output_tokens: int) -> Reply:
    body = {
        "id": "msg_fake01", "type": "message", "role": "assistant", "model": "claude-sonnet-4-6",
        "content": content, "stop_reason": stop, "stop_sequence": None,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
    }
    return Reply(body=json.dumps(body).encode())


class FakeAnthropic:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self._script: deque[Reply] = deque()
        self._respond: Callable[[dict[str, Any]], Reply] | None = None
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                request = json.loads(self.rfile.read(length) or b"{}")
                reply = fake._next(self.path, request)
                if reply.delay_s:
                    time.sleep(reply.delay_s)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(reply.body)))
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout)

            def log_message(self, *args: object) -> None:
                return

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def push(self, *replies: Reply) -> None:
        with self._lock:
            self._script.extend(replies)

    def respond(self, responder: Callable[[dict[str, Any]], Reply]) -> None:
        """Answer requests the script does not cover with ``responder(request)``."""
        self._respond = responder

    def reset(self) -> None:
        with self._lock:
            self._script.clear()
            self.requests.clear()
            self._respond = None

    def sent_text(self) -> str:
        """Everything that was sent, as one string (to look for secrets)."""
        return json.dumps(self.requests, ensure_ascii=False)

    def _next(self, path: str, request: dict[str, Any]) -> Reply:
        with self._lock:
            self.requests.append(request)
            if not path.startswith("/v1/messages"):
                return status(404, f"no route {path}")
            if self._script:
                return self._script.popleft()
        if self._respond is not None:
            return self._respond(request)
        return status(500, "the test scripted no reply for this request")

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@contextmanager
def serving() -> Iterator[FakeAnthropic]:
    fake = FakeAnthropic()
    try:
        yield fake
    finally:
        fake.close()


def tool_input(request: dict[str, Any]) -> dict[str, Any]:
    """The forced tool of a request (its name and schema)."""
    return request["tools"][0]


def prompt_text(request: dict[str, Any]) -> str:
    """The first user message's text."""
    content = request["messages"][0]["content"]
    if isinstance(content, str):
        return content
    return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
