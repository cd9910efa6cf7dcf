"""Faults injected into a real farm (celery prefork workers, beat, Redis, PostgreSQL, Chromium):
the farm survives them and loses nothing. Restarts happen on a private Redis / PostgreSQL only."""

from __future__ import annotations

import json
import signal
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from pacts_farm import config
from pacts_farm.farm import dispatch
from pacts_farm.store import db, models, run_files
from tests.e2e import _faults
from tests.e2e.conftest import CLI, ROOT, CliResult, Farm, _base_env

pytestmark = [pytest.mark.browser, pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]

SLOW_SUITE = Path(__file__).with_name("suites") / "slow.yaml"


@pytest.fixture
def pages() -> Iterator[_faults.Pages]:
    server = _faults.Pages()
    yield server
    server.close()


@pytest.fixture
def private_redis() -> Iterator[_faults.PrivateRedis]:
    server = _faults.PrivateRedis()
    server.start()
    yield server
    server.close()


@pytest.fixture
def private_postgres() -> Iterator[_faults.PrivatePostgres]:
    cluster = _faults.PrivatePostgres()
    try:
        cluster.start()
        cluster.create_database()
        engine = db.open_engine(cluster.url)
        db.upgrade(engine)
        engine.dispose()
        yield cluster
    finally:
        cluster.close()


def _form_suite(tmp_path: Path, base_url: str, hold: str, *, items: int = 1, name: str = "held.yaml") -> Path:
    reqs = "".join(
        f"""
  - id: form-{n}
    url: /hold/{hold}
    steps:
      - Fill "Ada" in the Name field
      - Click Save
      - Verify the page shows "Saved 3"
"""
        for n in range(items)
    )
    path = tmp_path / name
    path.write_text(f"name: Held\nbase_url: {base_url}\nrequirements:{reqs}")
    return path


def _submit(run_cli: Callable[..., CliResult], suite: Path, farm: Farm, tmp_path: Path, base_url: str) -> str:
    submitted = run_cli("submit", str(suite), "-o", str(tmp_path / "out"), "--base-url", base_url, env=farm.env)
    assert submitted.code == 0, submitted.out + submitted.err
    return submitted.out.split("submitted run ")[1].split()[0]


class _Store:
    def __init__(self, url: str) -> None:
        self.engine = db.open_engine(url)
        self.sessions = db.make_sessions(self.engine)

    def items(self, run_id: str) -> list[models.ItemRow]:
        with self.sessions() as s:
            return list(s.scalars(select(models.ItemRow).where(models.ItemRow.run_id == run_id)).all())

    def state(self, run_id: str) -> dict[str, str]:
        return {i.key: i.state for i in self.items(run_id)}

    def run_status(self, run_id: str) -> str | None:
        try:
            with self.sessions() as s:
                return s.scalar(select(models.RunRow.status).where(models.RunRow.id == run_id))
        except Exception:  # the database may be restarting under the test
            return None

    def wait_run(self, run_id: str, timeout: float) -> str:
        _faults.wait_until(
            lambda: self.run_status(run_id) not in (None, "queued", "running"), timeout=timeout, what=f"run {run_id}"
        )
        return str(self.run_status(run_id))

    def assert_complete(self, run_id: str) -> list[models.ItemRow]:
        """Every item settled, none stuck, exactly one full set of steps each; the run finished with reports."""
        items = self.items(run_id)
        with self.sessions() as s:
            run = s.get(models.RunRow, run_id)
            assert run is not None and run.finished_at is not None
            for item in items:
                assert item.state == "done", (item.key, item.state, item.error)
                assert item.lease_owner is None
                indexes = s.scalars(select(models.StepRow.index).where(models.StepRow.item_id == item.id)).all()
                assert sorted(indexes) == list(range(len(item.plan["steps"]))), (item.key, indexes)
        # the run's status is committed just before its reports, which the store keeps
        _faults.wait_until(lambda: "results.json" in run_files.listing(self.sessions, run_id), timeout=30, what="results.json")
        results = json.loads(run_files.read(self.sessions, run_id, "results.json") or b"")
        assert len(results["items"]) == len(items)
        return items

    def close(self) -> None:
        self.engine.dispose()


