"""`pacts-farm dashboard`: a read-only web UI over the system of record (stdlib HTTP server, 127.0.0.1 by default).

Routes: / (runs and trends), /runs/RUN (its requirements), /runs/RUN/files/PATH (the run folder:
report.html, results.json, junit.xml, screenshots, traces; nothing outside it; a farm run's from the store), /requirement?suite=&id=
(a requirement's history), /heals (accepted heals), /healthz, and the JSON metrics API:
/api/metrics/summary?days=, /api/metrics/cache?app=, /api/metrics/heal?app=, /api/metrics/runs?suite=&days=
(documents of pacts_farm.farm.figures, schemas/metrics-*.schema.json). GET and HEAD, and one POST:
/heals/ID/mark-wrong (the "mark heal wrong" form), accepted only from localhost with the page's token.
"""

from __future__ import annotations

import hmac
import json
import logging
import mimetypes
import secrets
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from pacts_farm import config, errors, model
from pacts_farm.execution import artifacts
from pacts_farm.farm import figures
from pacts_farm.finding import cache
from pacts_farm.flaky import flakiness
from pacts_farm.healing import heal_memo
from pacts_farm.dashboard import flakes, pages
from pacts_farm.store import db, heals, history, repo, run_files

log = logging.getLogger(__name__)
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'"
FORM_CSP = PAGE_CSP.replace("form-action 'none'", "form-action 'self'")  # the heals page posts its mark-wrong form
LOCAL_CLIENTS = ("127.0.0.1", "::1", "::ffff:127.0.0.1")
TYPES = {".html": "text/html; charset=utf-8", ".json": "application/json", ".xml": "application/xml",
         ".png": "image/png", ".zip": "application/zip", ".txt": "text/plain; charset=utf-8"}


