"""`pacts-farm`: parse flags, build Settings, call the engine, turn errors into exit codes."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from pacts_farm import __version__, bundled, config, errors, heartbeat, running

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2


class _Group(click.Group):
    """One handler for every command: one line per cause, exit 2 for bad input, 1 otherwise."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (errors.InputError, errors.RunNotFound) as exc:  # an unknown run id is bad input too
            _fail(ctx, exc, EXIT_INPUT)
        except errors.PactsFarmError as exc:
            _fail(ctx, exc, EXIT_FAILED)


def _fail(ctx: click.Context, exc: errors.PactsFarmError, code: int) -> None:
    if ctx.obj and ctx.obj.get("debug"):
        raise exc
    for line in exc.message.splitlines():
        click.echo(f"pacts-farm: {line}", err=True)
    ctx.exit(code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="pacts-farm", message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Plain-English browser tests on a Celery farm that heals honestly."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )


def _settings(**overrides: Any) -> config.Settings:
    return config.Settings.from_env(**overrides)


def _selection_options(command: Any) -> Any:
    """--tags, --grep and --only, shared by submit and plan."""
    command = click.option("--only", multiple=True, metavar="ID", help="Only this requirement id or item key (repeatable, or a,b).")(command)
    command = click.option("--grep", metavar="TEXT", help="Requirements whose id or title contains TEXT (any case).")(command)
    return click.option("--tags", metavar="T1,T2", help="Requirements with any of these tags.")(command)


def _selection(tags: str | None, grep: str | None, only: tuple[str, ...], retries: int | None = None) -> Any:
    from pacts_farm import selection

    ids = tuple(dict.fromkeys(i.strip() for o in only for i in o.split(",") if i.strip()))  # --only a,b works too
    return selection.Selection(tags=selection.parse_tags(tags), grep=grep or None, only=ids, retries=retries)


_PLANNER_HELP = "rules: deterministic only; claude: every sentence to Claude; auto: Claude only for what the rules cannot read (needs ANTHROPIC_API_KEY). [env: PACTS_PLANNER]"


@main.command()
@click.argument("suite_paths", metavar="SUITE...", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--planner", type=click.Choice(config.PLANNERS), help=_PLANNER_HELP)
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), help="Run folder (default .pacts/runs/RUN).")
@click.option("--base-url", help="Override the suite's base_url.")
@click.option("--wait/--no-wait", default=None, help="Farm: follow the run until it ends (embedded always waits).")
@click.option("--trace", type=click.Choice(config.TRACE_POLICIES), help="Playwright trace: on-failure (default; actions, network, console, and DOM snapshots on retries),"
              " on-failure-full (DOM snapshots on every try), always, off. [env: PACTS_TRACE]")
@_selection_options
@click.option("--retries", type=click.IntRange(0, 10), help="Extra attempts for a failed requirement (overrides the suite).")
@click.option("--fail-on-flaky", is_flag=True, help="Exit 1 when a requirement only passed on a retry.")
@click.option("--shard", metavar="I/N", help="Run shard I of N: the (filtered) suite split by predicted duration.")
def submit(
    suite_paths: tuple[Path, ...], planner: str | None, output: Path | None, base_url: str | None, wait: bool | None, trace: str | None,
    tags: str | None, grep: str | None, only: tuple[str, ...], retries: int | None, fail_on_flaky: bool,
    shard: str | None = None,
) -> None:
    """Run SUITE (a suite.yaml, or PACTS requirement files *.txt as one suite): embedded when no broker is configured, else on the farm."""
    shard_of = None
    if shard is not None:  # scheduling loads the store's modules: only when asked, not before the browser starts
        from pacts_farm import scheduling

        shard_of = scheduling.parse_shard(shard)
    settings = _settings(trace=trace, planner=planner)
    chosen = _selection(tags, grep, only, retries)
    code = _submit(
        settings, suite_paths, output=output, base_url=base_url, wait=wait, selection=chosen, fail_on_flaky=fail_on_flaky,
        shard=shard_of,
    )
    sys.exit(code)


