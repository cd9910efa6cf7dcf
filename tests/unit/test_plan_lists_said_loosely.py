"""Lists and places said the way testers say them, read without a browser: names without quotes that have lower-case
words ("Red lentils, Rye flour and Filo pastry are listed"), "on the list", "are in the results", "comes after",
"between", "does not appear in the table", "has closed", "the comment "…" is by priya" and "no "X" button at the
bottom". Each case has a wrong reading beside it (an article or a role noun taken into a name, a closed ticket taken
for a closed dialog, "right after" read as any place after)."""

from __future__ import annotations

from pacts_farm import model

from tests.unit.planned_steps import planned, refused

A = model.Action


def _said(sentence: str) -> list[tuple[model.Action, str | None, str | None]]:
    return [(s.action, s.target.text if s.target else None, s.value) for s in planned(sentence)]


def test_names_without_quotes_may_hold_lower_case_words() -> None:
    assert _said("Verify Red lentils, Lemon, Rye flour and Filo pastry are listed") == [
        (A.EXPECT_VISIBLE, None, "Red lentils"), (A.EXPECT_VISIBLE, None, "Lemon"),
        (A.EXPECT_VISIBLE, None, "Rye flour"), (A.EXPECT_VISIBLE, None, "Filo pastry")]
    assert [v for _, _, v in _said("Verify the sections Basics, Planning & Shopping and Space are shown")] == [
        "Basics", "Planning & Shopping", "Space"]


def test_an_article_or_a_role_noun_is_never_part_of_a_name() -> None:
    steps = planned("The Username and Password fields are visible")
    assert [(s.target.text, s.target.role_hint) for s in steps if s.target] == [("Username", "textbox"), ("Password", "textbox")]


def test_quoted_names_in_the_results_and_on_the_list() -> None:
    assert _said('Verify "Cold Soup" and "Lentil Soup" are in the results') == [
        (A.EXPECT_TEXT, "results", "Cold Soup"), (A.EXPECT_TEXT, "results", "Lentil Soup")]
    assert _said('Verify "Butter" is on the shopping list') == [(A.EXPECT_TEXT, "shopping list", "Butter")]
    assert _said('Verify "Butter" is on the page') == [(A.EXPECT_VISIBLE, None, "Butter")]  # a page is not a list


def test_order_said_as_comes_after_or_between() -> None:
    (after,) = planned('Verify "handful" comes after "g"')
    assert (after.action, after.value) == (A.EXPECT_ORDER, "g\nhandful")
    assert [s.value for s in planned('Verify "handful" is listed between "g" and "kg"')] == ["g\nhandful", "handful\nkg"]
    assert refused('Verify "handful" comes right after "g"')  # next to it: any place after would pass on more


def test_a_name_that_does_not_appear_in_a_table() -> None:
    (step,) = planned("Rosalind Thompson does not appear in the table")
    assert (step.action, step.target.text, step.value, step.match) == (
        A.EXPECT_TEXT, "table", "Rosalind Thompson", model.Match.NOT_CONTAINS)


def test_a_dialog_that_has_closed_and_a_ticket_that_is_closed() -> None:
    (closed,) = planned('Verify the dialog "Create new user account" has closed')
    assert (closed.action, closed.target.text, closed.target.role_hint) == (A.EXPECT_HIDDEN, "Create new user account", "dialog")
    assert all(s.action is not A.EXPECT_HIDDEN for s in planned('Verify the ticket "Printer jammed" shows "Closed"'))


def test_a_thing_by_its_author_shows_the_author() -> None:
    assert _said('Verify the comment "Who has spare clamps?" is shown by priya') == [
        (A.EXPECT_TEXT, "Who has spare clamps?", "priya")]
    assert _said('Verify the book "Quick Weeknights" is by Jonas Brandt') == [
        (A.EXPECT_TEXT, "Quick Weeknights", "Jonas Brandt")]


def test_no_such_button_at_the_bottom_is_none_anywhere() -> None:
    (step,) = planned('There is no "New Record" button at the bottom')
    assert (step.action, step.target.text, step.target.role_hint, step.value) == (A.EXPECT_COUNT, "New Record", "button", "0")


def test_the_address_bar_is_the_url() -> None:
    (step,) = planned("The address bar contains unread=yes")
    assert (step.action, step.value, step.match) == (A.EXPECT_URL, "unread=yes", model.Match.CONTAINS)


def test_a_button_of_a_titled_section_is_in_the_box_the_title_names() -> None:
    (step,) = planned("Click the Save button of the Profile section")
    assert (step.target.text, step.target.role_hint, step.target.scope) == ("Save", "button", "Profile")


