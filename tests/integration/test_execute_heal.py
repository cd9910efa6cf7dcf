"""run_plan on the demo shop and its drifted releases: heals that are right, failures that are honest."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.execution import execute
from pacts_farm.planning import plan
from pacts_farm.browser import chromium
from pacts_farm.demo import server
from tests.integration.learned import LearnedLocators

pytestmark = pytest.mark.browser
ENV = {"PW": "secret_sauce"}
LOGIN = [
    'Fill "standard_user" in the Username field',
    'Fill "${env:PW}" in the Password field',
    "Click the Login button",
]


def _plan(base_url: str, steps: list[str], path: str = "/login") -> model.Plan:
    item = model.Item(key="k", requirement_id="k", title="k", start_url=base_url + path,
                      steps=tuple(model.SuiteStep(text=s) for s in steps))
    return plan.make_plan(item, base_url=base_url)


@pytest.fixture
def run(browser_host: chromium.BrowserHost, tmp_path: Path) -> Callable[..., model.Execution]:
    def run_(planned: model.Plan, memory: object = None, trace: str = "off") -> model.Execution:
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(planned.start_url.rsplit("/", 1)[0],), trace=trace) as session:
            return execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500),
                                    environ=ENV, memory=memory)  # type: ignore[arg-type]
    return run_


@pytest.fixture(scope="module")
def variant() -> Iterator[Callable[[str | None], server.DemoServer]]:
    running: dict[str | None, server.DemoServer] = {}

    def start(name: str | None) -> server.DemoServer:
        if name not in running:
            running[name] = server.start_demo_server(variant=name)
        return running[name]

    yield start
    for s in running.values():
        s.stop()


def test_execute_a_multi_page_flow(run: Callable[..., model.Execution], variant: Callable[[str | None], server.DemoServer]) -> None:
    base = variant(None).url
    steps = [*LOGIN, "Click Add to cart for the Blue Mug", "Add the Red Cap to the cart",
             'Verify the cart badge shows "2"', "Click the cart icon", 'Verify the URL contains "/cart"']
    execution = run(_plan(base, steps))
    assert [s.outcome for s in execution.steps] == [model.Outcome.PASSED] * len(steps)
    assert execution.steps[3].resolution and execution.steps[3].resolution.locator.scope is not None
    assert execution.steps[2].page_url and execution.steps[2].page_url.endswith("/login")
    assert model.settle_verdict(execution) is model.Verdict.PASSED


def test_execute_failure_keeps_evidence_without_secrets(run: Callable[..., model.Execution], variant: Callable[[str | None], server.DemoServer], tmp_path: Path) -> None:
    base = variant(None).url
    execution = run(_plan(base, [*LOGIN[:2], 'Verify the page shows "Welcome back"']), trace="on-failure")
    failed = execution.failed_step
    assert failed is not None and failed.index == 2 and "Welcome back" in (failed.error or "")
    assert execution.evidence and execution.evidence.screenshot == "item/failure.png"
    assert (tmp_path / "item" / "failure.png").stat().st_size > 1000
    assert (tmp_path / "item" / "trace.zip").stat().st_size > 1000
    assert "secret_sauce" not in repr(execution)
    assert execution.evidence.dom_excerpt and "secret_sauce" not in execution.evidence.dom_excerpt


def _snapshots_in_trace(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        events = "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist() if n.endswith(".trace"))
    return events.count('"frame-snapshot"')


@pytest.mark.parametrize(("policy", "retry", "snapshots"),
                         [("on-failure", False, False), ("on-failure", True, True), ("on-failure-full", False, True)])
def test_trace_policy_decides_dom_snapshots(
    browser_host: chromium.BrowserHost, variant: Callable[[str | None], server.DemoServer], tmp_path: Path,
    policy: str, retry: bool, snapshots: bool,
) -> None:
    """A first try's trace is light (actions, network, console); a retry or on-failure-full adds DOM snapshots."""
    planned = _plan(variant(None).url, [*LOGIN[:2], 'Verify the page shows "Welcome back"'])
    with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(variant(None).url,), trace=policy, retry=retry) as session:
        execution = execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=1500, assertion_ms=800), environ=ENV)
    assert execution.failed_step is not None and execution.evidence and execution.evidence.trace == "item/trace.zip"
    trace = tmp_path / "item" / "trace.zip"
    with zipfile.ZipFile(trace) as archive:
        assert {"trace.trace", "trace.network"} <= set(archive.namelist())
        actions = archive.read("trace.trace").decode()
    assert '"method":"fill"' in actions.replace(" ", "")  # the steps are in the trace either way
    assert (_snapshots_in_trace(trace) > 0) is snapshots


