"""Commands that run suites and read runs: submit, plan, phrases, demo, example, report, export, runs, status, cancel."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from pacts_farm import bundled, cli, config, errors

_PLANNER_HELP = "rules: deterministic only; claude: every sentence to Claude; auto: Claude only for what the rules cannot read (needs ANTHROPIC_API_KEY). [env: PACTS_PLANNER]"


def _selection_options(command: Any) -> Any:
    """--tags, --grep and --only, shared by submit and plan."""
    command = click.option("--only", multiple=True, metavar="ID", help="Only this requirement id or item key (repeatable, or a,b).")(command)
    command = click.option("--grep", metavar="TEXT", help="Requirements whose id or title contains TEXT (any case).")(command)
    return click.option("--tags", metavar="T1,T2", help="Requirements with any of these tags.")(command)


def _selection(tags: str | None, grep: str | None, only: tuple[str, ...], retries: int | None = None) -> Any:
    from pacts_farm.suites import selection

    ids = tuple(dict.fromkeys(i.strip() for o in only for i in o.split(",") if i.strip()))  # --only a,b works too
    return selection.Selection(tags=selection.parse_tags(tags), grep=grep or None, only=ids, retries=retries)


@cli.main.command()
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
        from pacts_farm.farm import scheduling

        shard_of = scheduling.parse_shard(shard)
    settings = cli.settings(trace=trace, planner=planner)
    chosen = _selection(tags, grep, only, retries)
    code = _submit(
        settings, suite_paths, output=output, base_url=base_url, wait=bool(wait), selection=chosen, fail_on_flaky=fail_on_flaky,
        shard=shard_of,
    )
    sys.exit(code)


def _submit(
    settings: config.Settings, suite_paths: Path | tuple[Path, ...], *, output: Path | None, base_url: str | None, wait: bool,
    selection: Any = None, fail_on_flaky: bool = False, shard: tuple[int, int] | None = None,
) -> int:
    """run_suite, telling what it does as it goes, then the summary; the exit code."""
    from pacts_farm import running

    out = Console(highlight=False)
    watch = _Watch(out)
    try:
        ran = running.run_suite(
            settings, suite_paths, output=output, base_url=base_url, wait=wait, selection=selection, shard=shard,
            on_line=watch.line, on_progress=watch.progress, freeze_heap=True,
        )
    finally:
        watch.close()
    if ran.queued_only:
        out.print(_not_waiting(ran.run_id), highlight=False, soft_wrap=True)
        return cli.EXIT_OK
    if ran.result is None:  # an empty shard: nothing ran
        return cli.EXIT_OK
    from pacts_farm import console as view

    view.print_summary(out, ran.result, str(ran.output_dir), ran.cache_hits, ran.cache_lookups)
    if fail_on_flaky and ran.flaky:
        out.print(f"--fail-on-flaky: {', '.join(ran.flaky)} passed only on a retry", highlight=False)
        return cli.EXIT_FAILED
    return cli.EXIT_OK if ran.passed else cli.EXIT_FAILED


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


@cli.main.command("plan")
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
    from pacts_farm import running

    submission = running.prepare_suite(
        cli.settings(planner=planner), suite_paths, base_url=base_url, selection=_selection(tags, grep, only), dry_run=True
    )
    if submission.llm_calls:
        click.echo(view.llm_line(submission.llm_calls), err=True)
    if as_json:
        click.echo(json.dumps([p.to_json() for p in submission.plans], indent=2, ensure_ascii=False))
        return
    titles = [item.title for item in submission.suite.items]
    view.print_plan(Console(highlight=False), submission.plans, titles)


@cli.main.command("phrases")
@click.option("--search", "word", metavar="WORD", help="Only the rules whose name, step kind, forms or examples contain WORD.")
def phrases_command(word: str | None) -> None:
    """The sentences the rules planner understands, with an example each (docs/phrasebook.md in full)."""
    from pacts_farm import console as view
    from pacts_farm.planning import phrasebook

    found = phrasebook.search(word) if word else phrasebook.entries()
    view.print_phrases(Console(highlight=False), found, word)
    if not found:
        sys.exit(cli.EXIT_INPUT)


@cli.main.command()
@click.option("--port", type=int, default=0, show_default=True, help="Demo app port (0: a free one).")
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path), help="Run folder.")
def demo(port: int, output: Path | None) -> None:
    """Start the bundled demo app and run the demo suite against it on the embedded default."""
    from pacts_farm.demo import server

    os.environ.setdefault("DEMO_PASSWORD", "secret_sauce")  # the demo app's published password
    settings = cli.settings()
    with server.start_demo_server(port=port) as shop, bundled.as_path(*bundled.DEMO_SUITE) as suite_path:
        click.echo(f"demo app at {shop.url}")
        code = _submit(settings, suite_path, output=output, base_url=shop.url, wait=True)
    sys.exit(code)


@cli.main.command()
@click.argument("folder", metavar="DIR", default=".", type=click.Path(file_okay=False, path_type=Path))
def example(folder: Path) -> None:
    """Copy the demo suite into DIR (default: here), to read, plan and change."""
    target = folder / bundled.DEMO_SUITE[-1]
    if target.exists():
        raise errors.InputError(f"{target} already exists: remove it or give another DIR")
    folder.mkdir(parents=True, exist_ok=True)
    target.write_text(bundled.text(*bundled.DEMO_SUITE), encoding="utf-8")
    click.echo(f"wrote {target}; try `pacts-farm plan {target}`, or `pacts-farm demo` to run it against the demo shop")


@cli.main.command("report")
@click.argument("run_id", metavar="RUN")
@click.option("--output", "-o", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the run into (default: the folder it was submitted with).")
@click.option("--open", "open_it", is_flag=True, help="Open report.html in the default browser.")
def report_command(run_id: str, output: Path | None, open_it: bool) -> None:
    """Write RUN's folder on this machine from the store: report.html, results.json, junit.xml, screenshots, traces."""
    from pacts_farm import pipeline
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    with Runtime.open(cli.settings()) as rt:
        result = repo.load_run_result(rt.sessions, run_id)
        out_dir = (output or Path(repo.run_output_dir(rt.sessions, run_id))).resolve()
        pipeline.write_run_folder(rt.sessions, run_id, out_dir)
    path = out_dir / "report.html"
    if result.status.value in ("queued", "running"):
        click.echo(f"pacts-farm: run {run_id} is still {result.status.value}: its unfinished items show as cancelled", err=True)
    click.echo(str(path))
    if open_it:
        import webbrowser

        webbrowser.open(path.resolve().as_uri())


