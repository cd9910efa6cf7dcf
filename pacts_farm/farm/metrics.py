"""Prometheus metrics of the farm, computed on every scrape from the store and the broker.

`pacts-farm metrics` serves /metrics on 127.0.0.1:9808 by default; with
PACTS_METRICS_BASIC_AUTH=user:password every request must carry those credentials.
Nothing is kept in memory between scrapes: counters are the store's cumulative totals (added to when an
item settles, never deleted by cleanup), so any number of exporters (or a restarted one) report the same
values and none goes down.
"""

from __future__ import annotations

import base64
import hmac
import logging
from collections.abc import Callable, Iterable, Iterator
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import CollectorRegistry, make_wsgi_app
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

from pacts_farm.farm import dispatch
from pacts_farm.store import telemetry
from pacts_farm.store.db import Sessions

log = logging.getLogger(__name__)

FLAKY_AT = 0.3  # a requirement whose flakiness score is at least this counts as flaky
_PRIORITY_SUFFIXES = ("", "\x06\x163", "\x06\x166", "\x06\x169")  # kombu's Redis lists per priority step


class FarmCollector(Collector):
    def __init__(self, sessions: Sessions, broker: Any | None = None) -> None:
        self._sessions = sessions
        self._broker = broker  # a Redis client of the broker, for queue depths

    def collect(self) -> Iterator[Metric]:
        snap = telemetry.snapshot(self._sessions, flaky_at=FLAKY_AT)
        if self._broker is not None:
            depth = GaugeMetricFamily("pacts_queue_depth", "Messages waiting in a Celery queue.", labels=["queue"])
            for queue, length in self._queue_depths():
                depth.add_metric([queue], length)
            yield depth
        yield GaugeMetricFamily("pacts_items_running", "Items whose browser is running now.", value=snap.items_running)
        durations = HistogramMetricFamily("pacts_item_duration_seconds", "Browser time of finished items.")
        durations.add_metric(
            [], buckets=[(_bound(b), n) for b, n in snap.durations.buckets] + [("+Inf", snap.durations.count)],
            sum_value=snap.durations.total_s,
        )
        yield durations
        verdicts = CounterMetricFamily("pacts_items", "Finished items by verdict.", labels=["verdict"])
        for verdict, n in sorted(snap.verdicts.items()):
            verdicts.add_metric([verdict], n)
        yield verdicts
        hits = CounterMetricFamily("pacts_cache_hits", "Steps whose locator came from the selector cache.", labels=["layer"])
        for layer in ("redis", "database"):
            hits.add_metric([layer], snap.locator_sources.get(layer, 0))
        yield hits
        yield CounterMetricFamily(
            "pacts_cache_misses", "Steps whose locator had to be discovered, healed or picked by Claude live.",
            value=sum(snap.locator_sources.get(source, 0) for source in ("discovered", "healed", "assisted")),
        )
        heals = CounterMetricFamily("pacts_heals", "Heal attempts by outcome.", labels=["outcome"])
        for outcome in ("accepted", "rejected"):
            heals.add_metric([outcome], snap.heals.get(outcome, 0))
        yield heals
        flaky = GaugeMetricFamily("pacts_flaky_requirements", f"Requirements with a flakiness score of {FLAKY_AT} or more.", labels=["suite"])
        for suite, n in sorted(snap.flaky.items()):
            flaky.add_metric([suite], n)
        yield flaky
        quarantined = GaugeMetricFamily("pacts_quarantined_requirements", "Requirements quarantined now.", labels=["suite"])
        for suite, n in sorted(snap.quarantined.items()):
            quarantined.add_metric([suite], n)
        yield quarantined
        calls = CounterMetricFamily("pacts_llm_calls", "Calls to Claude.", labels=["purpose", "outcome"])
        for purpose, outcome, n in snap.llm.calls:
            calls.add_metric([purpose, outcome], n)
        yield calls
        tokens = CounterMetricFamily("pacts_llm_tokens", "Tokens sent to and received from Claude.", labels=["direction"])
        tokens.add_metric(["input"], snap.llm.input_tokens)
        tokens.add_metric(["output"], snap.llm.output_tokens)
        yield tokens
        yield CounterMetricFamily("pacts_llm_cost_usd", "Estimated spend on Claude (USD).", value=snap.llm.cost_usd)

    def _queue_depths(self) -> Iterable[tuple[str, int]]:
        import redis

        try:
            pipe = self._broker.pipeline(transaction=False)  # type: ignore[union-attr]
            for queue in dispatch.QUEUES:
                for suffix in _PRIORITY_SUFFIXES:
                    pipe.llen(queue + suffix)
            lengths = pipe.execute()
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            log.warning("metrics: broker unreachable (%s); queue depths left out", exc)
            return []
        step = len(_PRIORITY_SUFFIXES)
        return [(queue, sum(lengths[n * step:(n + 1) * step])) for n, queue in enumerate(dispatch.QUEUES)]


def _bound(value: float) -> str:
    return f"{value:g}" if value != int(value) else f"{int(value)}.0"


def make_registry(sessions: Sessions, broker_url: str | None) -> CollectorRegistry:
    broker = None
    if broker_url and broker_url.startswith(("redis://", "rediss://")):
        import redis

        broker = redis.Redis.from_url(broker_url, socket_connect_timeout=0.5, socket_timeout=2.0)
    registry = CollectorRegistry(auto_describe=False)
    registry.register(FarmCollector(sessions, broker))
    return registry


def with_basic_auth(app: Callable[..., Any], credentials: str | None) -> Callable[..., Any]:
    """The WSGI app behind HTTP basic auth (user:password); unchanged when no credentials are set."""
    if not credentials:
        return app
    expected = "Basic " + base64.b64encode(credentials.encode()).decode()

    def guarded(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if hmac.compare_digest(environ.get("HTTP_AUTHORIZATION", ""), expected):
            return app(environ, start_response)
        start_response("401 Unauthorized", [("WWW-Authenticate", 'Basic realm="pacts-farm metrics"'), ("Content-Type", "text/plain")])
        return [b"authentication required\n"]

    return guarded


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        log.debug("metrics: " + format, *args)


def make_metrics_server(
    sessions: Sessions, *, host: str, port: int, broker_url: str | None, basic_auth: str | None
) -> WSGIServer:
    """A WSGI server for /metrics (call serve_forever()); port 0 picks a free one."""
    app = with_basic_auth(make_wsgi_app(make_registry(sessions, broker_url)), basic_auth)
    return make_server(host, port, app, server_class=_ThreadingServer, handler_class=_QuietHandler)
