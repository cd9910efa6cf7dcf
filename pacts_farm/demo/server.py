"""The bundled demo shop, served on 127.0.0.1 by a tiny threaded HTTP server."""

from __future__ import annotations

import argparse
import json
import threading
import time
from functools import lru_cache
from http import HTTPStatus
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from pacts_farm import bundled
from pacts_farm.demo import variants

STATIC = bundled.file("demo", "static")
PAGES = {
    "/login": "login",
    "/inventory": "inventory",
    "/item": "item",
    "/cart": "cart",
    "/checkout": "checkout",
    "/checkout-overview": "checkout-overview",
    "/checkout-complete": "checkout-complete",
    "/about": "about",
    "/deals": "deals",
    "/portal": "portal",  # a member portal: a navbar with dropdowns, a burger, a hover submenu, decorated labels, icon buttons
    "/store": "store",  # a second storefront in classic Bootstrap-style markup (icon-only controls, badges, alerts)
    "/boutique": "boutique",  # a storefront whose classes are all generated style hashes: items known by their shape
    "/library": "library",  # a lending library: filter sidebar, book cards, a sortable loans table, label/value pairs
    "/backoffice": "backoffice",  # an Element-UI-like admin page: split header/body table under a loading mask, dialogs
    "/helpdesk": "helpdesk",  # a support desk: a fixed top bar with no landmark, titled columns, a modal on a plain backdrop, toasts, stars
    "/icons": "icons",  # controls named by what they look like: icon-only buttons and links, two badges sharing a class
}
DEALS = [{"name": "Blue Mug", "off": 20}, {"name": "Green Tote", "off": 10}]
TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".html": "text/html; charset=utf-8"}


@lru_cache(maxsize=None)
def _read(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def render_page(page: str, variant: str | None) -> str:
    html = _read(f"{page}.html").replace("<!--header-->", _read("header.html"))
    html = variants.apply(variant, page, html)
    marker = f"<script>window.PACTS_VARIANT = {json.dumps(variant or '')};</script>"
    return html.replace("</head>", marker + "</head>", 1)


class _Handler(BaseHTTPRequestHandler):
    server_version = "DemoShop/1.0"
    default_variant: str | None = None

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        query = parse_qs(url.query)
        chosen = query.get("variant", [None])[0]
        delay_ms = query.get("delay_ms", [""])[0]
        if delay_ms.isdigit():  # a slow page (scheduling tests, benches); the server records how many overlap
            until_peer = query.get("until_peer", [""])[0] == "1"
            self.server.slow.serve(min(int(delay_ms), 10_000) / 1000, until_peer=until_peer)  # type: ignore[attr-defined]
        if chosen is not None and chosen not in variants.VARIANTS and chosen != "":
            return self._send(HTTPStatus.BAD_REQUEST, f"unknown variant {chosen!r}".encode(), "text/plain")
        cookie_variant = SimpleCookie(self.headers.get("Cookie", "")).get("variant")
        variant = chosen if chosen is not None else (cookie_variant.value if cookie_variant else self.default_variant)
        if path == "/":
            return self._redirect("/login")
        if path in PAGES:
            body = render_page(PAGES[path], variant or None).encode("utf-8")
            extra = {"Set-Cookie": f"variant={chosen}; Path=/; SameSite=Lax"} if chosen is not None else {}
            return self._send(HTTPStatus.OK, body, TYPES[".html"], extra)
        if path == "/api/deals":  # cold on the first call after start: the demo's flaky behaviour
            if self._first_deals_call():
                return self._send(HTTPStatus.SERVICE_UNAVAILABLE, b'{"error": "cache warming up"}', "application/json")
            return self._send(HTTPStatus.OK, json.dumps(DEALS).encode(), "application/json")
        if path.startswith("/static/"):
            name = path.removeprefix("/static/")
            suffix = Path(name).suffix
            if "/" not in name and suffix in (".css", ".js") and (STATIC / name).is_file():
                return self._send(HTTPStatus.OK, _read(name).encode("utf-8"), TYPES[suffix])
        if path == "/favicon.ico":
            return self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
        self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain; charset=utf-8")

    def _first_deals_call(self) -> bool:
        state = self.server.deals  # type: ignore[attr-defined]
        with state["lock"]:
            cold = state["cold"]
            state["cold"] = False
        return bool(cold)

    def _redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.FOUND)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the browser closed its context meanwhile
            self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:  # quiet
        return


class SlowRequests:
    """How many ?delay_ms= requests are being served now, and the most at once since the last reset.

    With ``until_peer`` a slow request ends early once another one is being served: two clients that can
    overlap are shown to (the peak reaches 2) however their starts are spread within the delay, while a
    client that never overlaps waits the whole delay each time.
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._arrivals = 0
        self.now = 0
        self.peak = 0

    def serve(self, seconds: float, *, until_peer: bool = False) -> None:
        with self._changed:
            self._arrivals += 1
            seen = self._arrivals
            self.now += 1
            self.peak = max(self.peak, self.now)
            self._changed.notify_all()

            def peer_came() -> bool:
                return until_peer and (self.now > 1 or self._arrivals > seen)

            try:  # the lock is released while waiting
                self._changed.wait_for(peer_came, timeout=seconds)
            finally:
                self.now -= 1

    def reset(self) -> None:
        with self._changed:
            self.peak = self.now


class DemoServer:
    """A running demo shop; a context manager that stops it on exit."""

    def __init__(self, httpd: ThreadingHTTPServer, thread: threading.Thread) -> None:
        self._httpd = httpd
        self.slow: SlowRequests = httpd.slow  # type: ignore[attr-defined]
        self._thread = thread
        host, port = httpd.server_address[:2]
        self.url = f"http://{host}:{port}"

    def release(self, variant: str | None) -> None:
        """Ship another release at the same origin: pages served from now on are ``variant`` (None: the current one)."""
        if variant is not None and variant not in variants.VARIANTS:
            raise ValueError(f"unknown variant {variant!r}; known: {', '.join(variants.VARIANTS)}")
        self._httpd.RequestHandlerClass.default_variant = variant  # type: ignore[attr-defined]

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> DemoServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_demo_server(*, host: str = "127.0.0.1", port: int = 0, variant: str | None = None) -> DemoServer:
    if variant is not None and variant not in variants.VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; known: {', '.join(variants.VARIANTS)}")
    handler = type("DemoHandler", (_Handler,), {"default_variant": variant})
    httpd = ThreadingHTTPServer((host, port), handler)
    httpd.daemon_threads = True
    httpd.slow = SlowRequests()  # type: ignore[attr-defined]
    httpd.deals = {"lock": threading.Lock(), "cold": True}  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, name="demo-shop", daemon=True)
    thread.start()
    return DemoServer(httpd, thread)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve the pacts-farm demo shop.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--variant", choices=sorted(variants.VARIANTS))
    args = parser.parse_args(argv)
    server = start_demo_server(host=args.host, port=args.port, variant=args.variant)
    print(f"demo shop at {server.url}" + (f" (variant {args.variant})" if args.variant else ""), flush=True)
    try:
        server._thread.join()
    except KeyboardInterrupt:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
