"""The farm's processes as compose starts them: beat's healthcheck proves beat is alive (a real `pacts-farm beat`
writes its heartbeat after every scheduler pass; `beat --check` fails once it is frozen or was never started), and
`pacts-farm flower` enforces basic auth without the password on any command line."""

from __future__ import annotations

import base64
import os
import signal
import socket
import urllib.error
import urllib.request
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm.farm import heartbeat
from tests.e2e.conftest import CLI, ROOT, CliResult, _base_env

pytestmark = [pytest.mark.redis, pytest.mark.slow]


def test_beat_check_follows_a_real_beat(redis_url: str, run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    env = {"PACTS_BROKER_URL": redis_url, "PACTS_HOME": str(tmp_path / "home"), "PACTS_BEAT_HEARTBEAT_S": "0.5"}
    never = run_cli("beat", "--check", env=env)
    assert never.code == 1 and "no heartbeat" in never.err

    log = tmp_path / "beat.log"
    with log.open("wb") as out:
        beat = subprocess.Popen([*CLI, "beat"], cwd=ROOT, env=_base_env(env), stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
    try:
        path = heartbeat.path_in(tmp_path / "home")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not path.exists():
            time.sleep(0.2)
        first = path.read_text()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and path.read_text() == first:
            time.sleep(0.2)
        assert path.read_text() != first, log.read_text()  # written again on the next pass: a beat, not a marker
        alive = run_cli("beat", "--check", "--max-age", "5", env=env)
        assert alive.code == 0 and "alive" in alive.out, alive.err

        os.killpg(beat.pid, signal.SIGSTOP)  # hung: the process exists, its loop does not run
        time.sleep(2.5)
        frozen = run_cli("beat", "--check", "--max-age", "2", env=env)
        assert frozen.code == 1 and "stuck or gone" in frozen.err, frozen.out + frozen.err
        os.killpg(beat.pid, signal.SIGCONT)
    finally:
        os.killpg(beat.pid, signal.SIGTERM)
        beat.wait(timeout=30)


def test_flower_basic_auth_comes_from_the_environment_not_the_command_line(redis_url: str, tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {"PACTS_BROKER_URL": redis_url, "PACTS_HOME": str(tmp_path / "home"), "PACTS_FLOWER_BASIC_AUTH": "ops:flower-pw-42"}
    log = tmp_path / "flower.log"
    with log.open("wb") as out:
        flower = subprocess.Popen([*CLI, "flower", "--host", "127.0.0.1", "--port", str(port)], cwd=ROOT,
                                  env=_base_env(env), stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "Visit me at" not in log.read_text(errors="replace"):
            assert flower.poll() is None, log.read_text()
            time.sleep(0.2)
        with pytest.raises(urllib.error.HTTPError) as denied:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/workers", timeout=10)
        assert denied.value.code == 401
        denied.value.close()
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/workers",
                                         headers={"Authorization": "Basic " + base64.b64encode(b"ops:flower-pw-42").decode()})
        with urllib.request.urlopen(request, timeout=10) as allowed:
            assert allowed.status == 200
        cmdline = Path(f"/proc/{flower.pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        assert "flower" in cmdline and "flower-pw-42" not in cmdline, cmdline
    finally:
        os.killpg(flower.pid, signal.SIGTERM)
        flower.wait(timeout=30)


def test_compose_redis_entrypoint_and_healthcheck_work_without_the_password_on_a_command_line() -> None:
    """docker-compose.yml's own Redis entrypoint and healthcheck, run as compose would run them (its `$$` is `$`),
    in private mount and network namespaces: a fresh /tmp and a loopback of their own, so port 6379 is free."""
    import shlex

    import yaml

    redis = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["redis"]
    entrypoint = [part.replace("$$", "$") for part in redis["entrypoint"]]
    kind, health = redis["healthcheck"]["test"]
    assert kind == "CMD-SHELL"
    health = health.replace("$$", "$")
    script = f"""
        set -u
        mount -t tmpfs tmpfs /tmp && mkdir /tmp/data && cd /tmp/data && ip link set lo up
        export REDIS_PASSWORD='redis-pw-42'
        {shlex.join(entrypoint)} > /tmp/redis.log 2>&1 &
        server=$!
        healthy=no
        for _ in $(seq 100); do if sh -c {shlex.quote(health)}; then healthy=yes; break; fi; sleep 0.1; done
        echo "healthy=$healthy"
        echo "anonymous=$(redis-cli ping 2>&1)"
        echo "cmdline=$(tr '\\0' ' ' < /proc/$server/cmdline)"
        echo "mode=$(stat -c %a /tmp/redis.conf)"
        kill $server; wait $server
        cat /tmp/redis.log | tail -3
    """
    proc = subprocess.run(["unshare", "--mount", "--net", "sh", "-c", script], capture_output=True, text=True, timeout=60)
    out = proc.stdout
    assert "healthy=yes" in out, out + proc.stderr
    assert "anonymous=NOAUTH" in out  # the password is required
    cmdline = out.split("cmdline=", 1)[1].splitlines()[0]
    assert cmdline.startswith("redis-server") and "redis-pw-42" not in cmdline, cmdline
    assert "mode=600" in out
