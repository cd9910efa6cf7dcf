"""Sentences of real-app suites read without a browser: values listed in an order, a table's columns, a text counted
where it is shown, controls counted by their label, a drawer open by its title, an item listed under a heading, a
message under a field's label, a value by a quoted label, a page named before its address, a title in single
quotes, and fixed waits (run up to 30 seconds)."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.planning import phrases, plan, rules

A, M = model.Action, model.Match


@pytest.mark.parametrize(
    ("sentence", "target", "values", "match"),
    [
        ('Verify the rows are in this order: "Office move", "Retired phone line"', model.Target(text="row", role_hint="row"),
         "Office move\nRetired phone line", M.SEQUENCE),
        ("Verify the products are in this order: commandlinefu T-shirt, Django T-shirt, Oscar T-shirt",
         model.Target(text="product"), "commandlinefu T-shirt\nDjango T-shirt\nOscar T-shirt", M.SEQUENCE),
        ("Verify the sidebar links are in this order: Dashboard, Discussions, Users",
         model.Target(text="link", role_hint="link", region="sidebar"), "Dashboard\nDiscussions\nUsers", M.SEQUENCE),
        ("Verify the columns are First Name, Last Name, Email", model.Target(text="column", role_hint="columnheader"),
         "First Name\nLast Name\nEmail", M.EQUALS),
        ('Verify the order of the cards is "Plan", "Build" and "Ship"', model.Target(text="card"), "Plan\nBuild\nShip", M.SEQUENCE),
    ],
)
def test_values_in_an_order_are_one_step_with_each_value_a_line(sentence: str, target: model.Target, values: str, match: M) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and intent.action is A.EXPECT_ORDER
    assert (intent.target, intent.value, intent.match) == (target, values, match)


def test_one_value_is_no_order_and_a_sort_keeps_its_direction() -> None:
    assert rules.understand('Verify the rows are in this order: "Office move"') is None
    sort = rules.understand("Verify the products are sorted by price, high to low")
    assert sort is not None and (sort.value, sort.match) == ("price", M.DESCENDING)


@pytest.mark.parametrize(
    ("sentence", "text", "count", "match"),
    [
        ('Verify the error "Required" is shown 2 times', "Required", "2", M.EQUALS),
        ('Verify "Required" is shown 5 times', "Required", "5", M.EQUALS),
        ('Verify "Required" appears twice', "Required", "2", M.EQUALS),
        ('Verify "Sold out" is shown once', "Sold out", "1", M.EQUALS),
        ('Verify "Required" is shown at least 2 times', "Required", "2", M.AT_LEAST),
    ],
)
def test_a_text_counted_where_it_is_shown(sentence: str, text: str, count: str, match: M) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and intent.action is A.EXPECT_COUNT
    assert intent.target == model.Target(text=text, exact=True, descriptor=model.SHOWN_TEXT)
    assert (intent.value, intent.match) == (count, match)


def test_controls_counted_by_their_label_whatever_they_look_like() -> None:
    intent = rules.understand('Verify there are 3 trash icon buttons labelled "Delete Comment"')
    assert intent is not None and intent.action is A.EXPECT_COUNT and intent.value == "3"
    assert intent.target == model.Target(text="Delete Comment", role_hint="button", exact=True)


@pytest.mark.parametrize("sentence", ['Verify the drawer "Create Discussion" is open', 'Verify the "Create Discussion" drawer is open',
                                      'Verify the dialog "Create Discussion" is open'])
def test_a_drawer_or_dialog_open_by_its_title(sentence: str) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and intent.action is A.EXPECT_VISIBLE
    assert intent.target == model.Target(text="Create Discussion", role_hint="dialog", exact=True)


def test_listed_under_a_heading_and_shown_under_a_label() -> None:
    listed = rules.understand('Verify the board "Sprint 1" is listed under Starred')
    assert listed is not None and listed.action is A.EXPECT_VISIBLE
    assert listed.target is not None and (listed.target.text, listed.target.section, listed.target.scope) == ("Sprint 1", "Starred", None)
    under = rules.understand('Verify "Required" is shown under the Body field')
    assert under is not None and under.action is A.EXPECT_VISIBLE
    assert under.target == model.Target(text="Required", exact=True, scope="Body", scope_box="labelled")
    assert rules.understand('Verify the tag "staging" is shown under the heading') is None  # which heading?


@pytest.mark.parametrize(
    ("sentence", "action", "target", "value"),
    [
        ('Verify the "Price (incl. tax)" is "£7.99"', A.EXPECT_TEXT, model.Target(text="Price (incl. tax)", exact=True), "£7.99"),
        ('Fill carol@example.com in "My email address is"', A.FILL,
         model.Target(text="My email address is", role_hint="textbox", exact=True), "carol@example.com"),
        ('Choose "I am a returning customer, and my password is"', A.CLICK,
         model.Target(text="I am a returning customer, and my password is", exact=True), None),
        ("Go to the basket page /en-gb/basket/", A.NAVIGATE, None, "/en-gb/basket/"),
        ('Verify the page no longer shows "Thanks, Grace."', A.EXPECT_HIDDEN, None, "Thanks, Grace."),
        ("Verify the title is '\"crash\" | Oscar - Sandbox'", A.EXPECT_TITLE, None, '"crash" | Oscar - Sandbox'),
    ],
)
def test_real_app_forms_become_typed_steps(sentence: str, action: model.Action, target: model.Target | None, value: str | None) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and (intent.action, intent.target, intent.value) == (action, target, value)


def test_values_split_on_commas_and_and_quoted_or_not() -> None:
    assert phrases.split_values('"A", "B" and "C"') == ["A", "B", "C"]
    assert phrases.split_values("Dashboard, Discussions, then Users") == ["Dashboard", "Discussions", "Users"]
    assert phrases.split_values('"A" or "B"') == []  # words between the quotes: not a list


@pytest.mark.parametrize(("sentence", "ms"), [("Wait 6 seconds", 6000), ("Wait for 500 ms", 500), ("Sleep 1.5 s", 1500),
                                               ("Pause for a moment", 1000), ("Wait a few seconds", 3000)])
def test_a_fixed_wait_is_a_pause_of_that_long(sentence: str, ms: int) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and (intent.action, intent.timeout_ms, intent.target, intent.value) == (A.PAUSE, ms, None, None)


def test_a_fixed_wait_over_thirty_seconds_or_for_nothing_said_is_refused_with_a_hint() -> None:
    with pytest.raises(rules.Refused) as too_long:
        rules.understand("Wait 31 seconds")
    assert "wait for something" in too_long.value.hint
    with pytest.raises(rules.Refused) as unsaid:
        rules.understand("Wait up to 10 seconds")
    assert "say what to wait for" in unsaid.value.hint


def test_waiting_for_the_page_to_load_is_a_wait_with_nothing_named() -> None:
    intent = rules.understand("Wait for the page to load")
    assert intent is not None and (intent.action, intent.target, intent.value) == (A.WAIT_FOR, None, None)


def test_an_unquoted_list_of_three_or_more_is_checked_one_by_one_and_other_values_stay_whole() -> None:
    crumbs = rules.understand("Verify the breadcrumb shows Home, Books, Fiction and Snow Crash")  # a part of the page
    assert crumbs is not None and crumbs.target is not None
    assert (crumbs.target.text, crumbs.target.region, crumbs.also) == ("Home", "breadcrumb", ("Books", "Fiction", "Snow Crash"))
    summary = rules.understand("Verify the order summary shows Red Shoe, Blue Hat and Green Sock")  # an element
    assert summary is not None and (summary.action, summary.value, summary.also) == (A.EXPECT_TEXT, "Red Shoe", ("Blue Hat", "Green Sock"))
    address = rules.understand("Verify the address shows 12 Test Street, London")
    assert address is not None and (address.value, address.also) == ("12 Test Street, London", ())
    footer = rules.understand("Verify the footer shows Terms and Conditions")
    assert footer is not None and footer.target is not None and (footer.target.text, footer.also) == ("Terms and Conditions", ())
    item = model.Item(key="k", requirement_id="k", title="k",
                      steps=(model.SuiteStep(text="Verify the sidebar shows Dashboard, Discussions and Users"),))

    shown = [(s.action, s.target.text if s.target else None, s.target.region if s.target else None)
             for s in plan.make_plan(item, base_url="http://127.0.0.1").steps]
    assert shown == [(A.EXPECT_VISIBLE, t, "sidebar") for t in ("Dashboard", "Discussions", "Users")]


def test_a_scope_keeps_its_part_of_the_page_apart() -> None:
    click = rules.understand("Click the dropdown arrow next to View basket in the header")
    assert click is not None and click.target is not None
    assert (click.target.scope, click.target.region) == ("View basket", "header")