class Dashboard:
    """A running dashboard; a context manager that stops it on exit."""

    def __init__(self, settings: config.Settings, *, host: str = "127.0.0.1", port: int = 8700) -> None:
        self.settings = settings
        self.engine = db.open_engine(settings.effective_database_url)
        db.upgrade(self.engine)
        self.sessions = db.make_sessions(self.engine)
        handler = type("DashboardHandler", (_Handler,), {"dashboard": self})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        bound_host, bound_port = self.httpd.server_address[:2]
        self.url = f"http://{bound_host}:{bound_port}"
        self._thread: threading.Thread | None = None
        self.form_token = secrets.token_urlsafe(24)  # a cross-site page cannot know it: no forged mark-wrong posts

    def start(self) -> Dashboard:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="dashboard", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(timeout=5)
        self.httpd.server_close()
        self.engine.dispose()

    def __enter__(self) -> Dashboard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- pages ---

    def runs(self) -> str:
        runs = history.recent_runs(self.sessions, limit=100)
        stored = run_files.runs_with(self.sessions, [r.run_id for r in runs if artifacts.kept_in_store(r.mode)], "report.html")
        on_disk = {r.run_id for r in runs if not artifacts.kept_in_store(r.mode) and (Path(r.output_dir) / "report.html").is_file()}
        return pages.runs_page(runs, reports=stored | on_disk)

    def _folder(self, run_id: str, mode: str) -> Path | artifacts.StoredFolder:
        """The run's files: a farm run's from the store (any host), an embedded run's folder on this disk."""
        if artifacts.kept_in_store(mode):
            return artifacts.StoredFolder(self.sessions, run_id)
        return Path(repo.run_output_dir(self.sessions, run_id))

    def run(self, run_id: str) -> str:
        result = repo.load_run_result(self.sessions, run_id)
        out_dir = self._folder(run_id, result.mode)
        stats = history.requirement_stats(
            self.sessions, result.suite_name, requirement_ids=sorted({i.requirement_id for i in result.items})
        )
        health = flakiness.health_of(self.sessions, result.suite_name, sorted({i.requirement_id for i in result.items}), now=db.utcnow())
        running = result.status in (model.RunStatus.QUEUED, model.RunStatus.RUNNING)
        progress = {p.key: p for p in repo.run_progress(self.sessions, run_id)} if running else None
        return pages.run_page(result, out_dir, stats, progress=progress) + flakes.health_table(result.suite_name, health)

    def requirement(self, suite_name: str, requirement_id: str) -> str:
        stats = history.requirement_stats(self.sessions, suite_name, requirement_ids=[requirement_id], window=50)
        health = flakiness.health_of(self.sessions, suite_name, [requirement_id], now=db.utcnow())
        return pages.requirement_page(suite_name, requirement_id, stats.get(requirement_id)) + flakes.health_card(health.get(requirement_id))

    def heals(self, message: str = "") -> str:
        accepted = [h for h in heals.recent(self.sessions, limit=500) if h.outcome == "accepted"][:100]
        return flakes.heals_page(accepted, token=self.form_token, message=message)

    def mark_heal_wrong(self, heal_id: int, by: str) -> None:
        selector_cache = cache.SelectorCache(self.sessions, self.settings.effective_redis_url)
        try:
            heal_memo.mark_wrong(self.sessions, selector_cache, heal_id, by=by, now=db.utcnow())
        finally:
            selector_cache.close()

    def metrics(self, name: str, query: dict[str, list[str]]) -> dict[str, object]:
        """A metrics document (figures.DOCUMENTS) for the query; errors.InputError for a bad parameter."""
        def arg(key: str) -> str | None:
            return query.get(key, [None])[0] or None

        if name == "summary":
            return figures.summary_document(self.sessions, days=figures.parse_days(arg("days"), default=None))
        if name == "cache":
            return figures.cache_document(self.sessions, app=arg("app"))
        if name == "heal":
            return figures.heal_document(self.sessions, app=arg("app"))
        days = figures.parse_days(arg("days"), default=7)
        assert days is not None
        return figures.runs_document(self.sessions, suite=arg("suite"), days=days)

    def run_file(self, run_id: str, relative: str) -> tuple[str, bytes] | None:
        """(name, bytes) of a file of the run's folder, or None (missing, a folder, or outside it: ../, absolute,
        symlinks out). A farm run's files come from the store."""
        if not relative or "\x00" in relative or relative.startswith(("/", "\\")):
            return None
        if artifacts.kept_in_store(repo.run_mode(self.sessions, run_id)):
            content = run_files.read(self.sessions, run_id, relative)
            return None if content is None else (relative.rsplit("/", 1)[-1], content)
        folder = Path(repo.run_output_dir(self.sessions, run_id)).resolve()
        candidate = (folder / relative).resolve()
        if not candidate.is_relative_to(folder) or not candidate.is_file():
            return None
        return candidate.name, candidate.read_bytes()