def test_a_marker_said_by_its_word_shows_the_word() -> None:
    assert _said('"Real Python" still shows the Unread marker') == [(A.EXPECT_TEXT, "Real Python", "Unread")]
    assert _said('The row for "Django documentation" has the Shared badge') == [(A.EXPECT_TEXT, "Django documentation", "Shared")]
    assert _said('Verify the row for "X" shows "the Unread marker"') == [(A.EXPECT_TEXT, "X", "the Unread marker")]  # quoted: as written
    assert _said("The row for olive has the email olive@example.test") == [(A.EXPECT_TEXT, "olive", "olive@example.test")]


def test_a_field_said_first_then_what_to_choose_in_it() -> None:
    (step,) = planned("In Who paid? choose Charlie")
    assert (step.action, step.target.text, step.value) == (A.SELECT, "Who paid?", "Charlie")
    (filters,) = planned("In the filter sidebar, select No")
    assert filters.action is A.CLICK  # a box of filters, not a dropdown


def test_closing_the_dialog_with_the_x_in_its_corner() -> None:
    (step,) = planned("Close the dialog with the × in its corner")
    assert (step.action, step.target.text, step.target.region, step.target.scope) == (A.CLICK, "×", "dialog", None)
    (banner,) = planned("Close the welcome banner with the Dismiss button")
    assert (banner.target.text, banner.target.scope) == ("Dismiss", "welcome")  # a named box keeps its name


def test_a_password_field_that_masks_what_is_typed() -> None:
    (step,) = planned("The Password field masks what is typed")
    assert (step.action, step.target.text, step.attribute, step.value) == (A.EXPECT_ATTRIBUTE, "Password", "type", "password")


def test_opening_a_dialog_with_the_icon_that_opens_it_clicks_the_icon() -> None:
    (step,) = planned("Open the user management dialog with the people icon in the header")
    assert (step.action, step.target.text, step.target.region) == (A.CLICK, "people", "header")
    (menu,) = planned("Open the menu")
    assert (menu.action, menu.target.text) == (A.CLICK, "menu")


def test_a_row_by_its_name_who_did_it_and_when() -> None:
    assert _said('The last row is "January rent", paid by Alice on 2025-01-03') == [
        (A.EXPECT_TEXT, "row", "January rent"), (A.EXPECT_TEXT, "row", "Alice"), (A.EXPECT_TEXT, "row", "2025-01-03")]


def test_a_name_said_unquoted_after_what_it_names() -> None:
    (step,) = planned("Verify the workspace name Northwind Labs is shown in the top bar")
    assert (step.action, step.target.text, step.target.region) == (A.EXPECT_VISIBLE, "Northwind Labs", "header")
    (shown,) = planned("The header shows the project name Website Relaunch")
    assert shown.target.text == "Website Relaunch" or shown.value == "Website Relaunch"
    (column,) = planned("Click the Name column header")
    assert column.target.text == "Name"  # "Name" is the name said, not a kind word before one


def test_a_title_with_and_in_a_list_said_with_commas() -> None:
    (order,) = planned("Verify the books are in this order: Pride and Prejudice, The Hound of the Baskervilles, Meditations")
    assert order.value == "Pride and Prejudice\nThe Hound of the Baskervilles\nMeditations"
    assert [s.value for s in planned("Verify Milk, Eggs and Bread are listed")] == ["Milk", "Eggs", "Bread"]  # the last "and" still parts


def test_the_only_one_said_plainly_is_a_count_of_one_and_what_it_shows() -> None:
    assert _said("Verify the only book is Moby-Dick") == [(A.EXPECT_COUNT, "book", "1"), (A.EXPECT_EACH, "book", "Moby-Dick")]
    assert _said('Verify the only row is "Die Verwandlung" with the language German') == [
        (A.EXPECT_COUNT, "row", "1"), (A.EXPECT_EACH, "row", "Die Verwandlung"), (A.EXPECT_EACH, "row", "German")]
    assert all(s.target is None or s.target.text.lower() != "only book" for s in planned('Verify the only book is "Moby-Dick"'))


def test_a_name_on_or_no_longer_in_a_part() -> None:
    assert _said('Verify "The Lighthouse Keeper\'s Ledger" is on the shelf') == [
        (A.EXPECT_TEXT, "shelf", "The Lighthouse Keeper's Ledger")]
    (gone,) = planned('Verify "The Art of War" is no longer on the shelf')
    assert (gone.action, gone.target.text, gone.match) == (A.EXPECT_TEXT, "shelf", model.Match.NOT_CONTAINS)
    # a table titled Users: not in that part (the step fails when no part says Users); a page said by its name: nowhere
    (gone_from_table,) = planned("Verify olivia is no longer in the Users table")
    assert (gone_from_table.action, gone_from_table.target.text, gone_from_table.target.scope) == (A.EXPECT_HIDDEN, "olivia", "Users")
    assert _said('"Burp break" is no longer shown on the Timers page') == [(A.EXPECT_HIDDEN, None, "Burp break")]


