"""Forms that hold more than one statement or a detail beside one, read without a browser: sentences written on one
line, an aside in brackets, a row said with one of its values, a text that quotes a name inside it, a box named
without "the", a column name in snake_case, a statement then a colon and a check, a value in the Nth row, a row's
cells said with commas. Each case has a reading that would be wrong (the next sentence taken as a value, a clause or
a count taken as a name, an aside with a value dropped, the first match anywhere for the first row's)."""

from __future__ import annotations

from pacts_farm import model

from tests.unit.planned_steps import planned, refused

A = model.Action


def _said(sentence: str) -> list[tuple[model.Action, str | None, str | None]]:
    return [(s.action, s.target.text if s.target else None, s.value) for s in planned(sentence)]


def test_sentences_on_one_line_are_steps_and_none_takes_the_next_as_its_value() -> None:
    assert _said('The name field contains "Cordless Drill 18V". supplier_id shows Fjord Machinery AS and '
                 "category_id shows Power Tools. unit_price is 129. quantity_in_stock is 15.") == [
        (A.EXPECT_TEXT, "name", "Cordless Drill 18V"), (A.EXPECT_TEXT, "supplier_id", "Fjord Machinery AS"),
        (A.EXPECT_TEXT, "category_id", "Power Tools"), (A.EXPECT_TEXT, "unit_price", "129"),
        (A.EXPECT_TEXT, "quantity_in_stock", "15"),
    ]
    assert [s.action for s in planned('Click Save. The message "Saved" appears.')] == [A.CLICK, A.EXPECT_VISIBLE]
    assert refused("Verify the heading is visible. Click Save")  # a check is never told as an action
    # a full stop inside a quoted value or after an abbreviation does not end a sentence
    (message,) = planned('The message "Saved. Reload to see it." is shown')
    assert message.value == "Saved. Reload to see it." or message.target.text == "Saved. Reload to see it."


def test_a_value_said_after_and_is_not_part_of_the_value_before() -> None:
    assert _said("The Categories count shows 6 and Tags shows 7") == [
        (A.EXPECT_TEXT, "Categories count", "6"), (A.EXPECT_TEXT, "Tags", "7")]


def test_a_label_with_brackets_or_a_column_name_and_its_value() -> None:
    assert _said("Uptime (24 hours) is 0%") == [(A.EXPECT_TEXT, "Uptime (24 hours)", "0%")]
    assert _said("unit_price is 129") == [(A.EXPECT_TEXT, "unit_price", "129")]
    assert refused("the user is logged in")  # a lower-case word with no underscore is no column name


def test_a_box_said_by_its_name_alone() -> None:
    steps = planned("In Quick Stats, Pause shows 1 and Up shows 0")
    assert [(s.target.text, s.target.scope, s.value) for s in steps] == [("Pause", "Quick Stats", "1"), ("Up", "Quick Stats", "0")]


def test_an_aside_is_a_check_when_it_reads_as_one_and_is_kept_when_it_holds_a_value() -> None:
    (url,) = planned("After signing in you land on the Posts list (the URL contains /admin/collections/posts)")
    assert (url.action, url.value) == (A.EXPECT_URL, "/admin/collections/posts")
    (count,) = planned("Four users are listed (every @example.test account)")
    assert (count.action, count.value) == (A.EXPECT_COUNT, "4")
    (total,) = planned("Verify the total is 3 (three items)")  # an aside with no check of its own stays in the value
    assert total.value == "3 (three items)"


def test_a_row_said_with_one_of_its_values_is_checked_in_that_row() -> None:
    for sentence, row, value in [
        ('There is a row "Dana Whitfield" with the email dana@harborlight.test', "Dana Whitfield", "dana@harborlight.test"),
        ('"image-hero1.webp" is listed with the alt text "Straight metallic shapes"', "image-hero1.webp", "Straight metallic shapes"),
        ('Check "Chicago DC3" is listed with object type "Site"', "Chicago DC3", "Site"),
    ]:
        (step,) = planned(sentence)
        assert (step.action, step.target.text, step.target.role_hint, step.value) == (A.EXPECT_TEXT, row, "row", value)