class _Handler(BaseHTTPRequestHandler):
    server_version = "pacts-farm-dashboard"
    dashboard: Dashboard

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's name
        self._route(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._route(head=False)

    def _route(self, *, head: bool) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        parts = [p for p in path.split("/") if p]
        board = self.dashboard
        try:
            if path == "/":
                return self._page("Runs", board.runs(), head)
            if path == "/favicon.ico":
                return self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon", head)
            if path == "/heals":
                marked = parse_qs(url.query).get("marked", [""])[0]
                html = pages.layout("Heals", board.heals(f"heal {marked} marked wrong" if marked.isdigit() else ""),
                                    flower_url=board.settings.flower_url)
                return self._send(HTTPStatus.OK, html.encode(), TYPES[".html"], head, headers={"Content-Security-Policy": FORM_CSP})
            if len(parts) == 3 and parts[:2] == ["api", "metrics"] and parts[2] in figures.DOCUMENTS:
                return self._metrics(parts[2], parse_qs(url.query), head)
            if path == "/healthz":
                return self._send(HTTPStatus.OK, b"ok\n", TYPES[".txt"], head)
            if path == "/requirement":
                query = parse_qs(url.query)
                suite_name, rid = query.get("suite", [""])[0], query.get("id", [""])[0]
                if not suite_name or not rid:
                    return self._missing("a requirement needs ?suite=NAME&id=ID", head)
                return self._page(f"{rid} history", board.requirement(suite_name, rid), head)
            if len(parts) == 2 and parts[0] == "runs":
                return self._page(f"Run {parts[1]}", board.run(parts[1]), head)
            if len(parts) >= 4 and parts[0] == "runs" and parts[2] == "files":
                raw = url.path.split("/files/", 1)[1]
                found = board.run_file(parts[1], unquote(raw))
                if found is None:
                    return self._missing(f"no such file in run {parts[1]}", head)
                return self._file(found, head)
        except errors.RunNotFound as exc:
            return self._missing(exc.message, head)
        except errors.StoreUnavailable as exc:
            body = pages.layout("Store unavailable", pages.not_found(exc.message), flower_url=board.settings.flower_url)
            return self._send(HTTPStatus.SERVICE_UNAVAILABLE, body.encode(), TYPES[".html"], head, csp=True)
        self._missing(f"nothing at {path}", head)

    def _metrics(self, name: str, query: dict[str, list[str]], head: bool) -> None:
        try:
            document, status = self.dashboard.metrics(name, query), HTTPStatus.OK
        except errors.InputError as exc:
            document, status = {"error": exc.message}, HTTPStatus.BAD_REQUEST
        except errors.StoreUnavailable as exc:
            document, status = {"error": exc.message}, HTTPStatus.SERVICE_UNAVAILABLE
        self._send(status, (json.dumps(document) + "\n").encode(), TYPES[".json"], head)

    def _page(self, title: str, body: str, head: bool) -> None:
        html = pages.layout(title, body, flower_url=self.dashboard.settings.flower_url)
        self._send(HTTPStatus.OK, html.encode("utf-8"), TYPES[".html"], head, csp=True)

    def _missing(self, what: str, head: bool) -> None:
        html = pages.layout("Not found", pages.not_found(what), flower_url=self.dashboard.settings.flower_url)
        self._send(HTTPStatus.NOT_FOUND, html.encode("utf-8"), TYPES[".html"], head, csp=True)

    def _file(self, found: tuple[str, bytes], head: bool) -> None:
        name, content = found
        suffix = Path(name).suffix.lower()
        kind = TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"
        extra = {"Content-Disposition": f'attachment; filename="{name}"'} if suffix == ".zip" else {}
        self._send(HTTPStatus.OK, content, kind, head, headers=extra)

    def _send(
        self, status: HTTPStatus, body: bytes, kind: str, head: bool, *, csp: bool = False,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if csp:
            self.send_header("Content-Security-Policy", PAGE_CSP)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def do_POST(self) -> None:  # noqa: N802 - only the mark-wrong form
        parts = [p for p in urlsplit(self.path).path.split("/") if p]
        if len(parts) == 3 and parts[0] == "heals" and parts[1].isdigit() and parts[2] == "mark-wrong":
            return self._mark_wrong(int(parts[1]))
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, b"read-only\n", TYPES[".txt"], False, headers={"Allow": "GET, HEAD"})

    def do_PUT(self) -> None:  # noqa: N802 - read-only
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, b"read-only\n", TYPES[".txt"], False, headers={"Allow": "GET, HEAD"})

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _mark_wrong(self, heal_id: int) -> None:
        """POST /heals/ID/mark-wrong (form: by, token): localhost only, with the token of a page this dashboard served."""
        board = self.dashboard
        if self.client_address[0] not in LOCAL_CLIENTS:
            return self._send(HTTPStatus.FORBIDDEN, b"marking heals is allowed from localhost only\n", TYPES[".txt"], False)
        length = int(self.headers.get("Content-Length") or 0)
        if length > 4096:
            return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, b"form too large\n", TYPES[".txt"], False)
        form = parse_qs(self.rfile.read(length).decode("utf-8", "replace"))
        token, by = form.get("token", [""])[0], form.get("by", [""])[0].strip()
        if not hmac.compare_digest(token, board.form_token):
            return self._send(HTTPStatus.FORBIDDEN, b"stale or missing form token: reload /heals\n", TYPES[".txt"], False)
        try:
            board.mark_heal_wrong(heal_id, by[:200])
        except errors.InputError as exc:
            return self._send(HTTPStatus.BAD_REQUEST, (exc.message + "\n").encode(), TYPES[".txt"], False)
        self._send(HTTPStatus.SEE_OTHER, b"", TYPES[".txt"], False, headers={"Location": f"/heals?marked={heal_id}"})

    def log_message(self, format: str, *args: object) -> None:
        log.info("%s " + format, self.address_string(), *args)