def test_one_selected_and_the_other_not() -> None:
    steps = planned('Check that "Read" is now selected and "Edit" is not')
    assert [(s.action, s.target.text, s.value) for s in steps] == [
        (A.EXPECT_STATE, "Read", "selected"), (A.EXPECT_STATE, "Edit", "unselected")]
    assert [s.value for s in planned("The Archive checkbox is checked and the Read checkbox is not")] == ["checked", "unchecked"]
    assert [s.value for s in planned("Verify the Comments tab is not selected")] == ["unselected"]


def test_an_item_in_a_list_said_by_its_title_alone() -> None:
    (step,) = planned('Verify the first card in Backlog is "Write release notes"')
    assert (step.target.text, step.target.position, step.target.section) == ("card", 1, "Backlog")


def test_the_nth_one_is_one_of_the_things_counted_before() -> None:
    steps = planned("Verify 3 books are listed", 'Verify the first one is "Emma"', 'Verify the last one is "Walden"')[1:]
    assert [(s.action, s.target.text, s.target.position, s.value) for s in steps] == [
        (A.EXPECT_TEXT, "book", 1, "Emma"), (A.EXPECT_TEXT, "book", -1, "Walden")]  # the last of the same books
    assert refused('Verify the first one is "Emma"')  # one of what? never an element called "First one"


def test_named_lists_with_nothing_in_them() -> None:
    steps = planned("The Done and Archive lists show no cards")
    assert [(s.action, s.target.text, s.target.section, s.value) for s in steps] == [
        (A.EXPECT_COUNT, "card", "Done", "0"), (A.EXPECT_COUNT, "card", "Archive", "0")]


def test_counted_on_the_page_shown() -> None:
    for sentence in ("Verify 12 books are shown on the first page", "Verify 10 documents are shown on this page", "There are 10 rows on this page"):
        (step,) = planned(sentence)
        assert step.action is A.EXPECT_COUNT and step.target.text in ("book", "document", "row"), sentence


def test_a_record_said_by_its_kind_and_its_name_unquoted() -> None:
    assert [(s.target.text, s.target.descriptor) for s in planned("Click the user kidscorner")] == [("kidscorner", "user")]
    assert [(s.target.text, s.target.descriptor) for s in planned("Click the author Jane Austen")] == [("Jane Austen", "author")]
    assert [s.target.text for s in planned("Click the user menu")] == ["user menu"]  # a part of the page, never a login


def test_a_name_in_a_table_titled_by_a_capitalised_word() -> None:
    (step,) = planned("Click olivia in the Users table")
    assert (step.target.text, step.target.scope) == ("olivia", "Users")


def test_a_cell_said_by_its_column_then_its_row_and_an_option_by_its_kind() -> None:
    (cell,) = planned("Verify the Downloads column shows 2 for tom")
    assert (cell.target.text, cell.target.descriptor, cell.target.scope, cell.value) == ("Downloads", "column", "tom", "2")
    assert [s.value for s in planned("Verify the menu lists an EPUB option")] == ["EPUB"]


def test_signing_in_said_the_ways_testers_say_it() -> None:
    for sentence in ("Log in as alice with Alice#2024.", "Sign in as alice using the password Alice#2024.",
                     "Log in with alice and Alice#2024."):
        # the login page first: opened by its link unless the page shows a password field (execute.py)
        assert [(s.action, s.value) for s in planned(sentence)] == [
            (A.CLICK, None), (A.FILL, "alice"), (A.FILL, "Alice#2024"), (A.PRESS, "Enter")], sentence
    for sentence in ("Log in at /login as alice with password Alice#2024.", "Log in as alice (password Alice#2024) from /login.",
                     "Log in as alice with the password Alice#2024 on the /login page."):
        assert [(s.action, s.value) for s in planned(sentence)][:3] == [(A.NAVIGATE, "/login"), (A.CLICK, None), (A.FILL, "alice")], sentence
    for sentence in ("Go to /login and log in as alice with Alice#2024.", "Log in at /login as alice, password Alice#2024.",
                     "Log in as alice with password Alice#2024 via /login.", "Log in as alice with password Alice#2024 on the login page at /login."):
        assert [(s.action, s.value) for s in planned(sentence)] == [
            (A.NAVIGATE, "/login"), (A.CLICK, None), (A.FILL, "alice"), (A.FILL, "Alice#2024"), (A.PRESS, "Enter")], sentence
    assert refused("Log in as alice with Google")  # no password said: never a guess at one


def test_a_named_thing_of_a_kind_not_listed_and_a_menu_entry_and_a_page_by_name() -> None:
    assert _said("The Staff Lounge forum is not listed.") == [(A.EXPECT_HIDDEN, None, "Staff Lounge")]
    (entry,) = planned("The menu has a Bookmark entry.")
    assert (entry.action, entry.target.text, entry.target.role_hint) == (A.EXPECT_VISIBLE, "Bookmark", "menuitem")
    (page,) = planned("Go to the Memberlist.")
    assert (page.action, page.target.text, page.target.descriptor) == (A.CLICK, "Memberlist", model.PAGE_LINK)
