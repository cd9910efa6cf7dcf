"""Commands over what the farm remembers: the selector cache, quarantines, flakiness scores, heal history."""

from __future__ import annotations

import os

import click

from pacts_farm import cli


@cli.main.group("cache")
def cache_group() -> None:
    """The selector cache."""


@cache_group.command("clear")
@click.option("--app", help="Only this application origin, e.g. http://127.0.0.1:8765.")
@click.option("--layer", type=click.Choice(["redis", "db", "all"]), default="all", show_default=True,
              help="Which layer to clear; Redis keys outside pacts:cache:sel: (the broker's) are never touched.")
def cache_clear(app: str | None, layer: str) -> None:
    """Forget cached locators."""
    from pacts_farm.runtime import Runtime

    with Runtime.open(cli.settings()) as rt:
        cleared = rt.cache.clear(app, layer=layer)
        click.echo(f"removed {cleared.database} cached locators from the database and {cleared.redis} step keys from Redis")


@cache_group.command("stats")
@click.option("--limit", "run_limit", default=10, show_default=True, help="Recent runs to show the hit rate of.")
@click.option("--runs", "old_runs", type=int, hidden=True, help="The old spelling of --limit.")
def cache_stats(run_limit: int, old_runs: int | None) -> None:
    """Entries and hits per application, heal outcomes, and the hit rate of recent runs."""
    from pacts_farm import console as view
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import heals, repo, selectors

    run_limit = old_runs if old_runs is not None else run_limit
    with Runtime.open(cli.settings()) as rt:
        runs = [
            (run.id, *repo.run_cache_rate(rt.sessions, run.id), repo.run_locator_sources(rt.sessions, run.id))
            for run in repo.list_runs(rt.sessions, limit=run_limit)
        ]
        lines = view.cache_stats_lines(
            selectors.stats_by_app(rt.sessions), selectors.provisional_count(rt.sessions), heals.counts(rt.sessions), runs
        )
    for line in lines:
        click.echo(line)


@cli.main.group("quarantine")
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
    from pacts_farm.flaky import quarantine
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import db

    now = db.utcnow()
    until = quarantine.parse_until(until_text, now=now)
    with Runtime.open(cli.settings()) as rt:
        added = quarantine.add(
            rt.sessions, suite_name=suite_name, requirement_id=requirement_id, owner=owner, until=until, reason=reason, now=now
        )
        click.echo(f"quarantined {added.requirement_id} in {added.suite_name} until {added.until:%Y-%m-%d %H:%M} UTC (owner {added.owner})")


@quarantine_group.command("list")
@click.option("--suite", "suite_name", help="Only this suite.")
@click.option("--log", "show_log", is_flag=True, help="Also show the log of changes.")
def quarantine_list(suite_name: str | None, show_log: bool) -> None:
    """Quarantined requirements with owner, expiry and flakiness score."""
    from pacts_farm import console as view
    from pacts_farm.flaky import quarantine
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import db, flaky_scores, quarantines

    with Runtime.open(cli.settings()) as rt:
        now = db.utcnow()
        quarantine.expire(rt.sessions, now=now)
        scores = flaky_scores.load_scores(rt.sessions, suite_name=suite_name)
        lines = list(view.quarantine_lines(quarantines.active(rt.sessions, now=now, suite_name=suite_name), scores))
        if show_log:
            lines += view.quarantine_log_lines(quarantines.changes(rt.sessions, suite_name=suite_name))
    for line in lines:
        click.echo(line)


@quarantine_group.command("remove")
@click.argument("requirement_id", metavar="ID")
@click.option("--suite", "suite_name", required=True, help="The suite's name.")
@click.option("--by", "actor", default=lambda: os.environ.get("USER", "unknown"), help="Who lifts it (default $USER).")
@click.option("--reason", default="lifted by hand", show_default=True)
def quarantine_remove(requirement_id: str, suite_name: str, actor: str, reason: str) -> None:
    """Lift a quarantine before it expires."""
    from pacts_farm.flaky import quarantine
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import db

    with Runtime.open(cli.settings()) as rt:
        quarantine.remove(rt.sessions, suite_name=suite_name, requirement_id=requirement_id, actor=actor, reason=reason, now=db.utcnow())
        click.echo(f"removed {requirement_id} from quarantine in {suite_name}")


@cli.main.command("flakiness")
@click.option("--suite", "suite_name", help="Only this suite.")
@click.option("--recompute", is_flag=True, help="Rescore suites with newly finished runs first (what beat does).")
def flakiness_command(suite_name: str | None, recompute: bool) -> None:
    """Flakiness scores per requirement (0 steady … 1 flips every run), highest first."""
    from pacts_farm import console as view
    from pacts_farm.flaky import flakiness
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import db, flaky_scores

    with Runtime.open(cli.settings()) as rt:
        if recompute:
            flakiness.score_due_suites(rt.sessions, now=db.utcnow())
        scores = flaky_scores.load_scores(rt.sessions, suite_name=suite_name)
    for line in view.flakiness_lines(tuple(scores.values())):
        click.echo(line)


@cli.main.group("heal")
def heal_group() -> None:
    """Heal history: list heals, mark a wrong one so it is never used again."""


@heal_group.command("list")
@click.option("--limit", default=30, show_default=True)
@click.option("--changed", is_flag=True, help="Only accepted heals whose element differs from the old one (name, scope or role).")
@click.option("--run", "run_id", default=None, help="Only this run's heals.")
def heal_list(limit: int, changed: bool, run_id: str | None) -> None:
    """Recent heal attempts (accepted and rejected), newest first, with their strategy's success rate in that app."""
    from pacts_farm import console as view
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import heals, views

    with Runtime.open(cli.settings()) as rt:
        if run_id is not None:
            from pacts_farm.store import repo

            repo.run_status(rt.sessions, run_id)  # an unknown run is an error, not an empty list
        figures = views.heal_figures(rt.sessions)
        recent = heals.recent(rt.sessions, limit=limit, changed=changed, run_id=run_id)
    for line in view.heal_lines(recent, figures):
        click.echo(line)


@heal_group.command("mark-wrong")
@click.argument("heal_id", metavar="HEAL_ID", type=int)
@click.option("--by", "by", required=True, help="Who says the heal picked the wrong element.")
def heal_mark_wrong(heal_id: int, by: str) -> None:
    """Mark an accepted heal wrong: its locator leaves the cache and is refused for its target from now on."""
    from pacts_farm.healing import heal_memo
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import db

    with Runtime.open(cli.settings()) as rt:
        marked = heal_memo.mark_wrong(rt.sessions, rt.cache, heal_id, by=by, now=db.utcnow())
        click.echo(
            f"heal {heal_id} ({marked.heal.target!r} on {marked.heal.app}{marked.heal.page}) marked wrong by {by};"
            f" {len(marked.forgotten)} cached locator(s) forgotten"
        )
