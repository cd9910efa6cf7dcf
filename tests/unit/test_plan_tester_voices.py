"""Sentences in the voices testers write in (Gherkin states, credentials in brackets, "must", reasons after a comma,
"it" for what the step before found), read without a browser. Each has a reading that must stay refused or unchanged
beside it."""

from __future__ import annotations

import pytest

from pacts_farm import errors, model

from tests.unit.planned_steps import planned, refused

A = model.Action
SIGN_IN = [A.CLICK, A.FILL, A.FILL, A.PRESS]


def _credentials(sentence: str) -> tuple[str | None, str | None]:
    steps = planned(sentence)
    assert [s.action for s in steps] == SIGN_IN, sentence
    return steps[1].value, steps[2].value


def test_signing_in_said_as_a_state_an_attempt_or_with_the_password_in_brackets() -> None:
    assert _credentials("Given I am logged in as bob with Bob#2026pw") == ("bob", "Bob#2026pw")
    assert _credentials("Given I am signed in as alice with password AliceNetOps2026") == ("alice", "AliceNetOps2026")
    assert _credentials("Given I am logged in as tom.baker@example.com / TomPass1234") == ("tom.baker@example.com", "TomPass1234")
    assert _credentials('When I sign in as "oskar" with "Kitchen-Oskar-64"') == ("oskar", "Kitchen-Oskar-64")
    assert _credentials("Try to sign in as jonas with the password Kitchen-Jonas-00, which is wrong.") == ("jonas", "Kitchen-Jonas-00")
    assert _credentials("Log in as admin (AdminPass2026).") == ("admin", "AdminPass2026")
    assert _credentials("Log in as Daniel (daniel@northwind.test / Daniel#Admin2024)") == ("daniel@northwind.test", "Daniel#Admin2024")
    assert _credentials("Sign in as Tom (tom@northwind.test, Tom#Reader2024).") == ("tom@northwind.test", "Tom#Reader2024")
    assert _credentials("On the sign-in page, try to sign in as olga with the password Olga#Docs2026.") == ("olga", "Olga#Docs2026")
    out, *signing = planned("Log out and sign in as maria / Maria#Docs2026")
    assert (out.action, out.target.text, [s.action for s in signing]) == (A.CLICK, "Log out", SIGN_IN)
    assert refused("Log in as bob (the analyst)")  # a role in brackets is no password
    assert refused("Given I am logged in as admin")  # no password said: nothing to type


def test_a_step_done_on_the_page_said_first_and_it_clicked() -> None:
    [click] = planned('On the login page click the "Forgot your password?" link.')
    assert (click.action, click.target.text) == (A.CLICK, "Forgot your password?")
    shown, opened = planned('Verify "Deployment Runbook" is shown', "Click it")
    assert (opened.action, opened.target.text, opened.target.exact) == (A.CLICK, "Deployment Runbook", True)
    assert refused("Click it")  # nothing before it to click
    found, clicked = planned("Deployment Runbook shows in the results", "Open it")
    assert (found.action, found.value, clicked.target.text) == (A.EXPECT_TEXT, "Deployment Runbook", "Deployment Runbook")
    *_, last = planned('Verify "A" is shown', 'Verify "B" is shown', "Open it")
    assert last.target.text == "B"  # the step just before
    with pytest.raises(errors.PlanInvalid):
        planned("Verify 3 users are listed", "Open it")  # a count names no one item


def test_must_reasons_and_all_of_them() -> None:
    [hidden] = planned("Frankfurt DC1 must not be in the results")
    assert (hidden.action, hidden.value) == (A.EXPECT_HIDDEN, "Frankfurt DC1")
    [butter] = planned("Check Butter is not shown, because it is already checked off")
    assert (butter.action, butter.target.text) == (A.EXPECT_HIDDEN, "Butter")
    listed = planned("French Onion Soup, Tomato Basil Soup and Lentil Soup should all be in the results")
    assert [s.value for s in listed] == ["French Onion Soup", "Tomato Basil Soup", "Lentil Soup"]
    [quoted] = planned('Verify the page shows "they are all in stock"')  # inside quotes nothing is dropped
    assert quoted.value == "they are all in stock"


def test_counts_of_acronym_nouns_pages_toasts_and_statuses() -> None:
    [count] = planned("Only one IP address should be listed")
    assert (count.action, count.target.text, count.value) == (A.EXPECT_COUNT, "IP address", "1")
    [footer] = planned("The footer contains 2026 Sauce Labs")  # a capitalised name after a figure stays a text
    assert footer.action is A.EXPECT_VISIBLE
    for sentence in ("Go to page 2 using the pagination at the bottom", "Move to page 2 with the pagination below the table."):
        [page] = planned(sentence)
        assert (page.action, page.target.text, page.target.region) == (A.CLICK, "2", "pagination"), sentence
    [toast] = planned('A toast saying "You have logged out." should appear at the bottom right')
    assert (toast.action, toast.target.text) == (A.EXPECT_VISIBLE, "You have logged out.")
    assert refused("An avatar with the letter A appears at the top right")  # only a message's corner is dropped
    [status] = planned("Check the status now says Closed")
    assert (status.action, status.target.text, status.value) == (A.EXPECT_TEXT, "status", "Closed")


def test_names_among_the_ones_before_places_and_two_values_of_it() -> None:
    _, hidden = planned("Verify 3 recipes are listed", "Tiramisu should not be among them.")
    assert (hidden.action, hidden.value) == (A.EXPECT_HIDDEN, "Tiramisu")
    [first] = planned("Forum rules and etiquette is the first topic")
    assert (first.target.text, first.target.position, first.value) == ("topic", 1, "Forum rules and etiquette")
    _, carol = planned("Verify 3 users are listed", "And carol is first")
    assert (carol.target.text, carol.target.position, carol.value) == ("user", 1, "carol")
    assert refused("And carol is first")  # first of what? nothing was listed before
    _, serial, rack = planned("Open ams1-srv-03", "Its serial number should be DL9X1Q7 and its rack AMS1-A02")
    assert [(s.target.text.lower(), s.value) for s in (serial, rack)] == [("serial number", "DL9X1Q7"), ("rack", "AMS1-A02")]
    [confirm] = planned("Confirm in the dialog that pops up")
    assert (confirm.action, confirm.target.region) == (A.CLICK, "dialog")


def test_an_and_under_a_given_says_what_is_given() -> None:
    *_, sites = planned("Given I am logged in as bob with Bob#2026pw", "And I am on the Sites list")
    assert (sites.action, sites.target.text, sites.target.descriptor) == (A.CLICK, "Sites", model.PAGE_LINK)
    [opened] = planned("Given I have opened the document Hardware store receipt")
    assert (opened.action, opened.target.text) == (A.CLICK, "document Hardware store receipt")
    with pytest.raises(errors.PlanInvalid):
        planned('When I click "Add"', "And I am on the Sites page")  # after a When: where it is, or where to go?