@pytest.fixture
def store(farm: Farm) -> Iterator[Callable[[], _Store]]:
    opened: list[_Store] = []

    def open_() -> _Store:
        opened.append(_Store(farm.env["PACTS_DATABASE_URL"]))
        return opened[-1]

    yield open_
    for s in opened:
        s.close()


def _active_pid(farm: Farm, task: str) -> int | None:
    """The pool process running a task of this name (Celery's own inspect, as Flower shows it)."""
    app = dispatch.make_celery(config.Settings.from_env(farm.env))
    try:
        for tasks in (app.control.inspect(timeout=1.0).active() or {}).values():
            for running in tasks:
                if running["name"] == task:
                    return int(running["worker_pid"])
    finally:
        app.close()
    return None


def _lock_waiters(conn: object) -> int:
    """Backends of this database waiting for a lock (autocommit: pg_stat_activity is a per-transaction snapshot)."""
    return int(conn.execute(  # type: ignore[attr-defined]
        text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
    ).scalar())


@pytest.mark.parametrize("stage", ["discover", "execute", "heal"])
def test_fault_worker_child_killed_during_a_stage_is_redelivered_once(
    stage: str, farm: Farm, run_cli: Callable[..., CliResult], pages: _faults.Pages,
    store: Callable[[], _Store], tmp_path: Path,
) -> None:
    """SIGKILL the pool child while it is inside the stage (held there deterministically), then let it go."""
    farm.start_worker("w1", concurrency=2)
    st = store()
    lock_conn = None
    if stage != "execute":
        pages.release(stage)
        # discover reads the selector cache (held off by ACCESS EXCLUSIVE); heal writes it (held off by EXCLUSIVE)
        mode = "ACCESS EXCLUSIVE" if stage == "discover" else "EXCLUSIVE"
        lock_conn = st.engine.connect()
        lock_conn.execute(text(f"LOCK TABLE selector_cache IN {mode} MODE"))
    run_id = _submit(run_cli, _form_suite(tmp_path, pages.url, stage), farm, tmp_path, pages.url)
    expected_state = {"discover": "planned", "execute": "running", "heal": "executed"}[stage]
    with st.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as watcher:
        if stage == "execute":
            _faults.wait_until(lambda: pages.held(stage) and st.state(run_id)["form-0"] == "running",
                               timeout=60, what="execute to hold the page")
            victim = int(st.items(run_id)[0].lease_owner.split(":")[1])  # type: ignore[union-attr]
        else:
            _faults.wait_until(lambda: _lock_waiters(watcher) > 0, timeout=60, what=f"{stage} to wait on the lock")
            victim = _faults.wait_until(lambda: _active_pid(farm, f"pacts.{stage}"), timeout=20, what="the pool pid")  # type: ignore[assignment]
        assert st.state(run_id)["form-0"] == expected_state
        assert victim in _faults.children(farm.processes[0].pid)
        _faults.kill(victim)
    if lock_conn is not None:
        lock_conn.rollback()
        lock_conn.close()
    pages.release(stage)

    assert st.wait_run(run_id, timeout=120) == "passed", farm.log_tail("w1")
    (item,) = st.assert_complete(run_id)
    assert item.met and item.verdict == "passed"
    assert item.attempts == (2 if stage == "execute" else 1)  # the browser ran twice only when killed in it
    log = (farm.logs / "w1.log").read_text()
    assert "exited prematurely: signal 9 (SIGKILL)" in log or "SIGKILL" in log


_SAVE_FORM = (
    "<!doctype html><html><head><title>Form</title></head><body><h1>Form</h1><label for=n>Name</label><input id=n name=n>"
    "<button onclick=\"document.getElementById('out').textContent='Saved ' + document.getElementById('n').value.length\">{label}</button>"
    "<p id=out></p></body></html>"
)


