"""Commands that look after the installation: config, db, doctor."""

from __future__ import annotations

import click

from pacts_farm import cli


@cli.main.command("config")
def show_config() -> None:
    """Print the effective settings, secrets masked."""
    from pacts_farm import console as view

    for line in view.config_lines(cli.settings().public_view()):
        click.echo(line)


@cli.main.group()
def db() -> None:
    """The system of record."""


@db.command()
def upgrade() -> None:
    """Apply pending migrations."""
    from pacts_farm.store import db as store_db

    settings = cli.settings()
    engine = store_db.open_engine(settings.effective_database_url)
    try:
        applied = store_db.upgrade(engine)
        click.echo(f"{'migrated to' if applied else 'already at'} revision {store_db.HEAD_REVISION}")
    finally:
        engine.dispose()


@cli.main.command()
@click.option("--no-browser", is_flag=True, help="Skip launching Chromium.")
@click.pass_context
def doctor(ctx: click.Context, no_browser: bool) -> None:
    """Check the database (at head), Redis and broker, Chromium, Playwright, Flower, artifact storage and disk."""
    from pacts_farm import doctor as checkup

    checks = checkup.run_checks(cli.settings(), browser=not no_browser)
    for check in checks:
        click.echo(check.line())
    failed = [c.name for c in checks if not c.ok]
    if failed:
        click.echo(f"pacts-farm: {len(failed)} check(s) failed: {', '.join(failed)}", err=True)
        ctx.exit(cli.EXIT_FAILED)