def test_parts_without_a_control_a_count_then_names_and_notes_taken_fast() -> None:
    for sentence in ("And the header does not show an Admin link", "Make sure the Admin link does not appear in the header."):
        [hidden] = planned(sentence)
        assert (hidden.action, hidden.target.text, hidden.target.role_hint, hidden.target.region) == (A.EXPECT_HIDDEN, "Admin", "link", "header")
    count, *names = planned("Expect 3 plans in the results table: Checkout Regression, Login and Accounts, Catalog Smoke Tests")
    assert (count.action, count.value, [n.value for n in names]) == (A.EXPECT_COUNT, "3", ["Checkout Regression", "Login and Accounts", "Catalog Smoke Tests"])
    assert refused("Only one post is left in the topic, the post by bob")  # what the one is, not a name listed
    priority, category = planned("priority is P1 and category is Security")
    assert [(s.target.text, s.value) for s in (priority, category)] == [("Priority", "P1"), ("Category", "Security")]
    [value] = planned("The value shown is 200")  # a statement with "the" keeps its own reading
    assert (value.action, value.value) == (A.EXPECT_VISIBLE, "200")
    new, again = planned("Type Grace#Reg2026 into both Password and Confirm password")
    assert [(s.target.text, s.value) for s in (new, again)] == [("Password", "Grace#Reg2026"), ("Confirm password", "Grace#Reg2026")]
    _, confirm = planned("A confirmation dialog appears", "Confirm it")
    assert (confirm.action, confirm.target.region) == (A.CLICK, "dialog")


def test_two_checks_with_and_that_neither_nor_and_a_message_with_two_texts() -> None:
    status, usage = planned("Check that the status is Active and that the utilization shows 1.6%.")
    assert [(s.target.text, s.value) for s in (status, usage)] == [("status", "Active"), ("utilization", "1.6%")]
    a, b = planned('And neither "Sunday Favourites" nor "Quick Weeknights" appears')
    assert [(s.action, s.value) for s in (a, b)] == [(A.EXPECT_HIDDEN, "Sunday Favourites"), (A.EXPECT_HIDDEN, "Quick Weeknights")]
    error, field = planned('A toast should appear with "Bad Request (400)" and "name: This field is required."')
    assert [s.value for s in (error, field)] == ["Bad Request (400)", "name: This field is required."]
    shown, author = planned('There should be a comment by Jonas Brandt saying "Perfect on a rainy day."')
    assert (author.target.text, author.target.role_hint, author.value) == ("Perfect on a rainy day.", "row", "Jonas Brandt")


def test_counts_orders_addresses_and_notes_without_the() -> None:
    [rows] = planned("Count the rows in the links table: 10")
    assert (rows.action, rows.value, rows.target.role_hint) == (A.EXPECT_COUNT, "10", "row")
    [docs] = planned("The list should narrow down to 11 documents.")
    assert (docs.action, docs.value) == (A.EXPECT_COUNT, "11")
    [order] = planned("Seafood comes after Dinner")
    assert (order.action, order.value) == (A.EXPECT_ORDER, "Dinner\nSeafood")
    assert refused("Seafood should come right after Dinner.")  # right after: next to it, more than an order says
    [first] = planned("first book is The War of the Worlds")
    assert (first.target.text, first.target.position, first.value) == ("book", 1, "The War of the Worlds")
    for sentence in ("Open /circuits/circuits/ directly in the address bar", "Type /circuits/circuits/ in the address bar and open it."):
        [go] = planned(sentence)
        assert (go.action, go.value) == (A.NAVIGATE, "/circuits/circuits/"), sentence
    fill, _ = planned('When I quick search for "NYC-DMZ"')
    assert (fill.action, fill.value) == (A.FILL, "NYC-DMZ")


def test_checks_said_as_expect_to_be_appearing_in_a_part_and_fields_left_empty() -> None:
    [absent] = planned('Expect "Mobile Release 1.4 Acceptance" not to be in the table')
    assert (absent.action, absent.value, absent.match) == (A.EXPECT_TEXT, "Mobile Release 1.4 Acceptance", model.Match.NOT_CONTAINS)
    names = planned("Expect TC-1, TC-5, TC-8 and TC-13 to be among them")
    assert [(s.action, s.value) for s in names] == [(A.EXPECT_VISIBLE, n) for n in ("TC-1", "TC-5", "TC-8", "TC-13")]
    [shelf] = planned("Throwaway Shelf appears in the sidebar")
    assert (shelf.action, shelf.target.text, shelf.target.region) == (A.EXPECT_VISIBLE, "Throwaway Shelf", "sidebar")
    cleared, save = planned("When I leave the Name field empty and click Save")
    assert (cleared.action, cleared.target.text, cleared.value, save.action) == (A.FILL, "Name", "", A.CLICK)
    [save] = planned("Leave everything else at its default and press Save.")
    assert (save.action, save.target.text) == (A.CLICK, "Save")


def test_rows_by_their_places_and_controls_of_a_kind_with_a_qualifier() -> None:
    first, last = planned("Now the first row is Wiki Changelog and the last row is Acme Pricing")
    assert [(s.target.position, s.value) for s in (first, last)] == [(1, "Wiki Changelog"), (-1, "Acme Pricing")]
    buttons = planned("The group buttons All, Competitors, Documentation and Monitoring are shown above the table")
    assert [(s.target.text, s.target.role_hint) for s in buttons] == [(n, "button") for n in ("All", "Competitors", "Documentation", "Monitoring")]
    radios = planned('The poll offers the radio buttons "Monday" and "Thursday"')
    assert [s.target.role_hint for s in radios] == ["radio", "radio"]  # "radio" says the kind: never plain buttons
    links = planned('Verify the page links to "Your First Week" and "Laptop Setup"')
    assert [s.target.text for s in links] == ["Your First Week", "Laptop Setup"]


def test_a_list_holding_only_these_is_counted_by_what_its_name_says() -> None:
    count, *names = planned("The monitor list shows only Checkout API, Partner API and Mobile API")
    assert (count.action, count.target.text, count.value, [n.value for n in names]) == (
        A.EXPECT_COUNT, "monitor", "3", ["Checkout API", "Partner API", "Mobile API"])
    assert refused("The list shows only Checkout API, Partner API and Mobile API")  # counted as what? never "only Checkout API"
    assert refused('The archived list contains just "Tester Home"')  # which list, not what it holds
    [cards] = planned("Count the post cards: there should be exactly 12")
    assert (cards.action, cards.target.text, cards.value) == (A.EXPECT_COUNT, "post card", "12")


def test_a_reason_first_a_message_that_shows_up_and_one_name_with_and() -> None:
    [error] = planned('Because her account was locked, an error "Account Locked. Please try again later" should show up.')
    assert (error.action, error.value) == (A.EXPECT_TEXT, "Account Locked. Please try again later")  # never the text "up"
    [one] = planned("Check Login and Accounts is not in the list")
    assert (one.value, one.match) == ("Login and Accounts", model.Match.NOT_CONTAINS)  # "is": one name
    assert len(planned("Check Login and Accounts are not in the list")) == 2


def test_column_headings_and_a_cell_said_by_its_column_and_row() -> None:
    heads = planned("The table has the column headings Website, Last Checked and Last Changed")
    assert [(s.target.text, s.target.role_hint) for s in heads] == [(n, "columnheader") for n in ("Website", "Last Checked", "Last Changed")]
    [cell] = planned('The Last Checked cell for Globex Blog says "just now"')
    assert (cell.target.text, cell.target.scope, cell.target.descriptor, cell.value) == ("Last Checked", "Globex Blog", "column", "just now")


