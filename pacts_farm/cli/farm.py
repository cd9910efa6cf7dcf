"""Commands for the farm's processes and what they serve: worker, beat, flower, schedule, dashboard, metrics."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from pacts_farm import cli, errors
from pacts_farm.farm import heartbeat


@cli.main.command(context_settings={"ignore_unknown_options": True})
@click.option("--queues", "-Q", default="browser,plan,maintenance", show_default=True, help="Queues to consume.")
@click.option("--concurrency", "-c", type=int, default=1, show_default=True, help="Processes (one browser each).")
@click.option("--loglevel", "-l", default="INFO", show_default=True)
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def worker(queues: str, concurrency: int, loglevel: str, celery_args: tuple[str, ...]) -> None:
    """Start a farm worker (`celery -A tasks worker`)."""
    from pacts_farm.farm import dispatch

    argv = dispatch.celery_command(
        cli.settings(), "worker", "-Q", queues, "-c", str(concurrency), "--prefetch-multiplier", "1",
        "-l", loglevel, *celery_args,
    )
    os.execv(argv[0], argv)


@cli.main.command(context_settings={"ignore_unknown_options": True})
@click.option("--loglevel", "-l", default="INFO", show_default=True)
@click.option("--check", is_flag=True, help="Do not start beat: exit 0 if the running one wrote its heartbeat lately, else 1 (a healthcheck).")
@click.option("--max-age", "max_age_s", type=click.FloatRange(min=0, min_open=True), default=heartbeat.MAX_AGE_S,
              show_default=True, help="With --check: seconds since beat's last scheduler pass.")
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def beat(loglevel: str, check: bool, max_age_s: float, celery_args: tuple[str, ...]) -> None:
    """Start the scheduler (`celery -A tasks beat`): cleanup_old_runs daily, due schedules every minute.

    After every scheduler pass beat writes PACTS_HOME/beat-heartbeat; `beat --check` reads its age."""
    from pacts_farm.farm import dispatch

    settings = cli.settings()
    if check:
        import time

        trouble = heartbeat.problem(heartbeat.path_in(settings.home), now=time.time(), max_age_s=max_age_s)
        click.echo(f"pacts-farm: {trouble}" if trouble else "beat is alive", err=bool(trouble))
        sys.exit(cli.EXIT_FAILED if trouble else cli.EXIT_OK)
    schedule_file = settings.home / "celerybeat-schedule"
    schedule_file.parent.mkdir(parents=True, exist_ok=True)
    argv = dispatch.celery_command(settings, "beat", "-l", loglevel, "-s", str(schedule_file), *celery_args)
    os.execv(argv[0], argv)


@cli.main.command(context_settings={"ignore_unknown_options": True})
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; keep Flower off public ones.")
@click.option("--address", "old_address", hidden=True, help="The old spelling of --host.")
@click.option("--port", type=int, default=5555, show_default=True)
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def flower(host: str, old_address: str | None, port: int, celery_args: tuple[str, ...]) -> None:
    """Start Flower (`celery -A tasks flower`). Basic auth from PACTS_FLOWER_BASIC_AUTH (user:password)."""
    from pacts_farm.farm import dispatch

    host = old_address or host
    settings = cli.settings()
    argv = dispatch.celery_command(settings, "flower", f"--address={host}", f"--port={port}", *celery_args)
    env = {k: v for k, v in os.environ.items() if k != "FLOWER_BASIC_AUTH"}
    if settings.flower_basic_auth:  # Flower reads FLOWER_* variables: the password stays off the command line
        env["FLOWER_BASIC_AUTH"] = settings.flower_basic_auth
    auth = "basic auth on" if settings.flower_basic_auth else "no auth (set PACTS_FLOWER_BASIC_AUTH)"
    click.echo(f"Flower listening on http://{host}:{port} ({auth}; /metrics and /healthcheck stay open)")
    os.execve(argv[0], argv, env)


@cli.main.group()
def schedule() -> None:
    """Recurring runs fired by beat (the nightly regression)."""


@schedule.command("add")
@click.argument("suite_path", metavar="SUITE", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--cron", "cron_expression", required=True, help='Five-field cron, UTC, e.g. "0 2 * * *".')
@click.option("--name", help="Default: the suite file's stem.")
@click.option("--base-url", help="Override the suite's base_url.")
def schedule_add(suite_path: Path, cron_expression: str, name: str | None, base_url: str | None) -> None:
    """Store SUITE's content with a cron expression (the file may move afterwards)."""
    from pacts_farm import running
    from pacts_farm.farm import cron
    from pacts_farm import submit as submitting
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import schedules

    parsed = cron.parse_cron(cron_expression)
    submission = running.prepare_suite(cli.settings(), suite_path, base_url=base_url, selection=None)
    submitting.refuse_inline_secrets(submission, where="in a schedule")
    with Runtime.open(cli.settings()) as rt:
        added = schedules.add_schedule(
            rt.sessions,
            name=name or suite_path.stem,
            cron=parsed.expression,
            suite_source=str(suite_path),
            suite_content=submission.content,
            base_url=base_url,
        )
        click.echo(f"schedule {added.name}: {added.cron} ({len(submission.suite.items)} items)")


