"""The CLI end to end (embedded, no Redis): quarantine by hand, duration budget, origin caps without Redis."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import CliResult

pytestmark = [pytest.mark.browser]

SUITE = """\
name: Budgeted
base_url: http://127.0.0.1:1
budget: {duration_s: 0.5}
limits:
  base_url: {max_parallel: 1}
requirements:
  - id: sees-login
    url: /login?delay_ms=600
    steps:
      - Verify the page shows "Accepted users"
  - id: broken
    url: /login
    steps:
      - Verify the page shows "Welcome back, Ada"
    timeout_ms: 500
"""


def test_cli_quarantined_failure_does_not_fail_the_run_and_budget_is_reported(
    run_cli: Callable[..., CliResult], demo_server: object, tmp_path: Path
) -> None:
    suite = tmp_path / "suite.yaml"
    suite.write_text(SUITE)
    url = demo_server.url  # type: ignore[attr-defined]

    bad = run_cli("quarantine", "add", "broken", "--suite", "Budgeted", "--owner", "ada", "--until", "2001-01-01")
    assert bad.code == 2 and "in the past" in bad.err
    added = run_cli("quarantine", "add", "broken", "--suite", "Budgeted", "--owner", "ada", "--until", "7d",
                    "--reason", "login copy changes next sprint")
    assert added.code == 0, added.err

    run = run_cli("submit", str(suite), "-o", str(tmp_path / "q"), "--base-url", url)
    assert run.code == 0, run.out + run.err  # the only failure is quarantined
    assert "quarantined (reported, not failing the run)" in run.out
    assert "over duration budget" in run.out
    results = json.loads((tmp_path / "q" / "results.json").read_text())
    items = {i["id"]: i for i in results["items"]}
    assert items["broken"]["verdict"] == "failed" and items["broken"]["quarantined"] is True
    assert items["sees-login"]["quarantined"] is False and items["sees-login"]["verdict"] == "passed"
    assert results["run"]["status"] == "passed" and results["run"]["quarantined"] == 1
    assert results["run"]["over_budget"] is True
    assert any(n.startswith("over duration budget") for n in results["run"]["notes"])
    report = (tmp_path / "q" / "report.html").read_text()
    assert "quarantined by ada until" in report and "login copy changes next sprint" in report

    listed = run_cli("quarantine", "list", "--log")
    assert "broken" in listed.out and "ada" in listed.out and "login copy changes" in listed.out
    removed = run_cli("quarantine", "remove", "broken", "--suite", "Budgeted", "--by", "bob", "--reason", "fixed")
    assert removed.code == 0, removed.err
    assert "remove  Budgeted broken by bob: fixed" in run_cli("quarantine", "list", "--log").out

    again = run_cli("submit", str(suite), "-o", str(tmp_path / "r"), "--base-url", url)
    assert again.code == 1  # no longer quarantined: the failure fails the run
    assert json.loads((tmp_path / "r" / "results.json").read_text())["run"]["quarantined"] == 0
