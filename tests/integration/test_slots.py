"""The per-origin semaphore: a cap shared by every client of one Redis, leases that expire, a local twin."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis

from pacts_farm.farm import slots

ORIGIN = "http://staging:8080"


@pytest.mark.redis
def test_slots_cap_is_shared_across_clients_and_released(redis_url: str) -> None:
    clients = [redis.Redis.from_url(redis_url) for _ in range(6)]
    semaphores = [slots.RedisSlots(c) for c in clients]
    with ThreadPoolExecutor(6) as pool:
        granted = list(pool.map(lambda n: semaphores[n].acquire(ORIGIN, f"h{n}", limit=2, lease_s=30), range(6)))
    assert sum(granted) == 2  # six workers race, two win
    winners = [f"h{n}" for n, ok in enumerate(granted) if ok]
    assert sorted(semaphores[0].holders(ORIGIN)) == sorted(winners)
    assert semaphores[0].acquire(ORIGIN, winners[0], limit=2, lease_s=30)  # a holder asking again keeps its slot
    assert not semaphores[0].acquire("http://staging:8080", "late", limit=2, lease_s=30)
    assert semaphores[0].acquire("http://other:1", "late", limit=2, lease_s=30)  # caps are per origin
    semaphores[1].release(ORIGIN, winners[0])
    assert semaphores[2].acquire(ORIGIN, "late", limit=2, lease_s=30)
    for c in clients:
        c.close()


@pytest.mark.redis
def test_slots_lease_of_a_dead_holder_expires(redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    semaphore = slots.RedisSlots(client)
    assert semaphore.acquire(ORIGIN, "dies-holding-it", limit=1, lease_s=0.2)
    assert not semaphore.acquire(ORIGIN, "waiting", limit=1, lease_s=30)
    deadline = time.monotonic() + 5
    while not semaphore.acquire(ORIGIN, "waiting", limit=1, lease_s=30):
        assert time.monotonic() < deadline, "the expired lease was never dropped"
        time.sleep(0.05)
    assert semaphore.holders(ORIGIN) == ("waiting",)
    assert 0 < client.pttl(slots.slot_key(ORIGIN)) <= 30_000  # the key itself expires with its last lease
    client.close()


def test_slots_local_twin_has_the_same_rules() -> None:
    local = slots.LocalSlots()
    assert local.acquire(ORIGIN, "a", limit=1, lease_s=0.1)
    assert not local.acquire(ORIGIN, "b", limit=1, lease_s=10)
    assert local.acquire(ORIGIN, "a", limit=1, lease_s=10)
    local.release(ORIGIN, "a")
    assert local.acquire(ORIGIN, "b", limit=1, lease_s=0.05)
    time.sleep(0.1)
    assert local.acquire(ORIGIN, "c", limit=1, lease_s=10)
    assert local.holders(ORIGIN) == ("c",)


def test_slots_without_redis_fall_back_to_this_process() -> None:
    unreachable = slots.RedisSlots(redis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2))
    assert unreachable.acquire(ORIGIN, "a", limit=1, lease_s=10)
    assert not unreachable.acquire(ORIGIN, "b", limit=1, lease_s=10)
    unreachable.release(ORIGIN, "a")
    assert unreachable.acquire(ORIGIN, "b", limit=1, lease_s=10)
