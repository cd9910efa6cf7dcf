"""A terse tester's notes, written without their verb ("Bug #3 visible", "Username bob", "Count: 23 rows"), read as the
sentences they shorten; a note that could mean something else, or that already has a verb, is left as it was."""

from __future__ import annotations

from pacts_farm import model
from pacts_farm.planning import notes

from tests.unit.planned_steps import planned, refused

A = model.Action


def test_a_state_said_without_its_verb_is_checked() -> None:
    [shown] = planned("Bug #3 visible.")
    assert (shown.action, shown.target.text) == (A.EXPECT_VISIBLE, "Bug #3")
    [hidden] = planned("legacy-baseline not listed.")
    assert (hidden.action, hidden.value) == (A.EXPECT_HIDDEN, "legacy-baseline")
    [heading] = planned('Heading "Welcome to MLflow" shown.')
    assert (heading.action, heading.target.role_hint, heading.target.text) == (A.EXPECT_VISIBLE, "heading", "Welcome to MLflow")
    [disabled] = planned("Save button disabled.")
    assert (disabled.action, disabled.target.text, disabled.value) == (A.EXPECT_STATE, "Save", "disabled")
    [button] = planned("Create this page button present.")  # a control named by what it does is a thing here
    assert (button.action, button.target.text, button.target.role_hint) == (A.EXPECT_VISIBLE, "Create this page", "button")
    [there] = planned("churn-prediction listed there.")
    assert (there.action, there.value) == (A.EXPECT_VISIBLE, "churn-prediction")


def test_names_noted_together_are_each_checked_and_gone_means_not_shown() -> None:
    assert [(s.action, s.value) for s in planned("fraud-detection and image-classifier present.")] == [
        (A.EXPECT_VISIBLE, "fraud-detection"), (A.EXPECT_VISIBLE, "image-classifier")]
    assert [(s.action, s.value) for s in planned("mlp-small and logreg-baseline gone.")] == [
        (A.EXPECT_HIDDEN, "mlp-small"), (A.EXPECT_HIDDEN, "logreg-baseline")]
    assert [s.value for s in planned("Check Web, Data Science, Community shown.")] == ["Web", "Data Science", "Community"]
    error, form = planned("Error message shown, login form still there.")  # two notes on one line
    assert (error.target.descriptor, form.target.text, error.settled, form.settled) == ("error", "login form", True, True)


def test_a_field_noted_with_its_value_is_filled() -> None:
    [user] = planned("Username bob.")
    assert (user.action, user.target.text, user.value) == (A.FILL, "Username", "bob")
    [password] = planned("Password nottherightone.")
    assert (password.action, password.target.text, password.value) == (A.FILL, "Password", "nottherightone")
    assert notes.in_full("Password wrong") == "Password wrong"  # what the value is like, not the value


def test_counts_codes_and_where_the_person_is() -> None:
    [rows] = planned("Count: 23 rows.")
    assert (rows.action, rows.target.role_hint, rows.value) == (A.EXPECT_COUNT, "row", "23")
    [unread] = planned("Unread count = 1.")
    assert (unread.action, unread.target.text, unread.value) == (A.EXPECT_TEXT, "unread count", "1")
    count, *names = planned("Expect 3 rows: lgbm-tuned, xgb-depth6, xgb-depth4.")
    assert (count.value, [n.value for n in names]) == ("3", ["lgbm-tuned", "xgb-depth6", "xgb-depth4"])
    [code] = planned("Expect 403 Forbidden.")
    assert (code.action, code.value) == (A.EXPECT_VISIBLE, "403")
    [back] = planned("Back on login page.")
    assert (back.action, back.value) == (A.EXPECT_PAGE, "login")
    [refused_in] = planned("Not logged in.")
    assert (refused_in.action, refused_in.target.text) == (A.EXPECT_VISIBLE, "password")
    [got_in] = planned("Login succeeds.")
    assert (got_in.action, got_in.target.text) == (A.EXPECT_HIDDEN, "password")
    [none] = planned("No Edit this page button.")
    assert (none.action, none.target.text) == (A.EXPECT_HIDDEN, "Edit this page")


def test_lines_that_are_not_notes_stay_as_they_were() -> None:
    for sentence in ("The URL contains q=Owl", "Leave the Experiment Name field empty", "Verify the Save button becomes enabled",
                     "Title: City Library Catalog", "Search Globex", "I am on the login page"):
        assert notes.in_full(sentence) == sentence
    [url] = planned("The URL contains q=Owl")
    assert (url.action, url.value) == (A.EXPECT_URL, "q=Owl")
    [leave] = planned("Leave the Experiment Name field empty")
    assert (leave.action, leave.value) == (A.FILL, "")
    [colon] = planned("Username: erin")  # a field and its value after a colon: filled, as written
    assert (colon.action, colon.target.text, colon.value) == (A.FILL, "Username", "erin")