@pytest.mark.parametrize(
    ("name", "steps", "verdict", "healed_to"),
    [
        ("sign-in", [*LOGIN, 'Verify the page shows "Products"'], model.Verdict.HEALED, 'role=button[name="Sign in"]'),
        ("cookie-overlay", [*LOGIN, 'Verify the page shows "Products"'], model.Verdict.HEALED, None),
        ("renamed-ids", [*LOGIN, "Click Add to cart for the Blue Mug", 'Verify the cart badge shows "1"'], model.Verdict.HEALED, None),
        ("late-products", [*LOGIN, "Click Add to cart for the Blue Mug", 'Verify the cart badge shows "1"'], model.Verdict.PASSED, None),
        ("broken-login", [*LOGIN, 'Verify the page shows "Products"'], model.Verdict.FAILED, None),
        ("changed-heading", [*LOGIN, 'Verify the page shows "Products"'], model.Verdict.FAILED, None),
    ],
)
def test_heal_on_drifted_releases(
    run: Callable[..., model.Execution], variant: Callable[[str | None], server.DemoServer],
    name: str, steps: list[str], verdict: model.Verdict, healed_to: str | None,
) -> None:
    warm = run(_plan(variant(None).url, steps))  # learn on the current release
    assert model.settle_verdict(warm) is model.Verdict.PASSED
    execution = run(_plan(variant(name).url, steps), memory=LearnedLocators(warm))
    assert model.settle_verdict(execution) is verdict, [(s.text, s.outcome, s.error) for s in execution.steps]
    if healed_to:
        (event,) = execution.heals
        assert event.new_locator.describe() == healed_to and event.old_locator is not None
    failed = execution.failed_step
    if verdict is model.Verdict.FAILED:
        assert failed is not None and failed.heal is None  # nothing was "healed" into a pass
    if name == "changed-heading":
        assert failed is not None and failed.action is model.Action.EXPECT_VISIBLE


@pytest.mark.parametrize(
    "after",
    [
        '<span>Apply coupon</span><button style="display:none">Apply coupon</button>',  # text and a hidden twin
        '<input placeholder="Apply coupon"><button aria-hidden="true" tabindex="-1">Apply coupon</button>',  # a field, an aria-hidden twin
        '<button style="position:absolute;left:-5000px">Apply coupon</button>',  # pushed off-screen
    ],
)
def test_heal_refuses_lookalikes(run: Callable[..., model.Execution], pages: object, after: str) -> None:
    before = pages.add("/coupon-before", "<button>Apply coupon</button>")  # type: ignore[attr-defined]
    drifted_url = pages.add(f"/coupon-after-{abs(hash(after))}", after)  # type: ignore[attr-defined]
    origin = before.rsplit("/", 1)[0]
    steps = ["Click the Apply coupon button"]
    warm = run(_plan(origin, steps, "/coupon-before"))
    assert model.settle_verdict(warm) is model.Verdict.PASSED
    drifted = run(_plan(origin, steps, drifted_url.removeprefix(origin)), memory=LearnedLocators(warm))
    step = drifted.steps[0]
    assert step.outcome is model.Outcome.FAILED and step.heal is None, step
    assert "healing found no element" in (step.error or "") or "no visible element" in (step.error or "")