@cli.main.command("export")
@click.argument("run_id", metavar="RUN")
@click.option("--output", "-o", "out_dir", type=click.Path(file_okay=False, path_type=Path), help="Folder (default RUN_FOLDER/export).")
@click.option("--out", "old_out", type=click.Path(file_okay=False, path_type=Path), hidden=True, help="The old spelling of --output.")
def export_command(run_id: str, out_dir: Path | None, old_out: Path | None) -> None:
    """Write a pytest-playwright test per passed, healed or flaky item of RUN, with its verified locators."""
    from pacts_farm.report import export
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    out_dir = out_dir or old_out
    with Runtime.open(cli.settings()) as rt:
        result = repo.load_run_result(rt.sessions, run_id)
        plans = repo.load_run_plans(rt.sessions, run_id)
        flows = repo.load_auth_flows(rt.sessions, run_id)
        target = out_dir or Path(repo.run_output_dir(rt.sessions, run_id)) / "export"
    tests, conftest = export.export_run(result, plans, flows)
    if not tests:
        raise errors.InputError(f"run {run_id} has no passed, healed or flaky item to export")
    export.write_export(tests, conftest, target)
    skipped = len(result.items) - len(tests)
    click.echo(f"exported {len(tests)} tests to {target}" + (f" ({skipped} failed or unfinished items left out)" if skipped else ""))
    click.echo(f"run them: pytest {target}")


@cli.main.command()
@click.option("--limit", default=20, show_default=True)
def runs(limit: int) -> None:
    """Recent runs."""
    from pacts_farm import console as view
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    with Runtime.open(cli.settings()) as rt:
        view.print_runs(Console(highlight=False), repo.list_runs(rt.sessions, limit=limit))


@cli.main.command()
@click.argument("run_id", metavar="RUN")
def status(run_id: str) -> None:
    """A run's status and its items."""
    from pacts_farm import console as view
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    with Runtime.open(cli.settings()) as rt:
        lines = view.status_lines(run_id, repo.run_status(rt.sessions, run_id), repo.run_progress(rt.sessions, run_id))
    for line in lines:
        click.echo(line)


@cli.main.command()
@click.argument("run_id", metavar="RUN")
def cancel(run_id: str) -> None:
    """Cancel a run: unfinished items end as cancelled and their pending tasks are revoked."""
    from pacts_farm.farm import dispatch
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    settings = cli.settings()
    with Runtime.open(settings) as rt:
        pending = repo.cancel_run(rt.sessions, run_id)
        if not settings.embedded:
            dispatch.revoke_items(dispatch.make_celery(settings), pending)
        click.echo(f"cancelled {run_id}: {len(pending)} unfinished items")
