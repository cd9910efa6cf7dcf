"""Forms testers write on any app, read without a browser: a page named without an address (its link), "should"
statements, where the user is redirected, a status said as its value, "only the rows containing X", a link called
X in a part of the page, keys said with "the … key", sorting by a column header, and signing out through a menu.
Each case has a reading that would be wrong (a state for a shown value, a text of "I", a click on "Enter key")."""

from __future__ import annotations

import pytest

from pacts_farm import model

from tests.unit.planned_steps import planned, refused

A = model.Action


def _one(sentence: str) -> model.PlannedStep:
    steps = planned(sentence)
    assert len(steps) == 1, steps
    return steps[0]


@pytest.mark.parametrize(("sentence", "action", "target", "value"), [
    # a page named without an address: the link that opens it (skipped when that page is already shown)
    ("Open the posts page", A.CLICK, model.Target(text="posts", role_hint="link", descriptor=model.PAGE_LINK), None),
    ("Navigate to the Settings page", A.CLICK, model.Target(text="Settings", role_hint="link", descriptor=model.PAGE_LINK), None),
    ("Go to the next page", A.CLICK, model.Target(text="Next", role_hint="link"), None),
    ("Open the posts archive at /posts", A.NAVIGATE, None, "/posts"),
    # "should VERB" says what "VERBs" says
    ('The page heading should read "Sites"', A.EXPECT_VISIBLE, model.Target(text="Sites", exact=True, role_hint="heading"), None),
    ("The badge should show 3", A.EXPECT_TEXT, model.Target(text="badge", descriptor="badge"), "3"),
    # where the user ends up: the page by its name, never a text of "I"
    ("I should be redirected to the login page", A.EXPECT_PAGE, None, "login"),
    ("I am redirected to the dashboard", A.EXPECT_PAGE, None, "dashboard"),
    ("I should be redirected to /login", A.EXPECT_URL, None, "/login"),
    # a status is a value shown, not the element's state ("active" of a link is the page's own entry)
    ("The status is Active", A.EXPECT_TEXT, model.Target(text="status"), "Active"),
    ("The Status of Amsterdam DC1 is Active", A.EXPECT_TEXT, model.Target(text="Status", scope="Amsterdam DC1"), "Active"),
    ("The status is disabled", A.EXPECT_TEXT, model.Target(text="status"), "disabled"),
    ("The Members tab is active", A.EXPECT_STATE, model.Target(text="Members", role_hint="tab"), "current"),
    ("The Save button is disabled", A.EXPECT_STATE, model.Target(text="Save", role_hint="button"), "disabled"),
    # every one of a kind, and only those
    ("All rows have status Active", A.EXPECT_EACH, model.Target(text="row", role_hint="row"), "Active"),
    ('Results show only items containing "router"', A.EXPECT_EACH, model.Target(text="item"), "router"),
    ("Only rows containing router are shown", A.EXPECT_EACH, model.Target(text="row", role_hint="row"), "router"),
    # a control called so, in a part of the page
    ("The sidebar has a link called Reports", A.EXPECT_VISIBLE, model.Target(text="Reports", role_hint="link", region="sidebar"), None),
    ("The header shows a button labelled Log in", A.EXPECT_VISIBLE, model.Target(text="Log in", role_hint="button", region="header"), None),
    # the item said by its kind before its quoted name
    ("The item 'Milk' is no longer in the list", A.EXPECT_TEXT, model.Target(text="list", descriptor="list"), "Milk"),
    # keys, and a click's purpose
    ("Press the Enter key", A.PRESS, None, "Enter"),
    ("Press the Enter button", A.CLICK, model.Target(text="Enter", role_hint="button"), None),
    ("Click the Name column header to sort", A.CLICK, model.Target(text="Name", role_hint="columnheader", descriptor="name"), None),
    # Gherkin and a person doing it, before a retelling
    ("When I submit the form", A.CLICK, model.Target(text="submit", role_hint="button"), None),
    ('But I should not see "Admin"', A.EXPECT_HIDDEN, None, "Admin"),
    ("Then I am on the dashboard", A.EXPECT_PAGE, None, "dashboard"),
    ("Go back to the previous page", A.GO_BACK, None, None),
    # fields, choices and states said by their kind
    ('Select "Blue" as the colour', A.SELECT, model.Target(text="colour", role_hint="combobox"), "Blue"),
    ("Click on the contact named Bob Smith", A.CLICK, model.Target(text="Bob Smith", descriptor="contact"), None),
    ('The "Remember me" box is not ticked', A.EXPECT_STATE, model.Target(text="Remember me", role_hint="checkbox", exact=True), "unchecked"),
    ('The radio button "Monthly" is selected', A.EXPECT_STATE, model.Target(text="Monthly", role_hint="radio", exact=True), "checked"),
    ('The checkbox "Terms" is unchecked by default', A.EXPECT_STATE, model.Target(text="Terms", role_hint="checkbox", exact=True), "unchecked"),
    # a field's error is by the field, never inside the box typed in
    ('The Name field shows the error "Name is required"', A.EXPECT_VISIBLE, model.Target(text="Name is required", exact=True, scope="Name", scope_box="labelled"), None),
    ('Under the Email field, the message "Invalid email" is shown', A.EXPECT_VISIBLE, model.Target(text="Invalid email", exact=True, scope="Email", scope_box="labelled"), None),
    ('A notification appears saying "Saved successfully"', A.EXPECT_VISIBLE, model.Target(text="Saved successfully", exact=True, descriptor="message"), None),
    ('The footer contains a link to "Privacy Policy"', A.EXPECT_VISIBLE, model.Target(text="Privacy Policy", exact=True, role_hint="link", region="footer"), None),
    ("Verify the counter increments to 2", A.EXPECT_TEXT, model.Target(text="counter", descriptor="badge"), "2"),
    # an item's control by the verb said
    ('Delete the task "Buy milk"', A.CLICK, model.Target(text="Delete", scope="Buy milk"), None),
    ('Remove "Milk" from the list', A.CLICK, model.Target(text="Remove", scope="Milk"), None),
    ("Delete the first row", A.CLICK, model.Target(text="Delete", position=1), None),
    # short sign-ins, dialogs the page draws, menus, and what the user sees
    ("Choose \"Delete\" from the actions menu", A.CLICK, model.Target(text="Delete", exact=True, region="actions menu"), None),
    ("Confirm the deletion", A.CLICK, model.Target(text="Confirm", region="dialog"), None),
    ("Cancel the deletion", A.CLICK, model.Target(text="Cancel", region="dialog"), None),
    ('The user should be able to see the "Logout" link', A.EXPECT_VISIBLE, model.Target(text="Logout", exact=True, role_hint="link"), None),
    ("User is shown a success message", A.EXPECT_VISIBLE, model.Target(text="success message", descriptor="message"), None),
])
def test_common_forms(sentence: str, action: model.Action, target: model.Target | None, value: str | None) -> None:
    step = _one(sentence)
    assert (step.action, step.target, step.value) == (action, target, value)


