"""`pacts-farm metrics` as a process, scraped over HTTP before and after real runs."""

from __future__ import annotations

import base64
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import update

from tests.e2e.conftest import CLI, ROOT, CliResult, Farm, _base_env

pytestmark = [pytest.mark.browser, pytest.mark.redis, pytest.mark.postgres]

HEADING = Path(__file__).with_name("suites") / "heading.yaml"


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _scrape(port: int, auth: str | None = "ops:pw") -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    headers = {"Authorization": "Basic " + base64.b64encode(auth.encode()).decode()} if auth else {}
    request = urllib.request.Request(f"http://127.0.0.1:{port}/metrics", headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        text = response.read().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def test_metrics_exporter_reports_runs_queues_quarantine_and_llm_spend(
    farm: Farm, run_cli: Callable[..., CliResult], demo_server: object, tmp_path: Path
) -> None:
    from pacts_farm import config, model
    from pacts_farm.farm import housekeeping
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import db, llm_calls, models

    port = _free_port()
    env = _base_env({**farm.env, "PACTS_METRICS_BASIC_AUTH": "ops:pw"})
    exporter = subprocess.Popen([*CLI, "metrics", "--port", str(port)], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                before = _scrape(port)
                break
            except (urllib.error.URLError, ConnectionError):
                assert time.monotonic() < deadline and exporter.poll() is None, exporter.stderr.read() if exporter.stderr else ""
                time.sleep(0.2)
        with pytest.raises(urllib.error.HTTPError) as denied:
            _scrape(port, auth=None)
        assert denied.value.code == 401
        denied.value.close()
        assert before[("pacts_queue_depth", (("queue", "plan"),))] == 0
        assert before.get(("pacts_items_total", (("verdict", "passed"),)), 0) == 0
        assert before[("pacts_item_duration_seconds_count", ())] == 0

        url = demo_server.url  # type: ignore[attr-defined]
        embedded = {k: v for k, v in farm.env.items() if k != "PACTS_BROKER_URL"}  # same Postgres, in-process worker
        ran = run_cli("submit", str(HEADING), "-o", str(tmp_path / "a"), "--base-url", url, env=embedded)
        assert ran.code == 0, ran.out + ran.err
        rt = Runtime.open(config.Settings.from_env(embedded))
        llm_calls.record_calls(rt.sessions, None, [model.LlmCall(
            purpose=model.LlmPurpose.PLAN, model="claude-test", input_tokens=1200, output_tokens=300,
            cost_usd=0.0081, duration_ms=900.0, outcome="ok", item_key=None,
        )])
        rt.close()
        added = run_cli("quarantine", "add", "adds-to-cart", "--suite", "Heading check", "--owner", "ada", "--until", "3d", env=embedded)
        assert added.code == 0, added.err
        queued = run_cli("submit", str(HEADING), "-o", str(tmp_path / "b"), "--base-url", url, env=farm.env)  # no worker
        assert queued.code == 0, queued.err

        after = _scrape(port)
        assert after[("pacts_items_total", (("verdict", "passed"),))] == 2
        assert after[("pacts_item_duration_seconds_count", ())] == 2
        assert after[("pacts_item_duration_seconds_sum", ())] > 0
        assert after[("pacts_item_duration_seconds_bucket", (("le", "+Inf"),))] == 2
        assert after[("pacts_cache_misses_total", ())] > 0  # a cold run discovers its locators
        assert after[("pacts_queue_depth", (("queue", "plan"),))] == 2  # the farm run waits for a worker
        assert after[("pacts_items_running", ())] == 0
        assert after[("pacts_quarantined_requirements", (("suite", "Heading check"),))] == 1
        assert after[("pacts_llm_calls_total", (("outcome", "ok"), ("purpose", "plan")))] == 1
        assert after[("pacts_llm_tokens_total", (("direction", "input"),))] == 1200
        assert after[("pacts_llm_cost_usd_total", ())] == pytest.approx(0.0081)

        # the daily cleanup deletes the finished run: a counter that went down would read as a reset
        rt = Runtime.open(config.Settings.from_env(embedded))
        with rt.sessions.begin() as s:
            s.execute(update(models.RunRow).values(created_at=db.utcnow() - timedelta(days=40)))
        assert housekeeping.cleanup_old_runs(rt.sessions, retention_days=30).runs == 1
        rt.close()
        cleaned = _scrape(port)
        counters = [key for key in after if key[0].endswith(("_total", "_count", "_sum", "_bucket"))]
        assert len(counters) > 10
        assert {key: cleaned.get(key) for key in counters} == {key: after[key] for key in counters}
    finally:
        exporter.terminate()
        exporter.wait(timeout=10)
        if exporter.stderr:
            exporter.stderr.close()