def _submit(
    settings: config.Settings, suite_path: Path | tuple[Path, ...], *, output: Path | None, base_url: str | None, wait: bool | None,
    selection: Any = None, fail_on_flaky: bool = False, shard: tuple[int, int] | None = None,
) -> int:
    """run_suite, telling what it does as it goes, then the summary; the exit code."""
    out = Console(highlight=False)
    watch = _Watch(out)
    try:
        ran = running.run_suite(
            settings, suite_path, output=output, base_url=base_url, wait=bool(wait), selection=selection, shard=shard,
            on_line=watch.line, on_progress=watch.progress,
        )
    finally:
        watch.close()
    if ran.queued_only:
        out.print(_not_waiting(ran.run_id), highlight=False, soft_wrap=True)
        return EXIT_OK
    if ran.result is None:  # an empty shard: nothing ran
        return EXIT_OK
    from pacts_farm import console as view

    view.print_summary(out, ran.result, str(ran.output_dir), ran.cache_hits, ran.cache_lookups)
    if fail_on_flaky and ran.flaky:
        out.print(f"--fail-on-flaky: {', '.join(ran.flaky)} passed only on a retry", highlight=False)
        return EXIT_FAILED
    return EXIT_OK if ran.passed else EXIT_FAILED


class _Watch:
    """What submit shows while run_suite works: its lines, then the live progress of the run it follows."""

    def __init__(self, out: Console) -> None:
        self._out = out
        self._view: Any = None

    def line(self, text: str) -> None:
        self._out.print(text)

    def progress(self, run_id: str, items: Any) -> None:
        if self._view is None:  # the console module loads rich's live view: once the run is under way
            from pacts_farm import console as view

            self._view = view.ProgressView(self._out, run_id).__enter__()
        self._view.update(items)

    def close(self) -> None:
        if self._view is not None:
            self._view.__exit__(None, None, None)


def _not_waiting(run_id: str | None) -> str:
    return (
        f"follow it: pacts-farm status {run_id}  (or pacts-farm dashboard); its reports: pacts-farm report {run_id}\n"
        "exit code 0 here only means the run was queued, not that it passed; with --wait, submit follows the run"
        " and exits 0 when every requirement met its expectation, 1 when one did not, 2 for bad input"
    )


@main.command("plan")
@click.argument("suite_paths", metavar="SUITE...", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--planner", type=click.Choice(config.PLANNERS), help=_PLANNER_HELP)
@click.option("--base-url", help="Override the suite's base_url.")
@click.option("--json", "as_json", is_flag=True, help="Print the plans as JSON.")
@_selection_options
def plan_command(
    suite_paths: tuple[Path, ...], planner: str | None, base_url: str | None, as_json: bool, tags: str | None,
    grep: str | None, only: tuple[str, ...],
) -> None:
    """Dry run: show how each step was understood; nothing is executed."""
    from pacts_farm import console as view

    submission = running.prepare_suite(
        _settings(planner=planner), suite_paths, base_url=base_url, selection=_selection(tags, grep, only), dry_run=True
    )
    if submission.llm_calls:
        click.echo(view.llm_line(submission.llm_calls), err=True)
    if as_json:
        click.echo(json.dumps([p.to_json() for p in submission.plans], indent=2, ensure_ascii=False))
        return
    titles = [item.title for item in submission.suite.items]
    view.print_plan(Console(highlight=False), submission.plans, titles)


@main.command("phrases")
@click.option("--search", "word", metavar="WORD", help="Only the rules whose name, step kind, forms or examples contain WORD.")
def phrases_command(word: str | None) -> None:
    """The sentences the rules planner understands, with an example each (docs/phrasebook.md in full)."""
    from pacts_farm import console as view
    from pacts_farm import phrasebook

    found = phrasebook.search(word) if word else phrasebook.entries()
    view.print_phrases(Console(highlight=False), found, word)
    if not found:
        sys.exit(EXIT_INPUT)


@main.command()
@click.option("--port", type=int, default=0, show_default=True, help="Demo app port (0: a free one).")
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), help="Run folder.")
def demo(port: int, output: Path | None) -> None:
    """Start the bundled demo app and run the demo suite against it on the embedded default."""
    from pacts_farm.demo import server

    os.environ.setdefault("DEMO_PASSWORD", "secret_sauce")  # the demo app's published password
    settings = _settings()
    with server.start_demo_server(port=port) as running, bundled.as_path(*bundled.DEMO_SUITE) as suite_path:
        click.echo(f"demo app at {running.url}")
        code = _submit(settings, suite_path, output=output, base_url=running.url, wait=True)
    sys.exit(code)


