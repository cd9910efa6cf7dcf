"""`submit --shard i/n` through the CLI: predicted time per shard, the shard's items only, bad values refused."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.conftest import CliResult

pytestmark = [pytest.mark.browser]
HEADING = Path(__file__).with_name("suites") / "heading.yaml"


def test_cli_shard_runs_its_part_and_prints_every_shard_prediction(
    run_cli: Callable[..., CliResult], demo_server: object, tmp_path: Path
) -> None:
    url = demo_server.url  # type: ignore[attr-defined]
    refused = run_cli("submit", str(HEADING), "--shard", "3/2", "--base-url", url)
    assert refused.code == 2 and "--shard '3/2'" in refused.err
    first = run_cli("submit", str(HEADING), "--shard", "1/2", "-o", str(tmp_path / "one"), "--base-url", url)
    assert first.code == 0, first.out + first.err
    assert "→ shard 1/2: 1 items, predicted 10.0 s" in first.out  # no history yet: every item alike
    assert "  shard 2/2: 1 items, predicted 10.0 s" in first.out
    ran = [i["id"] for i in json.loads((tmp_path / "one" / "results.json").read_text())["items"]]
    second = run_cli("submit", str(HEADING), "--shard", "2/2", "-o", str(tmp_path / "two"), "--base-url", url)
    assert second.code == 0, second.out + second.err
    other = [i["id"] for i in json.loads((tmp_path / "two" / "results.json").read_text())["items"]]
    assert sorted(ran + other) == ["adds-to-cart", "sees-products"]  # the shards partition the suite
    assert "items without history" in second.out  # only the first shard's item has history now
