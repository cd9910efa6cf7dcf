"""The CLI and the farm as real subprocesses: celery workers, beat and Flower over the real Redis and Postgres."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FARM_REDIS_DB

ROOT = Path(__file__).resolve().parents[2]
# Reserved for farm tests (one db per xdist worker), flushed per test: their queues and results never meet.
FARM_REDIS_URL = f"redis://127.0.0.1:6379/{FARM_REDIS_DB}"
CLI = [sys.executable, "-m", "pacts_farm.cli"]


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


def _base_env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACTS_", "ANTHROPIC_"))}
    env.update(extra)
    env["PYTHONUNBUFFERED"] = "1"
    return env


@pytest.fixture
def run_cli(tmp_path: Path) -> Callable[..., CliResult]:
    """Run `pacts-farm ARGS` in a subprocess with a clean environment plus ``env``."""

    def run(*args: str, env: dict[str, str] | None = None, timeout: float = 240) -> CliResult:
        full_env = _base_env({"PACTS_HOME": str(tmp_path / "home"), **(env or {})})
        proc = subprocess.run(
            [*CLI, *args], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run


@dataclass
class Farm:
    env: dict[str, str]
    logs: Path
    processes: list[subprocess.Popen[bytes]]
    log_files: list[Any] = field(default_factory=list)

    def start(self, name: str, *celery_args: str) -> subprocess.Popen[bytes]:
        log = open(self.logs / f"{name}.log", "wb")  # noqa: SIM115 - closed in close()
        self.log_files.append(log)
        proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tasks", *celery_args],
            cwd=ROOT,
            env=_base_env(self.env),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(proc)
        return proc

    def start_worker(self, name: str = "w1", concurrency: int = 2) -> subprocess.Popen[bytes]:
        proc = self.start(
            name, "worker", "-P", "prefork", "-c", str(concurrency), "-Q", "browser,plan,maintenance",
            "--prefetch-multiplier", "1", "-l", "INFO", "-n", f"{name}@%h", "-E",
        )
        self.wait_for_log(name, "ready.", timeout=60)
        return proc

    def wait_for_log(self, name: str, text: str, *, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        path = self.logs / f"{name}.log"
        while time.monotonic() < deadline:
            if path.exists() and text in path.read_text(errors="replace"):
                return
            time.sleep(0.1)
        raise AssertionError(f"{name} did not log {text!r} within {timeout} s:\n{self.log_tail(name)}")

    def log_tail(self, name: str, lines: int = 60) -> str:
        path = self.logs / f"{name}.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    def close(self) -> None:
        for proc in self.processes:
            self.stop(proc)
        for log in self.log_files:
            log.close()

    def stop(self, proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
        if proc.poll() is None:
            os.killpg(proc.pid, sig)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


@pytest.fixture
def farm(postgres_url: str, tmp_path: Path) -> Iterator[Farm]:
    import redis

    client = redis.Redis.from_url(FARM_REDIS_URL)
    client.flushdb()
    logs = tmp_path / "logs"
    logs.mkdir()
    env = {
        "PACTS_BROKER_URL": FARM_REDIS_URL,
        "PACTS_DATABASE_URL": postgres_url,
        "PACTS_ARTIFACTS_DIR": str(tmp_path / "artifacts"),
        "PACTS_HOME": str(tmp_path / "home"),
    }
    running = Farm(env=env, logs=logs, processes=[])
    yield running
    running.close()
    client.flushdb()
    client.close()
