"""A step that signs in by an auth flow's or an account's name runs that flow there, in turn (its page, then its steps,
then what the sentence says next), and the plan's cache key follows the flow's steps; a name no flow has is read as
written. An account's password is always a secret."""

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
    assert "accounts:" in str(refused.value.problems[0].hint)


def test_the_loader_and_the_planner_share_what_signs_in_by_a_name_alone() -> None:
    from pacts_farm.planning import rules

    for sentence in ("Log in as admin", "Sign in as the admin user.", "I log in as admin", "Login as admin",
                     "And I am signed in as admin", "Given I am logged in as Admin"):
        named = rules.signs_in_as(sentence)
        assert named is not None and named.name.lower() == "admin" and not named.then, sentence
    for sentence in ("Log in as admin with password x", "Log in as admin and Secret-1", "Log in as admin, password x y",
                     "Click admin"):
        assert rules.signs_in_as(sentence) is None, sentence


def test_what_follows_a_sign_in_by_name_is_kept_as_the_next_thing_to_do() -> None:
    from pacts_farm.planning import rules

    cases = {
        "Log in as admin and open Documents": "open Documents",
        "login as admin, open Documents": "open Documents",
        "Log in as alice, then choose New Test Case from the TESTING menu.": "choose New Test Case from the TESTING menu",
        "Given I am logged in as admin and on the Maintenance page": "Go to the Maintenance page",
        "Given I am signed in as Maya on Settings > Groups": "Go to Settings > Groups",
        "Given I am logged in as admin and viewing the VLAN list": "Go to the VLAN list",
        "Try to log in as lena using her normal password.": "",
    }
    for sentence, then in cases.items():
        named = rules.signs_in_as(sentence)
        assert named is not None and named.then == then, sentence


ACCOUNTS = """name: t
base_url: http://shop.test
accounts:
  tom: {password: Hunter-22}
  maya: {username: "${maya_email}", password: "${pw}", url: /login}
vars:
  pw: Maya-Pass-9
  maya_email: maya@northwind.test
requirements:
  - id: tom
    steps:
      - Log in as Tom and open Documents
  - id: maya
    url: /about
    steps:
      - Given I am signed in as maya@northwind.test and on the Tags page
"""


def test_an_account_signs_in_with_its_user_name_and_a_secret_password() -> None:
    loaded = _load(ACCOUNTS)
    steps = plan.make_plan(loaded.items[0], base_url=loaded.base_url).steps
    fills = [s for s in steps if s.action is A.FILL]
    assert [s.value for s in fills] == ["tom", "${secret:account_tom_password}"]
    assert steps[-1].action is A.CLICK and steps[-1].target is not None and steps[-1].target.text == "Documents"
    assert dict(loaded.secrets.values) == {"account_maya_password": "Maya-Pass-9", "account_tom_password": "Hunter-22"}
    from pacts_farm.store import codec

    stored = str(codec.item_to_json(loaded.items[0])) + planner.requirement_text(loaded.items[0], loaded.base_url)
    assert "Hunter-22" not in stored  # the password is never in a stored item or a plan key


def test_an_account_with_a_page_opens_it_and_is_found_by_its_user_name() -> None:  # a var's value, as typed
    loaded = _load(ACCOUNTS)
    steps = plan.make_plan(loaded.items[1], base_url=loaded.base_url).steps
    assert steps[0].action is A.NAVIGATE and steps[0].value == "http://shop.test/login"
    assert [s.value for s in steps if s.action is A.FILL] == ["maya@northwind.test", "${secret:account_maya_password}"]
    assert steps[-1].target is not None and steps[-1].target.text == "Tags"  # "… and on the Tags page": opened there


def test_a_name_that_is_both_an_account_and_an_auth_flow_is_refused_where_it_is() -> None:
    both = SUITE.replace("auth:\n", "accounts:\n  Admin: {password: x}\nauth:\n")
    with pytest.raises(errors.SuiteInvalid) as refused:
        _load(both)
    assert "both an account and an auth flow" in str(refused.value) and refused.value.line == 6


def test_an_account_without_a_password_is_refused_by_the_schema() -> None:
    with pytest.raises(errors.SuiteInvalid) as refused:
        _load(ACCOUNTS.replace("tom: {password: Hunter-22}", "tom: {username: tom}"))
    assert "password" in str(refused.value)


@pytest.mark.parametrize("sentence", ["Login with admin", "Do sign in as admin with the auth string"])
def test_an_account_signed_in_with_by_its_name(sentence: str) -> None:
    loaded = _load("""name: t
base_url: http://shop.test
accounts:
  admin:
    password: admin:Orchard-2026
requirements:
  - id: r
    steps:
      - %s
      - Verify "Dashboard" is shown
""" % sentence)
    steps = plan.make_plan(loaded.items[0], base_url=loaded.base_url).steps
    assert [s.action for s in steps][-4:] == [A.FILL, A.FILL, A.PRESS, A.EXPECT_VISIBLE]
    assert steps[-4].value == "admin" and steps[-3].value.startswith("${secret:")
