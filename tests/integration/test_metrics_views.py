"""The metrics views on both databases, over rows written by the store's own functions."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pacts_farm import model
from pacts_farm.finding import cache
from pacts_farm.store import db, heals, models, repo, views

APP = "http://127.0.0.1:9"


def _suite(name: str, n: int) -> model.Suite:
    items = tuple(
        model.Item(key=f"r{i}", requirement_id=f"r{i}", title=f"R{i}", start_url=f"{APP}/login",
                   steps=(model.SuiteStep(line=3, text="Click Login"),))
        for i in range(n)
    )
    return model.Suite(name=name, base_url=APP, source="suite.yaml", items=items)


def _step(index: int, source: model.LocatorSource | None, *, drifted: bool = False) -> model.StepResult:
    locator = model.Locator(strategy=model.Strategy.ROLE, role="button", value=f"Go {index}")
    resolution = model.Resolution(locator=locator, source=source, confidence=0.9) if source else None
    heal = model.HealEvent(step_index=index, old_locator=None, new_locator=locator, strategy="synonyms", round=1,
                           reason="renamed", duration_ms=120.0) if source is model.LocatorSource.HEALED else None
    return model.StepResult(index=index, text="Click Go", action=model.Action.CLICK,
                            outcome=model.Outcome.HEALED if heal else model.Outcome.PASSED, heal=heal,
                            duration_ms=5.0, resolution=resolution, page_url=f"{APP}/login", drifted=drifted)


def _run(sessions: db.Sessions, run_id: str, suite: str, outcomes: list[tuple[model.Verdict, bool, tuple[model.StepResult, ...]]]) -> None:
    ids = repo.create_run(sessions, run_id=run_id, suite=_suite(suite, len(outcomes)), content=f"{suite} {run_id}",
                          mode="embedded", output_dir="/tmp/none")
    for item_id, (verdict, met, steps) in zip(ids, outcomes):
        repo.save_execution(sessions, item_id, model.Execution(steps=steps, duration_ms=10.0))
        repo.finish_item(sessions, item_id, verdict=verdict, met=met, error=None)
    repo.finish_run(sessions, run_id)


def _heal(run_id: str | None, strategy: str, outcome: str, ms: float, confidence: float | None, *, app: str = APP) -> model.HealRecord:
    locator = model.Locator(strategy=model.Strategy.ROLE, role="button", value=f"{strategy} pick")
    return model.HealRecord(run_id=run_id, item_key="r0", app=app, page="/login", target="Login", strategy=strategy,
                            accepted=outcome == "accepted", reason="r", duration_ms=ms, confidence=confidence,
                            new_locator=locator if outcome == "accepted" else None)


R, D, DISC, H = (model.LocatorSource.REDIS, model.LocatorSource.DATABASE, model.LocatorSource.DISCOVERED,
                 model.LocatorSource.HEALED)


@pytest.fixture
def farm_history(sessions: db.Sessions) -> db.Sessions:
    """Two suites' runs, heal attempts (one marked wrong) and cached locators with a drift."""
    _run(sessions, "run-a", "Shop", [
        (model.Verdict.PASSED, True, (_step(0, R), _step(1, DISC))),
        (model.Verdict.HEALED, True, (_step(0, D), _step(1, H, drifted=True))),
        (model.Verdict.FAILED, False, (_step(0, R), _step(1, None))),
    ])
    _run(sessions, "run-b", "Blog", [(model.Verdict.PASSED, True, (_step(0, R),))])
    heals.record_heals(sessions, [
        _heal("run-a", "synonyms", "accepted", 120.0, 0.8),
        _heal("run-a", "attributes", "rejected", 40.0, None),
        _heal("run-a", "reveal", "accepted", 60.0, 0.95),
        _heal(None, "synonyms", "rejected", 20.0, 0.5, app="http://127.0.0.1:10"),
    ])
    reveal = next(h for h in heals.recent(sessions) if h.strategy == "reveal")
    heals.mark_wrong(sessions, reveal.id, by="ana", now=db.utcnow())
    selector_cache = cache.SelectorCache(sessions, None)
    login = model.PlannedStep(index=0, text="Click Login", action=model.Action.CLICK, target=model.Target(text="Login"))
    menu = model.PlannedStep(index=1, text="Click Menu", action=model.Action.CLICK, target=model.Target(text="Menu"))
    found = model.Resolution(locator=model.Locator(strategy=model.Strategy.ROLE, role="button", value="Login"),
                             source=DISC, confidence=0.9)
    selector_cache.remember(APP, [(login, f"{APP}/login", found), (menu, f"{APP}/login", found),
                                  (login, f"{APP}/orders/12", found)])
    selector_cache.count_hits(APP, [(login, f"{APP}/login"), (menu, f"{APP}/login")])
    selector_cache.count_hits(APP, [(login, f"{APP}/login")])
    selector_cache.note_drift(APP, [(menu, f"{APP}/login")])
    return sessions