def test_a_title_that_starts_with_the_among_names_listed() -> None:
    names = planned("Then Frankenstein, Dracula and The Hound of the Baskervilles are shown")
    assert [s.value for s in names] == ["Frankenstein", "Dracula", "The Hound of the Baskervilles"]
    tabs = planned("The tabs General, Request and Stats are shown")  # the article and the kind first: tabs named
    assert [(s.target.text, s.target.role_hint) for s in tabs] == [(n, "tab") for n in ("General", "Request", "Stats")]


def test_a_part_back_to_a_count() -> None:
    [books] = planned("The shelf is back to 2 books")
    assert (books.action, books.target.text, books.value) == (A.EXPECT_COUNT, "book", "2")
    rows, gone = planned("The table is back to 6 rows and Quinn Temp is gone")
    assert (rows.action, rows.value, gone.action, gone.target.text) == (A.EXPECT_COUNT, "6", A.EXPECT_HIDDEN, "Quinn Temp")


def test_who_made_the_one_item_named_before() -> None:
    _, by = planned('"Practice thread" is listed', "And it is posted by bob")
    assert (by.target.text, by.target.role_hint, by.value) == ("Practice thread", "row", "bob")
    assert refused("And it is posted by bob")  # of what? nothing named before


def test_a_page_that_opens() -> None:
    for sentence in ("The Deployment Runbook page opens", "The Deployment Runbook page opens with that title"):
        [page] = planned(sentence)
        assert (page.action, page.value) == (A.EXPECT_PAGE, "Deployment Runbook"), sentence
    assert refused("Check that a new untitled page opens")  # which page? no name said
    [heading] = planned('The new test case page should open with "Gift Card" in its heading')
    assert (heading.target.text, heading.target.role_hint) == ("Gift Card", "heading")


def test_its_value_of_the_only_one_counted() -> None:
    _, its = planned("Only one IP address should be listed", "Its description should be Awaiting RMA")
    assert (its.target.text, its.target.position, its.value) == ("IP address description", 1, "Awaiting RMA")
    with pytest.raises(errors.PlanInvalid):
        planned("Verify 3 IP addresses are listed", "Its description should be Awaiting RMA")  # of which one?


def test_a_count_then_names_in_an_order_the_only_one_and_a_part_counting_its_things() -> None:
    count, order = planned("3 users are listed, in this order, Carol Viewer, Bob Analyst and Alice Admin")
    assert (count.value, order.action, order.value) == ("3", A.EXPECT_ORDER, "Carol Viewer\nBob Analyst\nAlice Admin")
    one, carol = planned("Carol Viewer is the only member")
    assert (one.action, one.target.text, one.value, carol.value) == (A.EXPECT_COUNT, "member", "1", "Carol Viewer")
    tables, *names = planned("The schema browser lists 3 tables: customers, orders and products")
    assert (tables.action, tables.value, [n.value for n in names]) == (A.EXPECT_COUNT, "3", ["customers", "orders", "products"])
    assert refused('The dropdown lists 7 sub-articles, starting with "Engineering" and ending with "Projects"')  # never "7 sub"


def test_signing_in_using_a_login_and_a_password_in_a_named_form() -> None:
    assert _credentials("Sign in using admin@example.org / ${pw}") == ("admin@example.org", "${pw}")
    assert _credentials("Log in using admin@example.org and ${pw}") == ("admin@example.org", "${pw}")
    assert _credentials("Log in as olga@example.org and ${pw}") == ("olga@example.org", "${pw}")
    steps = planned("Log in with sam@example.org and ${pw} in the I already have an account form")
    assert {(s.target.scope, s.target.scope_box) for s in steps[1:]} == {("I already have an account", "form")}
    email, password = planned('Under "I already have an account", enter sam@example.org and the password ${pw}')
    assert [(s.action, s.target.text, s.target.scope) for s in (email, password)] == [
        (A.FILL, "email", "I already have an account"), (A.FILL, "password", "I already have an account")]


def test_controls_where_they_are_items_deleted_with_their_control_and_addresses_in_brackets() -> None:
    [team] = planned('A button "New team" is at the top right')
    assert (team.target.text, team.target.role_hint, team.target.region) == ("New team", "button", "top right")
    trash, _ = planned("Delete Lab 3 with the trash can icon and confirm")
    assert (trash.action, trash.target.text, trash.target.scope) == (A.CLICK, "trash can", "Lab 3")
    [go] = planned("Go to the speakers page of PyCamp 2027 (/orga/event/pycamp2027/speakers/)")
    assert (go.action, go.value) == (A.NAVIGATE, "/orga/event/pycamp2027/speakers/")
    [abstract] = planned('Put the Abstract back to "An introduction to async python in practice."')
    assert (abstract.action, abstract.target.text, abstract.value) == (A.FILL, "Abstract", "An introduction to async python in practice.")
    titles = planned("Machine Learning on a Budget and Intro to Jupyter Notebooks are listed under Proposals")
    assert [(s.target.text, s.target.section) for s in titles] == [("Machine Learning on a Budget", "Proposals"), ("Intro to Jupyter Notebooks", "Proposals")]
    [rows] = planned("The review table lists 7 elements")
    assert (rows.action, rows.target.role_hint, rows.value) == (A.EXPECT_COUNT, "row", "7")  # a table's elements are its rows


def test_a_quoted_count_as_a_text_a_seen_text_then_a_count_and_a_badge_in_the_sidebar() -> None:
    [footer] = planned('The footer says "8 elements"')
    assert (footer.action, footer.target.text, footer.target.region) == (A.EXPECT_VISIBLE, "8 elements", "footer")  # quoted: as written
    seen, count = planned('You see "The proposal has been deleted." and 8 sessions are listed')
    assert (seen.value, count.action, count.value) == ("The proposal has been deleted.", A.EXPECT_COUNT, "8")
    [badge] = planned("The Emails entry in the sidebar has a badge with 4")
    assert (badge.target.descriptor, badge.target.scope, badge.target.region, badge.value) == ("badge", "Emails", "sidebar", "4")
    both = planned('The row for "Intro to Jupyter Notebooks" lists both Priya Patel and Kenji Tanaka as speakers')
    assert [s.value for s in both] == ["Priya Patel", "Kenji Tanaka"]  # "both" and the role they have say nothing to check


def test_a_notice_is_a_message_and_the_dashboard_showing_a_text_is_the_page() -> None:
    [notice] = planned('The notice says "3 proposals are waiting for your review."')
    assert (notice.target.descriptor, notice.value) == ("message", "3 proposals are waiting for your review.")
    [page] = planned('The dashboard shows "Your upcoming events"')
    assert (page.action, page.target, page.value) == (A.EXPECT_VISIBLE, None, "Your upcoming events")
    [count] = planned("The dashboard shows 3 projects")  # a count keeps its own reading
    assert count.action is A.EXPECT_COUNT