@schedule.command("list")
def schedule_list() -> None:
    """Schedules and the last slot each fired."""
    from pacts_farm import console as view
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import schedules

    with Runtime.open(cli.settings()) as rt:
        found = schedules.list_schedules(rt.sessions)
    for line in view.schedule_lines(found):
        click.echo(line)


@schedule.command("remove")
@click.argument("name")
def schedule_remove(name: str) -> None:
    """Remove a schedule."""
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import schedules

    with Runtime.open(cli.settings()) as rt:
        if not schedules.remove_schedule(rt.sessions, name):
            raise errors.InputError(f"no schedule named {name!r} — see `pacts-farm schedule list`")
        click.echo(f"removed {name}")


@cli.main.command("dashboard")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; keep it on localhost.")
@click.option("--port", type=int, default=8700, show_default=True)
def dashboard_command(host: str, port: int) -> None:
    """Serve the read-only runs dashboard over the store (links to Flower when PACTS_FLOWER_URL is set)."""
    from pacts_farm.dashboard import server

    board = server.Dashboard(cli.settings(), host=host, port=port)
    click.echo(f"dashboard at {board.url} (read-only; Ctrl-C to stop)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"pacts-farm: the dashboard has no login: anyone who reaches {host} sees every run, report and trace", err=True)
    _serve_until_interrupted(board.serve_forever, board.stop)


@cli.main.group("metrics", invoke_without_command=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; keep it off public ones unless auth is set.")
@click.option("--port", type=int, default=9808, show_default=True)
@click.pass_context
def metrics_group(ctx: click.Context, host: str, port: int) -> None:
    """Figures from the metrics views (summary, cache, heal, runs); alone, serve Prometheus metrics on /metrics.

    The exporter takes basic auth from PACTS_METRICS_BASIC_AUTH (user:password).
    """
    if ctx.invoked_subcommand is None:
        _serve_prometheus(host, port)


def _serve_prometheus(host: str, port: int) -> None:
    from pacts_farm.farm import metrics
    from pacts_farm.runtime import Runtime

    settings = cli.settings()
    with Runtime.open(settings) as rt:
        server = metrics.make_metrics_server(
            rt.sessions, host=host, port=port, broker_url=settings.broker_url, basic_auth=settings.metrics_basic_auth
        )
        auth = "basic auth on" if settings.metrics_basic_auth else "no auth (set PACTS_METRICS_BASIC_AUTH)"
        click.echo(f"metrics on http://{host}:{server.server_port}/metrics ({auth})", err=True)
        _serve_until_interrupted(server.serve_forever, server.server_close)


def _serve_until_interrupted(serve: Callable[[], object], stop: Callable[[], object]) -> None:
    """Serve until Ctrl-C, then stop serving (a quiet end: Ctrl-C is how a server here is meant to stop)."""
    try:
        serve()
    except KeyboardInterrupt:
        pass
    finally:
        stop()


def _print_figures(name: str, as_json: bool, **query: Any) -> None:
    """One metrics document (pacts_farm.farm.figures), as JSON or as text."""
    from pacts_farm.farm import figures
    from pacts_farm.store import db as store_db

    engine = store_db.open_engine(cli.settings().effective_database_url)
    try:
        store_db.upgrade(engine)
        sessions = store_db.make_sessions(engine)
        document = getattr(figures, f"{name}_document")(sessions, **query)
    finally:
        engine.dispose()
    if as_json:
        click.echo(json.dumps(document, indent=2))
    else:
        for line in figures.render_text(name, document):
            click.echo(line)


_JSON_HELP = "Print the document of /api/metrics/NAME (schemas/metrics-NAME.schema.json)."


@metrics_group.command("summary")
@click.option("--days", type=click.IntRange(1, 366), help="Only runs of the last N days (default: all).")
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def metrics_summary(days: int | None, as_json: bool) -> None:
    """Runs, expectation met, cache hit rate by layer, heals and LLM calls (the run_summary view)."""
    _print_figures("summary", as_json, days=days)


@metrics_group.command("cache")
@click.option("--app", help="Only this application origin, e.g. http://127.0.0.1:8765.")
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def metrics_cache(app: str | None, as_json: bool) -> None:
    """Cached locators per application and page: hits, drift events, hit rate (the selector_cache_stats view)."""
    _print_figures("cache", as_json, app=app)


@metrics_group.command("heal")
@click.option("--app", help="Only this application origin.")
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def metrics_heal(app: str | None, as_json: bool) -> None:
    """Heal success rate per strategy and application (the healing_success_rate view)."""
    _print_figures("heal", as_json, app=app)


@metrics_group.command("runs")
@click.option("--suite", "suite_name", help="Only this suite (its name:).")
@click.option("--days", type=click.IntRange(1, 366), default=7, show_default=True, help="Days back, today included (UTC).")
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def metrics_runs(suite_name: str | None, days: int, as_json: bool) -> None:
    """Daily success rate per suite and those days' runs (the daily_success_rate and run_summary views)."""
    _print_figures("runs", as_json, suite=suite_name, days=days)
