"""CLI habits as a user meets them: an unknown run id is bad input (exit 2, how to find one) for every command
that takes one; `runs` keeps whole run ids at 80 columns; `submit` on the farm without --wait says how to follow
the run and what its exit code means."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import config, model
from tests.e2e.conftest import CliResult, Farm

pytestmark = [pytest.mark.slow]

HEADING = Path(__file__).with_name("suites") / "heading.yaml"
UNKNOWN = "20261203-000000-abcdef"


def test_cli_unknown_run_is_bad_input_naming_how_to_list_runs(run_cli: Callable[..., CliResult]) -> None:
    for args in (("status", UNKNOWN), ("report", UNKNOWN), ("export", UNKNOWN), ("cancel", UNKNOWN),
                 ("heal", "list", "--run", UNKNOWN)):
        result = run_cli(*args)
        assert result.code == 2, (args, result.out + result.err)
        assert f"no run {UNKNOWN}; `pacts-farm runs` lists them" in result.err, args
        assert "Traceback" not in result.err


def test_cli_runs_keeps_whole_run_ids_at_80_columns(run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo
    from pacts_farm.submit import new_run_id

    home = tmp_path / "home"  # run_cli's PACTS_HOME: the embedded store
    rt = Runtime.open(config.Settings.from_env({"PACTS_HOME": str(home)}))
    ids = []
    try:
        for n, name in enumerate(("Checkout and payments, every card type and currency, nightly", "s", "Login " * 12)):
            run_id = new_run_id()[:-1] + str(n)
            suite = model.Suite(name=name.strip(), base_url="http://127.0.0.1:1", source="s.yaml",
                                items=(model.Item(key="a", requirement_id="a", title="a", steps=(model.SuiteStep(text="Click A"),)),))
            repo.create_run(rt.sessions, run_id=run_id, suite=suite, content=name + str(n), mode="embedded",
                            output_dir=str(tmp_path / run_id))
            ids.append(run_id)
    finally:
        rt.close()
    for columns in ("80", "60"):
        listed = run_cli("runs", env={"COLUMNS": columns})
        assert listed.code == 0, listed.err
        lines = listed.out.splitlines()
        assert max(len(line) for line in lines) <= int(columns), listed.out
        for run_id in ids:
            assert any(run_id in line for line in lines), f"{run_id} cut at {columns} columns:\n{listed.out}"
    for spelling in ("--limit", "--runs"):  # cache stats: --limit like runs and heal list; --runs kept, unlisted
        stats = run_cli("cache", "stats", spelling, "2")
        assert stats.code == 0, stats.err
        assert sum(any(line.startswith(run_id) for run_id in ids) for line in stats.out.splitlines()) == 2, stats.out


@pytest.mark.redis
@pytest.mark.postgres
def test_cli_submit_without_wait_says_how_to_follow_and_what_exit_0_means(
    farm: Farm, run_cli: Callable[..., CliResult]
) -> None:
    submitted = run_cli("submit", str(HEADING), "--base-url", "http://127.0.0.1:1", env=farm.env)  # no worker: it stays queued
    assert submitted.code == 0, submitted.out + submitted.err
    run_id = submitted.out.split("submitted run ", 1)[1].split()[0]
    assert f"pacts-farm status {run_id}" in submitted.out
    assert "only means the run was queued" in submitted.out and "--wait" in submitted.out
    status = run_cli("status", run_id, env=farm.env)
    assert status.code == 0 and status.out.startswith(f"{run_id}: queued"), status.out + status.err