def test_a_page_that_lists_a_count_then_names_with_their_states_in_brackets() -> None:
    count, first, second = planned(
        'The page "Your proposals" lists 2 proposals - Async Python in Practice (submitted) and Packaging Pitfalls (withdrawn)')
    assert (count.action, count.target.text, count.value) == (A.EXPECT_COUNT, "proposal", "2")
    assert [(s.target.text, s.target.role_hint, s.value) for s in (first, second)] == [
        ("Async Python in Practice", "row", "submitted"), ("Packaging Pitfalls", "row", "withdrawn")]


def test_dialogs_answered_parts_looked_at_and_items_opened_with_an_aside() -> None:
    for sentence in ("Confirm the delete", "Confirm it", "Confirm in the dialog that pops up"):
        [confirm] = planned(sentence)
        assert (confirm.action, confirm.target.text, confirm.target.region) == (A.CLICK, "Confirm", "dialog"), sentence
    [row] = planned("When I look at the row for Blogs")
    assert (row.action, row.target.text, row.target.role_hint) == (A.EXPECT_VISIBLE, "Blogs", "row")
    assert refused("Look at the top of the history page")  # where on a page, not a thing there
    [device] = planned('And I open device fra1-srv-01, whose title is "fra1-srv-01 (AC-2004)"')
    assert (device.action, device.target.text) == (A.CLICK, "device fra1-srv-01")
    [recipe] = planned("Given I am on the Lentil Soup recipe")
    assert (recipe.action, recipe.target.text) == (A.CLICK, "Lentil Soup recipe")


def test_one_place_then_the_next_and_a_thing_gone_to_by_its_name() -> None:
    for sentence in ("Go to Settings, then Members", "Open Settings and then Members", "Click Settings, then Members"):
        first, second = planned(sentence)
        assert [(s.action, s.target.text) for s in (first, second)] == [(A.CLICK, "Settings"), (A.CLICK, "Members")], sentence
    [space] = planned("Go to the Engineering space")
    assert (space.action, space.target.text) == (A.CLICK, "Engineering space")
    [page] = planned("Go to the Tags page")  # a page named: its link, as before
    assert (page.target.text, page.target.descriptor) == ("Tags", model.PAGE_LINK)
    click, check = planned('Click Save, then verify "Saved" is shown')  # a check after "then" stays a check
    assert (click.action, check.action) == (A.CLICK, A.EXPECT_VISIBLE)


def test_a_message_said_unquoted_two_controls_in_one_state_and_a_button_that_turns_into_another() -> None:
    [error] = planned("Then an error says the passwords do not match")  # the "not" is what the message reads
    assert (error.action, error.target.descriptor, error.value) == (A.EXPECT_TEXT, "error", "the passwords do not match")
    save, discard = planned("Then Save and Discard become enabled")
    assert [(s.action, s.target.text, s.value) for s in (save, discard)] == [
        (A.EXPECT_STATE, "Save", "enabled"), (A.EXPECT_STATE, "Discard", "enabled")]
    [resume] = planned("The Pause button should turn into Resume")
    assert (resume.action, resume.target.text, resume.target.role_hint) == (A.EXPECT_VISIBLE, "Resume", "button")
    names = planned("The Members list has admin, alice and bob")
    assert [s.value for s in names] == ["admin", "alice", "bob"]
    [count] = planned("The Members list has 3 entries")  # a count stays a count
    assert (count.action, count.value) == (A.EXPECT_COUNT, "3")


def test_admin_list_statements_testers_write() -> None:
    count, each = planned("Only order PTENTRKHMNVBXZCG is listed")
    assert (count.action, count.target.text, count.value) == (A.EXPECT_COUNT, "order", "1")
    assert (each.action, each.value) == (A.EXPECT_EACH, "PTENTRKHMNVBXZCG")
    assert refused("Only Liam Novak is shown")  # only that one, of no kind said: never an element named "Only Liam Novak"
    assert refused("Only PyCamp 2027 is listed on the dashboard; PyCamp 2026 is not shown")  # never one text of both
    [state] = planned('The row for "Packaging Pitfalls" shows the state withdrawn')
    assert (state.target.text, state.value) == ("Packaging Pitfalls", "withdrawn")
    [each] = planned('Every order on this page is in the state "Payment authorized"')
    assert (each.action, each.target.text, each.value) == (A.EXPECT_EACH, "order", "Payment authorized")
    first, last, email = planned('Fill First name with "Ava", Last name with "Thompson" and Email address with "ava@example.com"')
    assert [(s.action, s.target.text, s.value) for s in (first, last, email)] == [
        (A.FILL, "First name", "Ava"), (A.FILL, "Last name", "Thompson"), (A.FILL, "Email address", "ava@example.com")]
    name, age = planned("Fill the Name field with Bob and the Age field with 12")  # two fields, never "Bob and the Age …"
    assert [(s.target.text, s.value) for s in (name, age)] == [("Name", "Bob"), ("Age", "12")]
    [hidden] = planned("There is no Catalog section in the sidebar")
    assert (hidden.action, hidden.target.text, hidden.target.region) == (A.EXPECT_HIDDEN, "Catalog", "sidebar")
    [greeted] = planned("The dashboard greets Olivia Hart at the top right")
    assert (greeted.action, greeted.target.text, greeted.target.region) == (A.EXPECT_VISIBLE, "Olivia Hart", "top right")
    enabled, code = planned("Summer Sale is Enabled with the coupon code SUMMER10")
    assert [(s.target.text, s.target.role_hint, s.value) for s in (enabled, code)] == [
        ("Summer Sale", "row", "Enabled"), ("Summer Sale", "row", "SUMMER10")]
    [confirm] = planned("Confirm the deletion in the dialog")
    assert (confirm.action, confirm.target.text, confirm.target.region) == (A.CLICK, "Confirm", "dialog")


def test_a_range_a_list_reports_and_a_value_said_with_its_kind() -> None:
    for sentence in ("The list says 1 - 5 of 5", 'The products list shows "1 - 10 of 54"', "The pager says 11-20 of 54"):
        [shown] = planned(sentence)
        assert (shown.action, shown.target) == (A.EXPECT_VISIBLE, None), sentence
    [code] = planned("The Order manager row shows the code order-manager")
    assert (code.target.text, code.value) == ("Order manager", "order-manager")
    assert refused("admin@kutt.test has the role ADMIN and the others have the role USER")  # two facts, never one value


def test_a_code_said_after_its_kind_is_the_code() -> None:
    [listed] = planned('The "Latest orders" widget lists order CB3XB357BVW2JPF3')
    assert (listed.target.text, listed.target.section) == ("CB3XB357BVW2JPF3", "Latest orders")
    [click] = planned("Click the order code PTENTRKHMNVBXZCG")
    assert click.target.text == "PTENTRKHMNVBXZCG"
    [row] = planned("The row for SKU L2201308 shows the price $1,558.80")
    assert (row.target.text, row.target.role_hint, row.value) == ("L2201308", "row", "$1,558.80")
    [short] = planned("Click order ABC")  # a short word in capitals may be a name's part: kept as said
    assert short.target.text == "order ABC"


def test_the_sort_control_in_a_columns_header_is_that_header() -> None:
    [header] = planned("Click the sort arrows in the Name column header")
    assert (header.target.text, header.target.role_hint) == ("Name", "columnheader")


