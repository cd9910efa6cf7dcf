"""Forms from a shared-budget app and a recipe manager we did not build, read without a browser: a row or a part
owned by a name ("Bob's row", "Hugo's balance"), three statements in one sentence, a test case's Expected line that
wraps onto the next line, names of a kind listed, an item without a control, a message said by its kind, "Check"
that checks what the page shows rather than ticking, and the entry of the page shown ("active" in a navigation)."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.planning import plan

from tests.unit.planned_steps import planned, refused

A = model.Action


def _one(sentence: str) -> model.PlannedStep:
    steps = planned(sentence)
    assert len(steps) == 1, steps
    return steps[0]


@pytest.mark.parametrize(("sentence", "action", "target"), [
    ("Click Edit in Bob's row", A.CLICK, model.Target(text="Edit", scope="Bob")),
    ('Click "Register settlement" in Karla\'s row', A.CLICK, model.Target(text="Register settlement", exact=True, scope="Karla")),
    ("Tom's row now has a reactivate button", A.EXPECT_VISIBLE, model.Target(text="reactivate", role_hint="button", scope="Tom")),
    ("Check Yann's row now has a deactivate button", A.EXPECT_VISIBLE, model.Target(text="deactivate", role_hint="button", scope="Yann")),
])
def test_a_row_owned_by_a_name_is_the_row_for_it(sentence: str, action: model.Action, target: model.Target) -> None:
    step = _one(sentence)
    assert (step.action, step.target) == (action, target)


def test_a_part_owned_by_a_name_is_read_in_its_item_and_where_it_is_said() -> None:
    step = _one("Hugo's balance in the sidebar is +CHF683.78")
    assert step.action is A.EXPECT_TEXT and step.value == "+CHF683.78"
    assert (step.target.text, step.target.scope, step.target.region) == ("balance", "Hugo", "sidebar")


def test_an_owner_after_the_is_not_a_name() -> None:
    # "the user's row": a kind of owner; never the row for "user"
    assert _one("Verify the user's row is visible").target.scope is None


def test_a_column_in_the_row_for_an_unquoted_name_is_that_cell() -> None:
    step = _one("The username in Vera Lind's row is vera")
    assert (step.target.text, step.target.scope, step.target.descriptor, step.value) == ("username", "Vera Lind", "column", "vera")


def test_three_statements_in_one_are_three_checks() -> None:
    steps = planned('The error "Wrong code" is displayed, the page still says "Authentication" and the URL contains /authenticate')
    assert [s.action for s in steps] == [A.EXPECT_TEXT, A.EXPECT_VISIBLE, A.EXPECT_URL]
    assert [s.value for s in steps] == ["Wrong code", "Authentication", "/authenticate"]


def test_a_list_after_a_comma_is_not_a_statement_of_its_own() -> None:
    steps = planned("The dialog has the tabs Account, Preferences and About Planka")
    assert [(s.target.text, s.target.role_hint, s.target.region) for s in steps] == [
        ("Account", "tab", "dialog"), ("Preferences", "tab", "dialog"), ("About Planka", "tab", "dialog")]


def test_a_date_with_a_comma_stays_one_value() -> None:
    step = _one('In the row for "Renew passport", the due date reads Nov 20, 2026')
    assert step.value == "Nov 20, 2026"


def test_a_count_then_the_first_of_them() -> None:
    count, first = planned('The Ingredients section lists 6 ingredients, the first being "3 pounds beef chuck"')
    assert (count.action, count.value) == (A.EXPECT_COUNT, "6")
    assert (first.action, first.target.position, first.value) == (A.EXPECT_TEXT, 1, "3 pounds beef chuck")


def test_an_expected_line_that_wraps_is_one_sentence_read_as_its_statements() -> None:
    text = ("Test: wrong code\nURL: /authenticate\n1. Click Login\n"
            'Expected: the error "This private code is not the right one" is displayed, the page still says\n'
            '"Authentication" and the URL contains /authenticate\n')
    item = model.Item(key="k", requirement_id="k", title="k", free_text=text, start_url="http://h/")
    steps = plan.make_plan(item, base_url="http://h/").steps
    assert [s.action for s in steps] == [A.CLICK, A.EXPECT_TEXT, A.EXPECT_VISIBLE, A.EXPECT_URL]
    assert steps[2].value == "Authentication"


def test_an_expected_line_that_is_no_statement_is_a_text_shown() -> None:
    item = model.Item(key="k", requirement_id="k", title="k", free_text="1. Click Pay\nExpected: Thank you, Ada\n", start_url="http://h/")
    last = plan.make_plan(item, base_url="http://h/").steps[-1]
    assert (last.action, last.value) == (A.EXPECT_VISIBLE, "Thank you, Ada")


def test_names_of_a_kind_listed_are_each_shown() -> None:
    steps = planned("The categories Baking, Breakfast, Side Dish and Soup are listed")
    assert [(s.action, s.value) for s in steps] == [(A.EXPECT_VISIBLE, v) for v in ("Baking", "Breakfast", "Side Dish", "Soup")]


def test_an_item_without_a_control_is_there_and_the_control_is_not() -> None:
    shown, hidden = planned("Check that Ethan's row has no \"edit\" button")
    assert (shown.action, shown.target.text, shown.target.role_hint) == (A.EXPECT_VISIBLE, "Ethan", "row")
    assert (hidden.action, hidden.target.text, hidden.target.scope) == (A.EXPECT_HIDDEN, "edit", "Ethan")


@pytest.mark.parametrize("sentence", [
    'Verify the message "The bill has been added"',
    'Check the message "Yann is part of this project again"',
    'Check for the message "Note created successfully!"',
])
def test_a_message_said_by_its_kind_is_checked_never_ticked(sentence: str) -> None:
    step = _one(sentence)
    assert step.action is A.EXPECT_VISIBLE and step.target.descriptor == "message"


def test_check_still_ticks_a_checkbox() -> None:
    assert _one('Check "Remember me"').action is A.CHECK


def test_find_is_a_check_that_the_thing_is_there() -> None:
    step = _one('Find the row for "Refund for the vacuum"')
    assert (step.action, step.target.text, step.target.role_hint) == (A.EXPECT_VISIBLE, "Refund for the vacuum", "row")


def test_an_icon_said_with_its_tooltip_in_brackets_is_the_icon() -> None:
    step = _one('In the row for "Dishwasher repair", the eye icon (show) is visible')
    assert (step.target.text, step.target.scope, step.target.descriptor) == ("eye", "Dishwasher repair", "icon")


def test_its_before_a_named_field_is_that_field() -> None:
    step = _one('Type "letmein" in its Private code field')
    assert (step.action, step.target.text, step.value) == (A.FILL, "Private code", "letmein")


@pytest.mark.parametrize("sentence", [
    'Verify "Statistics" is active in the navigation bar',
    'Verify "Statistics" is the active item in the navigation bar',
    "Verify the Statistics link is active",
])
def test_an_active_entry_is_the_page_own_never_an_enabled_link(sentence: str) -> None:
    step = _one(sentence)
    assert (step.action, step.target.text, step.value) == (A.EXPECT_STATE, "Statistics", "current")


def test_an_active_button_is_an_enabled_one() -> None:
    assert _one("Verify the Save button is active").value == "enabled"


def test_every_item_with_a_named_control_shows_its_name_and_an_unnamed_icon_is_refused() -> None:
    step = _one("Every row has an Unarchive button")
    assert (step.action, step.value) == (A.EXPECT_EACH, "Unarchive")
    assert refused("Every list has a trash icon")  # never "every list shows the text icon"


def test_a_name_and_its_position_are_two_checks() -> None:
    value, position = planned("Verify January 2025 is €1,690.34 and is the last row")
    assert (value.target.text, value.value) == ("January 2025", "€1,690.34")
    assert (position.target.text, position.target.position, position.value) == ("row", -1, "January 2025")


@pytest.mark.parametrize("sentence", [
    "Verify the row for Marshmallows shows Uma as the payer",  # which column says Uma is not said: never any Uma in the row
    "Verify the expenses by month table lists 4 months",  # a count, never the text "4 months"
])
def test_a_value_that_is_no_one_text_is_refused(sentence: str) -> None:
    assert refused(sentence)


@pytest.mark.parametrize(("sentence", "target"), [
    ("Choose Uma as who paid", "who paid"),
    ("Select Uma in the Payer field", "Payer"),
])
def test_a_value_chosen_in_a_named_field_is_selected_there(sentence: str, target: str) -> None:
    step = _one(sentence)
    assert (step.action, step.target.text, step.target.role_hint, step.value) == (A.SELECT, target, "combobox", "Uma")


def test_a_name_with_as_in_it_is_still_clicked() -> None:
    assert _one("Click Save as draft").target.text == "Save as draft"


def test_an_icon_labelled_with_a_name_is_the_control_of_that_name() -> None:
    step = _one("Click the globe icon labelled English in the header")
    assert (step.action, step.target.text, step.target.region) == (A.CLICK, "English", "header")


def test_columns_of_a_row_named_first_are_its_cells() -> None:
    users, hooks = planned('In the Weekend Cabin row, Total Users is 1 and Webhooks Enabled is "No"')
    assert [(s.target.text, s.target.scope, s.target.descriptor) for s in (users, hooks)] == [
        ("Total Users", "Weekend Cabin", "column"), ("Webhooks Enabled", "Weekend Cabin", "column")]


def test_checkboxes_under_a_heading_each_in_that_state() -> None:
    steps = planned('Under "For whom?" the checkboxes Alice, Bob and Diana are all checked')
    assert [(s.action, s.target.text, s.target.role_hint, s.value) for s in steps] == [
        (A.EXPECT_STATE, n, "checkbox", "checked") for n in ("Alice", "Bob", "Diana")]
    assert {s.target.scope or s.target.section for s in steps} == {"For whom?"}


def test_it_has_the_fields_names_each_field() -> None:
    steps = planned("It has the fields When?, What? and How much?")
    assert [(s.action, s.target.text) for s in steps] == [(A.EXPECT_VISIBLE, n) for n in ("When?", "What?", "How much?")]


def test_a_row_listed_with_a_value_of_a_kind_shows_the_value() -> None:
    assert _one("Zoe is listed in the sidebar with a balance of 0.00").value == "0.00"


def test_a_column_of_a_row_by_its_position() -> None:
    step = _one('The For whom? column of the first row reads "Tout le monde"')
    assert (step.target.text, step.target.position, step.target.descriptor, step.value) == ("For whom?", 1, "column", "Tout le monde")


def test_the_same_form_is_the_form_used_before() -> None:
    step = _one('Type "x" into the Private code field of the same form')
    assert (step.action, step.target.text) == (A.FILL, "Private code")


def test_his_control_is_the_one_of_whom_the_part_before_named() -> None:
    hover, click = planned("Hover over Quentin in the sidebar and click his edit button")
    assert (hover.target.text, hover.target.region) == ("Quentin", "sidebar")
    assert (click.action, click.target.text, click.target.scope) == (A.CLICK, "edit", "Quentin")


def test_again_is_the_same_element_where_it_was_said_before() -> None:
    first, _, again = planned("Hover over Yann in the sidebar", "Click Save", "Hover over Yann again")
    assert again.target == first.target
    (alone,) = planned("Hover over Yann again")
    assert alone.target.region is None


def test_the_same_form_keeps_the_form_said_before() -> None:
    first, second = planned('In the "Log in" form, type flatshare into Project identifier',
                            'Type "x" into the Private code field of the same form')
    assert (second.target.text, second.target.scope, second.target.scope_box) == ("Private code", first.target.scope, first.target.scope_box)
    assert first.target.scope == "Log in"


def test_a_name_in_a_quoted_place_is_never_the_place_alone() -> None:
    # 'Pick Paula in "Who paid?"' was a click on the "Who paid?" column: the name dropped, a wrong element acted on
    pick = _one('Pick Paula in "Who paid?"')
    assert (pick.action, pick.target.text, pick.value) == (A.SELECT, "Who paid?", "Paula")
    click = _one('Click Save in "Settings"')
    assert (click.action, click.target.text, click.target.scope) == (A.CLICK, "Save", "Settings")
    assert _one('Click into the "Add New Task" box').target.text == "Add New Task"


@pytest.mark.parametrize(("sentence", "value"), [
    ("Diana is shown with the weight (x2)", "(x2)"),  # the word says what the value is; the item shows the value
    ("Quentin is shown with (x2) in the sidebar", "(x2)"),  # where it is shown is no part of the text
])
def test_a_value_an_item_is_shown_with(sentence: str, value: str) -> None:
    assert _one(sentence).value == value


def test_how_many_of_a_kind_are_labelled_a_text() -> None:
    step = _one('Verify 2 of the topics are labelled "Arduino"')  # never an element named "2 of the topics"
    assert (step.action, step.target.text, step.value) == (A.EXPECT_COUNT, "Arduino", "2")


@pytest.mark.parametrize(("sentence", "match"), [
    ('Wait until the URL contains "/g/home"', model.Match.CONTAINS),
    ("Wait for the page URL to end with /home", model.Match.ENDS_WITH),
])
def test_a_wait_for_the_address_is_a_url_check_with_a_wait(sentence: str, match: model.Match) -> None:
    step = _one(sentence)  # never a wait for an element that says "/g/home"
    assert (step.action, step.match, step.timeout_ms) == (A.EXPECT_URL, match, 10_000)


def test_a_place_shown_with_its_own_parts() -> None:
    steps = planned("The staff ticket table is shown with its Filters and Columns buttons")
    assert [(s.target.text, s.target.role_hint) for s in steps] == [("Filters", "button"), ("Columns", "button")]
    (board,) = planned("The Sprint 14 board is displayed with its Backlog list")
    assert (board.action, board.target.text) == (A.EXPECT_VISIBLE, "Backlog")


@pytest.mark.parametrize("sentence", [
    "Verify the comment by mara shows the shield (admin) icon",
    "Click Edit on the comment by mara",
])
def test_an_item_said_by_its_author_is_the_item_that_shows_the_name(sentence: str) -> None:
    assert _one(sentence).target.scope == "mara"


def test_a_user_name_in_lower_case_owns_its_row() -> None:
    step = _one("Click the red trash can in margaret's row")
    assert (step.target.text, step.target.scope, step.target.descriptor) == ("trash", "margaret", "icon")


def test_two_rows_each_with_its_value() -> None:
    python, unused = planned("The row for python shows 8 and the row for unused-tag shows 0")
    assert [(s.target.text, s.value) for s in (python, unused)] == [("python", "8"), ("unused-tag", "0")]


def test_a_name_shown_with_a_value_is_its_row() -> None:
    # the row the name begins, never a cell that only says the name (a bill Diana paid)
    step = _one("Diana is shown with the weight (x2)")
    assert (step.target.text, step.target.role_hint, step.value) == ("Diana", "row", "(x2)")


@pytest.mark.parametrize(("sentence", "look"), [
    ('Click the green "Create" button', "green"),
    ("Click the grey Cancel button", "grey"),
    ("Click the Green Tote", None),  # a name, not a colour
    ("Click the red button", None),  # the colour is all that names it: a name, as before
])
def test_a_colour_said_before_a_name_is_kept(sentence: str, look: str | None) -> None:
    assert _one(sentence).target.look == look


def test_the_board_is_the_page_not_a_kind_of_item() -> None:
    step = _one("There are 14 challenge buttons on the board")
    assert (step.action, step.target.text, step.value) == (A.EXPECT_COUNT, "challenge button", "14")


def test_single_quotes_inside_a_double_quoted_value_stay_as_written() -> None:
    step = _one("""Verify the page shows "Page 'Anadama' has been updated." """.strip())
    assert step.value == "Page 'Anadama' has been updated."
    assert _one("Click 'Save'").text == "Click 'Save'"  # the sentence as written, in reports


def test_a_result_is_no_label() -> None:
    assert _one('The result is "Correct"').target is None  # a text shown, not the value beside a "Result" label


def test_inventory_forms() -> None:
    count, shown = planned('Check that the tab lists 5 interfaces ("Showing 1-5 of 5")')
    assert (count.action, count.value, shown.action, shown.value) == (A.EXPECT_COUNT, "5", A.EXPECT_VISIBLE, "Showing 1-5 of 5")
    fill, press = planned('Search for "pay-gw" using the search box in the header')
    assert (fill.action, fill.value, fill.target.region, press.value) == (A.FILL, "pay-gw", "header", "Enter")
    assert _one('Open the user menu in the top right corner by clicking "alice"').target.text == "alice"


def test_where_a_test_starts_and_only_one_named() -> None:
    assert _one("Start on the home page").action is A.NAVIGATE
    count, which = planned('Verify only one device is listed and it is "ams1-srv-03"')
    assert (count.value, which.value) == ("1", "ams1-srv-03")


# sentence -> the kinds and values of the steps it plans to, by the app whose testers wrote it
FORMS_OF_REAL_APPS: list[tuple[str, list[tuple[model.Action, str | None]]]] = [
    # a recipe manager and a shared-budget app
    ('Search recipes for "pizza"', [(A.FILL, "pizza"), (A.PRESS, "Enter")]),
    ('The comment "Added extra cumin" appears under Comments', [(A.EXPECT_VISIBLE, None)]),
    ('"Chicken Tikka Masala" is listed in this cookbook', [(A.EXPECT_VISIBLE, "Chicken Tikka Masala")]),
    ('There is no list called "Hardware Store"', [(A.EXPECT_HIDDEN, "Hardware Store")]),
    ("Oliver Grant does not appear anywhere on the page", [(A.EXPECT_HIDDEN, "Oliver Grant")]),
    ('The dialog warns "Please note that you are trying to delete your own account!"', [(A.EXPECT_VISIBLE, None)]),
    ('A row for "Nina Rossi" with email nina@mealie.test is in the table', [(A.EXPECT_TEXT, "nina@mealie.test")]),
    ('In the Weekend Cabin row, Total Users is 1 and Webhooks Enabled is "No"', [(A.EXPECT_TEXT, "1"), (A.EXPECT_TEXT, "No")]),
    ("Lena, Marco and Nora each have a balance of 0.00", [(A.EXPECT_TEXT, "0.00")] * 3),
    ('There are 4 rows, each with a "Register settlement" button', [(A.EXPECT_COUNT, "4"), (A.EXPECT_EACH, "Register settlement")]),
    # the recipe manager, run as a dev app
    ("I see Apple Pie, Beef Bourguignon and French Onion Soup", [(A.EXPECT_VISIBLE, v) for v in ("Apple Pie", "Beef Bourguignon", "French Onion Soup")]),
    ("I see exactly four recipes", [(A.EXPECT_COUNT, "4")]),
    ("The cookbook shows 2 recipes", [(A.EXPECT_COUNT, "2")]),
    ('The title of the page is "Sweet Treats"', [(A.EXPECT_TITLE, "Sweet Treats")]),
    ('Choose "Create a recipe manually" from the menu that opens', [(A.CLICK, None)]),
    ("The errand tag shows 4 tasks", [(A.EXPECT_TEXT, "4 tasks")]),  # a tag that shows its count: its text
    # a CMS site and a network inventory
    ("Check that the heading 'Posts' is visible", [(A.EXPECT_VISIBLE, None)]),
    ("Type 'Typo in the bridge sensors article.' as the Message", [(A.FILL, "Typo in the bridge sensors article.")]),
    ("Click 'Contact' in the site header", [(A.CLICK, None)]),
    ("The table has an 'Email' column", [(A.EXPECT_VISIBLE, None)]),
    ('Confirm the tenant is "Globex"', [(A.EXPECT_TEXT, "Globex")]),
    ("The Sign In button should still be on the page", [(A.EXPECT_VISIBLE, None)]),
    ('Verify that the left menu has no "Circuits" section', [(A.EXPECT_HIDDEN, None)]),
    ('Verify rack "LON2-R05" has status "Deprecated"', [(A.EXPECT_TEXT, "Deprecated")]),
    ("You stay on /admin/login", [(A.EXPECT_URL, "/admin/login")]),
    ("Visit /admin/collections/posts while signed out", [(A.NAVIGATE, "/admin/collections/posts")]),
    ("'Kubernetes Cost Audit' is not on this page", [(A.EXPECT_HIDDEN, "Kubernetes Cost Audit")]),
    ("'Demo Author' is also listed", [(A.EXPECT_VISIBLE, "Demo Author")]),
    ("The 'Next' button is disabled on this last page", [(A.EXPECT_STATE, "disabled")]),
    # the CMS admin
    ("Go to the Posts collection", [(A.CLICK, None)]),
    ("There are 'Our team' and 'Get in touch' sections", [(A.EXPECT_VISIBLE, None)] * 2),
    ("The heading 'Posts' and the 'Create New' button are visible", [(A.EXPECT_VISIBLE, None)] * 2),
    ("From the home page click 'About' in the header", [(A.CLICK, None)]),
    ("The admin sign-in page opens at /admin/login with a Login button", [(A.EXPECT_URL, "/admin/login"), (A.EXPECT_VISIBLE, None)]),
    ('Verify the dashboard shows the "Welcome!" widget', [(A.EXPECT_VISIBLE, None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), FORMS_OF_REAL_APPS)
def test_forms_of_real_apps(sentence: str, expected: list[tuple[model.Action, str | None]]) -> None:
    assert [(s.action, s.value) for s in planned(sentence)] == expected
