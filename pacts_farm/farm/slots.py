"""Per-origin concurrency caps (suite.yaml `limits:`): a counting semaphore with leases, farm-wide.

On the farm the semaphore is a Redis sorted set per origin: member = holder, score = lease expiry
(Redis server time, so worker clocks do not matter). Taking a slot first drops expired leases, so a
worker that died holding one frees it when its lease runs out. One Lua script makes the check and
the take atomic. Without Redis (the embedded default) the same semantics live in this process.

A caller that gets no slot does not wait in place: the task is retried later (see tasks/pipeline.py),
so a capped item never holds a worker.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from typing import Any, Protocol

log = logging.getLogger(__name__)

KEY_PREFIX = "pacts:slots:"  # sorted set per origin: holder -> lease expiry (ms, Redis server clock)

_ACQUIRE = """
local now = redis.call('TIME')
local now_ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now_ms)
local expiry = now_ms + tonumber(ARGV[3])
if redis.call('ZSCORE', KEYS[1], ARGV[1]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], expiry, ARGV[1])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3]))
  return 1
end
return 0
"""


class OriginSlots(Protocol):
    def acquire(self, origin: str, holder: str, *, limit: int, lease_s: float) -> bool: ...

    def release(self, origin: str, holder: str) -> None: ...

    def holders(self, origin: str) -> tuple[str, ...]: ...


def slot_key(origin: str) -> str:
    return KEY_PREFIX + hashlib.sha256(origin.encode()).hexdigest()[:32]


class RedisSlots:
    def __init__(self, client: Any) -> None:
        self._redis = client
        self._script = client.register_script(_ACQUIRE)
        self._fallback = LocalSlots()
        self._down_logged = False

    def acquire(self, origin: str, holder: str, *, limit: int, lease_s: float) -> bool:
        try:
            return bool(self._script(keys=[slot_key(origin)], args=[holder, limit, int(lease_s * 1000)]))
        except self._errors() as exc:
            self._note_down(exc)
            return self._fallback.acquire(origin, holder, limit=limit, lease_s=lease_s)

    def release(self, origin: str, holder: str) -> None:
        self._fallback.release(origin, holder)
        try:
            self._redis.zrem(slot_key(origin), holder)
        except self._errors() as exc:
            self._note_down(exc)

    def holders(self, origin: str) -> tuple[str, ...]:
        try:
            now_ms = int(self._redis.time()[0]) * 1000
            return tuple(m.decode() for m in self._redis.zrangebyscore(slot_key(origin), now_ms, "+inf"))
        except self._errors() as exc:
            self._note_down(exc)
            return self._fallback.holders(origin)

    def _errors(self) -> tuple[type[BaseException], ...]:
        import redis

        return (redis.ConnectionError, redis.TimeoutError)

    def _note_down(self, exc: BaseException) -> None:
        if not self._down_logged:
            log.warning("origin caps: Redis unreachable (%s); enforcing them in this process only", exc)
            self._down_logged = True


class LocalSlots:
    """The same semaphore for one process (embedded mode)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._leases: dict[str, dict[str, float]] = {}

    def acquire(self, origin: str, holder: str, *, limit: int, lease_s: float) -> bool:
        now = time.monotonic()
        with self._lock:
            leases = {h: t for h, t in self._leases.get(origin, {}).items() if t > now}
            ok = holder in leases or len(leases) < limit
            if ok:
                leases[holder] = now + lease_s
            self._leases[origin] = leases
            return ok

    def release(self, origin: str, holder: str) -> None:
        with self._lock:
            self._leases.get(origin, {}).pop(holder, None)

    def holders(self, origin: str) -> tuple[str, ...]:
        now = time.monotonic()
        with self._lock:
            return tuple(h for h, t in self._leases.get(origin, {}).items() if t > now)


def open_slots(redis_client: Any | None) -> OriginSlots:
    return RedisSlots(redis_client) if redis_client is not None else LocalSlots()
