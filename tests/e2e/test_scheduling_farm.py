"""Duration-aware scheduling on a real 2-process farm: longest-first dispatch and per-origin caps."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from pacts_farm.store import db, models
from tests.e2e.conftest import CliResult, Farm

pytestmark = [pytest.mark.browser, pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]


def _suite(path: Path, delays: dict[str, int], limits: str = "", query: str = "") -> Path:
    lines = ["name: Skewed", "base_url: http://127.0.0.1:1", limits, "requirements:"]
    for rid, delay in delays.items():
        url = f"/login?delay_ms={delay}{query}"
        lines += [f"  - id: {rid}", f"    url: {url}", "    steps:", '      - Verify the page shows "Accepted users"']
    path.write_text("\n".join(line for line in lines if line) + "\n")
    return path


def _start_order(database_url: str, run_id: str) -> list[str]:
    engine = db.open_engine(database_url)
    with db.make_sessions(engine)() as s:
        rows = s.execute(
            select(models.ItemRow.key).where(models.ItemRow.run_id == run_id).order_by(models.ItemRow.started_at)
        ).all()
    engine.dispose()
    return [r[0] for r in rows]


def _run_id(result: CliResult) -> str:
    return result.out.split("submitted run ")[1].split()[0]


def test_farm_dispatches_the_longest_item_first_once_history_knows_it(
    farm: Farm, run_cli: Callable[..., CliResult], demo_server: object, tmp_path: Path
) -> None:
    delays = {f"quick-{n}": 50 for n in range(1, 6)} | {"slow-last": 3000}
    suite = _suite(tmp_path / "skewed.yaml", delays)
    farm.start_worker("w1", concurrency=2)
    url = demo_server.url  # type: ignore[attr-defined]
    first = run_cli("submit", str(suite), "--wait", "-o", str(tmp_path / "first"), "--base-url", url, env=farm.env)
    assert first.code == 0, first.out + first.err + farm.log_tail("w1")
    second = run_cli("submit", str(suite), "--wait", "-o", str(tmp_path / "second"), "--base-url", url, env=farm.env)
    assert second.code == 0, second.out + second.err + farm.log_tail("w1")

    without_history = _start_order(farm.env["PACTS_DATABASE_URL"], _run_id(first))
    with_history = _start_order(farm.env["PACTS_DATABASE_URL"], _run_id(second))
    orders = f"start order without history {without_history}, with history {with_history}"
    assert without_history.index("slow-last") >= 2, orders  # suite order: it waited behind quick items
    assert with_history.index("slow-last") <= 1, orders  # longest first: taken by one of the two processes at once


def test_farm_never_runs_more_than_max_parallel_items_against_one_origin(
    farm: Farm, run_cli: Callable[..., CliResult], demo_server: object, tmp_path: Path
) -> None:
    import redis

    from pacts_farm.farm import slots

    # A slow load ends as soon as a second one is served: without a cap the two processes meet however
    # unevenly a loaded machine starts them; with the cap none ever meets, and each waits its full delay.
    delays = {f"page-{n}": 1500 for n in range(1, 5)}
    capped = _suite(tmp_path / "capped.yaml", delays, "limits:\n  base_url: {max_parallel: 1}", query="&until_peer=1")
    uncapped = _suite(tmp_path / "uncapped.yaml", delays, query="&until_peer=1")
    farm.start_worker("w1", concurrency=2)
    url = demo_server.url  # type: ignore[attr-defined]
    slow = demo_server.slow  # type: ignore[attr-defined]

    slow.reset()
    control = run_cli("submit", str(uncapped), "--wait", "-o", str(tmp_path / "u"), "--base-url", url, env=farm.env)
    assert control.code == 0, control.out + control.err + farm.log_tail("w1")
    assert slow.peak == 2  # without a cap both processes load the slow page at once

    slow.reset()
    result = run_cli("submit", str(capped), "--wait", "-o", str(tmp_path / "c"), "--base-url", url, env=farm.env)
    assert result.code == 0, result.out + result.err + farm.log_tail("w1")
    assert slow.peak == 1  # the cap held across both worker processes
    assert "4/4 met expectations" in result.out
    client = redis.Redis.from_url(farm.env["PACTS_BROKER_URL"])
    assert client.zcard(slots.slot_key(url)) == 0  # every slot was given back
    client.close()
