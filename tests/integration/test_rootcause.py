"""Root-cause classes of real failures on real Chromium (deterministic: no LLM)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import browser, execute, model, plan, rootcause

pytestmark = pytest.mark.browser
RC = model.RootCause


@pytest.fixture
def diagnose(browser_host: browser.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., rootcause.Diagnosis | None]:
    def run(body: str, steps: list[str], *, url: str | None = None, environ: dict[str, str] | None = None) -> rootcause.Diagnosis | None:
        start = url or pages.add(f"/rc{len(pages.pages)}", body)  # type: ignore[attr-defined]
        item = model.Item(key="k", requirement_id="k", title="k", start_url=start,
                          steps=tuple(model.SuiteStep(text=s) for s in steps))
        planned = plan.make_plan(item, base_url=start)
        origins = (pages.origin, "http://127.0.0.1:9")  # type: ignore[attr-defined]
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=origins, trace="off") as session:
            execution = execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=700, assertion_ms=700,
                                         navigation_ms=3000), environ=environ or {})
        verdict = model.settle_verdict(execution)
        assert verdict in (model.Verdict.FAILED, model.Verdict.ERROR), execution
        return rootcause.classify(execution.steps, verdict=verdict)
    return run


@pytest.mark.parametrize(
    ("body", "steps", "cause"),
    [
        ('<a href="/home">Home</a>', ["Click the Checkout button"], RC.SELECTOR_DRIFT),
        ('<button style="display:none">Checkout</button><a href="/">Home</a>', ["Click the Checkout button"], RC.VISIBILITY),
        ("<button disabled>Checkout</button>", ["Click the Checkout button"], RC.DISABLED),
        ("<p>Hello</p>", ['Verify the page shows "Welcome back"'], RC.ASSERTION_MISMATCH),
        ("<p>Loading</p>", ['Wait for "Done" (up to 500 ms)'], RC.TIMING),
        ('<label>Colour <select id="c"><option>Red</option></select></label>', ['Select "Purple" from the Colour dropdown'], RC.DATA),
    ],
)
def test_rootcause_of_real_failures(
    diagnose: Callable[..., rootcause.Diagnosis | None], body: str, steps: list[str], cause: model.RootCause
) -> None:
    found = diagnose(body, steps)
    assert found is not None and found.cause is cause, found
    assert found.evidence.startswith("step 1 (")


def test_rootcause_of_an_unreachable_app_is_environment(diagnose: Callable[..., rootcause.Diagnosis | None]) -> None:
    found = diagnose("", ["Click Login"], url="http://127.0.0.1:9/login")
    assert found is not None and found.cause is RC.ENVIRONMENT


def test_rootcause_of_infrastructure_and_missing_secrets() -> None:
    gone = rootcause.classify((), verdict=model.Verdict.ERROR, error="infrastructure error: browser died during step 2")
    missing = rootcause.classify((), verdict=model.Verdict.ERROR, error="environment variable PW is not set on this worker")
    assert gone is not None and gone.cause is RC.ENVIRONMENT
    assert missing is not None and missing.cause is RC.DATA
    assert rootcause.classify((), verdict=model.Verdict.PASSED) is None
