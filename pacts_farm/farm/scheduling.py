"""Duration-aware scheduling: predicted item durations from history, longest-first dispatch, shards.

A run's wall time on W workers is at least max(longest item, total work / W). Dispatching in suite
order lets one long item start last and hold the run; dispatching longest-first (list scheduling
in LPT order) keeps the tail short. `--shard i/n` splits the suite the same way across CI jobs:
greedy longest-processing-time onto the lightest shard, ties broken by item key, so every job
computes the same partition from the same history.
"""

from __future__ import annotations

import heapq
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pacts_farm import errors, model
from pacts_farm.store import history
from pacts_farm.store.db import Sessions

UNKNOWN_MS = 10_000.0  # a suite with no history at all: every item alike, suite order kept


@dataclass(frozen=True, kw_only=True, slots=True)
class Prediction:
    item_key: str
    duration_ms: float
    known: bool  # from the requirement's own history; else the suite's median


@dataclass(frozen=True, kw_only=True, slots=True)
class Shard:
    index: int  # 1-based, as on the command line
    count: int
    item_keys: tuple[str, ...]  # in suite order
    predicted_ms: float


def predict_durations(
    sessions: Sessions, suite: model.Suite, *, window: int = history.DEFAULT_WINDOW
) -> dict[str, Prediction]:
    """Per item key: the median duration of its requirement over its last ``window`` runs.

    Requirements without history get the median of the suite's known requirements.
    """
    requirement_ids = sorted({item.requirement_id for item in suite.items})
    stats = history.requirement_stats(sessions, suite.name, requirement_ids=requirement_ids, window=window)
    medians = {rid: s.median_duration_ms for rid, s in stats.items() if s.median_duration_ms is not None}
    fallback = statistics.median(medians.values()) if medians else UNKNOWN_MS
    return {
        item.key: Prediction(
            item_key=item.key,
            duration_ms=float(medians.get(item.requirement_id, fallback)),
            known=item.requirement_id in medians,
        )
        for item in suite.items
    }


def longest_first(keys: Sequence[str], predictions: Mapping[str, Prediction]) -> tuple[int, ...]:
    """Positions of ``keys`` in dispatch order: longest predicted first, suite order among equals."""
    return tuple(sorted(range(len(keys)), key=lambda i: (-predictions[keys[i]].duration_ms, i)))


def parse_shard(text: str) -> tuple[int, int]:
    """"2/4" -> (2, 4); errors.InputError naming the flag otherwise."""
    index_text, sep, count_text = text.partition("/")
    if not sep or not index_text.strip().isdigit() or not count_text.strip().isdigit():
        raise errors.InputError(f"--shard {text!r}: expected I/N, e.g. --shard 1/4")
    index, count = int(index_text), int(count_text)
    if count < 1 or not 1 <= index <= count:
        raise errors.InputError(f"--shard {text!r}: I must be between 1 and N (N at least 1), e.g. --shard 1/4")
    return index, count


def split_shards(keys: Sequence[str], predictions: Mapping[str, Prediction], count: int) -> tuple[Shard, ...]:
    """Greedy longest-processing-time: each item, longest first (then by key), to the lightest shard."""
    order = sorted(keys, key=lambda k: (-predictions[k].duration_ms, k))
    loads = [(0.0, n) for n in range(count)]  # (predicted ms, shard number): the lowest number wins ties
    heapq.heapify(loads)
    members: list[list[str]] = [[] for _ in range(count)]
    for key in order:
        load, n = heapq.heappop(loads)
        members[n].append(key)
        heapq.heappush(loads, (load + predictions[key].duration_ms, n))
    position = {k: i for i, k in enumerate(keys)}
    return tuple(
        Shard(
            index=n + 1,
            count=count,
            item_keys=tuple(sorted(members[n], key=position.__getitem__)),
            predicted_ms=sum(predictions[k].duration_ms for k in members[n]),
        )
        for n in range(count)
    )


def simulate_wall_ms(durations_in_dispatch_order: Sequence[float], workers: int) -> float:
    """List scheduling: each free worker takes the next item in dispatch order; returns the makespan."""
    free_at = [0.0] * workers
    heapq.heapify(free_at)
    end = 0.0
    for duration in durations_in_dispatch_order:
        start = heapq.heappop(free_at)
        heapq.heappush(free_at, start + duration)
        end = max(end, start + duration)
    return end
