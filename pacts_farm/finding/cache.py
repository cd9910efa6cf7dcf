"""The selector cache: Redis (fast, TTL) in front of the store (durable). The only importer of redis.

An entry answers "which verified locator did (app, page, target, action, scope) resolve to".
Lookups go by *signature* (app + target + action + scope) because the page a step will run on is
only known in the browser; the executor then picks the entry whose page matches where it is.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from pacts_farm import model
from pacts_farm.store import db, plans, selectors

log = logging.getLogger(__name__)

CACHE_PREFIX = "pacts:cache:"  # every cache key, and nothing else (never the broker's): what `cache clear` may delete
KEY_PREFIX = CACHE_PREFIX + "sel:"  # + app key + ":" + signature: a hash, field = normalised page, value = Resolution JSON
DEFAULT_TTL_S = 3600  # a hit refreshes it
MISS_LIMIT = 2  # consecutive drifts before an entry is forgotten
PROMOTE_AFTER = 3  # verified uses before a healed (provisional) entry is promoted; one drift drops it before

_NUMERIC = re.compile(r"^\d+$")
_ID_LIKE = re.compile(r"^(?=.*\d)[0-9a-f-]{8,}$", re.IGNORECASE)
_GENERATED = re.compile(r"(\d{3,}|[0-9a-f]{8,}|^:r\w+:$|ember\d+|react-|mui-\d)", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True, slots=True)
class Entry:
    """A cached locator for one page."""

    page: str
    resolution: model.Resolution
    layer: model.LocatorSource  # REDIS or DATABASE


@dataclass(frozen=True, kw_only=True, slots=True)
class Lessons:
    """What one item's execution taught the selector cache (SelectorCache.lessons)."""

    app: str  # the app key the Redis entries live under
    learned: tuple[dict[str, object], ...]  # store rows to upsert, one per entry key
    fresh: Mapping[str, tuple[Entry, ...]]  # the same entries for Redis, by signature
    drifted: Mapping[str, tuple[str, str]]  # entry key -> (signature, page): cached entries that no longer matched
    used: tuple[str, ...]  # entry keys verified again (hits)


def app_origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def normalise_page(url: str) -> str:
    """Path with ids and numbers templated: /orders/123/items -> /orders/{n}/items."""
    segments = []
    for segment in urlsplit(url).path.split("/"):
        if _NUMERIC.match(segment):
            segments.append("{n}")
        elif _ID_LIKE.match(segment):
            segments.append("{id}")
        else:
            segments.append(segment)
    path = "/".join(segments).rstrip("/")
    return path or "/"


def signature(app: str, step: model.PlannedStep) -> str:
    target = step.target
    parts = [
        app,
        " ".join(target.text.lower().split()) if target else "",
        (target.role_hint or "") if target else "",
        step.action.value,
        " ".join((target.scope or "").lower().split()) if target else "",
    ]
    if target and (target.position is not None or target.region or target.descriptor):
        parts += [str(target.position or ""), target.region or "", target.descriptor or ""]
    if target and target.section:  # only when said, so the keys of other targets stay as they were
        parts.append("section:" + " ".join(target.section.lower().split()))
    if target and target.scope_box:
        parts.append("scope_box:" + target.scope_box)
    if target and target.look:
        parts.append("look:" + target.look)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def app_key(app: str) -> str:
    """The app's part of its Redis keys, so one app's entries can be cleared alone."""
    return hashlib.sha256(app.encode()).hexdigest()[:16]


def redis_key(app: str, sig: str) -> str:
    return f"{KEY_PREFIX}{app_key(app)}:{sig}"


@dataclass(frozen=True, kw_only=True, slots=True)
class Cleared:
    """What `cache clear` removed: database rows and Redis hashes (one per step key)."""

    database: int
    redis: int


LAYERS = ("redis", "db", "all")