def test_run_summary_counts_items_sources_heals(farm_history: db.Sessions) -> None:
    run = views.run_figure(farm_history, "run-a")
    assert run is not None
    assert (run.suite_name, run.status, run.items, run.items_done) == ("Shop", "failed", 3, 3)
    assert (run.passed, run.healed, run.failed, run.flaky, run.errored, run.met) == (1, 1, 1, 0, 0, 2)
    assert run.met_rate == pytest.approx(2 / 3)
    assert (run.lookups, run.from_redis, run.from_database, run.discovered, run.healed_live) == (5, 2, 1, 1, 1)
    assert run.cache_hit_rate == pytest.approx(3 / 5)
    assert (run.drift_events, run.heals, run.heal_attempts, run.llm_calls) == (1, 2, 3, 0)
    assert run.duration_ms is not None and run.finished_at is not None and run.finished_at >= run.created_at
    assert [r.run_id for r in views.run_figures(farm_history, suite="Blog")] == ["run-b"]


def test_selector_cache_stats_per_app_and_page(farm_history: db.Sessions) -> None:
    by_page = {(c.app, c.page): c for c in views.cache_figures(farm_history)}
    assert set(by_page) == {(APP, "/login"), (APP, "/orders/{n}")}
    login = by_page[(APP, "/login")]
    assert (login.entries, login.hits, login.misses, login.drift_events, login.provisional) == (2, 3, 1, 1, 0)
    assert login.hit_rate == pytest.approx(3 / 4)
    assert login.last_verified_at is not None and login.last_verified_at.tzinfo is not None
    orders = by_page[(APP, "/orders/{n}")]
    assert (orders.entries, orders.hits, orders.hit_rate) == (1, 0, None)


def test_healing_success_rate_counts_marked_wrong_as_failure(farm_history: db.Sessions) -> None:
    rates = {(h.strategy, h.app): h for h in views.heal_figures(farm_history)}
    reveal = rates[("reveal", APP)]
    assert (reveal.attempts, reveal.accepted, reveal.marked_wrong, reveal.success_rate) == (1, 1, 1, 0.0)
    synonyms = rates[("synonyms", APP)]
    assert (synonyms.attempts, synonyms.accepted, synonyms.rejected, synonyms.success_rate) == (1, 1, 0, 1.0)
    assert synonyms.avg_heal_ms == pytest.approx(120.0) and synonyms.avg_confidence == pytest.approx(0.8)
    attributes = rates[("attributes", APP)]
    assert (attributes.rejected, attributes.success_rate, attributes.avg_confidence) == (1, 0.0, None)
    assert [h.app for h in views.heal_figures(farm_history, app="http://127.0.0.1:10")] == ["http://127.0.0.1:10"]


def test_daily_success_rate_per_suite_within_days(farm_history: db.Sessions) -> None:
    today = db.utcnow().date()
    with db.transaction(farm_history) as s:  # run-b was a week ago
        s.get(models.RunRow, "run-b").created_at = db.utcnow() - timedelta(days=7)
    recent = views.daily_figures(farm_history, days=7)
    assert [(d.suite_name, d.day, d.runs, d.runs_passed, d.items, d.met) for d in recent] == [("Shop", today, 1, 0, 3, 2)]
    assert recent[0].success_rate == pytest.approx(2 / 3)
    week = views.daily_figures(farm_history, days=8)
    assert [(d.suite_name, d.day) for d in week] == [("Blog", today - timedelta(days=7)), ("Shop", today)]
    assert views.daily_figures(farm_history, suite="Blog", days=8)[0].success_rate == 1.0


def test_summary_totals_the_views(farm_history: db.Sessions) -> None:
    total = views.summary(farm_history)
    assert (total.runs, total.runs_passed, total.items, total.met) == (2, 1, 4, 3)
    assert (total.lookups, total.from_redis, total.from_database) == (6, 3, 1)
    assert total.cache_hit_rate == pytest.approx(4 / 6)
    assert (total.heals, total.heal_attempts, total.cache_entries, total.drift_events) == (2, 3, 3, 1)
    assert total.heal_success_rate == pytest.approx(1 / 4)  # synonyms accepted; reveal marked wrong; two rejected
    assert views.to_json(total)["cache_hit_rate"] == round(4 / 6, 4)



REBUILD = """
revision = "9999"
down_revision = "{head}"

import sqlalchemy as sa
from alembic import op


def upgrade():
    with op.batch_alter_table("heal_history", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("later", sa.Integer(), nullable=True))
"""