def _settle_rows(st: _Store) -> dict[str, object]:
    """What the heal stage writes, counted: heal history, the selector cache's hits and misses, the totals."""
    with st.sessions() as s:
        heal_rows = s.execute(select(models.HealRow.strategy, models.HealRow.outcome)).all()
        entries = {t: (h, m) for t, h, m in s.execute(
            select(models.SelectorCacheRow.target, models.SelectorCacheRow.hits, models.SelectorCacheRow.misses))}
        grown = {(n, label): v for n, label, v in s.execute(select(models.TotalRow.name, models.TotalRow.label, models.TotalRow.value))}
        done = s.scalar(select(func.count()).select_from(models.ItemRow).where(models.ItemRow.state == "done"))
    return {"heal_rows": sorted(heal_rows), "entries": entries, "totals": grown, "done": done}


def _task_ids(farm: Farm, name: str, task: str) -> list[str]:
    log = (farm.logs / f"{name}.log").read_text(errors="replace")
    return [line.split(f"{task}[", 1)[1].split("]", 1)[0] for line in log.splitlines() if f"Task {task}[" in line and "received" in line]


def test_fault_heal_killed_after_its_writes_and_sent_again_settles_once(
    farm: Farm, run_cli: Callable[..., CliResult], pages: _faults.Pages, store: Callable[[], _Store], tmp_path: Path,
) -> None:
    """The heal stage's pool child is SIGKILLed after writing heal rows, cache notes and hits (held on the totals,
    its last write), then the same heal task is sent again by id: every count moves exactly once."""
    farm.start_worker("w1", concurrency=2)
    st = store()
    suite = tmp_path / "once.yaml"
    suite.write_text(f"name: Once\nbase_url: {pages.url}\nrequirements:\n  - id: form\n    url: /form\n    steps:\n"
                     '      - Fill "Ada" in the Name field\n      - Click Save\n      - Verify the page shows "Saved 3"\n')
    pages.extra["/form"] = _SAVE_FORM.format(label="Save")
    first = _submit(run_cli, suite, farm, tmp_path, pages.url)  # learns both locators
    assert st.wait_run(first, timeout=120) == "passed", farm.log_tail("w1")
    pages.extra["/form"] = _SAVE_FORM.format(label="Save draft")  # the cached button locator drifts; it is found again
    before = _settle_rows(st)

    lock_conn = st.engine.connect()
    lock_conn.execute(text("LOCK TABLE totals IN EXCLUSIVE MODE"))  # readers pass; the settle's last write waits
    run_id = _submit(run_cli, suite, farm, tmp_path, pages.url)
    with st.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as watcher:
        _faults.wait_until(lambda: _lock_waiters(watcher) > 0, timeout=60, what="heal to wait on the totals")
        written = set(watcher.execute(text(
            "SELECT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE a.datname = current_database() AND a.wait_event_type = 'Lock' AND l.mode = 'RowExclusiveLock' AND l.granted"
        )).scalars())
        assert {"run_items", "heal_history", "selector_cache"} <= written, written  # its writes were made, not committed
        victim = _faults.wait_until(lambda: _active_pid(farm, "pacts.heal"), timeout=20, what="the pool pid")
        assert st.state(run_id)["form"] == "executed"
        _faults.kill(victim)  # type: ignore[arg-type]
    lock_conn.rollback()
    lock_conn.close()
    assert st.wait_run(run_id, timeout=120) == "passed", farm.log_tail("w1")
    (item,) = st.assert_complete(run_id)
    after = _settle_rows(st)

    heal_task = _task_ids(farm, "w1", "pacts.heal")[-1]
    app = dispatch.make_celery(config.Settings.from_env(farm.env))
    try:
        app.send_task("pacts.heal", args=[item.id], task_id=heal_task, queue="plan")
        farm.wait_for_log("w1", f"Task pacts.heal[{heal_task}] succeeded", timeout=60)
    finally:
        app.close()
    assert _settle_rows(st) == after  # the same task sent again changed nothing

    assert item.attempts == 1 and item.verdict == "healed"
    assert after["done"] == before["done"] + 1
    assert len(after["heal_rows"]) == len(before["heal_rows"]) + 1  # one heal: the button found again
    assert after["entries"]["Name"][0] == before["entries"]["Name"][0] + 1  # one hit
    grown = {key: after["totals"].get(key, 0) - before["totals"].get(key, 0) for key in after["totals"]}
    assert grown[("items", "healed")] == 1 and grown[("heals", "accepted")] == 1 and grown[("item_duration_count", "")] == 1
    assert grown[("locator_source", "healed")] == 1 and grown.get(("locator_source", "redis"), 0) + grown.get(("locator_source", "database"), 0) == 1
    log = (farm.logs / "w1.log").read_text()
    assert "SIGKILL" in log


