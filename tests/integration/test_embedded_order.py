"""The embedded run's stage order: an item's discover follows its plan at once, so the browser starts early."""

from __future__ import annotations

from pathlib import Path

import pytest
from celery.signals import task_prerun

from pacts_farm import config, model, running
from pacts_farm.farm import dispatch

pytestmark = pytest.mark.browser
ITEMS = 5
SUITE = "name: Order\nbase_url: http://127.0.0.1:1\nrequirements:\n" + "".join(
    f"  - id: r{n}\n    steps: [Click Login]\n" for n in range(ITEMS)
)


def test_embedded_routes_discover_to_a_queue_of_its_own_the_farm_does_not() -> None:
    embedded = dispatch.make_celery(config.Settings.from_env({}))
    farm = dispatch.make_celery(config.Settings.from_env({"PACTS_BROKER_URL": "redis://127.0.0.1:6379/9"}))
    route = {name: embedded.amqp.router.route({}, name)["queue"].name for name in dispatch.STAGES}
    assert route == {"pacts.plan": "plan", "pacts.discover": "discover", "pacts.execute": "browser", "pacts.heal": "plan"}
    assert farm.amqp.router.route({}, "pacts.discover")["queue"].name == "plan"  # farm workers: -Q browser,plan,maintenance
    assert "discover" not in dispatch.QUEUES


def test_embedded_store_worker_takes_each_items_discover_right_after_its_plan(tmp_path: Path) -> None:
    settings = config.Settings.from_env({"PACTS_HOME": str(tmp_path / "home")})
    suite = tmp_path / "order.yaml"
    suite.write_text(SUITE)
    ran: list[tuple[str, str]] = []

    def note(sender: object = None, task: object = None, args: tuple[str, ...] = (), **_: object) -> None:
        if getattr(task, "name", "") in dispatch.STAGES:
            ran.append((task.name, args[0]))  # type: ignore[attr-defined]

    task_prerun.connect(note, weak=False)
    try:
        status = running.run_suite(settings, suite, output=tmp_path / "out").status
    finally:
        task_prerun.disconnect(note)
    assert status is model.RunStatus.FAILED  # nothing listens on port 1: every item fails, none hangs
    store_stages = [(name, item) for name, item in ran if name in ("pacts.plan", "pacts.discover")]
    assert len(store_stages) == 2 * ITEMS
    for n in range(ITEMS):  # plan 1, discover 1, plan 2, discover 2, …: not every plan before the first discover
        (plan, planned), (discover, discovered) = store_stages[2 * n], store_stages[2 * n + 1]
        assert (plan, discover, discovered) == ("pacts.plan", "pacts.discover", planned)