def test_only_some_names_is_never_read_as_each_name_shown() -> None:
    # "only" says no other is listed, which each name being shown does not check: the rows are counted too, or refused
    count, first, second = planned("Only Acme Pricing and Globex Blog are listed.")
    assert (count.action, count.target.text, count.value, count.match) == (A.EXPECT_COUNT, "row", "2", model.Match.EQUALS)
    assert [(s.action, s.value) for s in (first, second)] == [(A.EXPECT_VISIBLE, "Acme Pricing"), (A.EXPECT_VISIBLE, "Globex Blog")]
    assert refused("Only Wiki Changelog listed.")
    assert refused("Only Acme Pricing, Globex Blog.")


def test_a_message_said_shown_then_another_statement_is_two_checks() -> None:
    error, form = planned("An error message is shown and the login form is still there.")
    assert (error.action, error.value, form.target.text) == (A.EXPECT_VISIBLE, None, "login form")


def test_a_control_named_alone_is_clicked_and_a_field_then_a_control_typed_then_sent() -> None:
    [apply] = planned("Apply.")
    assert (apply.action, apply.target.text) == (A.CLICK, "Apply")
    password, login = planned("Password Watchtower-2026, Login.")
    assert (password.action, password.value, login.action, login.target.text) == (A.FILL, "Watchtower-2026", A.CLICK, "Login")
    # a name alone inside a longer sentence stays a name: never a click on "Done"
    assert all(s.action is A.EXPECT_VISIBLE for s in planned("There are columns To Do, In Progress, Waiting and Done"))


def test_a_page_said_by_its_address_and_a_count_under_a_lists_name() -> None:
    [url] = planned("Confirm the page is still /register.")
    assert (url.action, url.value, url.settled) == (A.EXPECT_URL, "http://shop.test/register", True)
    [watches] = planned("Watch list: 7 watches.")  # a count, never the text "7 watches" typed into a field
    assert (watches.action, watches.target.text, watches.value) == (A.EXPECT_COUNT, "watch", "7")
    assert refused("Open app, login page shown.")  # never a click on "app, login page shown"


def test_a_form_sent_by_its_verb_a_scroll_to_the_end_and_things_back_or_on_it() -> None:
    [save] = planned("Save the recipe")
    assert (save.action, save.target.text, save.target.role_hint) == (A.CLICK, "Save", "button")
    [cancel] = planned("Cancel out")
    assert (cancel.action, cancel.target.text) == (A.CLICK, "Cancel")
    [scroll] = planned("Scroll to the bottom of the book list")
    assert (scroll.action, scroll.value) == (A.PRESS, "End")
    [back] = planned("Confirm all five users are back")
    assert (back.action, back.target.text, back.value) == (A.EXPECT_COUNT, "user", "5")
    [on_it] = planned("Verify Lentil Soup is on it")
    assert (on_it.action, on_it.target.text) == (A.EXPECT_VISIBLE, "Lentil Soup")
    [submit] = planned("Submit the form")  # read before: any submit button, whatever its name
    assert (submit.target.text, submit.target.role_hint) == ("submit", "button")


def test_where_the_person_is_or_goes_noted_without_a_verb() -> None:
    [login] = planned("Login page.")
    assert (login.action, login.value) == (A.EXPECT_PAGE, "Login")
    [named] = planned("Reykjavik location page.")
    assert (named.action, named.value) == (A.EXPECT_PAGE, "Reykjavik location")
    assert refused("Next page.")  # a pager's control, never a page named "Next"
    assert notes.in_full("On the home page") == "On the home page"  # where an action happens, said first
    [url] = planned("URL /personal.")
    assert (url.action, url.value, url.match) == (A.EXPECT_URL, "/personal", model.Match.CONTAINS)
    [heading] = planned("Heading Borrowed books.")
    assert (heading.action, heading.target.role_hint, heading.target.text) == (A.EXPECT_VISIBLE, "heading", "Borrowed books")
    first, then = planned("Catalog > Products.")
    assert [(s.action, s.target.text) for s in (first, then)] == [(A.CLICK, "Catalog"), (A.CLICK, "Products")]


def test_a_sign_in_noted_as_user_slash_password_or_the_password_alone() -> None:
    steps = planned("Login dave / Dave-Pass-1.")
    assert [(s.action, s.target.text.lower(), s.value) for s in steps[1:3]] == [
        (A.FILL, "username", "dave"), (A.FILL, "password", "Dave-Pass-1")]
    steps = planned("Login, Watchtower-2026.")
    assert [(s.action, s.value) for s in steps if s.action is A.FILL] == [(A.FILL, "Watchtower-2026")]
    assert notes.in_full("Login, please") == "Login, please"  # no password said
