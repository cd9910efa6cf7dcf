"""The test suite's own Redis dbs under pytest-xdist: one cache db and one farm db per worker, never a shared one."""

from __future__ import annotations

import pytest

from tests.conftest import RESERVED_REDIS_DB, _redis_test_dbs


def _dbs(workers: int, **environ: str) -> list[tuple[int, int]]:
    return [_redis_test_dbs({**environ, "PYTEST_XDIST_WORKER_COUNT": str(workers), "PYTEST_XDIST_WORKER": f"gw{i}"})
            for i in range(workers)]


def test_redis_test_dbs_without_workers_are_the_bases() -> None:
    assert _redis_test_dbs({}) == (15, 13)
    assert _redis_test_dbs({"PFTEST_REDIS_DB": "6"}) == (6, 13)
    assert _redis_test_dbs({"PFTEST_REDIS_DB": "13"}) == (13, 12)  # the farm's default moves out of the way
    assert _redis_test_dbs({"PFTEST_REDIS_DB": "6", "PFTEST_FARM_REDIS_DB": "12"}) == (6, 12)


@pytest.mark.parametrize("workers", [2, 3])
def test_redis_test_dbs_are_distinct_per_worker(workers: int) -> None:
    used = [db for pair in _dbs(workers) for db in pair]
    assert len(set(used)) == 2 * workers and RESERVED_REDIS_DB not in used and max(used) <= 15
    assert _dbs(workers, PFTEST_REDIS_DB="8")[0] == (8, 13)


def test_redis_test_dbs_count_down_from_the_bases() -> None:
    assert _dbs(2) == [(15, 13), (14, 12)]
    assert _dbs(2, PFTEST_REDIS_DB="11") == [(11, 13), (10, 12)]


@pytest.mark.parametrize(("environ", "workers", "named"), [
    ({"PFTEST_REDIS_DB": "1"}, 3, "dbs [-1, 0, 1]"),  # below db 0
    ({"PFTEST_REDIS_DB": "5"}, 2, "leave out db 4"),  # the real app's db
    ({"PFTEST_REDIS_DB": "11", "PFTEST_FARM_REDIS_DB": "12"}, 2, "must not overlap"),
])
def test_redis_test_dbs_refuse_a_layout_that_would_share_or_flush_a_db(environ: dict[str, str], workers: int, named: str) -> None:
    with pytest.raises(pytest.UsageError, match="PFTEST_REDIS_DB=") as refused:
        _dbs(workers, **environ)
    assert named in str(refused.value)
