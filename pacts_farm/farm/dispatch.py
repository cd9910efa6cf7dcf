"""The only engine module that knows Celery: builds the app and sends a run's chains.

Per item: chain(plan, discover, execute, heal); per run: a chord of those chains with finalize_run.
Embedded (no broker configured): the same chord on an in-process worker over an in-memory transport.
"""

from __future__ import annotations

import json
import logging
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from queue import Empty
from typing import Any

from celery import Celery, chain, chord
from kombu import Queue
from kombu.transport import memory

from pacts_farm import config, errors
from pacts_farm.farm.worker_thread import WorkerThread

log = logging.getLogger(__name__)

BROWSER_QUEUES = ("browser",)  # execute: an embedded run takes these in the browser's thread
QUEUES = (*BROWSER_QUEUES, "plan", "maintenance")  # the farm's: plan, discover, heal and finalize need no browser
# Embedded, discover has a queue of its own: the store worker takes its queues in turn, so an item's discover
# follows its plan at once and the browser starts on the first item while the others are still being planned.
STORE_QUEUES = ("plan", "discover", "maintenance")
STAGES = ("pacts.plan", "pacts.discover", "pacts.execute", "pacts.heal")
TASK_MODULES = ("tasks.pipeline", "tasks.maintenance")
EMBEDDED_POLL_S = 0.005  # a result's poll, at shutdown
EMBEDDED_DRAIN_S = 0.05
_SETTINGS_ATTR = "pacts_settings"
_SECRETS_ATTR = "pacts_secrets"


def make_celery(settings: config.Settings) -> Celery:
    app = Celery("pacts", include=list(TASK_MODULES), set_as_current=False)
    app.config_from_object("tasks.celeryconfig")
    if settings.embedded:
        app.conf.update(
            broker_url="memory://localhost/",
            broker_transport=f"{__name__}:EmbeddedTransport",
            result_backend="cache+memory://",
            broker_transport_options={},  # the Redis options in celeryconfig mean nothing here
            result_chord_retry_interval=0.05,
            worker_send_task_events=False,
            task_send_sent_event=False,
            task_queues=(*app.conf.task_queues, Queue("discover")),
            task_routes={**app.conf.task_routes, "pacts.discover": {"queue": "discover"}},
        )
    else:
        app.conf.update(broker_url=settings.broker_url, result_backend=settings.broker_url)
        _survive_broker_loss_on_close()
    app.conf.beat_schedule = {
        "cleanup-old-runs": {"task": "pacts.cleanup_old_runs", "schedule": settings.cleanup_interval_s},
        "nightly-regression": {"task": "pacts.nightly_regression", "schedule": settings.schedule_check_s},
        "sweep-stale-items": {
            "task": "pacts.sweep_stale_items",
            "schedule": settings.sweep_interval_s,
            "options": {"expires": settings.sweep_interval_s},  # sweeps never pile up behind each other
        },
        "score-flakiness": {"task": "pacts.score_flakiness", "schedule": settings.flakiness_interval_s},
        "prune-selector-cache": {"task": "pacts.prune_selector_cache", "schedule": settings.cache_prune_interval_s},
    }
    # beat's passes write its heartbeat (tasks/beat.py) and come at least this often, however far the next task
    app.conf.beat_scheduler = "tasks.beat:HeartbeatScheduler"
    app.conf.beat_max_loop_interval = settings.beat_heartbeat_s
    setattr(app, _SETTINGS_ATTR, settings)
    return app


