"""A step that signs in by an auth flow's name runs that flow there, in turn (its page, then its steps), and the
plan's cache key follows the flow's steps; a name no flow has is read as written."""

from __future__ import annotations

import pytest

from pacts_farm import errors, model
from pacts_farm.planning import plan, planner
from pacts_farm.suites import suite

A = model.Action
SUITE = """name: t
base_url: http://shop.test
vars:
  pw: {value: Secret-1, secret: true}
auth:
  admin:
    url: /login
    steps:
      - Fill "admin" in the username field
      - Fill ${pw} in the password field
      - Click the "Log in" button
requirements:
  - id: switch
    steps:
      - Verify "Welcome" is shown
      - Given I am logged in as Admin
      - Verify "Dashboard" is shown
  - id: unknown
    steps:
      - Log in as bob
"""


def _load(text: str = SUITE) -> model.Suite:
    return suite.load_suite_text(text, source="suite.yaml", environ={})


def test_a_step_named_after_a_flow_runs_its_page_and_steps_there() -> None:
    loaded = _load()
    steps = plan.make_plan(loaded.items[0], base_url=loaded.base_url).steps
    assert [s.action for s in steps] == [A.EXPECT_VISIBLE, A.NAVIGATE, A.FILL, A.FILL, A.CLICK, A.EXPECT_VISIBLE]
    assert steps[1].value == "http://shop.test/login"
    assert steps[3].value == "${secret:pw}"  # the secret stays a placeholder
    assert {s.text for s in steps[1:5]} == {"Given I am logged in as Admin"}  # reported as the sentence said


def test_a_name_no_flow_has_is_read_as_written() -> None:
    loaded = _load()
    with pytest.raises(errors.PlanInvalid):
        plan.make_plan(loaded.items[1], base_url=loaded.base_url)


def test_the_plan_key_follows_the_flows_steps() -> None:
    before = planner.requirement_text(_load().items[0], "http://shop.test")
    changed = planner.requirement_text(_load(SUITE.replace('Click the "Log in" button', 'Click "Sign in"')).items[0], "http://shop.test")
    assert before != changed
    untouched = planner.requirement_text(_load().items[1], "http://shop.test")
    assert '"Log in as bob"' in untouched and "signs_in" not in untouched


def test_an_item_that_signs_in_by_name_survives_the_store_codec() -> None:
    from pacts_farm.store import codec

    item = _load().items[0]
    assert codec.item_from_json(codec.item_to_json(item)) == item
    plain = _load().items[1]
    assert "signs_in" not in codec.item_to_json(plain)["steps"][0]  # rows written before stay as they were


def test_a_name_with_no_flow_and_no_password_says_what_to_do() -> None:
    loaded = _load()
    with pytest.raises(errors.PlanInvalid) as refused:
        plan.make_plan(loaded.items[1], base_url=loaded.base_url)
    assert "auth flow named bob" in str(refused.value.problems[0].hint)


def test_the_loader_and_the_planner_share_what_signs_in_by_a_name_alone() -> None:
    from pacts_farm.planning import rules

    for sentence in ("Log in as admin", "Sign in as the admin user.", "I log in as admin", "Login as admin",
                     "And I am signed in as admin", "Given I am logged in as Admin"):
        assert (rules.signs_in_as(sentence) or "").lower() == "admin", sentence
    for sentence in ("Log in as admin with password x", "Log in as admin and open Documents", "Click admin"):
        assert rules.signs_in_as(sentence) is None, sentence
