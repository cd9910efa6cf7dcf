"""What the fault tests inject faults into: a private Redis and PostgreSQL (never the shared ones),
a page server whose pages can be held open or are hostile, and process-tree helpers over /proc."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), Path("/usr/lib/postgresql/15/bin"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(condition: Callable[[], object], *, timeout: float, what: str, every: float = 0.1) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


# --- processes ---


def children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        kids = children(todo.pop())
        found.extend(kids)
        todo.extend(kids)
    return found


def cmdline(pid: int) -> list[str]:
    try:
        return [a.decode(errors="replace") for a in Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0") if a]
    except OSError:
        return []


def chromium_browsers(under: int) -> list[int]:
    """Chromium main processes (not renderers/helpers) below process ``under``."""
    return [
        pid for pid in descendants(under)
        if any(a.startswith("--pacts-browser=") for a in cmdline(pid)) and not any(a.startswith("--type=") for a in cmdline(pid))
    ]


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


# --- a private Redis ---


class PrivateRedis:
    """redis-server on a free port with an append-only file, so a restart keeps the queues (like compose)."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="pf-redis-"))
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with open(self.dir / "redis.log", "ab") as log:
            self.proc = subprocess.Popen(
                ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.dir),
                 "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--protected-mode", "no"],
                stdout=log, stderr=subprocess.STDOUT,
            )
        wait_until(self._pong, timeout=20, what="private redis")

    def _pong(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: redis fsyncs the AOF and exits
            self.proc.wait(timeout=20)
        self.proc = None

    def restart(self, down_s: float = 2.0) -> None:
        self.stop()
        time.sleep(down_s)  # the outage itself: the farm must ride it out
        self.start()

    def close(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


# --- a private PostgreSQL cluster ---


class PrivatePostgres:
    """A throwaway cluster (initdb as the postgres user) on a free port; restarted by the tests."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="pf-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        user = pwd.getpwnam("postgres")
        os.chown(self.dir, user.pw_uid, user.pw_gid)
        self._as_postgres(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.url = f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/pacts"

    def _as_postgres(self, *argv: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *argv], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        self._as_postgres(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "pg.log"), "-w", "-t", "60",
            "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off", "start",
        )

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def restart(self, down_s: float = 2.0) -> None:
        self.stop()
        time.sleep(down_s)
        self.start()

    def create_database(self) -> None:
        from sqlalchemy import create_engine, text

        admin = create_engine(self.url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("CREATE DATABASE pacts"))
        admin.dispose()

    def close(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


# --- pages ---


class Pages:
    """Pages for fault tests: /hold/NAME blocks until released; the rest are fixed, some hostile."""

    FORM = (
        "<!doctype html><html><head><title>Form</title></head><body><h1>{heading}</h1>"
        "<label for=n>Name</label><input id=n name=n>"
        "<button onclick=\"document.getElementById('out').textContent='Saved ' + document.getElementById('n').value.length\">Save</button>"
        "<p id=out></p></body></html>"
    )

    def __init__(self) -> None:
        self.gates: dict[str, threading.Event] = {}
        self.waiting: dict[str, int] = {}
        self.extra: dict[str, str] = {}
        pages = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                path = urlsplit(self.path).path
                if path.startswith("/hold/"):
                    name = path.removeprefix("/hold/")
                    gate = pages.gates.setdefault(name, threading.Event())
                    pages.waiting[name] = pages.waiting.get(name, 0) + 1
                    gate.wait(timeout=120)
                    return self._send(pages.FORM.format(heading=f"Held {name}"))
                if path == "/file.bin":
                    return self._send("x" * 4096, "application/octet-stream", {"Content-Disposition": 'attachment; filename="report.bin"'})
                if path == "/never":  # headers, then a body that never ends
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    self.wfile.write(b"<html><body><p>Loading forever")
                    self.wfile.flush()
                    gate = pages.gates.setdefault("never", threading.Event())
                    gate.wait(timeout=120)
                    return None
                body = pages.extra.get(path)
                if body is None:
                    return self._send("not found", status=404)
                return self._send(body)

            def _send(self, body: str, content_type: str = "text/html; charset=utf-8",
                      headers: dict[str, str] | None = None, status: int = 200) -> None:
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except OSError:
                    pass

            def log_message(self, *args: object) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def held(self, name: str) -> bool:
        return self.waiting.get(name, 0) > 0

    def release(self, name: str) -> None:
        self.gates.setdefault(name, threading.Event()).set()

    def close(self) -> None:
        for gate in self.gates.values():
            gate.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