def test_a_text_that_quotes_a_name_inside_it_is_checked_whole() -> None:
    (heading,) = planned('The heading reads Delete "All-hands 2026-10-12"')
    assert (heading.target.text, heading.target.role_hint) == ('Delete "All-hands 2026-10-12"', "heading")
    (message,) = planned('The message says The article "All-hands" is now marked as deleted!')
    assert message.value == 'The article "All-hands" is now marked as deleted'
    (toast,) = planned('A success message Tag "home-lab" created successfully. appears')
    assert toast.value == 'Tag "home-lab" created successfully.'
    for sentence in ('The dialog stays open and shows the error Tag "Python" already exists.',
                     'The dialog stays open and shows the error "Tag already exists"'):
        (error,) = planned(sentence)  # shown in the dialog, which holds only while it is open; never "dialog stays open and"
        assert (error.action, error.target.text, error.value.startswith("Tag")) == (A.EXPECT_TEXT, "dialog", True)


def test_positions_said_with_the_verb_of_the_first() -> None:
    steps = planned('The first row should now be "Saw", the second row "Drill" and the third row "Sander".')
    assert [(s.target.position, s.value) for s in steps] == [(1, "Saw"), (2, "Drill"), (3, "Sander")]


def test_other_short_forms() -> None:
    assert _said('Tom can see the products table: "Read only".') == [(A.EXPECT_TEXT, "products table", "Read only")]
    # the range a table reports is shown by its footer or pager, no part of its rows: checked on the page, numbers whole
    assert _said('Tom can see the products table: "Showing 1–36 of 36".') == [(A.EXPECT_VISIBLE, None, "Showing 1–36 of 36")]
    assert _said("Confirm password: Harbor-2028") == [(A.FILL, "Confirm password", "Harbor-2028")]
    assert _said("Save without entering a title") == [(A.CLICK, "Save", None)]
    assert _said("Visit the posts archive") == [(A.CLICK, "posts archive", None)]
    assert _said('Verify that the draft "Kubernetes Cost Audit" is NOT listed there') == [(A.EXPECT_HIDDEN, None, "Kubernetes Cost Audit")]
    assert _said('"Maria Duplicate" is listed among the users') == [(A.EXPECT_VISIBLE, None, "Maria Duplicate")]
    assert _said('A new row appears with "+1 unsaved"') == [(A.EXPECT_VISIBLE, None, "+1 unsaved")]
    assert [a for a, _, _ in _said('A dialog opens with the buttons "Back" and "Switch"')] == [A.EXPECT_VISIBLE, A.EXPECT_VISIBLE]
    assert _said('Scroll down and check the "Core features" section is there')[0] == (A.PRESS, None, "PageDown")


def test_a_statement_then_a_colon_and_a_check_are_both_checked() -> None:
    assert [s.action for s in planned("You are sent to the login page: the URL contains /_accounts/login/")] == [A.EXPECT_PAGE, A.EXPECT_URL]
    assert [s.action for s in planned("I should be back on the login page: the URL contains /auth/login/")] == [A.EXPECT_PAGE, A.EXPECT_URL]


def test_what_is_in_the_nth_row_is_that_rows_text_never_the_first_match_anywhere() -> None:
    steps = planned("Engineering is in the first row and Projects in the last row")
    assert [(s.action, s.target.text, s.target.position, s.value) for s in steps] == [
        (A.EXPECT_TEXT, "row", 1, "Engineering"), (A.EXPECT_TEXT, "row", -1, "Projects")]
    (click,) = planned("Click Edit in the first row")  # an action keeps the first Edit, which is the first row's
    assert (click.action, click.target.text, click.target.position) == (A.CLICK, "Edit", 1)


def test_a_rows_cells_said_with_commas_or_and_are_each_checked_in_it() -> None:
    assert _said("The AWS console row says Platform team and 2 days") == [
        (A.EXPECT_TEXT, "AWS console", "Platform team"), (A.EXPECT_TEXT, "AWS console", "2 days")]
    assert _said('The row for "Ops" shows "Research and Development"') == [(A.EXPECT_TEXT, "Ops", "Research and Development")]
    assert [s.value for s in planned("The first row is 1 January, New Year's Day")] == ["1 January", "New Year's Day"]