def test_a_part_named_before_a_corner_is_where() -> None:
    [page] = planned('Click "2" in the pager at the bottom')
    assert (page.target.text, page.target.scope, page.target.region) == ("2", None, "pagination")
    [corner] = planned("Click the cart at the top right")
    assert corner.target.region == "top right"


def test_two_rows_that_say_the_same() -> None:
    first, second = planned('The Customer and SuperAdmin rows say "This is a default Role"')
    assert [(s.target.text, s.target.role_hint, s.value) for s in (first, second)] == [
        ("Customer", "row", "This is a default Role"), ("SuperAdmin", "row", "This is a default Role")]


def test_a_footer_total_is_checked_on_the_page() -> None:
    [total] = planned("The table footer says 2 elements")
    assert (total.action, total.target, total.value) == (A.EXPECT_VISIBLE, None, "2 elements")
    [count] = planned("The list shows 2 items")  # a list's items are counted, as before
    assert (count.action, count.value) == (A.EXPECT_COUNT, "2")


def test_signing_in_in_a_testers_own_words() -> None:
    assert _credentials("Make the login with mia, the password is Nursery#4821.") == ("mia", "Nursery#4821")
    assert _credentials("Login with admin, password Admin#2026buddy.") == ("admin", "Admin#2026buddy")
    assert _credentials("Log in like alice, password is Alice#2024.") == ("alice", "Alice#2024")
    assert _credentials("Okay, I log in as uma with Passw0rd!") == ("uma", "Passw0rd!")  # the "!" is the password's
    assert _credentials("Log in as uma / Passw0rd!.") == ("uma", "Passw0rd!")
    assert [s.target.text for s in planned("Click Save!")] == ["Save"]  # a word with no digit or sign keeps no "!"
    *signing, opened = planned("I log in as qa_guesser, password Passw0rd!, and go to Challenges.")
    assert [s.action for s in signing] == SIGN_IN and (opened.action, opened.target.text) == (A.CLICK, "Challenges")
    *signing, went = planned("Log in as walt with Passw0rd! and you go to /teams/new.")
    assert signing[2].value == "Passw0rd!" and (went.action, went.value) == (A.NAVIGATE, "/teams/new")
    steps = planned("Alright, I sign in as bob, password Bob-Pass-1, and hit Submit.")
    assert [s.action for s in steps] == SIGN_IN  # the form's own button: Enter already submitted it
    user, password, login = planned("Enter admin and Admin#2024 then push the Login button.")
    assert (user.value, password.value, login.action, login.target.text) == ("admin", "Admin#2024", A.CLICK, "Login")
    assert refused("Log in as walter today, just to look around.")  # an aside, not a step, and no password
    assert refused("Log in with the admin account")  # no password said


def test_a_check_that_someone_can_or_cannot_sign_in_tries_it_then_checks() -> None:
    *signing, gone = planned("Verify qa_broke can log in with Passw0rd!.")
    assert [s.action for s in signing] == SIGN_IN and signing[2].value == "Passw0rd!"
    assert (gone.action, gone.target.text, gone.target.role_hint) == (A.EXPECT_HIDDEN, "password", "textbox")
    for sentence in ("Verify that signing in as victor with Passw0rd! is rejected.",
                     "Verify the inactive agent kpatel cannot sign in with Agent#2024."):
        *signing, error, form = planned(sentence)
        assert [s.action for s in signing] == SIGN_IN, sentence
        assert (error.action, error.target.descriptor) == (A.EXPECT_VISIBLE, "error")
        assert (form.action, form.target.text) == (A.EXPECT_VISIBLE, "password")
    error, form = planned("Verify the login is refused.")
    assert error.target.descriptor == "error" and form.target.text == "password"
    said, _ = planned('Because usernames are case-sensitive, the login should be rejected with the "Please enter a correct username" message.')
    assert (said.action, said.target, said.value) == (A.EXPECT_VISIBLE, None, "Please enter a correct username")
    assert refused("The login is refused and the user is sad")


def test_learners_wording_is_read_as_the_plain_verb() -> None:
    assert [(s.action, s.target.text) for s in planned("Make click on Logout.")] == [(A.CLICK, "Logout")]
    assert [(s.action, s.target.text) for s in planned("Go in Challenges.")] == [(A.CLICK, "Challenges")]
    [shown] = planned('Must appear the message "Saved".')
    assert (shown.action, shown.target.text) == (A.EXPECT_VISIBLE, "Saved")
    [counted] = planned("Must be 4 notifications in the list.")
    assert (counted.action, counted.value) == (A.EXPECT_COUNT, "4")
    [listed] = planned('In result must appear the topic "Mechanical keyboards".')
    assert (listed.action, listed.value) == (A.EXPECT_TEXT, "Mechanical keyboards")
    [hidden] = planned("The admin panel should not be showed to her.")
    assert (hidden.action, hidden.target.text) == (A.EXPECT_HIDDEN, "admin panel")
    [shows] = planned('The list must to show "Example Domain edited" now.')
    assert shows.value == "Example Domain edited"
    [title] = planned('Control that the title is "Example Domain".')
    assert (title.action, title.value) == (A.EXPECT_TITLE, "Example Domain")


def test_wrong_readings_a_tester_would_not_mean_are_read_right_or_refused() -> None:
    [count] = planned("Please check the list have 10 topics on this page.")
    assert (count.action, count.value) == (A.EXPECT_COUNT, "10")  # never the text "10 topics on this page"
    [loaded] = planned("Wait until the page has loaded")
    assert (loaded.action, loaded.target) == (A.WAIT_FOR, None)  # no element named "page has loaded"
    url, first = planned("The URL should contain sort=cid and the first row should be COG-FRA-1187")
    assert (url.action, url.value) == (A.EXPECT_URL, "sort=cid")
    assert (first.action, first.target.text, first.target.position, first.value) == (A.EXPECT_TEXT, "row", 1, "COG-FRA-1187")
    assert refused("Click the hint and accept the confirm dialog.")  # two actions, never one name
    assert refused("Verify the URL is the start page")  # an address is never read as an element's text
    [dialog] = planned('Check the dialog says "Your password must be a minimum of 8 characters."')
    assert dialog.target.text == "Your password must be a minimum of 8 characters."  # quoted: its words are as written


def test_a_count_then_which_said_where_and_there() -> None:
    for sentence in ("There should be three tags in the list: daycare, doctor visit and night shift.",
                     "Must be three tags there: daycare, doctor visit and night shift."):
        counted, *named = planned(sentence)
        assert (counted.action, counted.value) == (A.EXPECT_COUNT, "3"), sentence
        assert [s.value for s in named] == ["daycare", "doctor visit", "night shift"], sentence
    assert all(s.action is not A.FILL for s in planned("There should be three tags: daycare and night shift."))  # never "Field: value"
    counted, named = planned("Verify the list has three tags: daycare")  # never the text "three tags: daycare"
    assert (counted.action, counted.value, named.action, named.value) == (A.EXPECT_COUNT, "3", A.EXPECT_VISIBLE, "daycare")
    assert refused("It must have 3 lines, first 7.8, after 6.9 and the last 5.2.")  # values in an order, not names


