"""Every example suite under examples/ loads and plans with the rules planner alone (the docs point at them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.planning import plan
from pacts_farm.suites import suite

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "pacts_farm" / "examples").glob("*.yaml"))


def test_there_is_an_example_per_feature() -> None:
    names = {p.stem for p in EXAMPLES}
    assert {"vars-and-data", "secrets-and-auth", "expect-fail", "tags", "structured-steps", "waits-and-retries"} <= names


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_plans_with_the_rules(path: Path) -> None:
    loaded = suite.load_suite(path, environ={"DEMO_PASSWORD": "secret_sauce"})
    assert loaded.items
    for item in loaded.items:
        planned = plan.make_plan(item, base_url=loaded.base_url)
        assert planned.steps and all(s.planner == plan.PLANNER_VERSION for s in planned.steps)
    for flow in loaded.auth:  # sign-in flows are planned the same way
        item = model.Item(key=flow.name, requirement_id=flow.name, title=flow.name, start_url=flow.start_url, steps=flow.steps)
        assert plan.make_plan(item, base_url=loaded.base_url).steps


def test_the_readme_shows_the_quickstart_suite_as_it_is() -> None:
    readme = (EXAMPLES[0].parents[2] / "README.md").read_text(encoding="utf-8")
    quickstart = next(p for p in EXAMPLES if p.stem == "quickstart").read_text(encoding="utf-8")
    assert f"```yaml\n{quickstart}```" in readme, "README's suite must be examples/quickstart.yaml, word for word"
