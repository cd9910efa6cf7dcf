"""Checks said on a wiki, a tracker and a budget app we did not write: a text that should no longer be shown, a menu
entry absent from the main or the context navigation, a control absent "at the top of the ticket", a named element
said alone, a history entry's values after "is now", a greeting in the sidebar, and a first Given that says the page the
requirement's url already opens."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.planning import plan
from tests.unit.planned_steps import planned, refused

A = model.Action


def test_should_no_longer_be_shown_is_hidden() -> None:
    (check,) = planned('Then "1 of 8" should no longer be shown')
    assert (check.action, check.value) == (A.EXPECT_HIDDEN, "1 of 8")


def test_what_a_dialog_says_will_happen_is_not_the_dialog_hidden() -> None:
    # "says the key will not be shown again" is the dialog's message, never a check that the dialog is gone
    assert refused('A dialog titled "Key Added" says the key will not be shown again')


def test_no_entry_in_the_main_navigation() -> None:
    (check,) = planned('And there is no "Admin" item in the main navigation')
    assert (check.action, check.target.text, check.target.region) == (A.EXPECT_HIDDEN, "Admin", "navigation")


def test_no_link_at_the_top_of_the_ticket_is_none_anywhere() -> None:
    (check,) = planned('There is no "Modify" link at the top of the ticket')
    assert (check.action, check.target.text, check.target.role_hint, check.value) == (A.EXPECT_COUNT, "Modify", "link", "0")


def test_the_context_navigation_is_a_navigation() -> None:
    (click,) = planned('Click on "Index" in the context navigation')
    assert (click.action, click.target.text, click.target.region) == (A.CLICK, "Index", "navigation")


def test_a_named_heading_said_alone_is_shown() -> None:
    (check,) = planned('Verify the "Differences" heading')
    assert (check.action, check.target.text, check.target.role_hint) == (A.EXPECT_VISIBLE, "Differences", "heading")


def test_checking_a_named_checkbox_still_ticks_it() -> None:
    (tick,) = planned('Check the "Remember me" checkbox')
    assert tick.action is A.CHECK


def test_an_entry_that_is_now_a_page_with_a_summary() -> None:
    steps = planned('Verify the first entry is now team:contacts with the summary "Bob moved to room 2.18"')
    assert [(s.action, s.target.position, s.value) for s in steps] == [
        (A.EXPECT_TEXT, 1, "team:contacts"), (A.EXPECT_TEXT, 1, "Bob moved to room 2.18")]


def test_the_sidebar_greets_someone_in_the_sidebar() -> None:
    (check,) = planned('Verify the sidebar greets "Hello, alice"')
    assert (check.action, check.target.text, check.target.region) == (A.EXPECT_VISIBLE, "Hello, alice", "sidebar")


def test_a_status_said_with_another_value() -> None:
    steps = planned('Then the ticket status is "closed" with the resolution "duplicate"')
    assert [(s.action, s.target.text.lower(), s.value) for s in steps] == [
        (A.EXPECT_TEXT, "status", "closed"), (A.EXPECT_TEXT, "resolution", "duplicate")]


def test_a_heading_that_no_longer_says_a_text() -> None:
    (check,) = planned('The heading no longer says "Create New Ticket"')
    assert (check.action, check.target.text, check.target.role_hint) == (A.EXPECT_HIDDEN, "Create New Ticket", "heading")


def _planned_from(url: str, *sentences: str) -> tuple[model.PlannedStep, ...]:
    item = model.Item(key="k", requirement_id="k", title="k", start_url=url,
                      steps=tuple(model.SuiteStep(text=s, line=i + 1) for i, s in enumerate(sentences)))
    return plan.make_plan(item, base_url="http://registry.test/").steps


@pytest.mark.parametrize(("url", "sentence"), [
    ("http://registry.test/-/web/detail/harbor-logger", "Given I am on the harbor-logger package page"),
    ("http://registry.test/-/web/detail/harbor-utils", "Given I am on the page of harbor-utils"),
    ("http://registry.test/books/content/", "Given I open the books table content without being signed in"),
])
def test_a_first_given_that_names_the_start_address_holds(url: str, sentence: str) -> None:
    first, click = _planned_from(url, sentence, "Click Login")
    assert (first.action, first.target, first.text) == (A.WAIT_FOR, None, sentence)
    assert click.action is A.CLICK


@pytest.mark.parametrize(("url", "sentences"), [
    ("http://registry.test/books/", ("Given I open the books table content",)),  # "content" is not in the address
    ("http://registry.test/-/web/detail/harbor-utils", ("Click Login", "Given I am on the page of harbor-utils")),  # not first
])
def test_a_given_page_the_start_address_does_not_name_is_still_opened(url: str, sentences: tuple[str, ...]) -> None:
    opened = _planned_from(url, *sentences)[-1]
    assert opened.action is A.CLICK


def test_a_heading_and_a_section_said_without_articles() -> None:
    heading, section = planned('The page show heading "On-call runbook" and a section "High memory usage"')
    assert (heading.action, heading.target.text, heading.target.role_hint) == (A.EXPECT_VISIBLE, "On-call runbook", "heading")
    assert (section.action, section.target.text) == (A.EXPECT_VISIBLE, "High memory usage")
    assert heading.value is None and section.value is None  # never the words 'heading "On-call runbook" and a …' as one text


def test_headings_read_out_from_top_to_bottom() -> None:
    (check,) = planned("The priority group headings read critical, urgent, bug, feature, wish from top to bottom")
    assert (check.action, check.value) == (A.EXPECT_ORDER, "critical\nurgent\nbug\nfeature\nwish")
