"""The selector cache over the real Redis and both stores."""

from __future__ import annotations

import logging

import pytest
import redis as redis_lib

from pacts_farm import model
from pacts_farm.finding import cache
from pacts_farm.store import db

pytestmark = pytest.mark.redis

APP = "http://127.0.0.1:9"


def _step(index: int, text: str, action: model.Action = model.Action.CLICK, scope: str | None = None) -> model.PlannedStep:
    return model.PlannedStep(index=index, text=f"Click {text}", action=action, target=model.Target(text=text, scope=scope))


def _resolution(name: str, strategy: model.Strategy = model.Strategy.ROLE) -> model.Resolution:
    locator = model.Locator(strategy=strategy, role="button" if strategy is model.Strategy.ROLE else None, value=name)
    return model.Resolution(
        locator=locator,
        source=model.LocatorSource.DISCOVERED,
        confidence=0.95,
        fingerprint=model.Fingerprint(tag="button", role="button", name=name),
    )


def test_cache_redis_then_database_then_warms_redis(sessions: db.Sessions, redis_url: str) -> None:
    selector_cache = cache.SelectorCache(sessions, redis_url)
    login, other = _step(0, "Login"), _step(1, "Logout")
    assert selector_cache.lookup(APP, [login, other]) == {}
    assert selector_cache.remember(APP, [(login, f"{APP}/login?next=1", _resolution("Login"))]) == 1

    (entry,) = selector_cache.lookup(APP, [login, other])[0]
    assert entry.layer is model.LocatorSource.REDIS and entry.page == "/login"
    assert entry.resolution.locator.value == "Login" and entry.resolution.fingerprint is not None

    redis_lib.Redis.from_url(redis_url).flushdb()
    (entry,) = selector_cache.lookup(APP, [login])[0]
    assert entry.layer is model.LocatorSource.DATABASE
    (entry,) = selector_cache.lookup(APP, [login])[0]
    assert entry.layer is model.LocatorSource.REDIS  # the database hit warmed Redis
    selector_cache.close()


def test_cache_keys_separate_action_scope_and_app(sessions: db.Sessions, redis_url: str) -> None:
    selector_cache = cache.SelectorCache(sessions, redis_url)
    blue = _step(0, "Add to cart", scope="Blue Mug")
    selector_cache.remember(APP, [(blue, f"{APP}/inventory", _resolution("Add to cart"))])
    assert selector_cache.lookup(APP, [_step(0, "Add to cart", scope="Red Cap")]) == {}
    assert selector_cache.lookup(APP, [_step(0, "Add to cart", model.Action.HOVER, scope="Blue Mug")]) == {}
    assert selector_cache.lookup("http://127.0.0.1:10", [blue]) == {}
    assert 0 in selector_cache.lookup(APP, [_step(0, "add  to CART", scope="blue mug")])
    selector_cache.close()


def test_cache_refuses_generated_locators(sessions: db.Sessions) -> None:
    selector_cache = cache.SelectorCache(sessions, None)
    generated = _resolution("#btn-8f3a9c2d41", model.Strategy.CSS)
    assert selector_cache.remember(APP, [(_step(0, "Buy"), f"{APP}/", generated)]) == 0
    assert selector_cache.lookup(APP, [_step(0, "Buy")]) == {}


def test_cache_degrades_to_database_when_redis_is_down(
    sessions: db.Sessions, caplog: pytest.LogCaptureFixture
) -> None:
    selector_cache = cache.SelectorCache(sessions, "redis://127.0.0.1:1/0")  # nothing listens there
    login = _step(0, "Login")
    with caplog.at_level(logging.WARNING, logger="pacts_farm.finding.cache"):
        selector_cache.remember(APP, [(login, f"{APP}/login", _resolution("Login"))])
        (entry,) = selector_cache.lookup(APP, [login])[0]
        selector_cache.lookup(APP, [login])
    assert entry.layer is model.LocatorSource.DATABASE
    assert sum("Redis unreachable" in r.getMessage() for r in caplog.records) == 1
    selector_cache.close()


