"""Per-process resources travel as one typed object: settings, store, cache and a lazy browser."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pacts_farm import config
from pacts_farm.farm import slots
from pacts_farm.finding import cache
from pacts_farm.store import db

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from pacts_farm.browser import chromium


@dataclass(kw_only=True)
class Runtime:
    settings: config.Settings
    engine: Engine
    sessions: db.Sessions
    cache: cache.SelectorCache
    slots: slots.OriginSlots = field(default_factory=slots.LocalSlots)  # per-origin caps (limits: in suite.yaml)
    _browsers: dict[int, chromium.BrowserHost] = field(default_factory=dict)
    signed_in: SignedIn = field(default_factory=lambda: SignedIn())  # auth: flows' browser states, in memory
    secrets: dict[str, str] = field(default_factory=dict, repr=False)  # secret vars (secret:NAME), embedded only

    @classmethod
    def open(cls, settings: config.Settings) -> Runtime:
        engine = db.open_engine(settings.effective_database_url)
        db.upgrade(engine)
        sessions = db.make_sessions(engine)
        selector_cache = cache.SelectorCache(sessions, settings.effective_redis_url, promote_after=settings.heal_promote_after)
        return cls(
            settings=settings,
            engine=engine,
            sessions=sessions,
            cache=selector_cache,
            slots=slots.open_slots(selector_cache.redis),
        )

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def environ(self) -> Mapping[str, str]:
        """What ${env:…} and ${secret:…} placeholders are typed from: this process's environment and secret vars."""
        return {**config.environment(), **self.secrets}

    @property
    def owner(self) -> str:
        """Who holds an item's lease: host, process and thread."""
        return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"

    def browser(self) -> chromium.BrowserHost:
        """This thread's browser host (a browser belongs to the thread that started it)."""
        from pacts_farm.browser import chromium  # imported on first use: planning workers never load playwright

        key = threading.get_ident()
        host = self._browsers.get(key)
        if host is None:  # one launched ahead for this thread (embedded), else a new one
            host = self._browsers[key] = chromium.adopt_prelaunched() or chromium.BrowserHost(self.settings)
        return host

    @contextmanager
    def using_browser(self, host: chromium.BrowserHost) -> Iterator[Runtime]:
        """This thread runs on ``host``, a browser owned elsewhere (a test session's, a bench's), left open after."""
        key = threading.get_ident()
        self._browsers[key] = host
        try:
            yield self
        finally:
            self._browsers.pop(key, None)

    def close(self) -> None:
        for host in self._browsers.values():
            host.close()
        self._browsers.clear()
        self.cache.close()
        self.engine.dispose()


def holder_is_dead(owner: str) -> bool:
    """True when a lease holder ("host:pid:thread") is a process on this host that no longer exists."""
    host, _, rest = owner.partition(":")
    pid_text = rest.split(":", 1)[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False  # another host: its lease expires, or the sweeper requeues it
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class SignedIn:
    """Browser states left by auth: flows, per (run, flow): in this process's memory only, never stored,
    since they hold session cookies. Bounded: the states of the most recent runs are kept."""

    def __init__(self, keep_runs: int = 4) -> None:
        self._states: dict[tuple[str, str], dict[str, object]] = {}
        self._keep_runs = keep_runs

    def get(self, run_id: str, name: str) -> dict[str, object] | None:
        return self._states.get((run_id, name))

    def put(self, run_id: str, name: str, state: dict[str, object]) -> None:
        self._states[(run_id, name)] = state
        runs = list(dict.fromkeys(run for run, _ in self._states))
        for stale in runs[: max(len(runs) - self._keep_runs, 0)]:
            for key in [k for k in self._states if k[0] == stale]:
                del self._states[key]

    def drop(self, run_id: str, name: str) -> None:
        self._states.pop((run_id, name), None)