def entry_key(sig: str, page: str) -> str:
    return hashlib.sha256(f"{sig}\x1f{page}".encode()).hexdigest()


def is_cacheable(resolution: model.Resolution) -> bool:
    """Only stable locators: nothing built on generated ids or classes, nor a select an option was chosen in."""
    if (resolution.opened or "").endswith(model.CHOSEN_IN_ITS_SELECT):
        return False
    loc: model.Locator | None = resolution.locator
    while loc is not None:
        if loc.strategy in (model.Strategy.CSS, model.Strategy.TEST_ID, model.Strategy.ATTRIBUTE):
            if _GENERATED.search(loc.value):
                return False
        loc = loc.scope
    return True


class SelectorCache:
    def __init__(
        self, sessions: db.Sessions, redis_url: str | None, *, ttl_s: int = DEFAULT_TTL_S, promote_after: int = PROMOTE_AFTER
    ) -> None:
        self._sessions = sessions
        self._ttl_s = ttl_s
        self._promote_after = promote_after
        self._redis = None
        self._redis_down_logged = False
        if redis_url:
            import redis

            self._redis = redis.Redis.from_url(
                redis_url, socket_connect_timeout=0.5, socket_timeout=1.0, health_check_interval=30
            )

    def lookup(self, app: str, steps: Sequence[model.PlannedStep]) -> dict[int, tuple[Entry, ...]]:
        """Cached entries per step index: Redis first, the store for what Redis lacks (and warm Redis)."""
        sigs = {s.index: signature(app, s) for s in steps if s.target is not None}
        found: dict[int, tuple[Entry, ...]] = {}
        by_sig = self._redis_get(app, set(sigs.values()))
        missing = [sig for sig in set(sigs.values()) if sig not in by_sig]
        if missing:
            from_db = self._db_get(missing)
            self._redis_put(app, from_db)
            by_sig.update({sig: entries for sig, entries in from_db.items()})
        for index, sig in sigs.items():
            if sig in by_sig:
                found[index] = by_sig[sig]
        return found

    def lessons(
        self,
        app: str,
        *,
        learned: Sequence[tuple[model.PlannedStep, str, model.Resolution]] = (),
        drifted: Sequence[tuple[model.PlannedStep, str]] = (),
        used: Sequence[tuple[model.PlannedStep, str]] = (),
    ) -> Lessons:
        """What one execution taught the cache: verified resolutions (step, page url, resolution) to keep,
        cached entries that no longer matched (step, page url), and entries verified again."""
        rows: dict[str, dict[str, object]] = {}  # by key: a target used twice in an item is one entry
        fresh: dict[str, dict[str, Entry]] = {}
        for step, page_url, resolution in learned:
            if step.target is None or not is_cacheable(resolution):
                continue
            sig = signature(app, step)
            page = normalise_page(page_url)
            stored = model.Resolution(
                locator=resolution.locator,
                source=model.LocatorSource.DISCOVERED,
                confidence=resolution.confidence,
                fingerprint=resolution.fingerprint,
            )
            key = entry_key(sig, page)
            rows[key] = (
                {
                    "key": key,
                    "signature": sig,
                    "app": app,
                    "page": page,
                    "target": step.target.text[:500],
                    "action": step.action.value,
                    "scope": (step.target.scope or "")[:500],
                    "resolution": stored.to_json(),
                    "strategy": resolution.locator.strategy.value,
                    # a heal or Claude's pick is provisional: dropped at its first drift until promoted
                    "promoted": resolution.source not in (model.LocatorSource.HEALED, model.LocatorSource.ASSISTED),
                }
            )
            fresh.setdefault(sig, {})[page] = Entry(page=page, resolution=stored, layer=model.LocatorSource.DATABASE)
        gone_stale = {entry_key(signature(app, step), normalise_page(url)): (signature(app, step), normalise_page(url))
                      for step, url in drifted if step.target is not None}
        return Lessons(
            app=app,
            learned=tuple(rows.values()),
            fresh={sig: tuple(pages.values()) for sig, pages in fresh.items()},
            drifted=gone_stale,
            used=tuple(entry_key(signature(app, step), normalise_page(url)) for step, url in used),
        )

    def write(self, s: Session, lessons: Lessons) -> tuple[str, ...]:
        """The store's part of ``lessons``, in the caller's transaction (the item's settle); returns the
        keys of entries dropped for drifting (publish() drops them from Redis once that commits)."""
        selectors.lock_in_order(s, [*lessons.drifted, *(str(r["key"]) for r in lessons.learned), *lessons.used])
        gone = selectors.note_misses_in(s, list(lessons.drifted), limit=MISS_LIMIT)
        selectors.put_many_in(s, list(lessons.learned))
        selectors.count_hits_in(s, list(lessons.used), promote_after=self._promote_after)
        return tuple(gone)

    def publish(self, lessons: Lessons, gone: Sequence[str]) -> None:
        """Redis's part of ``lessons``, after the store committed them (Redis only ever mirrors the store)."""
        if self._redis is not None and gone:
            try:
                pipe = self._redis.pipeline(transaction=False)
                for key in gone:
                    sig, page = lessons.drifted[key]
                    pipe.hdel(redis_key(lessons.app, sig), page)
                pipe.execute()
            except self._redis_errors() as exc:
                self._note_redis_down(exc)
        self._redis_put(lessons.app, dict(lessons.fresh))

    def remember(self, app: str, learned: Sequence[tuple[model.PlannedStep, str, model.Resolution]]) -> int:
        """Write verified resolutions (step, page url, resolution) to both layers; returns how many."""
        lessons = self.lessons(app, learned=learned)
        self._apply(lessons)
        return len(lessons.learned)

    def note_drift(self, app: str, drifted: Sequence[tuple[model.PlannedStep, str]]) -> int:
        """Cached entries that no longer matched: after MISS_LIMIT consecutive misses they are dropped."""
        return len(self._apply(self.lessons(app, drifted=drifted)))

    def count_hits(self, app: str, used: Sequence[tuple[model.PlannedStep, str]]) -> None:
        """Verified uses: each counts towards promoting a provisional (healed) entry."""
        self._apply(self.lessons(app, used=used))

    def _apply(self, lessons: Lessons) -> tuple[str, ...]:
        """Lessons in a transaction of their own (outside an item's settle)."""
        with db.transaction(self._sessions) as s:
            gone = self.write(s, lessons)
        self.publish(lessons, gone)
        return gone

    def forget(self, app: str, entries: Sequence[tuple[str, str]]) -> None:
        """Drop (signature, page) entries of an app from Redis (the store rows are already gone)."""
        if self._redis is None or not entries:
            return
        try:
            pipe = self._redis.pipeline(transaction=False)
            for sig, page in entries:
                pipe.hdel(redis_key(app, sig), page)
            pipe.execute()
        except self._redis_errors() as exc:
            self._note_redis_down(exc)

    def clear(self, app: str | None = None, *, layer: str = "all") -> Cleared:
        """Forget cached locators of one layer (redis, db) or both, of one app or all; never a key outside KEY_PREFIX."""
        if layer not in LAYERS:
            raise ValueError(f"layer must be one of {', '.join(LAYERS)}")
        removed = selectors.delete_entries(self._sessions, app=app) if layer in ("db", "all") else 0
        keys = 0
        if self._redis is not None and layer in ("redis", "all"):
            pattern = f"{KEY_PREFIX}{app_key(app)}:*" if app else KEY_PREFIX + "*"
            try:
                for key in self._redis.scan_iter(match=pattern, count=500):
                    keys += int(self._redis.delete(key))
            except self._redis_errors() as exc:
                self._note_redis_down(exc)
        return Cleared(database=removed, redis=keys)

    def prune(self, *, unverified_since: datetime) -> int:
        """Drop entries not verified since then from both layers (beat, PACTS_CACHE_RETENTION_DAYS); returns how many."""
        gone = selectors.delete_unverified(self._sessions, before=unverified_since)
        by_app: dict[str, list[tuple[str, str]]] = {}
        for app, sig, page in gone:
            by_app.setdefault(app, []).append((sig, page))
        for app, entries in by_app.items():
            self.forget(app, entries)
        return len(gone)

    @property
    def redis(self) -> object | None:
        """The Redis client (None without Redis), shared with slots.py and heal_memo.py."""
        return self._redis

    def close(self) -> None:
        if self._redis is not None:
            self._redis.close()

    # --- layers ---

    def _db_get(self, sigs: Sequence[str]) -> dict[str, tuple[Entry, ...]]:
        out: dict[str, tuple[Entry, ...]] = {}
        for sig, page, resolution in selectors.by_signatures(self._sessions, sigs):
            entry = Entry(
                page=page,
                resolution=_with_source(model.Resolution.from_json(resolution), model.LocatorSource.DATABASE),
                layer=model.LocatorSource.DATABASE,
            )
            out[sig] = out.get(sig, ()) + (entry,)
        return out

    def _redis_get(self, app: str, sigs: set[str]) -> dict[str, tuple[Entry, ...]]:
        """Entries by signature; a hit's TTL starts over (one round trip: EXPIRE on a missing key does nothing)."""
        if self._redis is None or not sigs:
            return {}
        ordered = sorted(sigs)
        try:
            pipe = self._redis.pipeline(transaction=False)
            for sig in ordered:
                pipe.hgetall(redis_key(app, sig))
                pipe.expire(redis_key(app, sig), self._ttl_s)
            replies = pipe.execute()[::2]
        except self._redis_errors() as exc:
            self._note_redis_down(exc)
            return {}
        out: dict[str, tuple[Entry, ...]] = {}
        for sig, fields in zip(ordered, replies):
            if fields:
                out[sig] = tuple(
                    Entry(
                        page=page.decode(),
                        resolution=_with_source(
                            model.Resolution.from_json(json.loads(value)), model.LocatorSource.REDIS
                        ),
                        layer=model.LocatorSource.REDIS,
                    )
                    for page, value in fields.items()
                )
        return out

    def _redis_put(self, app: str, by_sig: dict[str, tuple[Entry, ...]]) -> None:
        if self._redis is None or not by_sig:
            return
        try:
            pipe = self._redis.pipeline(transaction=False)
            for sig, entries in by_sig.items():
                mapping = {e.page: json.dumps(e.resolution.to_json()) for e in entries}
                pipe.hset(redis_key(app, sig), mapping=mapping)
                pipe.expire(redis_key(app, sig), self._ttl_s)
            pipe.execute()
        except self._redis_errors() as exc:
            self._note_redis_down(exc)

    def _redis_errors(self) -> tuple[type[BaseException], ...]:
        return _redis_errors()

    def _note_redis_down(self, exc: BaseException) -> None:
        self._redis_down_logged = _note_redis_down("selector cache", exc, self._redis_down_logged)