def test_fault_whole_worker_killed_and_restarted_loses_nothing(
    farm: Farm, run_cli: Callable[..., CliResult], demo_server: object, store: Callable[[], _Store], tmp_path: Path,
) -> None:
    """kill -9 the whole worker (main process, pool, browsers) mid-suite; a new worker and the sweeper finish it."""
    farm.env.update({"PACTS_SWEEP_INTERVAL_S": "3", "PACTS_ORPHAN_GRACE_S": "3"})
    worker = farm.start_worker("w1", concurrency=2)
    farm.start("beat", "beat", "-l", "INFO", "-s", str(tmp_path / "beat-schedule"))
    url = demo_server.url  # type: ignore[attr-defined]
    run_id = _submit(run_cli, SLOW_SUITE, farm, tmp_path, url)
    st = store()
    _faults.wait_until(lambda: "running" in st.state(run_id).values(), timeout=60, what="an item to run")
    farm.stop(worker, signal.SIGKILL)  # the whole process group: nothing gets to clean up
    states_at_kill = st.state(run_id)
    assert "running" in states_at_kill.values()

    farm.start_worker("w2", concurrency=2)
    assert st.wait_run(run_id, timeout=180) == "passed", farm.log_tail("w2") + farm.log_tail("beat")
    items = st.assert_complete(run_id)
    assert len(items) == 4 and all(i.met for i in items)
    assert "had lost their task message" in (farm.logs / "w2.log").read_text()


def test_fault_chromium_killed_mid_item_is_an_infrastructure_retry(
    farm: Farm, run_cli: Callable[..., CliResult], pages: _faults.Pages, store: Callable[[], _Store], tmp_path: Path,
) -> None:
    worker = farm.start_worker("w1", concurrency=1)
    st = store()
    run_id = _submit(run_cli, _form_suite(tmp_path, pages.url, "chromium"), farm, tmp_path, pages.url)
    _faults.wait_until(lambda: pages.held("chromium"), timeout=60, what="the page to be requested")
    browsers = _faults.chromium_browsers(worker.pid)
    assert len(browsers) == 1, browsers
    _faults.kill(browsers[0])
    pages.release("chromium")

    assert st.wait_run(run_id, timeout=120) == "passed", farm.log_tail("w1")
    (item,) = st.assert_complete(run_id)
    assert item.verdict == "passed" and item.met and item.attempts == 2
    log = (farm.logs / "w1.log").read_text()
    assert "pacts.execute: infrastructure error, retry 1 of" in log and "browser died" in log
    relaunched = _faults.chromium_browsers(worker.pid)
    assert len(relaunched) == 1 and relaunched != browsers