def test_a_page_that_is_not_a_name_is_not_clicked_for() -> None:
    assert refused("Go to the same page")


def test_signing_out_through_a_menu_opens_it_first() -> None:
    opens, entry = planned("Log out via the user menu")
    assert (opens.action, opens.target.text) == (A.CLICK, "user menu")
    assert (entry.action, entry.target.text, entry.target.region) == (A.CLICK, "Log out", "user menu")


def test_a_person_never_names_an_element() -> None:
    [signed_in] = planned("I should be logged in")  # the sign-in form is gone: never an element named "I"
    assert (signed_in.action, signed_in.target.text, signed_in.target.role_hint) == (A.EXPECT_HIDDEN, "password", "textbox")
    assert refused("The user should be signed out")


def test_a_whole_form_is_not_one_field() -> None:
    assert refused("When I fill the form with valid data")


def test_columns_listed_are_column_headers() -> None:
    steps = planned("The table has columns Name, Email and Phone")
    assert [(s.action, s.target.text, s.target.role_hint) for s in steps] == [
        (A.EXPECT_VISIBLE, name, "columnheader") for name in ("Name", "Email", "Phone")]


def test_that_row_is_the_row_of_the_item_the_step_before_acted_in() -> None:
    _, check, click = planned('Click the cross icon in the row for "Ice cream"', 'The button in that row now reads "Are you sure?"',
                              "Click Edit in that row")
    assert (check.action, check.target.text, check.target.scope, check.value) == (A.EXPECT_TEXT, "button", "Ice cream", "Are you sure?")
    assert (click.action, click.target.text, click.target.scope) == (A.CLICK, "Edit", "Ice cream")
    assert refused("Click Edit in that row")  # no row named before: which one?