def ping(url: str, *, timeout_s: float = 2.0) -> str | None:
    """None when the Redis at ``url`` answers PING, else why not (for `pacts-farm doctor`)."""
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=timeout_s, socket_timeout=timeout_s)
    try:
        client.ping()
        return None
    except redis.RedisError as exc:
        return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    finally:
        client.close()


class NoMemory:
    """The selector cache switched off (PACTS_MEMORY=off): nothing recalled, nothing kept; every target discovered live."""

    def lookup(self, app: str, steps: Sequence[model.PlannedStep]) -> dict[int, tuple[Entry, ...]]:
        return {}

    def remember(self, app: str, learned: Sequence[tuple[model.PlannedStep, str, model.Resolution]]) -> int:
        return 0

    def note_drift(self, app: str, drifted: Sequence[tuple[model.PlannedStep, str]]) -> int:
        return 0

    def count_hits(self, app: str, used: Sequence[tuple[model.PlannedStep, str]]) -> None:
        return None

    def lessons(self, app: str, **_: object) -> Lessons:
        return Lessons(app=app, learned=(), fresh={}, drifted={}, used=())

    def write(self, s: Session, lessons: Lessons) -> tuple[str, ...]:
        return ()

    def publish(self, lessons: Lessons, gone: Sequence[str]) -> None:
        return None