def _cli_process(farm: Farm, tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    env = _base_env({"PACTS_HOME": str(tmp_path / "home"), **farm.env})
    return subprocess.Popen([*CLI, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_fault_redis_restarted_mid_suite(
    farm: Farm, private_redis: _faults.PrivateRedis, pages: _faults.Pages, store: Callable[[], _Store], tmp_path: Path,
) -> None:
    """The broker (and cache) restarts under a running suite: workers and `submit --wait` reconnect, nothing is lost.
    Then Redis comes back empty: the selector cache answers from the database and warms Redis again."""
    farm.env.update({"PACTS_BROKER_URL": private_redis.url, "PACTS_SWEEP_INTERVAL_S": "3", "PACTS_ORPHAN_GRACE_S": "3"})
    farm.start_worker("w1", concurrency=2)
    farm.start("beat", "beat", "-l", "INFO", "-s", str(tmp_path / "beat-schedule"))
    st = store()
    suite = _form_suite(tmp_path, pages.url, "redis", items=3)
    follower = _cli_process(farm, tmp_path, "submit", str(suite), "--wait", "-o", str(tmp_path / "run1"))
    _faults.wait_until(lambda: pages.held("redis"), timeout=60, what="an item to hold the page")
    private_redis.restart(down_s=3)
    pages.release("redis")
    out, err = follower.communicate(timeout=180)
    assert follower.returncode == 0, out + err + farm.log_tail("w1")
    run_id = out.split("submitted run ")[1].split()[0]
    st.assert_complete(run_id)
    assert "Connection to broker lost" in (farm.logs / "w1.log").read_text()

    private_redis.stop()  # Redis loses everything: queues were empty, the cache is gone
    for leftover in private_redis.dir.glob("appendonly*"):
        if leftover.is_dir():
            for f in leftover.iterdir():
                f.unlink()
        else:
            leftover.unlink()
    private_redis.start()
    again = _cli_process(farm, tmp_path, "submit", str(suite), "--wait", "-o", str(tmp_path / "run2"))
    out, err = again.communicate(timeout=180)
    assert again.returncode == 0, out + err + farm.log_tail("w1")
    run2 = out.split("submitted run ")[1].split()[0]
    with st.sessions() as s:
        sources = s.scalars(
            select(models.StepRow.source).join(models.ItemRow, models.ItemRow.id == models.StepRow.item_id)
            .where(models.ItemRow.run_id == run2, models.StepRow.source.is_not(None))
        ).all()
    assert sources and set(sources) <= {"database", "redis"} and "database" in sources


def test_fault_postgres_restarted_mid_suite(
    farm: Farm, private_postgres: _faults.PrivatePostgres, pages: _faults.Pages, tmp_path: Path,
) -> None:
    """The system of record goes away twice under a running suite: first before any stage ran (the stages retry
    with backoff until it is back), then while the browser work is in flight (its writes wait in place).
    `submit --wait` keeps following; every item is settled once with its full set of steps."""
    farm.env.update({"PACTS_DATABASE_URL": private_postgres.url})
    suite = _form_suite(tmp_path, pages.url, "pg", items=3)
    follower = _cli_process(farm, tmp_path, "submit", str(suite), "--wait", "-o", str(tmp_path / "run"))
    _faults.wait_until(lambda: follower.stdout and "submitted run" in (follower.stdout.readline() or ""),
                       timeout=60, what="the run to be written and published")
    log = farm.logs / "w1.log"
    private_postgres.stop()
    farm.start_worker("w1", concurrency=2)  # its first stages meet a database that is down
    _faults.wait_until(lambda: "infrastructure error, retry 3 of 6" in log.read_text(), timeout=60,
                       what="stages to back off")
    private_postgres.start()
    _faults.wait_until(lambda: pages.held("pg"), timeout=60, what="an item to hold the page")
    private_postgres.stop()
    pages.release("pg")  # the held items finish their browser work while the database is down
    _faults.wait_until(lambda: "store unavailable, retrying the write" in log.read_text(), timeout=60,
                       what="the browser stage to wait with its results")
    private_postgres.start()
    out, err = follower.communicate(timeout=180)
    assert follower.returncode == 0, out + err + farm.log_tail("w1")
    run_id = json.loads((tmp_path / "run" / "results.json").read_text())["run"]["id"]
    st = _Store(private_postgres.url)
    try:
        items = st.assert_complete(run_id)
        assert len(items) == 3 and all(i.met for i in items)
        with st.sessions() as s:
            assert s.scalar(select(func.count()).select_from(models.RunRow)) == 1
            assert s.scalar(select(func.count()).select_from(models.StepRow)) == 3 * 3
    finally:
        st.close()


HOSTILE = {
    "/loop": "<html><head><title>Loop</title></head><body><p>spinning</p><script>while (true) {}</script></body></html>",
    "/late-loop": "<html><head><title>Late</title></head><body><button onclick='setTimeout(() => { while (true) {} }, 0)'>Spin</button>"
                  "<button>Next</button></body></html>",
    "/popups": "<html><head><title>Popups</title></head><body><script>"
               "window.open('/popup-child'); alert('hello'); confirm('sure?'); prompt('name?');"
               "window.addEventListener('beforeunload', e => { e.preventDefault(); e.returnValue = 'stay'; });"
               "</script><button onclick=\"window.open('/popup-child')\">Open</button><p id=ok>Popups done</p></body></html>",
    "/popup-child": "<html><head><title>Child</title></head><body><p>child window</p>"
                    "<script>alert('from the popup')</script></body></html>",
    "/download": "<html><head><title>Dl</title></head><body><a href='/file.bin'>Get report</a></body></html>",
    "/file-link": "<html><head><title>File</title></head><body>"
                  "<a href='file:///etc/passwd'>Local file</a><p>File page</p></body></html>",
    "/offsite": "<html><head><title>Offsite</title></head><body>"
                "<button onclick=\"location.href='{other}/landing'\">Leave</button></body></html>",
}


def test_fault_hostile_pages_fail_with_a_reason_and_the_worker_survives(
    farm: Farm, run_cli: Callable[..., CliResult], pages: _faults.Pages, store: Callable[[], _Store], tmp_path: Path,
) -> None:
    other = _faults.Pages()  # another origin, not allowed by the suite
    other.extra["/landing"] = "<html><body><p>Landed elsewhere</p></body></html>"
    for path, body in HOSTILE.items():
        pages.extra[path] = body.replace("{other}", other.url)
    suite = tmp_path / "hostile.yaml"
    suite.write_text(f"""\
name: Hostile
base_url: {pages.url}
timeouts: {{navigation_ms: 3000, action_ms: 2000, assertion_ms: 2000, item_ms: 6000}}
requirements:
  - id: loop
    url: /loop
    steps: [Verify the page shows "spinning"]
  - id: late-loop
    url: /late-loop
    steps: [Click Spin, Click Next]
  - id: never-loads
    url: /never
    steps: [Verify the page shows "Loading forever"]
  - id: popups
    url: /popups
    steps: [Click Open, Verify the page shows "Popups done", Go to /download, Verify the page shows "Nope"]
  - id: download
    url: /download
    steps: [Click Get report, Verify the page shows "Report ready"]
  - id: file-link
    url: /file-link
    steps: [Click Local file, Verify the page shows "root"]
  - id: offsite
    url: /offsite
    steps: [Click Leave, Verify the page shows "Landed elsewhere"]
  - id: still-works
    url: /hold/free
    steps: [Fill "Ada" in the Name field, Click Save, Verify the page shows "Saved 3"]
""")
    pages.release("free")
    worker = farm.start_worker("w1", concurrency=2)
    st = store()
    try:
        run_id = _submit(run_cli, suite, farm, tmp_path, pages.url)
        assert st.wait_run(run_id, timeout=150) == "failed", farm.log_tail("w1")
    finally:
        other.close()
    items = {i.key: i for i in st.assert_complete(run_id)}
    assert worker.poll() is None and len(_faults.children(worker.pid)) >= 2  # the worker and its pool survived
    assert items["still-works"].verdict == "passed"
    for key, item in items.items():
        if key != "still-works":
            assert item.verdict == "failed" and not item.met, (key, item.verdict, item.error)
        assert item.attempts == 1, key  # a hostile page is a test failure, never retried as infrastructure
    reasons = {k: i.error or "" for k, i in items.items()}
    assert "did not load within 3000 ms" in reasons["loop"]
    # the loop starts as soon as the click's handler returns (a warm step can follow a click within 50 ms, so
    # any later start could be outrun): the next step meets it in a driver-side timeout, or blocked in the
    # page (then the watchdog cuts it off; tests/integration/test_browser_faults.py pins that path)
    assert "the page stopped responding" in reasons["late-loop"] or "did not complete within 2000 ms" in reasons["late-loop"]
    assert "did not load within 3000 ms" in reasons["never-loads"]
    assert 'expected text "Nope"' in reasons["popups"]
    notes = " ".join(items["popups"].evidence["console_errors"])  # type: ignore[index]
    for seen in ("popup closed", "alert dialog dismissed: hello", "confirm dialog dismissed", "prompt dialog dismissed"):
        assert seen in notes, notes
    assert "download refused: report.bin" in " ".join(items["download"].evidence["console_errors"])  # type: ignore[index]
    assert 'expected text "root"' in reasons["file-link"]
    assert f"tried to navigate to {other.url}/landing, an origin this suite does not allow" in reasons["offsite"]
    assert not list((tmp_path / "out").rglob("report.bin"))
    assert _faults.rss_kb(worker.pid) > 0