def test_views_survive_a_later_sqlite_table_rebuild(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A later migration that rebuilds a table the views read (SQLite batch mode) runs, and the views still answer."""
    import shutil

    from alembic import command
    from alembic.config import Config

    from pacts_farm import bundled

    scripts = tmp_path / "migrations"
    with bundled.as_path(*bundled.MIGRATIONS) as migrations:
        shutil.copytree(migrations, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_rebuild_heal_history.py").write_text(REBUILD.format(head=db.HEAD_REVISION))
    engine = db.open_engine(f"sqlite:///{tmp_path / 'pacts.db'}")
    db.upgrade(engine)
    sessions = db.make_sessions(engine)
    _run(sessions, "run-a", "Shop", [(model.Verdict.PASSED, True, (_step(0, R),))])
    heals.record_heals(sessions, [_heal("run-a", "synonyms", "accepted", 120.0, 0.8)])
    cfg = Config()
    cfg.set_main_option("script_location", str(scripts))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert db.current_revision(engine) == "9999"
    run = views.run_figure(sessions, "run-a")
    assert run is not None and (run.items, run.from_redis, run.heals) == (1, 1, 1)
    assert [h.strategy for h in views.heal_figures(sessions)] == ["synonyms"]
    engine.dispose()


def _get(url: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    import json
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.headers["Content-Type"] == "application/json"
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _schema(name: str):  # type: ignore[no-untyped-def]
    import jsonschema

    from pacts_farm import bundled

    return jsonschema.Draft202012Validator(bundled.schema(f"metrics-{name}"), format_checker=jsonschema.FormatChecker())


def test_metrics_api_serves_the_views_as_documented(
    farm_history: db.Sessions, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from pacts_farm import cli, config
    from pacts_farm.dashboard import server

    settings = config.Settings.from_env({"PACTS_DATABASE_URL": database_url})
    monkeypatch.setenv("PACTS_DATABASE_URL", database_url)
    queries = {"summary": "", "cache": "", "heal": "", "runs": "?days=8"}
    with server.Dashboard(settings, port=0).start() as board:
        served = {}
        for name, query in queries.items():
            status, served[name] = _get(f"{board.url}/api/metrics/{name}{query}")
            assert status == 200
            _schema(name).validate(served[name])
        assert _get(f"{board.url}/api/metrics/runs?days=zero")[0] == 400
        status, shop_only = _get(f"{board.url}/api/metrics/runs?suite=Shop")
        assert status == 200 and {r["suite_name"] for r in shop_only["runs"]} == {"Shop"}
        status, week = _get(f"{board.url}/api/metrics/summary?days=7")
    assert served["summary"]["runs"] == 2 and served["summary"]["cache_hit_rate"] == round(4 / 6, 4)
    assert {(p["page"], p["entries"]) for p in served["cache"]["pages"]} == {("/login", 2), ("/orders/{n}", 1)}
    assert served["heal"]["strategies"][0]["strategy"] == "synonyms"  # best rate first
    assert [r["run_id"] for r in served["runs"]["runs"]] == ["run-b", "run-a"]
    assert week["days"] == 7 and week["runs"] == 2
    errors = sorted(e.message for e in _schema("summary").iter_errors({**served["summary"], "met_rate": 1.5}))
    assert errors == ["1.5 is greater than the maximum of 1"]  # the schema checks what it documents
    runner = CliRunner()
    for name, args in {"summary": [], "cache": [], "heal": [], "runs": ["--days", "8"]}.items():
        result = runner.invoke(cli.main, ["metrics", name, *args, "--json"])
        assert result.exit_code == 0, result.output
        printed = __import__("json").loads(result.output)
        assert {**printed, "generated_at": ""} == {**served[name], "generated_at": ""}
    text = runner.invoke(cli.main, ["metrics", "heal"]).output
    assert "synonyms" in text and "100.0%" in text


def test_heal_rates_reach_heal_list_and_the_report(farm_history: db.Sessions, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from pacts_farm import cli
    from pacts_farm.report import html

    assert views.run_heal_rates(farm_history, "run-a") == {"synonyms": (1, 1.0), "attributes": (1, 0.0), "reveal": (1, 0.0)}
    page = html.report_html(repo.load_run_result(farm_history, "run-a"), tmp_path,
                            heal_rates=views.run_heal_rates(farm_history, "run-a")).decode()
    assert "Heal strategies used" in page and "<td>synonyms</td><td>100%</td><td>1</td>" in page
    assert "<td>reveal</td>" not in page  # only the strategies this run healed with
    monkeypatch.setenv("PACTS_DATABASE_URL", database_url)
    listed = CliRunner().invoke(cli.main, ["heal", "list"]).output.splitlines()
    reveal = next(line for line in listed if " reveal " in line)
    assert "  0% of 1" in reveal and "MARKED WRONG by ana" in reveal
    assert "100% of 1" in next(line for line in listed if " synonyms " in line and APP in line)
