"""A secret typed by a run never shows up in clear anywhere the run leaves traces: every table of the
store, worker and beat logs, the CLI's output, every file of the run folder (inside trace.zip too),
every Redis key and value, and Flower's task API."""

from __future__ import annotations

import base64
import json
import subprocess
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.e2e import _faults
from tests.e2e.conftest import FARM_REDIS_URL, CliResult, Farm

pytestmark = [pytest.mark.browser, pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]

SECRET = "Zq7-pf-secret-3141"
# The page echoes what was typed into its DOM, its console and a failure message: all places evidence comes from.
ECHO = """<!doctype html><html><head><title>Echo</title></head><body>
<label for=t>Token</label><input id=t name=t>
<button onclick="const v = document.getElementById('t').value;
  document.getElementById('out').textContent = 'Hello ' + v; console.error('typed ' + v)">Save</button>
<p id=out></p></body></html>"""


def _suite(path: Path, base_url: str, token: str) -> Path:
    path.write_text(f"""\
name: Secret
base_url: {base_url}
vars:
  token: {token}
requirements:
  - id: types-a-secret
    title: Types ${{token}} and fails on purpose
    url: /echo
    expect: fail
    steps:
      - Fill "${{token}}" in the Token field
      - Click Save
      - Verify the page shows "Hello"
      - Verify the page shows "Goodbye"
""")
    return path


@pytest.fixture
def echo_pages() -> Iterator[_faults.Pages]:
    server = _faults.Pages()
    server.extra["/echo"] = ECHO
    yield server
    server.close()


def _forms(secret: str) -> tuple[bytes, ...]:
    return tuple({f.encode() for f in (secret, quote(secret, safe=""), base64.b64encode(secret.encode()).decode())})


def _leaks(blob: bytes, where: str, secret: str = SECRET) -> list[str]:
    return [f"{where}: {form!r}" for form in _forms(secret) if form in blob]


def _folder_leaks(folder: Path, secret: str = SECRET) -> tuple[list[str], int]:
    leaks, zips = [], 0
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        leaks += _leaks(path.read_bytes(), str(path), secret)
        if path.suffix == ".zip":
            zips += 1
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    leaks += _leaks(archive.read(name), f"{path}!{name}", secret)
    return leaks, zips


def _pg_dump(database_url: str) -> bytes:
    name = database_url.rsplit("/", 1)[1]
    return subprocess.run(
        [str(_faults.PG_BIN / "pg_dump"), "-h", "127.0.0.1", "-U", "postgres", "--data-only", name],
        check=True, capture_output=True, timeout=60,
    ).stdout


def _redis_dump() -> bytes:
    import redis

    client = redis.Redis.from_url(FARM_REDIS_URL)
    out = []
    try:
        for key in client.scan_iter(count=500):
            out.append(key)
            kind = client.type(key)
            if kind == b"string":
                out.append(client.get(key) or b"")
            elif kind == b"hash":
                out.extend(b for pair in client.hgetall(key).items() for b in pair)
            elif kind == b"list":
                out.extend(client.lrange(key, 0, -1))
            elif kind == b"set":
                out.extend(client.smembers(key))
            elif kind == b"zset":
                out.extend(m for m, _ in client.zrange(key, 0, -1, withscores=True))
    finally:
        client.close()
    return b"\n".join(out)


def _stored_files(database_url: str, run_id: str, folder: Path) -> set[str]:
    """Every file the store keeps for the run, written into ``folder`` as stored (pg_dump shows bytea as hex)."""
    from pacts_farm.execution import artifacts
    from pacts_farm.store import db, run_files

    engine = db.open_engine(database_url)
    try:
        sessions = db.make_sessions(engine)  # the reports are stored just after the run ends
        _faults.wait_until(lambda: "report.html" in run_files.listing(sessions, run_id), timeout=30, what="the stored report")
        written = artifacts.write_out(sessions, run_id, folder)
    finally:
        engine.dispose()
    return {path.relative_to(folder.resolve()).as_posix() for path in written}