def test_execute_browser_death_is_infrastructure(
    browser_host: chromium.BrowserHost, variant: Callable[[str | None], server.DemoServer], tmp_path: Path
) -> None:
    host = browser_host
    planned = _plan(variant(None).url, [*LOGIN, 'Verify the page shows "Products"'])

    class _Killer:
        def recall(self, step: model.PlannedStep, page_url: str) -> None:
            if step.index == 2:
                host._browser.close()  # the browser goes away mid-item
            return None

    with host.session(artifacts_dir=tmp_path, allowed_origins=(), trace="off") as session:
        execution = execute.run_plan(session, planned, timeouts=model.Timeouts(), environ=ENV, memory=_Killer())
    assert execution.infrastructure_error and "browser died during step 3" in execution.infrastructure_error
    assert model.settle_verdict(execution) is model.Verdict.ERROR
    assert not host.alive
    with host.session(artifacts_dir=tmp_path, allowed_origins=(), trace="off") as session:  # relaunched
        session.goto(variant(None).url + "/login", 5000)
    assert host.alive


def test_heal_tries_strategies_in_the_learned_order(
    browser_host: chromium.BrowserHost, variant: Callable[[str | None], server.DemoServer], tmp_path: Path
) -> None:
    from pacts_farm.finding import discover
    from pacts_farm.healing import heal

    step = _plan(variant(None).url, ["Click the Login button"]).steps[0]
    with browser_host.session(artifacts_dir=tmp_path, allowed_origins=(), trace="off") as session:
        session.goto(variant(None).url + "/login", 5000)
        old = discover.find(session, step.target, step.action, timeout_ms=1000)  # type: ignore[arg-type]
    outcomes = {}
    for ladder in (("reveal", "synonyms", "attributes"), ("attributes", "reveal", "synonyms")):
        with browser_host.session(artifacts_dir=tmp_path, allowed_origins=(), trace="off") as session:
            session.goto(variant("sign-in").url + "/login", 5000)
            healed = heal.heal_step(session, step, failed=old, problem="Login is gone", ladder=ladder)
        outcomes[ladder[0]] = healed.event.strategy
        assert healed.resolution.locator.describe() == 'role=button[name="Sign in"]'
    assert outcomes == {"reveal": "reveal", "attributes": "attributes"}


@pytest.mark.parametrize(
    ("after", "healed"),
    [
        ('<div class="box"><span>Newsletter signup for weekly deals</span><button>Submit</button></div>'
         '<div class="box"><span>Search the catalogue</span><button>Find</button></div>', True),
        ('<div class="box"><span>Newsletter signup for weekly deals</span><button>Submit</button></div>'
         '<div class="box"><span>Newsletter signup for weekly deals</span><button>Send</button></div>', False),
    ],
)
def test_heal_by_position_only_when_unique(run: Callable[..., model.Execution], pages: object, after: str, healed: bool) -> None:
    before = pages.add("/place-before", '<div class="box"><span>Newsletter signup for weekly deals</span><button>Go</button></div>'  # type: ignore[attr-defined]
                       '<div class="box"><span>Search the catalogue</span><button>Find</button></div>')
    drifted_url = pages.add(f"/place-after-{int(healed)}", after)  # type: ignore[attr-defined]
    origin = before.rsplit("/", 1)[0]
    warm = run(_plan(origin, ["Click Go"], "/place-before"))
    assert model.settle_verdict(warm) is model.Verdict.PASSED
    step = run(_plan(origin, ["Click Go"], drifted_url.removeprefix(origin)), memory=LearnedLocators(warm)).steps[0]
    if healed:
        assert step.outcome is model.Outcome.HEALED and step.heal is not None and step.heal.strategy == "neighbours"
        assert step.resolution is not None and step.resolution.locator.value == "Submit"
        (accepted,) = [a for a in step.heal_attempts if a.accepted]  # each rung keeps its own time and confidence
        assert accepted.duration_ms > 0 and accepted.confidence == step.resolution.confidence
        assert all(a.duration_ms > 0 for a in step.heal_attempts)
    else:
        assert step.outcome is model.Outcome.FAILED and step.heal is None
        assert any(a.strategy == "neighbours" and not a.accepted for a in step.heal_attempts)