def test_cache_clear_by_layer_and_app_never_touches_broker_keys(sessions: db.Sessions, redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    broker_keys = {b"browser": "rpush", b"unacked": "hset", b"_kombu.binding.plan": "sadd", b"celery-task-meta-1": "set",
                   b"pacts:slots:abc": "zadd", b"pacts:healmemo:run-1": "hset"}
    client.rpush("browser", "message")
    client.hset("unacked", "tag", "message")
    client.sadd("_kombu.binding.plan", "plan")
    client.set("celery-task-meta-1", "{}")
    client.zadd("pacts:slots:abc", {"holder": 1})
    client.hset("pacts:healmemo:run-1", "k", "v")
    other = "http://127.0.0.1:10"
    selector_cache = cache.SelectorCache(sessions, redis_url)
    for app in (APP, other):
        selector_cache.remember(app, [(_step(0, "Login"), f"{app}/", _resolution("Login")),
                                      (_step(1, "Menu"), f"{app}/", _resolution("Menu"))])
    assert selector_cache.clear(APP, layer="redis") == cache.Cleared(database=0, redis=2)
    (entry,) = selector_cache.lookup(APP, [_step(0, "Login")])[0]
    assert entry.layer is model.LocatorSource.DATABASE  # the database layer kept it (and warmed Redis again)
    assert selector_cache.clear(APP, layer="db") == cache.Cleared(database=2, redis=0)
    assert selector_cache.clear(APP) == cache.Cleared(database=0, redis=1)  # the key lookup warmed
    assert selector_cache.lookup(APP, [_step(0, "Login")]) == {}
    assert 0 in selector_cache.lookup(other, [_step(0, "Login")])  # another app untouched
    assert selector_cache.clear() == cache.Cleared(database=2, redis=2)
    assert {k for k in client.keys("*")} == set(broker_keys)
    selector_cache.close()
    client.close()


def test_cache_keys_all_live_under_one_prefix(sessions: db.Sessions, redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    selector_cache = cache.SelectorCache(sessions, redis_url)
    selector_cache.remember(APP, [(_step(0, "Login"), f"{APP}/", _resolution("Login"))])
    cache.PlanCache(sessions, redis_url).put("k1", planner="rules", plan={"steps": []})
    assert client.keys("*") and all(k.decode().startswith(cache.CACHE_PREFIX) for k in client.keys("*"))
    selector_cache.close()
    client.close()


def test_cache_redis_hit_refreshes_its_ttl(sessions: db.Sessions, redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    selector_cache = cache.SelectorCache(sessions, redis_url, ttl_s=600)
    login = _step(0, "Login")
    selector_cache.remember(APP, [(login, f"{APP}/login", _resolution("Login"))])
    (key,) = client.keys(cache.KEY_PREFIX + "*")
    client.expire(key, 5)  # about to expire
    (entry,) = selector_cache.lookup(APP, [login])[0]
    assert entry.layer is model.LocatorSource.REDIS
    assert client.ttl(key) > 500
    selector_cache.close()
    client.close()


def test_cache_prune_drops_entries_not_verified_within_retention(sessions: db.Sessions, redis_url: str) -> None:
    from datetime import timedelta

    from pacts_farm.farm import housekeeping
    from pacts_farm.store import db, models

    selector_cache = cache.SelectorCache(sessions, redis_url)
    old, fresh = _step(0, "Login"), _step(1, "Menu")
    selector_cache.remember(APP, [(old, f"{APP}/login", _resolution("Login")), (fresh, f"{APP}/login", _resolution("Menu"))])
    now = db.utcnow()
    with db.transaction(sessions) as s:
        for row in s.query(models.SelectorCacheRow).all():
            row.last_verified_at = now - timedelta(days=8 if row.target == "Login" else 6)
    assert housekeeping.prune_selector_cache(selector_cache, retention_days=7, now=now) == 1
    found = selector_cache.lookup(APP, [old, fresh])
    assert set(found) == {1}  # gone from Redis too, not just the database
    assert housekeeping.prune_selector_cache(selector_cache, retention_days=7, now=now) == 0
    selector_cache.close()


def test_cache_forgets_after_two_consecutive_drifts(sessions: db.Sessions, redis_url: str) -> None:
    selector_cache = cache.SelectorCache(sessions, redis_url)
    login = _step(0, "Login")
    page = f"{APP}/login"
    selector_cache.remember(APP, [(login, page, _resolution("Login"))])
    assert selector_cache.note_drift(APP, [(login, page)]) == 0  # one miss: kept
    selector_cache.count_hits(APP, [(login, page)])  # a hit in between resets the count
    assert selector_cache.note_drift(APP, [(login, page)]) == 0
    assert selector_cache.note_drift(APP, [(login, page)]) == 1  # second consecutive miss: gone
    assert selector_cache.lookup(APP, [login]) == {}  # from both layers
    selector_cache.close()
