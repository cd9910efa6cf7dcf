"""What one counted item says, piece by piece, as testers of a budget app, two wikis and two trackers wrote it: any
noun a list counts ("the second transaction", "the top History row"), the top and the bottom of a list as its first
and last, a value then "to" whom, a figure with a thousands comma kept whole, "marked" a state, and a figure in a
named column read as that cell."""

from __future__ import annotations

import pytest

from pacts_farm import model
from tests.unit.planned_steps import planned, refused

A = model.Action


def _said(sentence: str) -> list[tuple[str, int | None, str | None]]:
    steps = planned(sentence)
    assert all(s.action is A.EXPECT_TEXT for s in steps)
    return [(s.target.text, s.target.position, s.value) for s in steps]


def test_a_transaction_counted_from_the_top_says_each_piece() -> None:
    assert _said('Verify the second transaction is "December rent" to Riverside Properties for 1,450.00.') == [
        ("transaction", 2, "December rent"), ("transaction", 2, "Riverside Properties"), ("transaction", 2, "1,450.00"),
    ]


def test_a_figure_in_a_named_column_is_that_cell_of_the_row() -> None:
    steps = planned("Verify the last transaction is the Starting Balance dated 10/31/2026 with 2,500.00 in the Deposit column.")
    assert [(s.target.text, s.target.position, s.value) for s in steps[:2]] == [
        ("transaction", -1, "Starting Balance"), ("transaction", -1, "10/31/2026"),
    ]
    cell = steps[2]
    assert (cell.target.text, cell.target.descriptor, cell.target.position, cell.value) == ("Deposit", "column", -1, "2,500.00")


@pytest.mark.parametrize(("sentence", "position"), [
    ('Verify the top History row is by alice, action "set", with "status: chatting -> in-progress"', 1),
    ('Verify the bottom History row is by carol, action "create"', -1),
])
def test_the_top_and_the_bottom_row_are_the_first_and_the_last(sentence: str, position: int) -> None:
    said = _said(sentence)
    assert {(text, at) for text, at, _ in said} == {("History row", position)}
    assert said[0][2] in ("alice", "carol") and said[1][2] in ("set", "create")


def test_the_top_row_said_alone_is_the_first_row() -> None:
    assert _said("The top row is gbm-v4-nightly") == [("row", 1, "gbm-v4-nightly")]


def test_the_top_menu_is_never_a_first_item() -> None:
    (check,) = planned('Verify the top menu is "Home"')
    assert check.target.position is None


def test_a_quoted_value_then_by_whom() -> None:
    steps = planned('Verify the first message in the Messages section is "msg6 (view)" by bob')
    assert [s.value for s in steps] == ["msg6 (view)", "bob"]
    assert {(s.target.section, s.target.position) for s in steps} == {("Messages", 1)}


def test_a_row_marked_a_state() -> None:
    assert _said('Verify the second row is "Ten Days in Sicily" marked Draft') == [("row", 2, "Ten Days in Sicily"), ("row", 2, "Draft")]


def test_a_revision_with_its_note() -> None:
    assert _said('The top revision is "(#2) by bob" with the note "Run browser tests on merge"') == [
        ("revision", 1, "(#2) by bob"), ("revision", 1, "Run browser tests on merge"),
    ]


def test_a_thousands_comma_never_cuts_a_figure() -> None:
    steps = planned('Verify "Monthly rent" is for Riverside Properties from Everyday Checking with amount 1,450.00.')
    assert [s.value for s in steps] == ["Riverside Properties", "Everyday Checking", "1,450.00"]


def test_what_follows_in_the_list_is_never_said_of_the_first() -> None:
    """'followed by Hand Tools with 7': the second group, never a piece of the first (no reading rather than a wrong one)."""
    for step in planned_or_none("The first group is Fasteners with 6 records, followed by Hand Tools with 7."):
        assert step.value != "Hand Tools"


def test_a_capitalised_word_then_to_is_no_row() -> None:
    """'Redirected to login again': a page reached, never the row "Redirected" showing "login"."""
    for step in planned_or_none("Redirected to login again"):
        assert step.target is None or step.target.text != "Redirected"


def planned_or_none(sentence: str) -> tuple[model.PlannedStep, ...]:
    return () if refused(sentence) else planned(sentence)