def test_there_or_not_there_and_for_whom() -> None:
    [shown] = planned('Her signature "Happy hacking!" ought to be there somewhere too.')
    assert (shown.action, shown.target.text) == (A.EXPECT_VISIBLE, "Happy hacking!")
    [gone] = planned("The New Topic button should not be there because forum is locked.")
    assert (gone.action, gone.target.text) == (A.EXPECT_HIDDEN, "New Topic")
    [hidden] = planned("Confirm that Staff Lounge is not visible to a guest.")
    assert (hidden.action, hidden.target.text) == (A.EXPECT_HIDDEN, "Staff Lounge")
    [none] = planned("No Add button must be visible, because walter can only read.")
    assert (none.action, none.target.text, none.target.role_hint) == (A.EXPECT_HIDDEN, "Add", "button")
    [row_click] = planned("Click the Delete button in the row for visitor")
    assert row_click.target.scope == "visitor"  # a row's name, not "for a visitor"


def test_an_address_said_after_a_name_and_an_action_never_a_thing() -> None:
    [went] = planned("Go to the list of weight, it is /weight/.")
    assert (went.action, went.value) == (A.NAVIGATE, "/weight/")
    assert refused("Filter by the child Rosalind Thompson and push Filter.")  # never "the row for Filter shows …"


def test_a_sign_in_said_with_how_the_form_is_reached() -> None:
    for sentence in ("Log in as alice with the password AlicePins2024 using the Log in button in the header",
                     'Log in with the "Log in" button as alice, password AlicePins2024',
                     "Log in as alice (password AlicePins2024) from the header",
                     "Log in to the admin with username alice and password AlicePins2024",
                     "Click Log in, enter alice and AlicePins2024, and submit"):
        assert _credentials(sentence) == ("alice", "AlicePins2024"), sentence
    assert refused("Click Log in, enter bob")  # never one control named "Log in, enter bob"
    signed, shown = planned('Verify mallory is logged in and the "Log out" button is visible')
    assert (signed.action, signed.target.text) == (A.EXPECT_HIDDEN, "password")
    assert (shown.action, shown.target.text) == (A.EXPECT_VISIBLE, "Log out")


def test_a_name_or_value_said_after_its_kind() -> None:
    [heading] = planned("Verify the heading books is shown")
    assert (heading.target.text, heading.target.role_hint, heading.target.exact) == ("books", "heading", True)
    [row] = planned("Verify the row for QA Tester shows the book Frankenstein")
    assert (row.target.text, row.value) == ("QA Tester", "Frankenstein")
    [quoted] = planned('Verify the row for "Ann" shows "the book Dune"')
    assert quoted.value == "the book Dune"  # in quotes: as written
    each = planned("Verify France, Russia and United States each show 2")
    assert [(s.action, s.target.text, s.target.role_hint, s.value) for s in each] == [
        (A.EXPECT_TEXT, name, "row", "2") for name in ("France", "Russia", "United States")]


def test_controls_a_word_and_a_value_typed_after_a_colon() -> None:
    controls = planned('Verify there is a Username field, a Password field and a "Log in" button')
    assert [(s.action, s.target.text, s.target.role_hint) for s in controls] == [
        (A.EXPECT_VISIBLE, "Username", "textbox"), (A.EXPECT_VISIBLE, "Password", "textbox"), (A.EXPECT_VISIBLE, "Log in", "button")]
    [absent] = planned("Verify the word members does not appear anywhere on the page")
    assert (absent.action, absent.value) == (A.EXPECT_HIDDEN, "members")
    [typed] = planned("Clear the SQL editor and type: select genre, count(*) from books group by genre")
    assert (typed.action, typed.value) == (A.FILL, "select genre, count(*) from books group by genre")
    [replaced] = planned("Replace the SQL in the editor with: delete from reviews where id = 1")
    assert (replaced.action, replaced.target.text, replaced.value) == (A.FILL, "editor", "delete from reviews where id = 1")
    [counted] = planned("Verify at least 11 pins are on the wall")
    assert (counted.action, counted.target.text, counted.value) == (A.EXPECT_COUNT, "pin", "11")
    each = planned("Verify Jane Austen and Charles Dickens each have 4")
    assert [(s.target.text, s.value) for s in each] == [("Jane Austen", "4"), ("Charles Dickens", "4")]


def test_signed_in_said_as_a_state_and_a_page_gone_to_by_its_number() -> None:
    [signed] = planned('Then I should be logged in as "priya"')
    assert (signed.action, signed.target.text) == (A.EXPECT_HIDDEN, "password")
    [page] = planned("I click over to page 2 and wait for it to load.")
    assert (page.action, page.target.text, page.target.region) == (A.CLICK, "2", "pagination")
    [none] = planned("Ensure there is no Admin entry this time.")
    assert (none.action, none.target.text) == (A.EXPECT_HIDDEN, "Admin")


def test_someone_told_of_in_the_third_person_does_what_the_sentence_says() -> None:
    assert _credentials("The administrator signs in with the username admin and the password Admin-Pass-1.") == ("admin", "Admin-Pass-1")
    assert _credentials("A staff member signs in with the email address staff@example.com and the password oscar-staff-42.") == (
        "staff@example.com", "oscar-staff-42")
    assert _credentials('Tom logs in with his username "tom" and password "Tom-Cards-2024".') == ("tom", "Tom-Cards-2024")
    assert _credentials("A user signs in as tom using Tom-Cards-2024.") == ("tom", "Tom-Cards-2024")
    # the login said with the role is who signs in
    assert _credentials("The organiser olga@example.org signs in using the password x1.") == ("olga@example.org", "x1")
    [click] = planned("He opens Account Settings from the menu in the top right corner.")
    assert (click.action, click.target.text) == (A.CLICK, "Account Settings")
    [delete] = planned('The organiser can delete the "advanced" tag')
    assert (delete.action, delete.target.text, delete.target.scope) == (A.CLICK, "Delete", "advanced")
    # a part of a page is no one: "editor" and a name before a hyphen stay as they were read
    [opened] = planned("The reply editor opens.")
    assert opened.action is A.EXPECT_VISIBLE
    url, button = planned("The admin sign-in page opens at /admin/login with a Login button")
    assert (url.action, url.value, button.target.text) == (A.EXPECT_URL, "/admin/login", "Login")
    [click] = planned("Click Changes")  # a verb is never someone's name
    assert (click.action, click.target.text) == (A.CLICK, "Changes")
    assert refused("Search finds 3 results")


def test_checks_of_what_stays_are_made_on_the_settled_page() -> None:
    for sentence in ("I should still be on the login page", "Still on login page.", "Then I should not be logged in",
                     "And I should still see the login form", "Confirm the user stays logged out"):
        [check] = planned(sentence)
        assert (check.action, check.target.text, check.settled) == (A.EXPECT_VISIBLE, "password", True), sentence
    [url] = planned("The URL is still /login")
    assert (url.action, url.settled) == (A.EXPECT_URL, True)
    [count] = planned("Verify the table still has 3 rows")
    assert (count.action, count.settled) == (A.EXPECT_COUNT, True)
    [plain] = planned("Verify the table has 3 rows")  # nothing said to stay: a web-first check as before
    assert not plain.settled and "settled" not in plain.to_json()
    [quoted] = planned('Verify the page shows "Still here"')  # the word inside a quoted text says nothing
    assert not quoted.settled
    assert refused("You should be logged out")  # after a sign-out the form may not be shown at all
    [start] = planned("Given I am not logged in")  # a state to start from (every test starts signed out), not a check
    assert start.action is A.WAIT_FOR


