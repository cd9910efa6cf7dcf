"""`pacts-farm submit` on the embedded default, as a user runs it: a subprocess against the demo app."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, CliResult

pytestmark = [pytest.mark.browser, pytest.mark.slow]

DEMO_SUITE = ROOT / "examples" / "demo-suite.yaml"
BROKEN_SUITE = Path(__file__).with_name("suites") / "heading.yaml"


def test_cli_broken_page_fails_the_right_requirement_with_evidence(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    from pacts_farm.demo import server

    out = tmp_path / "out"
    with server.start_demo_server(variant="changed-heading") as broken:
        result = run_cli("submit", str(BROKEN_SUITE), "--output", str(out), "--base-url", broken.url)
    assert result.code == 1, result.out + result.err
    items = {i["id"]: i for i in json.loads((out / "results.json").read_text())["items"]}
    assert items["sees-products"]["verdict"] == "failed" and not items["sees-products"]["met"]
    assert items["adds-to-cart"]["verdict"] in ("passed", "healed")
    failed = items["sees-products"]
    failed_step = next(s for s in failed["steps"] if s["outcome"] == "failed")
    assert "Products" in failed_step["text"]
    assert failed["evidence"]["screenshot"]
    assert (out / failed["evidence"]["screenshot"]).stat().st_size > 1000
    assert "sees-products" in result.out


def test_cli_plan_dry_run_shows_understanding(run_cli: Callable[..., CliResult]) -> None:
    result = run_cli("plan", str(DEMO_SUITE), env={"DEMO_PASSWORD": "x"})
    assert result.code == 0, result.err
    assert "→ fill" in result.out and "→ click" in result.out and "→ expect_visible" in result.out


def test_cli_bad_suite_exits_2_and_writes_nothing(run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nbase_url: http://127.0.0.1:1\nrequirements:\n  - id: a\n    steps: [Flurble the wobble]\n")
    result = run_cli("submit", str(bad))
    assert result.code == 2
    assert "bad.yaml" in result.err and "Flurble the wobble" in result.err
    assert not (tmp_path / "home" / "pacts.db").exists()


def test_cli_unset_secret_exits_2(run_cli: Callable[..., CliResult]) -> None:
    result = run_cli("plan", str(DEMO_SUITE))
    assert result.code == 2
    assert "DEMO_PASSWORD" in result.err