@main.command()
@click.argument("folder", metavar="DIR", default=".", type=click.Path(file_okay=False, path_type=Path))
def example(folder: Path) -> None:
    """Copy the demo suite into DIR (default: here), to read, plan and change."""
    target = folder / bundled.DEMO_SUITE[-1]
    if target.exists():
        raise errors.InputError(f"{target} already exists: remove it or give another DIR")
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(bundled.text(*bundled.DEMO_SUITE), encoding="utf-8")
    click.echo(f"wrote {target}; try `pacts-farm plan {target}`, or `pacts-farm demo` to run it against the demo shop")


@main.command("report")
@click.argument("run_id", metavar="RUN")
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the run into (default: the folder it was submitted with).")
@click.option("--open", "open_it", is_flag=True, help="Open report.html in the default browser.")
def report_command(run_id: str, output: Path | None, open_it: bool) -> None:
    """Write RUN's folder on this machine from the store: report.html, results.json, junit.xml, screenshots, traces."""
    from pacts_farm import pipeline
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    rt = Runtime.open(_settings())
    try:
        result = repo.load_run_result(rt.sessions, run_id)
        out_dir = (output or Path(repo.run_output_dir(rt.sessions, run_id))).resolve()
        pipeline.write_run_folder(rt.sessions, run_id, out_dir)
    finally:
        rt.close()
    path = out_dir / "report.html"
    if result.status.value in ("queued", "running"):
        click.echo(f"pacts-farm: run {run_id} is still {result.status.value}: its unfinished items show as cancelled", err=True)
    click.echo(str(path))
    if open_it:
        import webbrowser

        webbrowser.open(path.resolve().as_uri())


