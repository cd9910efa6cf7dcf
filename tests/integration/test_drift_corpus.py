"""The drift corpus: every demo-shop release variant, run warm (with what the current release taught),
must heal, pass or fail exactly as expected, and no heal may pick the wrong element."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.execution import execute
from pacts_farm.planning import plan
from pacts_farm.browser import chromium
from pacts_farm.demo import server, variants

pytestmark = pytest.mark.browser
ENV = {"PW": "secret_sauce"}
LOGIN = ['Fill "standard_user" in the Username field', 'Fill "${env:PW}" in the Password field', "Click the Login button"]
FLOWS = {
    "login": [*LOGIN, 'Verify the page shows "Products"'],
    "cart": [*LOGIN, "Click Add to cart for the Blue Mug", 'Verify the cart badge shows "1"', "Click the cart icon",
             'Verify the page shows "Blue Mug"', 'Verify "Red Cap" is not visible', "Click Checkout",
             'Verify the URL contains "/checkout"'],
    "menu": [*LOGIN, "Open the menu", "Click the Logout link", 'Verify the URL contains "/login"'],
    "checkout": [*LOGIN, "Add the Blue Mug to the cart", "Click the cart icon", "Click Checkout",
                 'Fill "Ada" in the First Name field', 'Fill "Lovelace" in the Last Name field',
                 'Fill "12345" in the Zip/Postal Code field', "Click Continue", "Click Finish",
                 'Verify the page shows "Thank you for your order!"'],
    "search": [*LOGIN, 'Fill "hoodie" in the Search field', "Press Enter", 'Verify the page shows "Black Hoodie"',
               'Verify "Blue Mug" is not visible'],
    "locked": ['Fill "locked_out_user" in the Username field', 'Fill "${env:PW}" in the Password field', "Click Login",
               'Verify the page shows "Sorry, this user has been locked out."'],
}
FLOW_OF = {
    "broken-login": "login", "renamed-ids": "cart", "sign-in": "login", "late-products": "cart",
    "cookie-overlay": "login", "changed-heading": "login", "renamed-classes": "cart", "label-to-placeholder": "login",
    "wrapped-login": "login", "cart-in-footer": "cart", "duplicate-login": "login", "add-to-basket": "cart",
    "check-out": "cart", "login-as-link": "login", "cart-icon-removed": "cart", "thank-you-changed": "checkout",
    "menu-renamed": "menu", "late-login-form": "login", "disabled-login": "login", "search-off-screen": "search",
    "error-text-changed": "locked", "slow-script": "search", "next-release": "checkout",
}
EXPECTED = {"pass": model.Verdict.PASSED, "heal": model.Verdict.HEALED, "fail": model.Verdict.FAILED}


class _Memory:
    def __init__(self, execution: model.Execution) -> None:
        self.by_index = {s.index: s.resolution for s in execution.steps if s.resolution is not None}

    def recall(self, step: model.PlannedStep, page_url: str) -> model.Resolution | None:
        return self.by_index.get(step.index)


@pytest.fixture(scope="module")
def shops() -> Iterator[Callable[[str | None], str]]:
    running: dict[str | None, server.DemoServer] = {}

    def url(name: str | None) -> str:
        if name not in running:
            running[name] = server.start_demo_server(variant=name)
        return running[name].url

    yield url
    for shop in running.values():
        shop.stop()


@pytest.fixture(scope="module")
def learned(browser_host: chromium.BrowserHost, shops: Callable[[str | None], str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, model.Execution]:
    """Each flow once on the current release: what the cache would hold."""
    out = {}
    for flow, steps in FLOWS.items():
        execution = _run(browser_host, shops(None), steps, None, tmp_path_factory.mktemp(flow))
        assert model.settle_verdict(execution) is model.Verdict.PASSED, (flow, [(s.text, s.error) for s in execution.steps])
        out[flow] = execution
    return out


def _run(host: chromium.BrowserHost, base: str, steps: list[str], memory: object, folder: Path) -> model.Execution:
    item = model.Item(key="k", requirement_id="k", title="k", start_url=base + "/login",
                      steps=tuple(model.SuiteStep(text=s) for s in steps))
    planned = plan.make_plan(item, base_url=base)
    with host.session(artifacts_dir=folder, allowed_origins=(base,), trace="off") as session:
        return execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=1500, assertion_ms=2500),
                                environ=ENV, memory=memory)  # type: ignore[arg-type]


def test_drift_corpus_has_twenty_variants_each_with_a_flow() -> None:
    assert len(variants.names()) >= 20
    assert set(FLOW_OF) == set(variants.names())


@pytest.mark.parametrize("name", sorted(FLOW_OF))
def test_drift_variant_outcome(
    name: str, browser_host: chromium.BrowserHost, shops: Callable[[str | None], str],
    learned: dict[str, model.Execution], tmp_path: Path,
) -> None:
    flow = FLOW_OF[name]
    execution = _run(browser_host, shops(name), FLOWS[flow], _Memory(learned[flow]), tmp_path)
    verdict = model.settle_verdict(execution)
    expected = EXPECTED[variants.get(name).expect]
    assert verdict is expected, [(s.text, s.outcome.value, s.error, s.heal and s.heal.reason) for s in execution.steps]
    for step in execution.steps:
        if step.heal is not None:  # a heal must keep the kind of control and a related name
            assert step.resolution is not None and step.resolution.fingerprint is not None
            old = learned[flow].steps[step.index].resolution
            assert old is not None and old.fingerprint is not None
            assert _kind(step.resolution.fingerprint.role) == _kind(old.fingerprint.role), step
    if expected is model.Verdict.FAILED:
        failed = execution.failed_step
        assert failed is not None and failed.heal is None
        assert failed.error


def _kind(role: str | None) -> str:
    if role in ("button", "link"):
        return "press"
    if role in ("textbox", "searchbox", None):
        return "fill"
    return role
