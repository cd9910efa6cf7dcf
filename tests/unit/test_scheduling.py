"""Longest-first dispatch, duration-balanced shards and the scheduling simulation (pure functions)."""

from __future__ import annotations

import random

import pytest

from pacts_farm import errors
from pacts_farm.farm import scheduling


def _predictions(durations: dict[str, float]) -> dict[str, scheduling.Prediction]:
    return {k: scheduling.Prediction(item_key=k, duration_ms=v, known=True) for k, v in durations.items()}


def test_scheduling_longest_first_keeps_suite_order_among_equals() -> None:
    keys = ["a", "b", "c", "d", "e"]
    predicted = _predictions({"a": 100, "b": 900, "c": 100, "d": 400, "e": 900})
    assert [keys[i] for i in scheduling.longest_first(keys, predicted)] == ["b", "e", "d", "a", "c"]


def test_scheduling_shards_balance_by_duration_not_count() -> None:
    durations = {"long": 60_000.0, **{f"short-{n}": 5_000.0 for n in range(12)}}
    keys = list(durations)
    shards = scheduling.split_shards(keys, _predictions(durations), 2)
    assert [s.index for s in shards] == [1, 2]
    assert sorted(k for s in shards for k in s.item_keys) == sorted(keys)  # a partition
    assert {s.predicted_ms for s in shards} == {60_000.0}  # count-based halves would be 90 s against 30 s
    long_shard = next(s for s in shards if "long" in s.item_keys)
    assert long_shard.item_keys == ("long",)


def test_scheduling_shards_are_deterministic_whatever_the_input_order() -> None:
    rng = random.Random(7)
    durations = {f"req-{n:02d}": float(rng.choice([500, 1500, 1500, 9000, 20000])) for n in range(40)}
    keys = list(durations)
    first = scheduling.split_shards(keys, _predictions(durations), 4)
    shuffled = keys[:]
    rng.shuffle(shuffled)
    again = scheduling.split_shards(shuffled, _predictions(dict(reversed(list(durations.items())))), 4)
    assert [set(s.item_keys) for s in first] == [set(s.item_keys) for s in again]
    loads = [s.predicted_ms for s in first]
    assert max(loads) - min(loads) <= max(durations.values())  # LPT: within one item of each other
    assert max(loads) <= sum(loads) / 4 * 4 / 3 + 1  # and within Graham's 4/3 of the ideal


def test_scheduling_more_shards_than_items_leaves_some_empty() -> None:
    shards = scheduling.split_shards(["a", "b"], _predictions({"a": 1.0, "b": 2.0}), 3)
    assert [s.item_keys for s in shards] == [("b",), ("a",), ()]


@pytest.mark.parametrize("text", ["", "1", "0/2", "3/2", "a/b", "1/0", "-1/2"])
def test_scheduling_parse_shard_refuses_bad_values(text: str) -> None:
    with pytest.raises(errors.InputError, match="--shard"):
        scheduling.parse_shard(text)


def test_scheduling_parse_shard() -> None:
    assert scheduling.parse_shard("2/4") == (2, 4)


def test_scheduling_longest_first_shortens_a_skewed_wall_time() -> None:
    durations = [1.0] * 12 + [12.0]  # the long item last in the suite
    keys = [str(n) for n in range(len(durations))]
    predicted = _predictions(dict(zip(keys, durations)))
    ordered = [durations[i] for i in scheduling.longest_first(keys, predicted)]
    assert scheduling.simulate_wall_ms(durations, 2) == 18.0  # suite order: the long one starts at 6
    assert scheduling.simulate_wall_ms(ordered, 2) == 12.0  # longest first: the ideal, sum / workers
