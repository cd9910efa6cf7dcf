"""Root-cause classes of real failures on real Chromium (deterministic: no LLM)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.execution import execute, resolver, rootcause
from pacts_farm.planning import plan
from pacts_farm.browser import chromium

pytestmark = pytest.mark.browser
RC = model.RootCause


@pytest.fixture
def diagnose(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., rootcause.Diagnosis | None]:
    def run(body: str, steps: list[str], *, url: str | None = None, environ: dict[str, str] | None = None,
            memory: resolver.LocatorMemory | None = None) -> rootcause.Diagnosis | None:
        start = url or pages.add(f"/rc{len(pages.pages)}", body)  # type: ignore[attr-defined]
        item = model.Item(key="k", requirement_id="k", title="k", start_url=start,
                          steps=tuple(model.SuiteStep(text=s) for s in steps))
        planned = plan.make_plan(item, base_url=start)
        origins = (pages.origin, "http://127.0.0.1:9")  # type: ignore[attr-defined]
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=origins, trace="off") as session:
            execution = execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=700, assertion_ms=700,
                                         navigation_ms=3000), environ=environ or {}, memory=memory)
        verdict = model.settle_verdict(execution)
        assert verdict in (model.Verdict.FAILED, model.Verdict.ERROR), execution
        return rootcause.classify(execution.steps, verdict=verdict)
    return run


@pytest.mark.parametrize(
    ("body", "steps", "cause"),
    [
        ('<a href="/home">Home</a>', ["Click the Checkout button"], RC.TARGET_NOT_FOUND),
        ("<div><h3>Mug</h3><button>Add to cart</button></div><div><h3>Cap</h3><button>Add to cart</button></div>",
         ["Click Add to cart"], RC.AMBIGUOUS),
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


def test_rootcause_of_a_cached_locator_that_stopped_matching_is_drift(
    diagnose: Callable[..., rootcause.Diagnosis | None],
) -> None:
    class _Cached:  # the locator an earlier run found: a Checkout button the page no longer has
        def recall(self, step: model.PlannedStep, page_url: str) -> model.Resolution:
            return model.Resolution(
                locator=model.Locator(strategy=model.Strategy.ROLE, role="button", value="Checkout"),
                source=model.LocatorSource.REDIS, confidence=0.9,
                fingerprint=model.Fingerprint(tag="button", role="button", name="Checkout", attributes=(), neighbourhood=""),
            )

    found = diagnose('<a href="/home">Home</a>', ["Click the Checkout button"], memory=_Cached())
    assert found is not None and found.cause is RC.SELECTOR_DRIFT, found


def test_rootcause_tells_first_run_not_found_ambiguity_drift_and_timing_apart() -> None:
    def failed(error: str, *, drifted: bool = False) -> model.StepResult:
        return model.StepResult(index=0, text="Click Checkout", action=model.Action.CLICK, outcome=model.Outcome.FAILED,
                                duration_ms=1.0, error=error, drifted=drifted)

    def cause(step: model.StepResult) -> model.RootCause:
        found = rootcause.classify((step,), verdict=model.Verdict.FAILED)
        assert found is not None
        return found.cause

    missing = 'no visible element matches "Checkout" (waited 5.1 s; the page was idle for the last 5 s)'
    assert cause(failed(missing)) is RC.TARGET_NOT_FOUND
    assert cause(failed(missing, drifted=True)) is RC.SELECTOR_DRIFT
    assert cause(failed('3 elements match "Checkout" equally well')) is RC.AMBIGUOUS
    assert cause(failed('role=button[name="Checkout"] finds more than one element: strict mode violation')) is RC.AMBIGUOUS
    busy = 'no visible element matches "Checkout" (waited 15.0 s; the page was still busy: still loading or changing)'
    assert cause(failed(busy)) is RC.TIMING


def test_rootcause_of_an_unreachable_app_is_environment(diagnose: Callable[..., rootcause.Diagnosis | None]) -> None:
    found = diagnose("", ["Click Login"], url="http://127.0.0.1:9/login")
    assert found is not None and found.cause is RC.ENVIRONMENT


def test_rootcause_of_infrastructure_and_missing_secrets() -> None:
    gone = rootcause.classify((), verdict=model.Verdict.ERROR, error="infrastructure error: browser died during step 2")
    missing = rootcause.classify((), verdict=model.Verdict.ERROR, error="environment variable PW is not set on this worker")
    assert gone is not None and gone.cause is RC.ENVIRONMENT
    assert missing is not None and missing.cause is RC.DATA
    assert rootcause.classify((), verdict=model.Verdict.PASSED) is None