def test_a_check_of_the_page_for_a_text_never_ticks() -> None:
    assert refused('Check the page for "No items"')


def test_short_sign_ins_fill_both_fields_and_submit() -> None:
    for sentence in ("Log in with alice / secret", "Login as alice (password secret)"):
        login_page, user, password, enter = planned(sentence)  # the login page first, unless the sign-in form is shown
        assert login_page.target.descriptor == model.PAGE_LINK
        assert [(s.action, s.value) for s in (user, password, enter)] == [(A.FILL, "alice"), (A.FILL, "secret"), (A.PRESS, "Enter")]


def test_a_value_said_with_its_kind_fills_that_field() -> None:
    fill, submit = planned('Enter an invalid email "abc" and submit')
    assert (fill.action, fill.target.text, fill.value, submit.action) == (A.FILL, "email", "abc", A.CLICK)


def test_a_path_through_menus_clicks_each_entry() -> None:
    assert [(s.action, s.target.text) for s in planned("Navigate to Settings > Profile")] == [(A.CLICK, "Settings"), (A.CLICK, "Profile")]


def test_quoted_values_keep_their_words() -> None:
    assert planned('Verify "Only admin can see this" is visible')[0].value == "Only admin can see this"


def test_a_named_box_first_then_what_it_shows() -> None:
    racks, cables = planned("In the DCIM widget, Racks shows 8 and Cables shows 3")
    assert [(s.action, s.target.text, s.target.scope, s.value) for s in (racks, cables)] == [
        (A.EXPECT_TEXT, "Racks", "DCIM", "8"), (A.EXPECT_TEXT, "Cables", "DCIM", "3")]


def test_the_left_menu_is_the_sidebar() -> None:
    devices, ipam = planned('Verify that the left menu shows "Devices" and "IPAM"')
    assert [(s.action, s.target.text, s.target.region) for s in (devices, ipam)] == [
        (A.EXPECT_VISIBLE, "Devices", "sidebar"), (A.EXPECT_VISIBLE, "IPAM", "sidebar")]
    shown = planned('Verify the menu shows "Your Profile" and "Sign Out"')  # a menu that opened: its own texts
    assert all(s.action is A.EXPECT_TEXT and s.target.text == "menu" for s in shown)


def test_waiting_for_a_table_to_update_waits_for_the_page_to_rest() -> None:
    wait = planned("Wait for the table to update")[0]
    assert (wait.action, wait.target, wait.value) == (A.WAIT_FOR, None, None)


@pytest.mark.parametrize(("sentence", "action", "value"), [
    ('Verify title "Projects"', A.EXPECT_TITLE, "Projects"),
    ('Verify URL "/projects"', A.EXPECT_URL, "/projects"),
    ('Assert text "Welcome"', A.EXPECT_VISIBLE, "Welcome"),
    ("Try to access /projects directly", A.NAVIGATE, "/projects"),
    ("A list of 5 projects is displayed", A.EXPECT_COUNT, "5"),
    ('Key in the password "secret"', A.FILL, "secret"),
])
def test_terse_and_tried_forms(sentence: str, action: model.Action, value: str) -> None:
    step = _one(sentence)
    assert (step.action, step.value) == (action, value)


def test_signing_out_of_the_application() -> None:
    assert (_one("Log out of the application").action, _one("Log out of the application").target.text) == (A.CLICK, "Log out")


def test_its_value_on_the_page_of_the_one_thing_opened() -> None:
    _, author = planned('Open "Kubernetes Cost Audit"', "Its author is Tomas Berg")
    assert (author.action, author.target.text.lower(), author.value) == (A.EXPECT_TEXT, "author", "Tomas Berg")
    assert refused("Its author is Tomas Berg")  # nothing opened or named before: whose?