NO_MEMORY = NoMemory()
MEMORY_OFF_NOTE = "memory off (PACTS_MEMORY=off): no selector cache, every target discovered live"


def _redis_errors() -> tuple[type[BaseException], ...]:
    """What means "Redis is down" to a cache: it falls back to the store."""
    import redis

    return (redis.ConnectionError, redis.TimeoutError)


def _note_redis_down(layer: str, exc: BaseException, logged: bool) -> bool:
    """Log the first outage of a cache layer once; returns whether it has been logged."""
    if not logged:
        log.warning("%s: Redis unreachable (%s); using the database layer only", layer, exc)
    return True


def _with_source(resolution: model.Resolution, source: model.LocatorSource) -> model.Resolution:
    return model.Resolution(
        locator=resolution.locator,
        source=source,
        confidence=resolution.confidence,
        fingerprint=resolution.fingerprint,
    )


PLAN_KEY_PREFIX = CACHE_PREFIX + "plan:"  # Redis string per plan-cache key: the plan JSON
PLAN_TTL_S = 7 * 24 * 3600


def plan_key(planner: str, llm_model: str, requirement: str) -> str:
    """sha256 of planner version + model + the requirement text (placeholders, never secret values)."""
    return hashlib.sha256("\x1f".join((planner, llm_model, requirement)).encode()).hexdigest()


