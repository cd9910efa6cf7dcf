"""Plain-English steps run on pages a test serves: plan them, then execute them in one browser session."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from pacts_farm import model
from pacts_farm.execution import execute
from pacts_farm.planning import plan
from pacts_farm.browser import chromium


def runner(
    browser_host: chromium.BrowserHost, pages: object, tmp_path: Path, routes: Mapping[str, str], *, timeouts: model.Timeouts,
) -> Callable[[list[str], str], model.Execution]:
    """Serve ``routes`` (path -> HTML) and return run(steps, path): the steps planned and executed from that page."""
    for path, body in routes.items():
        pages.add(path, body)  # type: ignore[attr-defined]
    origin = pages.origin  # type: ignore[attr-defined]

    def run(steps: list[str], path: str) -> model.Execution:
        item = model.Item(key="k", requirement_id="k", title="k", start_url=origin + path,
                          steps=tuple(model.SuiteStep(text=s) for s in steps))
        planned = plan.make_plan(item, base_url=origin)
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(origin,), trace="off") as session:
            return execute.run_plan(session, planned, timeouts=timeouts, environ={})
    return run


def failures(execution: model.Execution) -> list[str]:
    """Each step that did not pass: its sentence, outcome and error, for an assertion's message."""
    return [f"{s.text}: {s.outcome.value} {s.error or ''}" for s in execution.steps if s.outcome is not model.Outcome.PASSED]