def test_counts_places_and_asides_are_never_names() -> None:
    assert [s.action for s in planned("Exactly 1 result is returned: Salary Bands")] == [A.EXPECT_COUNT, A.EXPECT_EACH]
    assert _said("The table has 4 rows besides the header") == [(A.EXPECT_COUNT, "row", "4")]
    assert _said('The Slug field already contains "parking"') == [(A.EXPECT_TEXT, "Slug", "parking")]
    assert _said("Enter erin as Username and Tide-Pool-2026 as Password") == [
        (A.FILL, "Username", "erin"), (A.FILL, "Password", "Tide-Pool-2026")]
    assert _said('At the bottom it says "Last modified: Sept. 5"') == [(A.EXPECT_VISIBLE, None, "Last modified: Sept. 5")]
    assert _said('Below the table: "The office is closed."') == [(A.EXPECT_VISIBLE, None, "The office is closed.")]  # never a fill
    (value,) = planned('Under Permissions, the Group dropdown has "Engineering" selected')
    assert (value.action, value.target.text, value.target.scope, value.value) == (A.EXPECT_VALUE, "Group", "Permissions", "Engineering")
    assert _said('The article text includes "Reviewers respond"') == [(A.EXPECT_VISIBLE, None, "Reviewers respond")]
    assert _said("Open the wiki home page")[0][0] is A.NAVIGATE
    assert _said('Click the trash icon item "Deleted articles"') == [(A.CLICK, "Deleted articles", None)]


def test_a_rows_values_said_with_their_kind() -> None:
    assert _said('The last row is dated "May 1, 2026"') == [(A.EXPECT_TEXT, "row", "May 1, 2026")]
    assert _said("The row for olive has the email olive@example.test") == [(A.EXPECT_TEXT, "olive", "olive@example.test")]
    assert [s.value for s in planned('The first row is Vitamin D with a dosage of "1.0 Drops"')] == ["Vitamin D", "1.0 Drops"]
    assert [(s.action, s.value) for s in planned('Both rows have the type "Solid food"')] == [
        (A.EXPECT_COUNT, "2"), (A.EXPECT_EACH, "Solid food")]  # "both": the count of two is kept
    assert _said('All rows show the status "Open"') == [(A.EXPECT_EACH, "row", "Open")]
    assert _said('Click "All authors" in the sidebar')[0][1] == "All authors"  # a link's name is never a count
    assert _said('Check the question "Are you sure?"') == [(A.EXPECT_VISIBLE, None, "Are you sure?")]  # never ticked
    assert _said('Check "Remember me"')[0][0] is A.CHECK


def test_only_one_name_left_is_one_row_and_it_is_that_one() -> None:
    for sentence, name in [('Only "Critical open tickets" is left', "Critical open tickets"), ("Only kpatel is listed", "kpatel")]:
        assert [(s.action, s.value) for s in planned(sentence)] == [(A.EXPECT_COUNT, "1"), (A.EXPECT_EACH, name)]
    assert _said("Click Only Once") == [(A.CLICK, "Only Once", None)]  # a control's name stays a name


def test_a_row_said_by_its_number_is_that_row() -> None:
    (row,) = planned("Row 1 is Atlas Fastening Ltd.")
    assert (row.action, row.target.text, row.target.position, row.value) == (A.EXPECT_TEXT, "row", 1, "Atlas Fastening Ltd")
    assert planned('Row 12 shows "x"')[0].target.position == 12


def test_a_listed_name_with_a_control_is_that_control_in_its_row() -> None:
    (restore,) = planned('The table lists "Legacy VPN Setup" with a Restore button')
    assert (restore.action, restore.target.text, restore.target.role_hint, restore.target.scope) == (
        A.EXPECT_VISIBLE, "Restore", "button", "Legacy VPN Setup")  # never the text "a Restore button"
