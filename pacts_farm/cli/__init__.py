"""`pacts-farm`: parse flags, build Settings, call the engine, turn errors into exit codes.

The `main` group and its one error handler live here; the commands, thin, in one module per concern:
`run` (submit, plan, phrases, demo, example, report, export, runs, status, cancel), `farm` (worker, beat, flower,
schedule, dashboard, metrics), `memory` (cache, quarantine, flakiness, heal), `admin` (config, db, doctor).
What a command prints is drawn by pacts_farm.console. Engine modules are imported inside the commands: starting
the CLI costs click, rich and the settings only.
"""

from __future__ import annotations

import logging
from typing import Any

import click

from pacts_farm import __version__, config, errors

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


def settings(**overrides: Any) -> config.Settings:
    """Settings from the flags given (None: not given) over PACTS_* env over defaults."""
    return config.Settings.from_env(**overrides)


# each module registers its commands on main
from pacts_farm.cli import admin, farm, memory, run  # noqa: E402,F401
