"""auth: flows run once per worker and run; signed-in requirements start from the saved browser state."""

from __future__ import annotations

from pathlib import Path

import pytest

from pacts_farm import errors, model, pipeline, submit
from pacts_farm.demo import server
from pacts_farm.runtime import Runtime
from pacts_farm.store import repo

pytestmark = pytest.mark.browser
SUITE = """\
name: Auth reuse
base_url: http://127.0.0.1:1
auth:
  shopper:
    url: /login
    steps:
      - Fill "standard_user" in the Username field
      - Fill "${env:SHOP_PASSWORD}" in the Password field
      - Click Login
      - Verify the page shows "Products"
requirements:
  - id: cart
    auth: shopper
    url: /inventory
    steps:
      - Click Add to cart for the Blue Mug
      - Verify the cart badge shows "1"
  - id: sort
    auth: shopper
    url: /inventory
    steps:
      - Select "Price (low to high)" from the sort dropdown
      - Verify the page shows "$7.49"
  - id: wrong-page
    auth: shopper
    url: /inventory
    steps:
      - Verify the page shows "No such product"
  - id: after-failure
    auth: shopper
    url: /inventory
    steps:
      - Verify the page shows "Products"
  - id: anonymous
    url: /inventory
    steps:
      - Verify the URL contains "/login"
"""


def _run(rt: Runtime, base_url: str, tmp_path: Path, environ: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> model.RunResult:
    for name, value in environ.items():
        monkeypatch.setenv(name, value)  # the browser stage reads secrets from its own environment
    submission = submit.prepare_text(SUITE, source="auth.yaml", environ=environ, base_url=base_url)
    run_id = submit.new_run_id()
    item_ids = repo.create_run(rt.sessions, run_id=run_id, suite=submission.suite, content=SUITE + run_id,
                               mode="embedded", output_dir=str(tmp_path / run_id), options=submit.auth_options(submission))
    for item_id in item_ids:
        for stage in (pipeline.plan_item, pipeline.discover_item, pipeline.execute_item, pipeline.heal_item):
            stage(rt, item_id)
    return repo.load_run_result(rt.sessions, run_id)


def test_auth_flow_runs_once_and_is_dropped_after_a_failure(rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with server.start_demo_server() as shop:
        result = _run(rt, shop.url, tmp_path, {"SHOP_PASSWORD": "secret_sauce"}, monkeypatch)
    items = {i.item_key: i for i in result.items}
    assert {k: i.verdict for k, i in items.items()} == {
        "cart": model.Verdict.PASSED, "sort": model.Verdict.PASSED, "wrong-page": model.Verdict.FAILED,
        "after-failure": model.Verdict.PASSED, "anonymous": model.Verdict.PASSED,
    }
    signed_in_anew = [k for k, i in items.items() if i.phases.auth_ms > 0]
    # once, and again after a failure dropped the state (a retried try on a busy machine is such a failure too)
    expected, dropped = [], True
    for key in ("cart", "sort", "wrong-page", "after-failure"):
        if dropped or items[key].tries > 1:
            expected.append(key)
        dropped = items[key].verdict is model.Verdict.FAILED
    assert expected[:1] == ["cart"] and "after-failure" in expected
    told = {k: (i.tries, i.try_errors) for k, i in items.items()}
    assert signed_in_anew == expected, told
    assert items["anonymous"].phases.auth_ms == 0


def test_auth_flow_failure_fails_its_requirements_with_the_flow_step(
    rt: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with server.start_demo_server() as shop:
        result = _run(rt, shop.url, tmp_path, {"SHOP_PASSWORD": "wrong"}, monkeypatch)
    cart = next(i for i in result.items if i.item_key == "cart")
    assert cart.verdict is model.Verdict.FAILED
    assert cart.steps[0].error is not None
    assert cart.steps[0].error.startswith("signing in with auth 'shopper' failed at its step 4 (Verify the page shows \"Products\")")
    assert [s.outcome for s in cart.steps[1:]] == [model.Outcome.SKIPPED]
    assert "wrong" not in (cart.steps[0].error or "")
    assert rt.signed_in.get(result.run_id, "shopper") is None


def test_auth_names_an_undefined_flow_with_file_line_and_field() -> None:
    text = SUITE.replace("    auth: shopper\n    url: /inventory\n    steps:\n      - Click Add", "    auth: buyer\n    url: /inventory\n    steps:\n      - Click Add")
    with pytest.raises(errors.SuiteInvalid) as caught:
        submit.prepare_text(text, source="auth.yaml", environ={"SHOP_PASSWORD": "x"})
    assert caught.value.field == "requirements[0].auth"
    assert caught.value.line == 13
    assert "unknown auth 'buyer'" in caught.value.message and "shopper" in caught.value.message


def test_auth_flow_steps_are_planned_with_their_problems_named() -> None:
    text = SUITE.replace('      - Click Login\n', '      - Frobnicate the login\n', 1)
    with pytest.raises(errors.PlanInvalid) as caught:
        submit.prepare_text(text, source="auth.yaml", environ={"SHOP_PASSWORD": "x"})
    assert "auth.shopper.steps[2]" in caught.value.message


def test_signed_in_states_are_bounded_to_recent_runs() -> None:
    from pacts_farm.runtime import SignedIn

    states = SignedIn(keep_runs=2)
    for run in ("r1", "r2", "r3"):
        states.put(run, "shopper", {"cookies": [run]})
    assert states.get("r1", "shopper") is None
    assert states.get("r3", "shopper") == {"cookies": ["r3"]}