def test_secret_from_env_is_nowhere_in_clear_after_a_farm_run(
    farm: Farm, run_cli: Callable[..., CliResult], echo_pages: _faults.Pages, tmp_path: Path
) -> None:
    farm.env.update({"PF_TOKEN": SECRET, "PACTS_TRACE": "always"})  # the workers' environment holds the secret
    farm.start_worker("w1", concurrency=1)
    farm.start("beat", "beat", "-l", "INFO", "-s", str(tmp_path / "beat-schedule"))
    port = _faults.free_port()
    farm.start("flower", "flower", "--address=127.0.0.1", f"--port={port}", "--basic-auth=ops:pw")
    suite = _suite(tmp_path / "secret.yaml", echo_pages.url, '"${env:PF_TOKEN}"')
    out = tmp_path / "run"
    submitted = run_cli("submit", str(suite), "--wait", "-o", str(out), "--trace", "always", env=farm.env)
    assert submitted.code == 0, submitted.out + submitted.err + farm.log_tail("w1")

    results = json.loads((out / "results.json").read_text())
    (item,) = results["items"]
    assert item["verdict"] == "failed" and item["met"]  # it typed the secret, then failed as expected
    assert "Hello ••••" in json.dumps(results, ensure_ascii=False)  # the page did show it: masked in the evidence

    leaks, zips = _folder_leaks(out)
    assert zips >= 1  # the trace exists and was searched
    leaks += _leaks(_pg_dump(farm.env["PACTS_DATABASE_URL"]), "database")
    stored = _stored_files(farm.env["PACTS_DATABASE_URL"], submitted.out.split("submitted run ")[1].split()[0], tmp_path / "stored")
    assert {"report.html", "results.json"} <= stored  # the copies the worker built and the store keeps, bytea decoded
    more, stored_zips = _folder_leaks(tmp_path / "stored")
    leaks += more
    assert stored_zips >= 1
    for log in farm.logs.glob("*.log"):
        leaks += _leaks(log.read_bytes(), str(log))
    leaks += _leaks((submitted.out + submitted.err).encode(), "cli output")
    leaks += _leaks(_redis_dump(), "redis")
    farm.wait_for_log("flower", "Visit me at", timeout=60)
    auth = "Basic " + base64.b64encode(b"ops:pw").decode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/tasks", headers={"Authorization": auth})
    with urllib.request.urlopen(request, timeout=10) as response:
        flower = response.read()
    assert b"pacts.execute" in flower or b"pacts." in flower
    leaks += _leaks(flower, "flower /api/tasks")
    assert leaks == []


def test_secret_var_is_nowhere_in_clear_after_an_embedded_run(
    run_cli: Callable[..., CliResult], echo_pages: _faults.Pages, tmp_path: Path
) -> None:
    """vars: {token: {value: …, secret: true}}: typed by the in-process worker, masked everywhere it is kept."""
    secret = "Kp2-inline-secret-2718"
    suite = _suite(tmp_path / "secret.yaml", echo_pages.url, f'{{value: "{secret}", secret: true}}')
    out, home = tmp_path / "run", tmp_path / "home"
    done = run_cli("submit", str(suite), "-o", str(out), "--trace", "always", env={"PACTS_HOME": str(home)})
    assert done.code == 0, done.out + done.err
    results = json.loads((out / "results.json").read_text())
    assert results["items"][0]["met"] and "Hello ••••" in json.dumps(results, ensure_ascii=False)

    leaks, zips = _folder_leaks(out, secret)
    assert zips >= 1
    leaks += _leaks((done.out + done.err).encode(), "cli output", secret)
    for stored in home.rglob("*"):
        if stored.is_file():
            leaks += _leaks(stored.read_bytes(), str(stored), secret)  # the SQLite store (and its WAL)
    assert leaks == []
    assert secret in suite.read_text()  # the only clear copy is the user's own file

    farmed = run_cli("submit", str(suite), env={"PACTS_HOME": str(home), "PACTS_BROKER_URL": FARM_REDIS_URL})
    assert farmed.code == 2 and "secret var 'token' cannot be used on the farm" in farmed.err
    scheduled = run_cli("schedule", "add", str(suite), "--cron", "0 2 * * *", env={"PACTS_HOME": str(home)})
    assert scheduled.code == 2 and "cannot be used in a schedule" in scheduled.err and 'token: "${env:TOKEN}"' in scheduled.err
