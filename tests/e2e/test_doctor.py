"""`pacts-farm doctor` against the real services, and a farm worker logging the same checks at start."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.e2e.conftest import CliResult, Farm

CHECKS = ("database", "redis", "broker", "chromium", "playwright", "flower", "artifacts", "disk")


def _closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _status(out: str) -> dict[str, str]:
    return {line.split()[1]: line.split()[0] for line in out.splitlines() if line.strip()}


def test_doctor_passes_on_the_farm_and_a_worker_logs_the_same_checks(farm: Farm, run_cli: Callable[..., CliResult]) -> None:
    done = run_cli("doctor", env=farm.env)
    assert done.code == 0, done.out + done.err
    assert _status(done.out) == dict.fromkeys(CHECKS, "ok")
    assert "at head revision" in done.out and "same server and database as the cache" in done.out
    farm.start_worker("w1", concurrency=1)
    farm.wait_for_log("w1", "doctor: ok    chromium", timeout=30)
    log = (farm.logs / "w1.log").read_text()
    assert all(f"doctor: ok    {name}" in log for name in CHECKS), farm.log_tail("w1")


def test_doctor_fails_clearly_when_redis_is_down(postgres_url: str, run_cli: Callable[..., CliResult]) -> None:
    down = f"redis://127.0.0.1:{_closed_port()}/0"
    done = run_cli("doctor", "--no-browser", env={"PACTS_BROKER_URL": down, "PACTS_DATABASE_URL": postgres_url})
    assert done.code == 1
    status = _status(done.out)
    assert (status["redis"], status["broker"], status["database"]) == ("FAIL", "FAIL", "ok")
    redis_line = next(line for line in done.out.splitlines() if line.split()[1] == "redis")
    assert down in redis_line and "unreachable" in redis_line and "start Redis or fix PACTS_REDIS_URL" in redis_line
    assert "pacts-farm: 2 check(s) failed: redis, broker" in done.err


def test_doctor_names_a_schema_behind_head_and_an_unreachable_flower(tmp_path: Path, run_cli: Callable[..., CliResult]) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('0004')")
    flower = f"http://127.0.0.1:{_closed_port()}"
    done = run_cli("doctor", "--no-browser", env={"PACTS_DATABASE_URL": f"sqlite:///{path}", "PACTS_FLOWER_URL": flower})
    assert done.code == 1
    lines = {line.split()[1]: line for line in done.out.splitlines()}
    assert lines["database"].startswith("FAIL") and "at revision 0004, head is" in lines["database"]
    assert "run `pacts-farm db upgrade`" in lines["database"]
    assert lines["flower"].startswith("FAIL") and flower in lines["flower"]
    assert lines["artifacts"].startswith("ok") and lines["disk"].startswith("ok")
    assert "chromium" not in lines  # --no-browser
