"""`pacts-farm doctor`: is this machine ready to run the farm? One check per dependency, with what to do.

Workers log the same checks when they start (tasks/runtime.py, worker_ready).
"""

from __future__ import annotations

import secrets
import shutil
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit

from pacts_farm import config, errors
from pacts_farm.finding import cache

DISK_MIN_FREE_BYTES = 1024**3  # under 1 GiB free, traces and screenshots soon fail to write
CONNECT_TIMEOUT_S = 2.0


@dataclass(frozen=True, kw_only=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""  # what to do when it failed

    def line(self) -> str:
        head = f"{'ok' if self.ok else 'FAIL':<4}  {self.name:<10} {self.detail}"
        return head + (f" — {self.fix}" if not self.ok and self.fix else "")


def run_checks(settings: config.Settings, *, browser: bool = True) -> list[Check]:
    """Every check, in order; none raises. ``browser``: launch Chromium too (about a second)."""
    checks: list[Callable[[config.Settings], Check]] = [check_database, check_redis, check_broker]
    if browser:
        checks.append(check_chromium)
    checks += [check_playwright, check_flower, check_artifacts, check_disk]
    return [_guarded(check, settings) for check in checks]


def _guarded(check: Callable[[config.Settings], Check], settings: config.Settings) -> Check:
    try:
        return check(settings)
    except errors.PactsFarmError as exc:  # a check's own failure is its answer
        return Check(name=check.__name__.removeprefix("check_"), ok=False, detail=exc.message)


def check_database(settings: config.Settings) -> Check:
    from pacts_farm.store import db

    url = settings.effective_database_url
    shown = config.mask_url(url)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return Check(name="database", ok=True, detail=f"{shown} not created yet: the first command creates it at revision {db.HEAD_REVISION}")
    engine = db.open_engine(url)
    try:
        revision = db.probe_revision(engine)
    except errors.StoreUnavailable as exc:
        return Check(name="database", ok=False, detail=f"{shown}: {exc.message}", fix="start the database or fix PACTS_DATABASE_URL")
    finally:
        engine.dispose()
    if revision != db.HEAD_REVISION:
        return Check(name="database", ok=False, detail=f"{shown} at revision {revision or 'none'}, head is {db.HEAD_REVISION}",
                     fix="run `pacts-farm db upgrade`")
    return Check(name="database", ok=True, detail=f"{shown} at head revision {revision}")


def check_redis(settings: config.Settings) -> Check:
    url = settings.effective_redis_url
    if url is None:
        return Check(name="redis", ok=True, detail="not configured: the database cache layer only (set PACTS_REDIS_URL)")
    problem = cache.ping(url, timeout_s=CONNECT_TIMEOUT_S)
    if problem:
        return Check(name="redis", ok=False, detail=f"{config.mask_url(url)} unreachable: {problem}",
                     fix="start Redis or fix PACTS_REDIS_URL (or PACTS_BROKER_URL, its default)")
    return Check(name="redis", ok=True, detail=f"{config.mask_url(url)} answers")


def check_broker(settings: config.Settings) -> Check:
    url = settings.broker_url
    if url is None:
        return Check(name="broker", ok=True, detail="embedded (in-process; set PACTS_BROKER_URL for the farm)")
    shown = config.mask_url(url)
    if url.startswith(("redis://", "rediss://")):
        problem = cache.ping(url, timeout_s=CONNECT_TIMEOUT_S)
    elif url.startswith("amqp://"):
        problem = _connect(url, default_port=5672)
    else:
        return Check(name="broker", ok=True, detail=f"{shown} (in memory)")
    if problem:
        return Check(name="broker", ok=False, detail=f"{shown} unreachable: {problem}", fix="start the broker or fix PACTS_BROKER_URL")
    return Check(name="broker", ok=True, detail=f"{shown} answers; {_same_server(url, settings.effective_redis_url)}")


def check_chromium(settings: config.Settings) -> Check:
    from pacts_farm.browser import chromium

    host = chromium.BrowserHost(settings)
    started = time.perf_counter()
    try:
        version = host.version
    except errors.BrowserCrashed as exc:
        return Check(name="chromium", ok=False, detail=exc.message,
                     fix="install Chromium (apt-get install chromium) or `playwright install chromium`, or set PACTS_BROWSER_EXECUTABLE")
    finally:
        host.close()
    executable = settings.browser_executable or "Playwright's Chromium"
    return Check(name="chromium", ok=True, detail=f"{version} launches in {time.perf_counter() - started:.1f} s ({executable})")


def check_playwright(settings: config.Settings) -> Check:
    try:
        return Check(name="playwright", ok=True, detail=f"version {metadata.version('playwright')}")
    except metadata.PackageNotFoundError:
        return Check(name="playwright", ok=False, detail="not installed", fix="pip install playwright")


def check_flower(settings: config.Settings) -> Check:
    if not settings.flower_url:
        return Check(name="flower", ok=True, detail="not configured (set PACTS_FLOWER_URL to check it)")
    url = settings.flower_url.rstrip("/") + "/healthcheck"
    shown = config.mask_url(settings.flower_url)
    try:
        with urllib.request.urlopen(url, timeout=CONNECT_TIMEOUT_S) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return Check(name="flower", ok=False, detail=f"{shown} unreachable: {reason}", fix="start `pacts-farm flower` or fix PACTS_FLOWER_URL")
    if status != 200:
        return Check(name="flower", ok=False, detail=f"{shown}/healthcheck answered HTTP {status}", fix="check Flower's log")
    return Check(name="flower", ok=True, detail=f"{shown} answers")


def check_artifacts(settings: config.Settings) -> Check:
    folder = settings.effective_artifacts_dir
    probe = folder / f".doctor-{secrets.token_hex(4)}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        return Check(name="artifacts", ok=False, detail=f"{folder} not writable: {exc.strerror or exc}",
                     fix="fix the folder's permissions or set PACTS_ARTIFACTS_DIR")
    return Check(name="artifacts", ok=True, detail=f"{folder} writable")


def check_disk(settings: config.Settings, *, min_free: int = DISK_MIN_FREE_BYTES) -> Check:
    folder = _existing(settings.effective_artifacts_dir)
    usage = shutil.disk_usage(folder)
    detail = f"{usage.free / 1024**3:.1f} GiB free of {usage.total / 1024**3:.1f} GiB under {folder}"
    if usage.free < min_free:
        return Check(name="disk", ok=False, detail=detail,
                     fix=f"free space (at least {min_free / 1024**3:.1f} GiB) or lower PACTS_RETENTION_DAYS")
    return Check(name="disk", ok=True, detail=detail)


def _connect(url: str, *, default_port: int) -> str | None:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or default_port), timeout=CONNECT_TIMEOUT_S):
            return None
    except OSError as exc:
        return str(exc.strerror or exc)


def _same_server(broker_url: str, redis_url: str | None) -> str:
    if redis_url is None:
        return "no Redis cache"
    broker, cache = urlsplit(broker_url), urlsplit(redis_url)
    if (broker.hostname, broker.port or 6379) != (cache.hostname, cache.port or 6379):
        return "the cache's Redis is another server"
    if broker.path == cache.path:
        return "same server and database as the cache (cache keys live under pacts:cache:, apart from Celery's)"
    return f"same server as the cache, database {broker.path.strip('/') or '0'} vs {cache.path.strip('/') or '0'}"


def _existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path(".")


def failed(checks: list[Check]) -> Iterator[Check]:
    return (c for c in checks if not c.ok)