def test_a_named_item_has_n_of_its_column() -> None:
    items = _one('Check the "Production" tag has 16 items')
    assert (items.action, items.target.text, items.target.scope, items.value) == (A.EXPECT_TEXT, "items", "Production", "16")


def test_a_page_that_opens_and_shows_a_widget_and_a_form_with_its_button() -> None:
    widget = _one('The dashboard opens and shows the "Welcome!" widget')
    assert (widget.action, widget.target.text, widget.target.exact) == (A.EXPECT_VISIBLE, "Welcome!", True)
    button = _one('Verify the login form with the "Sign In" button is shown again')
    assert (button.action, button.target.text, button.target.role_hint) == (A.EXPECT_VISIBLE, "Sign In", "button")


def test_a_rows_field_is_that_rows_field_a_title_alone_as_before() -> None:
    amount = _one("The first row's amount is \"€65.00\"")
    assert (amount.target.text, amount.target.position) == ("row amount", 1)
    title = _one('Verify the first row\'s title is "Tax return"')
    assert (title.target.text, title.target.position) == ("title", 1)


# a wiki's and a spreadsheet-like app's testers (the session's two hold-outs, after their measured run)
@pytest.mark.parametrize(("sentence", "expected"), [
    ('The page title should now be "Databases | Mathesar".', [(A.EXPECT_TITLE, "Databases | Mathesar")]),
    ("Branch Library should not be listed.", [(A.EXPECT_HIDDEN, "Branch Library")]),
    ('After saving, the page title should be "FAS-1001 | Mathesar".', [(A.EXPECT_TITLE, "FAS-1001 | Mathesar")]),
    ("Go to /people/salary-bands/ without logging in", [(A.NAVIGATE, "/people/salary-bands/")]),
    ("Log in with username jack and password JackNolan2024 then click the Log In button.",  # Enter already submitted it
     [(A.CLICK, None), (A.FILL, "jack"), (A.FILL, "JackNolan2024"), (A.PRESS, "Enter")]),
    ("The article listing table has 7 rows", [(A.EXPECT_COUNT, "7")]),
    ('Expect the heading "Deleted Articles"', [(A.EXPECT_VISIBLE, None)]),
    ('Expect "Account info saved!"', [(A.EXPECT_VISIBLE, "Account info saved!")]),
    ('Check "Remember me"', [(A.CHECK, None)]),  # a bare quote after Check is still a tick
    ('You should see the message "You are now logged in! Have fun!"', [(A.EXPECT_VISIBLE, None)]),
    ("The Email field has maria.lopez@harborsupply.example.", [(A.EXPECT_VALUE, "maria.lopez@harborsupply.example")]),
    ('There is a "Log in" link and a "Sign up" link in the top bar', [(A.EXPECT_VISIBLE, None)] * 2),
    ('Verify the page links to "Your First Week", "Laptop Setup" and "Buddy Program"', [(A.EXPECT_VISIBLE, None)] * 3),
    ("The Preview and Save changes buttons are visible", [(A.EXPECT_VISIBLE, None)] * 2),
    ('The login form appears asking to "Please log in"', [(A.EXPECT_VISIBLE, "Please log in")]),
    ('You land on the "Add new article" page', [(A.EXPECT_PAGE, "Add new article")]),
])
def test_forms_of_the_sixth_sessions_hold_outs(sentence: str, expected: list[tuple[model.Action, str | None]]) -> None:
    assert [(s.action, s.value) for s in planned(sentence)] == expected


def test_there_is_no_control_for_the_person_signed_in() -> None:
    step = _one("There is no Connect Database button for her.")
    assert (step.action, step.target.text, step.target.role_hint) == (A.EXPECT_HIDDEN, "Connect Database", "button")


def test_the_page_should_say_is_a_text_on_the_page() -> None:
    step = _one('The page should say "Welcome to Mathesar, maria!"')
    assert (step.action, step.target, step.value) == (A.EXPECT_VISIBLE, None, "Welcome to Mathesar, maria!")
