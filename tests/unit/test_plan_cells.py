"""A table cell said by its column and its row (phrases.cell_target and the rule and retelling that use it): the
column said is kept in the target, so the check reads that one cell; a part word keeps the part reading; a count
alone, a kind of control or a box is never taken for a column."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.finding import fields
from pacts_farm.planning import phrases
from tests.unit.planned_steps import planned

A = model.Action


@pytest.mark.parametrize(("sentence", "column", "row", "position", "value"), [
    ('Verify the Document count for "Paid" is 26', "Document count", "Paid", None, "26"),
    ('Verify the matching for "Holiday 2026" is "Any: 26"', "matching", "Holiday 2026", None, "Any: 26"),
    ('Verify the Email column for admin is "admin@example.com"', "Email", "admin", None, "admin@example.com"),
    ('Verify the correspondent of the second row is "Sunrise Kindergarten"', "correspondent", None, 2, "Sunrise Kindergarten"),
    ("Verify the last row's document count is 0", "document count", None, -1, "0"),
    ('Verify the row "Paid" has document count 26', "document count", "Paid", None, "26"),
    ('Verify the second row has correspondent "Sunrise Kindergarten"', "correspondent", None, 2, "Sunrise Kindergarten"),
])
def test_a_cell_keeps_its_column(sentence: str, column: str, row: str | None, position: int | None, value: str) -> None:
    (step,) = planned(sentence)
    assert step.action is A.EXPECT_TEXT and step.value == value
    assert (step.target.text, step.target.scope, step.target.position, step.target.descriptor) == (column, row, position, fields.COLUMN_CELL)


def test_a_table_row_named_then_its_cell() -> None:
    shown, cell = planned('Verify the table has a row "Holiday 2026" with document count 0')
    assert (shown.action, shown.target.text, shown.target.role_hint) == (A.EXPECT_VISIBLE, "Holiday 2026", "row")
    assert (cell.target.text, cell.target.scope, cell.value) == ("document count", "Holiday 2026", "0")


@pytest.mark.parametrize(("phrase", "reading"), [
    ('price for "Blue Mug"', ("price", "Blue Mug", None)),  # an item's part: a column first, else its part
    ('Remove in the row for "QA Scratch Page"', None),  # a control in that row
    ('Edit button for "Blue Mug"', None),  # a control
    ('count for "Books"', None),  # a figure, not a column
    ('row for "Paid"', None),
    ('name of the second row', None),  # the second row's name, as the item rules read it
])
def test_what_is_not_a_column(phrase: str, reading: tuple[str, str, None] | None) -> None:
    target = phrases.cell_target(phrase)
    assert (None if target is None else (target.text, target.scope, target.descriptor)) == reading
