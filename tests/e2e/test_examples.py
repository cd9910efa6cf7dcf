"""The example suites (examples/, one per feature) run as the docs tell a user to run them: `pacts-farm submit`
on the embedded default against the demo shop, and meet every expectation."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, CliResult

pytestmark = [pytest.mark.browser, pytest.mark.slow]

EXAMPLES = ROOT / "examples"
# the demo suite has a test of its own (test_cli_embedded.py); these are the short ones
SHORT = {
    "quickstart": (),
    "vars-and-data": (),
    "secrets-and-auth": (),
    "expect-fail": (),
    "tags": ("--tags", "smoke"),
    "structured-steps": (),
    "waits-and-retries": (),
}


def _submit(run_cli: Callable[..., CliResult], name: str, url: str, out: Path, *extra: str) -> dict:
    result = run_cli("submit", str(EXAMPLES / f"{name}.yaml"), "--base-url", url, "--output", str(out), *extra,
                     env={"DEMO_PASSWORD": "secret_sauce"})
    assert result.code == 0, result.out + result.err
    assert "secret_sauce" not in result.out + result.err + (out / "results.json").read_text()
    return json.loads((out / "results.json").read_text())


@pytest.mark.parametrize("name", sorted(SHORT))
def test_example_meets_every_expectation(
    run_cli: Callable[..., CliResult], demo_server: object, tmp_path: Path, name: str
) -> None:
    document = _submit(run_cli, name, demo_server.url, tmp_path / "out", *SHORT[name])  # type: ignore[attr-defined]
    items = document["items"]
    assert items and all(item["met"] for item in items), [i for i in items if not i["met"]]
    by_id = {}
    for item in items:
        by_id.setdefault(item["requirement_id"], []).append(item)
    if name == "vars-and-data":
        assert len(by_id["bad-logins"]) == 2 and len(by_id["search"]) == 2  # one item per data row
    if name == "expect-fail":
        assert by_id["umbrella"][0]["verdict"] == "failed" and by_id["umbrella"][0]["expected"] == "fail"
    if name == "tags":
        assert set(by_id) == {"login", "about"}  # remember-me is tagged login only