class PlanCache:
    """Plans Claude helped make: Redis (TTL) in front of the store's plan_cache table."""

    def __init__(self, sessions: db.Sessions, redis_url: str | None, *, ttl_s: int = PLAN_TTL_S) -> None:
        self._sessions = sessions
        self._ttl_s = ttl_s
        self._redis = None
        self._redis_down_logged = False
        self.last_layer: model.LocatorSource | None = None  # where the last get() found its plan (REDIS/DATABASE)
        if redis_url:
            import redis

            self._redis = redis.Redis.from_url(redis_url, socket_connect_timeout=0.5, socket_timeout=1.0)

    def get(self, key: str) -> dict[str, object] | None:
        self.last_layer = None
        if self._redis is not None:
            try:
                raw = self._redis.get(PLAN_KEY_PREFIX + key)
            except self._redis_errors() as exc:
                self._note_redis_down(exc)
                raw = None
            if raw is not None:
                self.last_layer = model.LocatorSource.REDIS
                return json.loads(raw)
        found = plans.get_plan(self._sessions, key)
        if found is not None:
            self.last_layer = model.LocatorSource.DATABASE
            self._redis_set(key, found)
        return found

    def put(self, key: str, *, planner: str, plan: dict[str, object]) -> None:
        plans.put_plan(self._sessions, key, planner=planner, plan=plan)
        self._redis_set(key, plan)

    def close(self) -> None:
        if self._redis is not None:
            self._redis.close()

    def _redis_set(self, key: str, plan: dict[str, object]) -> None:
        if self._redis is None:
            return
        try:
            self._redis.set(PLAN_KEY_PREFIX + key, json.dumps(plan), ex=self._ttl_s)
        except self._redis_errors() as exc:
            self._note_redis_down(exc)

    def _redis_errors(self) -> tuple[type[BaseException], ...]:
        return _redis_errors()

    def _note_redis_down(self, exc: BaseException) -> None:
        self._redis_down_logged = _note_redis_down("plan cache", exc, self._redis_down_logged)