def test_an_item_deleted_by_its_name_and_a_place_opened_then_a_part_of_it() -> None:
    [delete] = planned("Delete Marshmallows.")
    assert (delete.action, delete.target.text, delete.target.scope) == (A.CLICK, "Delete", "Marshmallows")
    [remove] = planned("Remove Olga")
    assert (remove.target.text, remove.target.scope) == ("Remove", "Olga")
    assert refused("Delete the text")  # no name said
    opened, delete, confirm = planned("Open Marshmallows", "Delete it", "Confirm.")
    assert (delete.target.text, delete.target.scope, confirm.target.text) == ("Delete", None, "Confirm")
    project, board = planned("He opens the Mobile App project and its Release 2.0 board.")
    assert (project.target.text, board.target.text) == ("Mobile App project", "Release 2.0 board")


def test_notes_taken_fast_are_checks_and_searches() -> None:
    first, second = planned('Check "Web Servers" and "Side Project" shown.')  # a check, never a checkbox ticked
    assert [(s.action, s.value) for s in (first, second)] == [(A.EXPECT_VISIBLE, "Web Servers"), (A.EXPECT_VISIBLE, "Side Project")]
    [ticked] = planned('Check "Remember me"')
    assert ticked.action is A.CHECK
    assert [s.value for s in planned('And I should see "jQuery API" and "Heroku Free Tier"')] == ["jQuery API", "Heroku Free Tier"]
    [error] = planned("Expect an error message.")
    assert (error.action, error.target.descriptor) == (A.EXPECT_VISIBLE, "error")
    [said] = planned('Check error "Incorrect email or password."')
    assert (said.action, said.target.descriptor, said.value) == (A.EXPECT_TEXT, "error", "Incorrect email or password.")
    [part] = planned("Check categories sidebar has Books.")
    assert (part.action, part.target.text, part.value) == (A.EXPECT_TEXT, "categories sidebar", "Books")
    fill, press, opened = planned('Search "Snow Crash".', "Open it.")
    assert (fill.value, press.value, opened.action, opened.target.text) == ("Snow Crash", "Enter", A.CLICK, "Snow Crash")
    [submit] = planned("Submit.")
    assert (submit.action, submit.target.role_hint) == (A.CLICK, "button")
    assert refused("Search bob")  # unquoted and no "for": a name or a search?


def test_two_values_entered_as_fields_then_the_form_sent() -> None:
    user, password, sent = planned("Enter alice as the username and secret as the password and log in")
    assert [(s.action, s.target.text if s.target else None, s.value) for s in (user, password, sent)] == [
        (A.FILL, "username", "alice"), (A.FILL, "password", "secret"), (A.PRESS, None, "Enter")]
    assert len(planned("Enter alice as the username and secret as the password")) == 2


def test_names_written_as_identifiers_and_places_said_first() -> None:
    [gone] = planned("iforest-v1 is not listed")
    assert (gone.action, gone.value) == (A.EXPECT_HIDDEN, "iforest-v1")
    assert [s.value for s in planned("gbm-v2, gbm-v3 and gbm-v4-nightly are in the table")] == ["gbm-v2", "gbm-v3", "gbm-v4-nightly"]
    [absent] = planned("logreg-baseline does not appear")
    assert (absent.action, absent.value) == (A.EXPECT_HIDDEN, "logreg-baseline")
    assert refused("members is not listed")  # a plain word could be a name or a noun: not read
    [seen] = planned("Under Recent Experiments I can see churn-prediction")
    assert (seen.action, seen.target.text, seen.target.section) == (A.EXPECT_VISIBLE, "churn-prediction", "Recent Experiments")
    [link] = planned('An "Admin" link should now be visible next to Log Out')
    assert (link.action, link.target.text, link.target.role_hint, link.target.scope) == (A.EXPECT_VISIBLE, "Admin", "link", "Log Out")
    [tagline] = planned("The tagline Knowledge base of the Acme team is shown under the wiki name")
    assert (tagline.action, tagline.target, tagline.value) == (A.EXPECT_VISIBLE, None, "Knowledge base of the Acme team")
    [toc] = planned('Click "Rules" in the table of contents')
    assert (toc.target.text, toc.target.scope) == ("Rules", "Contents")
    [side] = planned("In the Navigation sidebar click How-to guides")
    assert (side.target.text, side.target.region) == ("How-to guides", "sidebar")
    [menu] = planned("Click Logout in the Account menu")  # a menu named by its control stays that menu
    assert menu.target.region != "navigation"


def test_a_table_said_to_list_some_people_counts_its_rows() -> None:
    [people] = planned("Verify the contacts table lists 5 people")
    assert (people.action, people.target.role_hint, people.value) == (A.EXPECT_COUNT, "row", "5")
    [rows] = planned("Verify the user list has 5 rows")
    assert (rows.action, rows.target.role_hint, rows.value) == (A.EXPECT_COUNT, "row", "5")
    [columns] = planned("Verify the table has 2 columns")  # columns stay columns
    assert columns.target.role_hint == "columnheader"


def test_it_after_a_page_opened_and_the_signed_in_state_of_a_role() -> None:
    opened, count = planned("Open Party Supplies; it should have 3 items.")
    assert (opened.action, count.action, count.target.text, count.value) == (A.CLICK, A.EXPECT_COUNT, "item", "3")
    assert refused("It has 3 items.")  # nothing opened before: what "it" is cannot be told (never a row or section "It")
    with pytest.raises(errors.PlanInvalid):
        planned('Verify "Party Supplies" is shown', "It has 3 items")  # "it" is that card then, not the page
    assert _credentials("The administrator is signed in as admin@example.org with the password Admin#2026.") == (
        "admin@example.org", "Admin#2026")
    [forbidden] = planned("Then I get a 403 Forbidden page")
    assert (forbidden.action, forbidden.value) == (A.EXPECT_VISIBLE, "403")


def test_a_shared_password_said_alone_and_the_names_of_what_the_page_opened_has() -> None:
    opened, password, enter = planned("Log in with Watchtower-2026")
    assert (opened.action, password.action, password.value, enter.value) == (A.CLICK, A.FILL, "Watchtower-2026", "Enter")
    assert refused("Log in with Google")  # a button's name, never a password
    assert refused("Log in with user1")  # a login, perhaps: no password said
    _, count, *names = planned("Open Party Supplies; it should have 3 items: Tortilla chips, Limes and Sparkling water")
    assert (count.action, count.value, [n.value for n in names]) == (A.EXPECT_COUNT, "3", ["Tortilla chips", "Limes", "Sparkling water"])


