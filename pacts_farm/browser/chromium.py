"""Chromium's lifecycle: one browser per worker thread, launched on first use and relaunched if it died, a
thread-keyed registry of browsers launched before their runtime existed, and killing a hung one by its process."""

from __future__ import annotations

import logging
import os
import secrets
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from pacts_farm import config, errors
from pacts_farm.browser import network
from pacts_farm.browser.page_session import READY_ENGINE, READY_ENGINE_NAME, PageSession

log = logging.getLogger(__name__)
VIEWPORT = {"width": 1280, "height": 900}
_MARKER = "--pacts-browser="  # an inert switch naming this host's Chromium, to find its process


class BrowserHost:
    """One Chromium per thread, launched on first use, reused across items, relaunched if it died."""

    def __init__(self, settings: config.Settings) -> None:
        self._settings = settings
        self._playwright: Any = None
        self._browser: Any = None
        self._marker = f"{os.getpid()}-{secrets.token_hex(6)}"
        self._dead_proxy: network.DeadProxy | None = None

    def start_driver(self) -> None:
        """Start Playwright's driver (its own process, about 250 ms) without a browser yet."""
        if self._playwright is None:
            self._playwright = sync_playwright().start()
            self._playwright.selectors.register(READY_ENGINE_NAME, READY_ENGINE, content_script=True)

    def _ensure(self) -> Any:
        if self._browser is not None and self._browser.is_connected():
            return self._browser
        try:
            self.start_driver()
            self._browser = self._playwright.chromium.launch(
                executable_path=self._settings.browser_executable,
                headless=self._settings.headless,
                args=[*self._settings.browser_args, _MARKER + self._marker],
            )
        except PlaywrightError as exc:
            self._browser = None
            raise errors.BrowserCrashed(f"cannot start Chromium: {exc.message.splitlines()[0]}") from exc
        return self._browser

    @contextmanager
    def session(
        self,
        *,
        artifacts_dir: Path,
        allowed_origins: tuple[str, ...],
        trace: str = "on-failure",
        watchdog_s: float | None = None,
        storage_state: dict[str, Any] | None = None,
        retry: bool = False,
        settling: bool = True,
    ) -> Iterator[PageSession]:
        """A fresh context (signed in when ``storage_state`` comes from an auth flow); after ``watchdog_s`` a
        page that still holds the worker gets its browser killed; a ``retry`` is traced with DOM snapshots;
        ``settling``: its documents keep the record a check reads to end early on a settled page (settled.py)."""
        browser = self._ensure()
        proxy = None
        if allowed_origins:
            self._dead_proxy = self._dead_proxy or network.DeadProxy()
            proxy = {"server": self._dead_proxy.server, "bypass": network.proxy_bypass(allowed_origins)}
        try:
            context = browser.new_context(
                viewport=VIEWPORT, accept_downloads=False, service_workers="block", storage_state=storage_state, proxy=proxy
            )
        except PlaywrightError as exc:
            self._browser = None
            raise errors.BrowserCrashed(f"browser context failed: {exc.message.splitlines()[0]}") from exc
        session = PageSession(context, artifacts_dir=artifacts_dir, allowed_origins=allowed_origins, trace=trace, retry=retry,
                              settling=settling)
        watchdog = None
        if watchdog_s is not None:
            watchdog = threading.Timer(watchdog_s, self._on_hang, args=(session, watchdog_s))
            watchdog.daemon = True
            watchdog.start()
        try:
            yield session
        finally:
            if watchdog is not None:
                watchdog.cancel()
            session.close()
            log.info("browser contexts open after the item: %d", self.open_contexts)  # leak check (bench_load)

    @property
    def open_contexts(self) -> int:
        """Contexts the browser still holds (0 between items unless one leaked)."""
        return len(self._browser.contexts) if self.alive else 0

    def _on_hang(self, session: PageSession, after_s: float) -> None:
        """Timer thread: no Playwright call is allowed here, so the browser is killed by its process id."""
        session.hung_after_s = after_s
        log.warning("page still busy after %.0f s; killing its browser (%d processes)", after_s, self.kill())

    def kill(self) -> int:
        """SIGKILL this host's Chromium (thread-safe: no Playwright call); it is relaunched on next use."""
        killed = 0
        for pid in browser_pids(self._marker):
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except ProcessLookupError:
                continue
        return killed

    def warm(self) -> None:
        """Launch the browser now rather than at the first item."""
        self._ensure()

    @property
    def alive(self) -> bool:
        return self._browser is not None and self._browser.is_connected()

    @property
    def version(self) -> str:
        """The running browser's version (launches it first); errors.BrowserCrashed when it cannot start."""
        return str(self._ensure().version)

    def close(self) -> None:
        for closer in (self._browser, self._playwright):
            if closer is None:
                continue
            try:
                closer.close() if closer is self._browser else closer.stop()
            except Exception as exc:  # shutting down: nothing else to do with the error
                log.debug("browser shutdown: %s", exc)
        self._browser = self._playwright = None
        if self._dead_proxy is not None:
            self._dead_proxy.close()
            self._dead_proxy = None


_prelaunched: dict[int, BrowserHost] = {}  # thread ident -> a host launched before its runtime existed
_prelaunched_lock = threading.Lock()


def prelaunch(settings: config.Settings, *, launch: Callable[[], bool] = lambda: True) -> None:
    """Start this thread's driver now and, once ``launch()`` says so, its Chromium; the thread's runtime adopts
    them (Runtime.browser). ``launch()`` may block; False (the submission stopped) closes the driver instead."""
    host = BrowserHost(settings)
    try:
        host.start_driver()
        if not launch():
            host.close()
            return
        host.warm()
    except Exception as exc:  # the first item meets the same error and reports it
        log.debug("prelaunch: %s", exc)
        host.close()
        return
    with _prelaunched_lock:
        _prelaunched[threading.get_ident()] = host


def adopt_prelaunched() -> BrowserHost | None:
    with _prelaunched_lock:
        return _prelaunched.pop(threading.get_ident(), None)


def discard_prelaunched() -> None:
    host = adopt_prelaunched()
    if host is not None:
        host.close()



def browser_pids(marker: str = "") -> list[int]:
    """Chromium main processes (not renderers or helpers) started by a BrowserHost (with ``marker``: that one)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        wanted = (_MARKER + marker).encode()
        if any(a.startswith(wanted) for a in argv) and not any(a.startswith(b"--type=") for a in argv):
            pids.append(int(entry.name))
    return pids