class _Arrivals:
    """A process-wide signal for the in-memory broker: a put wakes the workers waiting for a message."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self.count = 0

    def note(self) -> None:
        with self._changed:
            self.count += 1
            self._changed.notify_all()

    def wait_past(self, seen: int, timeout_s: float) -> None:
        """Return once a message arrived after ``seen`` was read, or after ``timeout_s``."""
        with self._changed:
            self._changed.wait_for(lambda: self.count != seen, timeout=timeout_s)


_arrivals = _Arrivals()


class EmbeddedChannel(memory.Channel):
    """The in-memory channel, announcing every message it queues (a restored one too: restores put)."""

    def _put(self, queue: str, message: Any, **kwargs: Any) -> None:
        super()._put(queue, message, **kwargs)
        _arrivals.note()

    def _put_fanout(self, exchange: str, message: Any, routing_key: str | None = None, **kwargs: Any) -> None:
        super()._put_fanout(exchange, message, routing_key, **kwargs)
        _arrivals.note()


class EmbeddedTransport(memory.Transport):
    """The in-memory transport, woken by arrivals instead of polling, with a drain bounded to EMBEDDED_DRAIN_S.

    kombu's memory transport polls its queues every polling_interval: two idle workers polling every 5 ms cost
    ~0.3 s of CPU per demo run, and the interpreter lock with it. Celery's solo loop drains with a 2 s timeout
    and looks for stop() only between drains: the bound keeps a worker's stop prompt.
    """

    Channel = EmbeddedChannel

    def drain_events(self, connection: Any, timeout: float | None = None) -> Any:
        bound = EMBEDDED_DRAIN_S if timeout is None else min(timeout, EMBEDDED_DRAIN_S)
        deadline = time.monotonic() + bound
        while True:
            seen = _arrivals.count  # read before looking: a put from here on ends the wait below
            try:
                return self.cycle.get(self._deliver, timeout=bound)
            except Empty:
                left = deadline - time.monotonic()
                if left <= 0:
                    if timeout is not None:
                        raise socket.timeout() from None
                    deadline, left = time.monotonic() + bound, bound  # no timeout: wait on, a slice at a time
                _arrivals.wait_past(seen, left)


def _survive_broker_loss_on_close() -> None:
    """Work around kombu 5.7: after Redis drops, the worker closes its channel and reconnects, but a late ack of a
    task that ran through the outage, or the channel's restore of unacknowledged messages, still goes to the closed
    channel, whose connection is None: an AttributeError that Celery calls unrecoverable, and the worker exits.
    Raise the broker's connection error instead, which kombu and Celery already handle (log and carry on); such
    messages stay in Redis's unacked set and pacts.sweep_stale_items sends their items' stages again."""
    from kombu.transport import redis as kombu_redis

    connparams = kombu_redis.Channel._connparams
    if getattr(connparams, "pacts_guarded", False):
        return

    def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
        if self.connection is None or self.connection.client is None:
            raise kombu_redis.redis.exceptions.ConnectionError("this broker channel was closed with its connection")
        return connparams(self, *args, **kwargs)

    guarded.pacts_guarded = True  # type: ignore[attr-defined]
    kombu_redis.Channel._connparams = guarded


def settings_of(app: Celery) -> config.Settings | None:
    return getattr(app, _SETTINGS_ATTR, None)


def share_secrets(app: Celery, secrets: dict[str, str]) -> None:
    """Embedded only: hand secret var values to the in-process worker (same process; never through the broker)."""
    setattr(app, _SECRETS_ATTR, dict(secrets))


def secrets_of(app: Celery) -> dict[str, str]:
    return dict(getattr(app, _SECRETS_ATTR, {}))


def publish_run(app: Celery, run_id: str, item_ids: Sequence[str]) -> None:
    """Send the run's chord; the arguments are ids only, so Flower shows nothing secret."""
    chains = [
        chain(*(app.signature(name, args=(item_id,), immutable=True, task_id=task_id(item_id, name)) for name in STAGES))
        for item_id in item_ids
    ]
    body = app.signature("pacts.finalize_run", args=(run_id,), immutable=True, task_id=f"{run_id}.finalize_run")
    try:
        chord(chains, app=app)(body)
    except Exception as exc:  # kombu raises transport-specific errors; all mean the same here
        if isinstance(exc, errors.PactsFarmError):
            raise
        raise errors.BrokerUnavailable(f"cannot publish run {run_id}: {exc}") from exc


def publish_rerun(app: Celery, item_id: str, attempt: int) -> None:
    """Run an item's browser stages again (after its worker died); a fresh task id per attempt."""
    chain(
        *(
            app.signature(name, args=(item_id,), immutable=True, task_id=f"{task_id(item_id, name)}.{attempt}")
            for name in STAGES[2:]
        )
    ).apply_async()


_RESUME = {"queued": 0, "planned": 1, "discovered": 2, "running": 2, "executed": 3}


def publish_from(app: Celery, item_id: str, state: str, tag: str) -> None:
    """Send an item's chain again from the stage after ``state`` (its message was lost); ``tag`` keeps ids unique."""
    chain(
        *(
            app.signature(name, args=(item_id,), immutable=True, task_id=f"{task_id(item_id, name)}.{tag}")
            for name in STAGES[_RESUME[state]:]
        )
    ).apply_async()


def present_item_ids(app: Celery, *, timeout_s: float = 0.5) -> set[str] | None:
    """Items with a stage message waiting in a queue or held by a live worker; None when that cannot be told.

    Held means active, reserved (prefetched) or scheduled (a retry waiting for its countdown). Messages a
    dead worker had taken sit in the broker's unacked set until the visibility timeout: they do not count.
    """
    inspect = app.control.inspect(timeout=timeout_s)
    ids: set[str] = set()
    answered = False
    for kind in ("active", "reserved", "scheduled"):
        replies = getattr(inspect, kind)()
        if not replies:
            continue
        answered = True
        for tasks in replies.values():
            for task in tasks:
                request = task.get("request", task)  # scheduled entries wrap the request
                ids.add(str(request.get("id", "")))
    if not answered:
        return None
    with app.connection_for_read() as conn:
        client = getattr(conn.default_channel, "client", None)
        if client is None:
            return None  # not Redis: cannot list queues
        for queue in QUEUES:
            for key in (queue, *(f"{queue}\x06\x16{p}" for p in range(1, 10))):
                for raw in client.lrange(key, 0, -1):
                    ids.add(str(json.loads(raw).get("headers", {}).get("id", "")))
    return {_item_of(i) for i in ids if "." in i}