@main.command("export")
@click.argument("run_id", metavar="RUN")
@click.option("--output", "-o", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Folder (default RUN_FOLDER/export).")
@click.option("--out", "old_out", type=click.Path(file_okay=False, path_type=Path), hidden=True, help="The old spelling of --output.")
def export_command(run_id: str, out_dir: Path | None, old_out: Path | None) -> None:
    """Write a pytest-playwright test per passed, healed or flaky item of RUN, with its verified locators."""
    from pacts_farm.report import export
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    out_dir = out_dir or old_out
    rt = Runtime.open(_settings())
    try:
        result = repo.load_run_result(rt.sessions, run_id)
        plans = repo.load_run_plans(rt.sessions, run_id)
        flows = repo.load_auth_flows(rt.sessions, run_id)
        target = out_dir or Path(repo.run_output_dir(rt.sessions, run_id)) / "export"
    finally:
        rt.close()
    tests, conftest = export.export_run(result, plans, flows)
    if not tests:
        raise errors.InputError(f"run {run_id} has no passed, healed or flaky item to export")
    export.write_export(tests, conftest, target)
    skipped = len(result.items) - len(tests)
    click.echo(f"exported {len(tests)} tests to {target}" + (f" ({skipped} failed or unfinished items left out)" if skipped else ""))
    click.echo(f"run them: pytest {target}")


@main.command("dashboard")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; keep it on localhost.")
@click.option("--port", type=int, default=8700, show_default=True)
def dashboard_command(host: str, port: int) -> None:
    """Serve the read-only runs dashboard over the store (links to Flower when PACTS_FLOWER_URL is set)."""
    from pacts_farm.dashboard import server

    board = server.Dashboard(_settings(), host=host, port=port)
    click.echo(f"dashboard at {board.url} (read-only; Ctrl-C to stop)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"pacts-farm: the dashboard has no login: anyone who reaches {host} sees every run, report and trace", err=True)
    try:
        board.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        board.stop()


@main.command("config")
def show_config() -> None:
    """Print the effective settings, secrets masked."""
    for key, value in _settings().public_view().items():
        click.echo(f"{key:<20} {value}")


@main.command()
@click.option("--limit", default=20, show_default=True)
def runs(limit: int) -> None:
    """Recent runs."""
    from pacts_farm import console as view
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    rt = Runtime.open(_settings())
    try:
        view.print_runs(Console(highlight=False), repo.list_runs(rt.sessions, limit=limit))
    finally:
        rt.close()


@main.command()
@click.argument("run_id", metavar="RUN")
def status(run_id: str) -> None:
    """A run's status and its items."""
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    rt = Runtime.open(_settings())
    try:
        click.echo(f"{run_id}: {repo.run_status(rt.sessions, run_id).value}")
        for item in repo.run_progress(rt.sessions, run_id):
            verdict = item.verdict.value if item.verdict else item.state.value
            click.echo(f"  {verdict:<10} {item.key}  {item.title}")
    finally:
        rt.close()


@main.group()
def db() -> None:
    """The system of record."""


@db.command()
def upgrade() -> None:
    """Apply pending migrations."""
    from pacts_farm.store import db as store_db

    settings = _settings()
    engine = store_db.open_engine(settings.effective_database_url)
    try:
        applied = store_db.upgrade(engine)
        click.echo(f"{'migrated to' if applied else 'already at'} revision {store_db.HEAD_REVISION}")
    finally:
        engine.dispose()


@main.command()
@click.option("--no-browser", is_flag=True, help="Skip launching Chromium.")
@click.pass_context
def doctor(ctx: click.Context, no_browser: bool) -> None:
    """Check the database (at head), Redis and broker, Chromium, Playwright, Flower, artifact storage and disk."""
    from pacts_farm import doctor as checkup

    checks = checkup.run_checks(_settings(), browser=not no_browser)
    for check in checks:
        click.echo(check.line())
    failed = [c.name for c in checks if not c.ok]
    if failed:
        click.echo(f"pacts-farm: {len(failed)} check(s) failed: {', '.join(failed)}", err=True)
        ctx.exit(EXIT_FAILED)


@main.command()
@click.argument("run_id", metavar="RUN")
def cancel(run_id: str) -> None:
    """Cancel a run: unfinished items end as cancelled and their pending tasks are revoked."""
    from pacts_farm import dispatch
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    settings = _settings()
    rt = Runtime.open(settings)
    try:
        pending = repo.cancel_run(rt.sessions, run_id)
        if not settings.embedded:
            dispatch.revoke_items(dispatch.make_celery(settings), pending)
        click.echo(f"cancelled {run_id}: {len(pending)} unfinished items")
    finally:
        rt.close()


@main.command(context_settings={"ignore_unknown_options": True})
@click.option("--queues", "-Q", default="browser,plan,maintenance", show_default=True, help="Queues to consume.")
@click.option("--concurrency", "-c", type=int, default=1, show_default=True, help="Processes (one browser each).")
@click.option("--loglevel", "-l", default="INFO", show_default=True)
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def worker(queues: str, concurrency: int, loglevel: str, celery_args: tuple[str, ...]) -> None:
    """Start a farm worker (`celery -A tasks worker`)."""
    from pacts_farm import dispatch

    argv = dispatch.celery_command(
        _settings(), "worker", "-Q", queues, "-c", str(concurrency), "--prefetch-multiplier", "1",
        "-l", loglevel, *celery_args,
    )
    os.execv(argv[0], argv)


@main.command(context_settings={"ignore_unknown_options": True})
@click.option("--loglevel", "-l", default="INFO", show_default=True)
@click.option("--check", is_flag=True, help="Do not start beat: exit 0 if the running one wrote its heartbeat lately, else 1 (a healthcheck).")
@click.option("--max-age", "max_age_s", type=click.FloatRange(min=0, min_open=True), default=heartbeat.MAX_AGE_S,
              show_default=True, help="With --check: seconds since beat's last scheduler pass.")
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def beat(loglevel: str, check: bool, max_age_s: float, celery_args: tuple[str, ...]) -> None:
    """Start the scheduler (`celery -A tasks beat`): cleanup_old_runs daily, due schedules every minute.

    After every scheduler pass beat writes PACTS_HOME/beat-heartbeat; `beat --check` reads its age."""
    from pacts_farm import dispatch

    settings = _settings()
    if check:
        import time

        trouble = heartbeat.problem(heartbeat.path_in(settings.home), now=time.time(), max_age_s=max_age_s)
        click.echo(f"pacts-farm: {trouble}" if trouble else "beat is alive", err=bool(trouble))
        sys.exit(EXIT_FAILED if trouble else EXIT_OK)
    schedule_file = settings.home / "celerybeat-schedule"
    schedule_file.parent.mkdir(parents=True, exist_ok=True)
    argv = dispatch.celery_command(settings, "beat", "-l", loglevel, "-s", str(schedule_file), *celery_args)
    os.execv(argv[0], argv)


@main.command(context_settings={"ignore_unknown_options": True})
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind; keep Flower off public ones.")
@click.option("--address", "old_address", hidden=True, help="The old spelling of --host.")
@click.option("--port", type=int, default=5555, show_default=True)
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def flower(host: str, old_address: str | None, port: int, celery_args: tuple[str, ...]) -> None:
    """Start Flower (`celery -A tasks flower`). Basic auth from PACTS_FLOWER_BASIC_AUTH (user:password)."""
    from pacts_farm import dispatch

    host = old_address or host
    settings = _settings()
    argv = dispatch.celery_command(settings, "flower", f"--address={host}", f"--port={port}", *celery_args)
    env = {k: v for k, v in os.environ.items() if k != "FLOWER_BASIC_AUTH"}
    if settings.flower_basic_auth:  # Flower reads FLOWER_* variables: the password stays off the command line
        env["FLOWER_BASIC_AUTH"] = settings.flower_basic_auth
    auth = "basic auth on" if settings.flower_basic_auth else "no auth (set PACTS_FLOWER_BASIC_AUTH)"
    click.echo(f"Flower listening on http://{host}:{port} ({auth}; /metrics and /healthcheck stay open)")
    os.execve(argv[0], argv, env)


@main.group()
def schedule() -> None:
    """Recurring runs fired by beat (the nightly regression)."""


@schedule.command("add")
@click.argument("suite_path", metavar="SUITE", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--cron", "cron_expression", required=True, help='Five-field cron, UTC, e.g. "0 2 * * *".')
@click.option("--name", help="Default: the suite file's stem.")
@click.option("--base-url", help="Override the suite's base_url.")
def schedule_add(suite_path: Path, cron_expression: str, name: str | None, base_url: str | None) -> None:
    """Store SUITE's content with a cron expression (the file may move afterwards)."""
    from pacts_farm import cron
    from pacts_farm import submit as submitting
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import schedules

    parsed = cron.parse_cron(cron_expression)
    submission = running.prepare_suite(_settings(), suite_path, base_url=base_url, selection=None)
    submitting.refuse_inline_secrets(submission, where="in a schedule")
    rt = Runtime.open(_settings())
    try:
        added = schedules.add_schedule(
            rt.sessions,
            name=name or suite_path.stem,
            cron=parsed.expression,
            suite_source=str(suite_path),
            suite_content=submission.content,
            base_url=base_url,
        )
        click.echo(f"schedule {added.name}: {added.cron} ({len(submission.suite.items)} items)")
    finally:
        rt.close()


@schedule.command("list")
def schedule_list() -> None:
    """Schedules and the last slot each fired."""
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import schedules

    rt = Runtime.open(_settings())
    try:
        for s in schedules.list_schedules(rt.sessions):
            last = s.last_slot.isoformat() if s.last_slot else "never"
            click.echo(f"{s.name:<24} {s.cron:<16} last fired: {last}  ({s.suite_source})")
    finally:
        rt.close()


@schedule.command("remove")
@click.argument("name")
def schedule_remove(name: str) -> None:
    """Remove a schedule."""
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import schedules

    rt = Runtime.open(_settings())
    try:
        if not schedules.remove_schedule(rt.sessions, name):
            raise errors.InputError(f"no schedule named {name!r} — see `pacts-farm schedule list`")
        click.echo(f"removed {name}")
    finally:
        rt.close()


@main.group("cache")
def cache_group() -> None:
    """The selector cache."""


@cache_group.command("clear")
@click.option("--app", help="Only this application origin, e.g. http://127.0.0.1:8765.")
@click.option("--layer", type=click.Choice(["redis", "db", "all"]), default="all", show_default=True,
              help="Which layer to clear; Redis keys outside pacts:cache:sel: (the broker's) are never touched.")
def cache_clear(app: str | None, layer: str) -> None:
    """Forget cached locators."""
    from pacts_farm.runtime import Runtime

    rt = Runtime.open(_settings())
    try:
        cleared = rt.cache.clear(app, layer=layer)
        click.echo(f"removed {cleared.database} cached locators from the database and {cleared.redis} step keys from Redis")
    finally:
        rt.close()


@cache_group.command("stats")
@click.option("--limit", "run_limit", default=10, show_default=True, help="Recent runs to show the hit rate of.")
@click.option("--runs", "old_runs", type=int, hidden=True, help="The old spelling of --limit.")
def cache_stats(run_limit: int, old_runs: int | None) -> None:
    """Entries and hits per application, heal outcomes, and the hit rate of recent runs."""
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import heals, repo, selectors

    run_limit = old_runs if old_runs is not None else run_limit
    rt = Runtime.open(_settings())
    try:
        click.echo("application                       entries   hits  misses")
        for app, entries, hits, misses in selectors.stats_by_app(rt.sessions):
            click.echo(f"{app:<32} {entries:>8} {hits:>6} {misses:>7}")
        click.echo(f"provisional (healed, not yet promoted): {selectors.provisional_count(rt.sessions)}")
        for strategy, outcome, count in heals.counts(rt.sessions):
            click.echo(f"heals: {strategy:<14} {outcome:<10} {count}")
        click.echo("run                     hit rate          redis  database  discovered  healed  drift")
        for run in repo.list_runs(rt.sessions, limit=run_limit):
            hits, lookups = repo.run_cache_rate(rt.sessions, run.id)
            rate = f"{100 * hits / lookups:5.1f}% ({hits}/{lookups})" if lookups else "  n/a"
            by = repo.run_locator_sources(rt.sessions, run.id)
            click.echo(
                f"{run.id:<23} {rate:<17} {by['redis']:>5} {by['database']:>9} {by['discovered']:>11}"
                f" {by['healed']:>7} {by['drift']:>6}"
            )
    finally:
        rt.close()


@main.group("quarantine")
def quarantine_group() -> None:
    """Requirements that run and are reported but do not fail their run, until they expire."""


@quarantine_group.command("add")
@click.argument("requirement_id", metavar="ID")
@click.option("--suite", "suite_name", required=True, help="The suite's name (its name: in suite.yaml).")
@click.option("--owner", required=True, help="Who will fix it.")
@click.option("--until", "until_text", required=True, help="Expiry: 2026-12-01 (through that day, UTC), a date-time, or 14d.")
@click.option("--reason", default="", help="Why (kept in the quarantine log).")
def quarantine_add(requirement_id: str, suite_name: str, owner: str, until_text: str, reason: str) -> None:
    """Quarantine requirement ID of a suite until a date."""
    from pacts_farm import quarantine
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    now = repo.utcnow()
    until = quarantine.parse_until(until_text, now=now)
    rt = Runtime.open(_settings())
    try:
        added = quarantine.add(
            rt.sessions, suite_name=suite_name, requirement_id=requirement_id, owner=owner, until=until, reason=reason, now=now
        )
        click.echo(f"quarantined {added.requirement_id} in {added.suite_name} until {added.until:%Y-%m-%d %H:%M} UTC (owner {added.owner})")
    finally:
        rt.close()


@quarantine_group.command("list")
@click.option("--suite", "suite_name", help="Only this suite.")
@click.option("--log", "show_log", is_flag=True, help="Also show the log of changes.")
def quarantine_list(suite_name: str | None, show_log: bool) -> None:
    """Quarantined requirements with owner, expiry and flakiness score."""
    from pacts_farm import quarantine
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import flakiness, quarantines, repo

    rt = Runtime.open(_settings())
    try:
        now = repo.utcnow()
        quarantine.expire(rt.sessions, now=now)
        scores = flakiness.load_scores(rt.sessions, suite_name=suite_name)
        click.echo(f"{'suite':<24} {'requirement':<24} {'owner':<16} {'until (UTC)':<17} {'score':>5}  how     reason")
        for q in quarantines.active(rt.sessions, now=now, suite_name=suite_name):
            score = scores.get((q.suite_name, q.requirement_id))
            shown = f"{score.score:.2f}" if score else "  -"
            how = "auto" if q.automatic else "manual"
            click.echo(f"{q.suite_name:<24} {q.requirement_id:<24} {q.owner:<16} {q.until:%Y-%m-%d %H:%M} {shown:>6}  {how:<7} {q.reason}")
        if show_log:
            for change in quarantines.changes(rt.sessions, suite_name=suite_name):
                click.echo(f"{change.created_at:%Y-%m-%d %H:%M} {change.action:<7} {change.suite_name} {change.requirement_id} by {change.actor}: {change.reason}")
    finally:
        rt.close()


@quarantine_group.command("remove")
@click.argument("requirement_id", metavar="ID")
@click.option("--suite", "suite_name", required=True, help="The suite's name.")
@click.option("--by", "actor", default=lambda: os.environ.get("USER", "unknown"), help="Who lifts it (default $USER).")
@click.option("--reason", default="lifted by hand", show_default=True)
def quarantine_remove(requirement_id: str, suite_name: str, actor: str, reason: str) -> None:
    """Lift a quarantine before it expires."""
    from pacts_farm import quarantine
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    rt = Runtime.open(_settings())
    try:
        quarantine.remove(rt.sessions, suite_name=suite_name, requirement_id=requirement_id, actor=actor, reason=reason, now=repo.utcnow())
        click.echo(f"removed {requirement_id} from quarantine in {suite_name}")
    finally:
        rt.close()


@main.command("flakiness")
@click.option("--suite", "suite_name", help="Only this suite.")
@click.option("--recompute", is_flag=True, help="Rescore suites with newly finished runs first (what beat does).")
def flakiness_command(suite_name: str | None, recompute: bool) -> None:
    """Flakiness scores per requirement (0 steady … 1 flips every run), highest first."""
    from pacts_farm import flakiness as scoring
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import flakiness, repo

    rt = Runtime.open(_settings())
    try:
        if recompute:
            scoring.score_due_suites(rt.sessions, now=repo.utcnow())
        scores = sorted(flakiness.load_scores(rt.sessions, suite_name=suite_name).values(), key=lambda s: (-s.score, s.suite_name, s.requirement_id))
        click.echo(f"{'suite':<24} {'requirement':<24} {'score':>5} {'runs':>5} {'passed':>6} {'failed':>6} {'flaky':>5} {'healed':>6} nights")
        for s in scores:
            click.echo(f"{s.suite_name:<24} {s.requirement_id:<24} {s.score:>5.2f} {s.runs:>5} {s.passed:>6} {s.failed:>6} {s.flaky:>5} {s.healed:>6} {s.nights_above:>6}")
    finally:
        rt.close()


@main.group("heal")
def heal_group() -> None:
    """Heal history: list heals, mark a wrong one so it is never used again."""


@heal_group.command("list")
@click.option("--limit", default=30, show_default=True)
@click.option("--changed", is_flag=True, help="Only accepted heals whose element differs from the old one (name, scope or role).")
@click.option("--run", "run_id", default=None, help="Only this run's heals.")
def heal_list(limit: int, changed: bool, run_id: str | None) -> None:
    """Recent heal attempts (accepted and rejected), newest first, with their strategy's success rate in that app."""
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import heals, views

    rt = Runtime.open(_settings())
    try:
        if run_id is not None:
            from pacts_farm.store import repo

            repo.run_status(rt.sessions, run_id)  # an unknown run is an error, not an empty list
        rates = {(f.strategy, f.app): f for f in views.heal_figures(rt.sessions)}
        for h in heals.recent(rt.sessions, limit=limit, changed=changed, run_id=run_id):
            wrong = f"  MARKED WRONG by {h.marked_by}" if h.marked_wrong_at else ""
            scope = f" for {h.scope!r}" if h.scope else ""
            rate = rates.get((h.strategy, h.app))
            shown = f"{100 * rate.success_rate:3.0f}% of {rate.attempts}" if rate else ""
            click.echo(f"{h.id:>6} {h.created_at:%Y-%m-%d %H:%M} {h.outcome:<9} {h.strategy:<11} {shown:<12} {h.app}{h.page}"
                       f" {h.action or ''} {h.target!r}{scope}{wrong}")
            if h.changed:
                click.echo(f"{'':>7}changed: {'; '.join(h.changed)}")
    finally:
        rt.close()


@heal_group.command("mark-wrong")
@click.argument("heal_id", metavar="HEAL_ID", type=int)
@click.option("--by", "by", required=True, help="Who says the heal picked the wrong element.")
def heal_mark_wrong(heal_id: int, by: str) -> None:
    """Mark an accepted heal wrong: its locator leaves the cache and is refused for its target from now on."""
    from pacts_farm import heal_memo
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    rt = Runtime.open(_settings())
    try:
        marked = heal_memo.mark_wrong(rt.sessions, rt.cache, heal_id, by=by, now=repo.utcnow())
        click.echo(
            f"heal {heal_id} ({marked.heal.target!r} on {marked.heal.app}{marked.heal.page}) marked wrong by {by};"
            f" {len(marked.forgotten)} cached locator(s) forgotten"
        )
    finally:
        rt.close()


@main.group("metrics", invoke_without_command=True)
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
    from pacts_farm import metrics
    from pacts_farm.runtime import Runtime

    settings = _settings()
    rt = Runtime.open(settings)
    try:
        server = metrics.make_metrics_server(
            rt.sessions, host=host, port=port, broker_url=settings.broker_url, basic_auth=settings.metrics_basic_auth
        )
        auth = "basic auth on" if settings.metrics_basic_auth else "no auth (set PACTS_METRICS_BASIC_AUTH)"
        click.echo(f"metrics on http://{host}:{server.server_port}/metrics ({auth})", err=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        rt.close()


def _print_figures(name: str, as_json: bool, **query: Any) -> None:
    """One metrics document (pacts_farm.figures), as JSON or as text."""
    from pacts_farm import figures
    from pacts_farm.store import db as store_db

    engine = store_db.open_engine(_settings().effective_database_url)
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


if __name__ == "__main__":
    main()