def test_a_section_by_its_title_a_page_heading_named_first_and_a_rows_value_with_its_column() -> None:
    [scroll] = planned("Scroll down to the History section")
    assert (scroll.target.text, scroll.target.exact) == ("History", True)
    [shown] = planned("Verify the Recent Experiments section is visible")
    assert (shown.action, shown.value) == (A.EXPECT_VISIBLE, "Recent Experiments")
    [save] = planned("Click Save in that section")  # "Save in that" is no section's title
    assert save.target.text != "Save in that"
    [heading] = planned('Verify the wiki start page heading is "Website Redesign"')
    assert (heading.action, heading.target.role_hint, heading.target.text) == (A.EXPECT_VISIBLE, "heading", "Website Redesign")
    [cell] = planned("Verify the first row now shows priority Low")
    assert (cell.target.text, cell.target.position, cell.target.descriptor, cell.value) == ("priority", 1, "column", "Low")
    [whole] = planned("Verify the first row shows Low")  # no column said: anywhere in the row
    assert (whole.target.text, whole.target.descriptor, whole.value) == ("row", None, "Low")


def test_a_field_that_offers_choices_is_a_dropdown_whose_options_are_checked() -> None:
    offered = planned("Verify the Browser field offers Chrome, Firefox, Safari and Edge")
    assert [(s.target.role_hint, s.target.descriptor, s.value) for s in offered] == [
        ("combobox", "options", v) for v in ("Chrome", "Firefox", "Safari", "Edge")]


def test_a_wait_for_what_opens_a_key_pressed_for_a_purpose_and_each_one_counted_before() -> None:
    [wait] = planned("Wait for the sign-in popup to open")
    assert (wait.action, wait.target.text) == (A.WAIT_FOR, "sign-in popup")
    [page] = planned("Wait for the page to load")  # the page's load, as before: never an element named "page"
    assert page.target is None or page.target.text != "page"
    [enter] = planned("Press Enter to move into the post body")
    assert (enter.action, enter.value) == (A.PRESS, "Enter")
    count, each = planned("Verify 4 posts are listed and each one is marked Draft")
    assert (count.value, each.action, each.target.text, each.value) == ("4", A.EXPECT_EACH, "post", "Draft")
    assert refused("Verify every one is marked Draft")  # one of what: nothing counted before


def test_every_row_said_with_a_column_checks_each_cell_of_that_column() -> None:
    for sentence in ("Verify every row has Bug in the Tracker column", "Verify the Tracker column shows Bug in every row"):
        [each] = planned(sentence)
        assert (each.action, each.target.text, each.target.role_hint, each.value) == (A.EXPECT_EACH, "Tracker", "columnheader", "Bug")
    [rows] = planned("Verify all rows have status Active")  # no column said: each row's text, as before
    assert (rows.target.role_hint, rows.value) == ("row", "Active")


def test_order_words_clauses_never_names_and_it_of_what_was_shown_or_searched() -> None:
    [nxt] = planned("Next I click on the Next button of the pager.")
    assert (nxt.action, nxt.target.text, nxt.target.role_hint) == (A.CLICK, "Next", "button")
    [state] = planned("Next button is disabled")  # "Next" names the button here
    assert (state.action, state.target.text) == (A.EXPECT_STATE, "Next")
    # two statements, never one hidden text (which would pass on any page)
    listed, gone = planned("Globex Blog is listed again and Globex Engineering Blog is gone")
    assert [(s.action, s.target.text) for s in (listed, gone)] == [(A.EXPECT_VISIBLE, "Globex Blog"), (A.EXPECT_HIDDEN, "Globex Engineering Blog")]
    assert refused("Finally I close the dialog with the little X in its top right corner, and it should be gone.")
    assert refused('There should be a pinned incident card that says "Card payments failing".')
    [url] = planned("Then I am sent to a page whose URL contains /accounts/inactive/")
    assert (url.action, url.value) == (A.EXPECT_URL, "/accounts/inactive/")
    [page] = planned("Check you end up back on the Sign In page")  # never a checkbox ticked
    assert (page.action, page.value) == (A.EXPECT_PAGE, "Sign In")
    *_, opened = planned("Throwaway Shelf appears in the sidebar", "Open it and click Delete this Shelf")
    assert [(s.action, s.target.text) for s in _[1:]] + [(opened.action, opened.target.text)] == [
        (A.CLICK, "Throwaway Shelf"), (A.CLICK, "Delete this Shelf")]
    *_, found = planned("Open the device list and search for ams1-srv-03", "Open it")
    assert (found.action, found.target.text) == (A.CLICK, "ams1-srv-03")
    fill, press = planned("Search PTENTRKHMNVBXZCG.")
    assert (fill.action, fill.value, press.value) == (A.FILL, "PTENTRKHMNVBXZCG", "Enter")
    assert refused("Search results")  # a lower-case noun: a thing, not what is searched for
    [home] = planned("When I am on the home page")
    assert (home.action, home.value) == (A.NAVIGATE, "http://shop.test/")
    [disabled] = planned("Search button is disabled")
    assert (disabled.action, disabled.target.text, disabled.value) == (A.EXPECT_STATE, "Search", "disabled")


def test_an_action_then_what_it_shows_after_a_colon_or_a_comma() -> None:
    save, said = planned('Click Save: a message says "Saved"')
    assert [(s.action, s.value) for s in (save, said)] == [(A.CLICK, None), (A.EXPECT_TEXT, "Saved")]
    assert refused('Click the "Published At" pill: a Published At column header appears in the table')  # never the words "a … header"
    save, closed = planned("Click Save, the dialog closes")  # never a control named "Save, the dialog closes"
    assert [(s.action, s.target.text) for s in (save, closed)] == [(A.CLICK, "Save"), (A.EXPECT_HIDDEN, "dialog")]
    [error] = planned('An error is appear: "Your username and password did not match."')  # never a field "An error is appear"
    assert (error.action, error.value) == (A.EXPECT_VISIBLE, "Your username and password did not match.")
    [field] = planned("Display Name: Kevin Osei")  # a label that starts with a verb is still a label
    assert (field.action, field.target.text, field.value) == (A.FILL, "Display Name", "Kevin Osei")
    assert refused("Open the Update Profile page, the real name there is Alice Archer.")
    assert refused("Click it, the title is All Borrowed Books.")


def test_a_word_given_after_the_user_is_the_password_and_a_way_of_signing_in_is_not() -> None:
    assert _credentials("Log in as admin with secret") == ("admin", "secret")
    assert _credentials("The administrator signs in as admin with hunter.") == ("admin", "hunter")
    assert _credentials("Sign in with the username moderator and tulips") == ("moderator", "tulips")
    assert _credentials("When I sign in as erin with letmein") == ("erin", "letmein")
    assert refused("Log in as admin with Google")  # a way of signing in, never a password


def test_what_was_done_first_said_after_after() -> None:
    click, shown = planned('After clicking "Save", the page shows "Saved"')
    assert [(s.action, s.value) for s in (click, shown)] == [(A.CLICK, None), (A.EXPECT_VISIBLE, "Saved")]
    steps = planned('After logging in with Watchtower-2026, the page shows "Import"')
    assert [s.action for s in steps] == [*SIGN_IN[:1], A.FILL, A.PRESS, A.EXPECT_VISIBLE] and steps[1].value == "Watchtower-2026"