def _item_of(task: str) -> str:
    return task.split(".", 1)[0]


def task_id(item_id: str, stage: str) -> str:
    """Deterministic ids ("<item>.execute"): Flower shows what each task works on, cancel can revoke them."""
    return f"{item_id}.{stage.removeprefix('pacts.')}"


def revoke_items(app: Celery, item_ids: Sequence[str]) -> None:
    ids = [task_id(item_id, stage) for item_id in item_ids for stage in STAGES]
    if ids:
        app.control.revoke(ids)


def celery_command(settings: config.Settings, *args: str) -> list[str]:
    """argv for `celery -A tasks …` with this interpreter."""
    if settings.embedded:
        raise errors.SettingsInvalid(
            "PACTS_BROKER_URL is not set: workers, beat and Flower need the farm's broker"
            " — e.g. export PACTS_BROKER_URL=redis://127.0.0.1:6379/0"
        )
    return [sys.executable, "-m", "celery", "-A", "tasks", *args]


def _work_controller(app: Celery, queues: Sequence[str], hostname: str) -> Any:
    from celery.worker import WorkController

    return WorkController(
        app=app,
        pool_cls="solo",
        concurrency=1,
        queues=list(queues),
        hostname=hostname,
        without_heartbeat=True,
        without_mingle=True,
        without_gossip=True,
        loglevel=logging.WARNING,
        logfile=None,
        redirect_stdouts=False,
    )


@contextmanager
def embedded_worker(app: Celery, thread: WorkerThread | None = None) -> Iterator[threading.Event]:
    """Two in-process Celery workers (solo pools). One runs in the browser's thread (a browser belongs to the
    thread that started it) and takes the browser queue; the other takes the stages that need no browser, so
    they run while Chromium starts and an item's bookkeeping overlaps the next item's browser work.

    ``thread``: one started earlier, whose Chromium is already launching. Yields an event set whenever
    a task ends: the caller waits on it instead of polling the store, which would take the interpreter
    lock from the workers every few milliseconds.
    """
    from celery.signals import task_postrun

    # Queue selection is per app (a worker's queues are kept on app.amqp): the store worker gets an app of its own,
    # on the same in-memory broker and result cache, which are per process.
    store_app = make_celery(settings_of(app) or config.Settings.from_env())
    share_secrets(store_app, secrets_of(app))
    try:
        for each in (app, store_app):
            each.loader.import_default_modules()
        browser_worker = _work_controller(app, BROWSER_QUEUES, "embedded@pacts")
        store_worker = _work_controller(store_app, STORE_QUEUES, "embedded-store@pacts")
    except BaseException:
        if thread is not None:  # its browser was launched for this worker
            thread.stop()
        raise

    def worker_loop(worker: Any) -> Callable[[], None]:
        def run() -> None:
            worker.app.set_current()  # the solo pool resolves tasks through the thread's current app
            worker.start()

        return run

    task_ended = threading.Event()

    def on_task_end(sender: Any = None, **_: Any) -> None:
        if getattr(sender, "app", None) in (app, store_app):
            task_ended.set()

    task_postrun.connect(on_task_end, weak=False)
    thread = thread or WorkerThread(settings_of(app) or config.Settings.from_env())
    store_thread = threading.Thread(target=worker_loop(store_worker), name="pacts-embedded-store", daemon=True)
    store_thread.start()
    thread.run(worker_loop(browser_worker))
    try:
        yield task_ended
    finally:
        task_postrun.disconnect(on_task_end)
        store_worker.stop(in_sighandler=False)  # after its current task: the one that ended the run writes its reports
        store_thread.join(timeout=30)
        _close_worker_runtime(app)
        browser_worker.stop(in_sighandler=False)
        thread.join(timeout_s=30)


def _close_worker_runtime(app: Celery) -> None:
    """Close the worker thread's browser from inside that thread, then stop."""
    from celery.result import allow_join_result

    try:
        with allow_join_result():
            app.signature("pacts.shutdown_runtime").apply_async().get(timeout=30, interval=EMBEDDED_POLL_S)
    except Exception as exc:  # the worker is going away either way
        log.debug("embedded worker runtime close: %s", exc)
