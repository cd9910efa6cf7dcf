"""Narrative sentences told again as the sentences the rules read (pacts_farm/planning/narrative/): each form plans
as its phrasebook example says, a retelling is kept only when every sentence of it is read, and no retelling loses
what makes a check able to fail."""

from __future__ import annotations

import pytest

from pacts_farm import errors, model
from pacts_farm.planning import narrative, phrasebook, plan
from tests.unit.planned_steps import planned, refused

A = model.Action


@pytest.mark.parametrize("retelling", narrative.RETELLINGS, ids=lambda r: r.name)
def test_each_form_plans_its_example_and_the_rules_alone_do_not(retelling: narrative.Retelling) -> None:
    assert phrasebook.planned(retelling.example, retelling.after).kinds == retelling.kinds
    assert plan.read_by_rules(retelling.example) is None, "the rules read it already: the form adds nothing"


def test_where_first_is_where_the_action_happens() -> None:
    (click,) = planned('In the row for "Flexbox", click View')
    assert (click.action, click.target.text, click.target.scope) == (A.CLICK, "View", "Flexbox")
    (under,) = planned('In the filter sidebar, under "By active", click "No"')
    assert (under.target.text, under.target.scope) == ("No", "By active")


def test_a_count_then_names_checks_the_count_and_each_name() -> None:
    count, the_one = planned('Only one project is listed, "Website Relaunch"')
    assert (count.action, count.target.text, count.value, count.match) == (A.EXPECT_COUNT, "project", "1", model.Match.EQUALS)
    # the one just counted shows the name: the same group, never "the first project" found elsewhere on the page
    assert (the_one.action, the_one.target.text, the_one.value) == (A.EXPECT_EACH, "project", "Website Relaunch")
    steps = planned("Three bookmarks are shown: Django documentation, MDN Web Docs and Lonely Planet: Portugal")
    assert [s.action for s in steps] == [A.EXPECT_COUNT, A.EXPECT_VISIBLE, A.EXPECT_VISIBLE, A.EXPECT_VISIBLE]
    assert steps[-1].value == "Lonely Planet: Portugal"
    count, every = planned("5 bookmarks are shown, each with an Unread marker")
    assert (every.action, every.target.text, every.value) == (A.EXPECT_EACH, "bookmark", "Unread")


def test_a_second_statement_takes_what_the_first_said() -> None:
    review, done = planned("Ideas has 3 cards and Drafting has 2")
    assert (review.target.section, review.value, done.target.text, done.target.section, done.value) == ("Ideas", "3", "card", "Drafting", "2")
    first, last = planned('"JSON Formatter" is the first bookmark and "Rust Book" is the last')
    assert (first.target.position, last.target.position, last.target.text, last.value) == (1, -1, "bookmark", "Rust Book")
    edit, delete = planned("The dialog has an Edit button and a Delete button")
    assert (delete.target.text, delete.target.region, delete.target.role_hint) == ("Delete", "dialog", "button")


def test_they_is_what_the_step_before_counted() -> None:
    steps = planned("Verify 5 bookmarks are shown", "They are, in order, Real Python, Git Book and The Verge")
    assert (steps[1].action, steps[1].target.text, steps[1].value) == (A.EXPECT_ORDER, "bookmark", "Real Python\nGit Book\nThe Verge")
    assert refused("They are, in order, Real Python, Git Book and The Verge")  # nothing before it to refer to


def test_arriving_checks_where_and_what_shows_it() -> None:
    (url,) = planned("I land on the home page at /")
    assert (url.action, url.value, url.match) == (A.EXPECT_URL, "/", model.Match.ENDS_WITH)
    page, url = planned("I am still on the login page (the URL ends with /login)")
    assert (page.action, page.value, url.value) == (A.EXPECT_PAGE, "login", "/login")
    page, heading = planned('The user lands on the Bookmarks page with the heading "Bookmarks"')
    assert (heading.action, heading.target.text, heading.target.role_hint) == (A.EXPECT_VISIBLE, "Bookmarks", "heading")
    (page,) = planned("I am taken to the Today page")  # its heading or title says Today, or the URL path has it
    assert (page.action, page.value) == (A.EXPECT_PAGE, "Today")
    home, count = planned("I am back on the home page with 3 project tiles")  # "home" is the suite's own address
    assert (home.action, home.match, count.action) == (A.EXPECT_URL, model.Match.EQUALS, A.EXPECT_COUNT)
    assert home.value.endswith("/") and "://" in home.value


def test_field_lines_fill_and_keep_the_sentence_as_written() -> None:
    email, name = planned("E-mail: tom@planka.test", "Name: ${who}")
    assert (email.action, email.target.text, email.value) == (A.FILL, "E-mail", "tom@planka.test")
    assert (name.text, name.value) == ("Name: ${who}", "${who}")


def test_a_retold_step_keeps_the_sentence_and_its_timeout() -> None:
    count, first = planned('Only one card is visible, "Add newsletter signup form" (up to 10 seconds)')
    assert count.text == first.text == 'Only one card is visible, "Add newsletter signup form" (up to 10 seconds)'
    assert count.timeout_ms == first.timeout_ms == 10_000


@pytest.mark.parametrize("sentence", [
    "Verify Name: Tom Copy",  # a check, never told as a fill
    "Ensure Password: hunter2",
])
def test_a_check_is_never_told_as_an_action(sentence: str) -> None:
    try:
        steps = planned(sentence)
    except errors.PlanInvalid:
        return
    assert all(s.action.is_assertion for s in steps), steps


def test_a_statement_keeps_its_verb_out_of_what_it_checks() -> None:
    (hidden,) = planned("Verify QA Temp Project is not listed")
    assert (hidden.action, hidden.value or hidden.target.text) == (A.EXPECT_HIDDEN, "QA Temp Project")
    (shown,) = planned('Verify "Ada Admin" appears at the top right of the header')
    assert (shown.target.text, shown.target.region, shown.target.descriptor) == ("Ada Admin", "header", None)


@pytest.mark.parametrize("sentence", [
    '"Real Python" is shown while "Python Tutorial" is not',  # the "not" half is not read: nothing is
    'The title "Real Python" is displayed in italics while "Python Tutorial" is not',
    'The list shows "Tester Start Page" and no longer shows "Tester Home"',
])
def test_a_negation_is_never_dropped(sentence: str) -> None:
    try:
        steps = planned(sentence)
    except errors.PlanInvalid:
        return
    negative = [s for s in steps if "Tester Home" in (s.value or "") + (s.target.text if s.target else "")
                or "Python Tutorial" in (s.value or "") + (s.target.text if s.target else "")]
    assert negative and all(s.action is A.EXPECT_HIDDEN or s.match is model.Match.NOT_CONTAINS for s in negative), steps


def test_a_single_item_of_a_named_list_is_read_in_that_list() -> None:
    count, shown = planned('The Booked list has a single card, "Reserve freight elevator"')
    assert (count.target.section, count.value) == ("Booked", "1")
    assert (shown.action, shown.target.text, shown.target.section) == (A.EXPECT_VISIBLE, "Reserve freight elevator", "Booked")


@pytest.mark.parametrize(("sentence", "told"), [
    ("There is no Logout button on the page", (A.EXPECT_HIDDEN,)),
    ('Enter "home lab" as the name and save', (A.FILL, A.CLICK)),
    ("The Bundles page still lists 3 bundles", (A.EXPECT_COUNT,)),
    ("Click the search preferences button (the sliders icon next to the search box)", (A.CLICK,)),
    ("Website Relaunch and Mobile App are shown", (A.EXPECT_VISIBLE, A.EXPECT_VISIBLE)),
])
def test_a_reading_no_person_would_give_is_dropped_for_a_retelling(sentence: str, told: tuple[A, ...]) -> None:
    steps = planned(sentence)
    assert tuple(s.action for s in steps) == told
    assert not any(s.target and s.target.text.lower() in ("there", "name and save", "bundles page", "website relaunch and mobile app")
                   for s in steps)


def test_one_name_with_and_in_it_stays_one_name() -> None:
    (shown,) = planned("Verify Terms and Conditions is shown")
    assert shown.action is A.EXPECT_VISIBLE and "Terms and Conditions" in (shown.value or shown.target.text)


@pytest.mark.parametrize("sentence", [
    "The dialog closes and the tag list is shown again",  # a dialog no markup calls one would be "hidden"
    "The dialog is gone and the note is hidden",
])
def test_a_split_never_makes_a_check_of_something_generic(sentence: str) -> None:
    try:
        steps = planned(sentence)
    except errors.PlanInvalid:
        return
    assert not any(s.action in (A.EXPECT_VISIBLE, A.EXPECT_HIDDEN) and not s.value and s.target and s.target.text.islower()
                   for s in steps), steps


def test_the_url_said_as_a_path_is_that_path_on_the_suites_site() -> None:
    (url,) = planned("The URL is /notifications")
    assert (url.action, url.value, url.match) == (A.EXPECT_URL, "http://shop.test/notifications", model.Match.EQUALS)
    (contains,) = planned("Verify the URL contains /notifications")
    assert contains.value == "/notifications"


def test_a_row_read_value_by_value_drops_the_words_that_say_what_a_value_is() -> None:
    name, score = planned('The second row shows "Bit Flippers" with 1210 points')
    assert [(s.action, s.target.text, s.target.position, s.value) for s in (name, score)] == [
        (A.EXPECT_TEXT, "row", 2, "Bit Flippers"), (A.EXPECT_TEXT, "row", 2, "1210")]
    name, score = planned('The last row is "Fuzzy Logic" with a score of 10')
    assert (name.target.position, name.value, score.value) == (-1, "Fuzzy Logic", "10")
    (message,) = planned('The table shows a row dated "2026-11-03 08:14:02" with the message "Request failed with status code 502"')
    assert (message.target.text, message.target.role_hint, message.value) == ("2026-11-03 08:14:02", "row", "Request failed with status code 502")


def test_names_said_together_in_the_negative_are_each_absent() -> None:
    steps = planned("Company Blog and Mobile API are not listed")
    assert [(s.action, s.value) for s in steps] == [(A.EXPECT_HIDDEN, "Company Blog"), (A.EXPECT_HIDDEN, "Mobile API")]
    (gone,) = planned("Old Newsletter is gone from the monitor list")
    assert (gone.action, gone.value) == (A.EXPECT_HIDDEN, "Old Newsletter")
    (team,) = planned("The team Token Ring is not listed either")  # the kind word is not part of the name
    assert (team.action, team.value) == (A.EXPECT_HIDDEN, "Token Ring")


def test_an_item_marked_with_a_value_is_read_in_its_row() -> None:
    for sentence, name, value in (('The key "Grafana exporter" is listed as Active', "Grafana exporter", "Active"),
                                  ('heidi has a "Captain" badge', "heidi", "Captain"),
                                  ('CI pipeline appears in the list with "Expires: Never"', "CI pipeline", "Expires: Never")):
        (step,) = planned(sentence)
        assert (step.action, step.target.text, step.target.role_hint, step.value) == (A.EXPECT_TEXT, name, "row", value)
    assert refused("Its state is shown as hidden")  # "its": no name to find the row by


def test_a_list_of_names_of_one_kind_is_each_that_kind() -> None:
    steps = planned('The tags Production, Critical and "Team: payments" are displayed')
    assert [s.target.text for s in steps] == ["Production", "Critical", "Team: payments"]
    steps = planned("The buttons Pause, Edit and Delete are shown")
    assert [(s.target.text, s.target.role_hint) for s in steps] == [("Pause", "button"), ("Edit", "button"), ("Delete", "button")]
    steps = planned("Verify the tags db, prod and staging are shown above the table")  # the side is not checked, the names are
    assert [s.target.text for s in steps] == ["db", "prod", "staging"]
    steps = planned('There are buttons "Join Team" and "Create Team"')
    assert [(s.target.text, s.target.role_hint) for s in steps] == [("Join Team", "button"), ("Create Team", "button")]


def test_a_control_that_became_another_checks_both() -> None:
    now, was = planned("The Pause button has become a Resume button")
    assert (now.action, now.target.text, was.action, was.target.text) == (A.EXPECT_VISIBLE, "Resume", A.EXPECT_HIDDEN, "Pause")


def test_where_you_land_said_as_a_path_and_a_value_said_to_change() -> None:
    (url,) = planned("I land on the /challenges page")
    assert (url.action, url.value, url.match) == (A.EXPECT_URL, "/challenges", model.Match.ENDS_WITH)
    (url,) = planned("The browser is back on /dashboard")
    assert url.value == "/dashboard"
    (url,) = planned("The URL is still /login")
    assert (url.value, url.match) == ("http://shop.test/login", model.Match.EQUALS)
    (status,) = planned("The status becomes Up")
    assert (status.action, status.target.text, status.value) == (A.EXPECT_TEXT, "status", "Up")
    assert refused("I am on /login")  # set-up or check: the sentence does not say


def test_actions_said_another_way() -> None:
    name, slug = planned("Type Warehouse Status in Name and warehouse in Slug")
    assert [(s.action, s.target.text, s.value) for s in (name, slug)] == [(A.FILL, "Name", "Warehouse Status"), (A.FILL, "Slug", "warehouse")]
    (fill,) = planned('Clear the Affiliation field and type "Lighthouse QA Lab"')
    assert (fill.action, fill.target.text, fill.value) == (A.FILL, "Affiliation", "Lighthouse QA Lab")
    (tick,) = planned("In the Edit User dialog tick the Banned checkbox")
    assert (tick.action, tick.target.text) == (A.CHECK, "Banned")
    asked, yes = planned('Confirm with Yes when asked "Are you sure want to delete this monitor?"')
    assert (asked.action, asked.value, yes.action, yes.target.text) == (A.EXPECT_VISIBLE, "Are you sure want to delete this monitor?", A.CLICK, "Yes")
    (submit,) = planned("Submit the login form")
    assert (submit.action, submit.target.text, submit.target.role_hint) == (A.CLICK, "submit", "button")
    (fill,) = planned('Type "Scanners" in the Description field of the sidebar')
    assert (fill.target.text, fill.target.region) == ("Description", "sidebar")


def test_a_group_named_by_its_heading_lists_what_is_under_it() -> None:
    steps = planned("Storefront lists Shop Frontend, Checkout API and Search Service")
    assert [(s.action, s.target.text, s.target.section) for s in steps] == [
        (A.EXPECT_VISIBLE, "Shop Frontend", "Storefront"), (A.EXPECT_VISIBLE, "Checkout API", "Storefront"),
        (A.EXPECT_VISIBLE, "Search Service", "Storefront")]
    shown, row = planned("Payments lists Payments Gateway with 0%")
    assert (shown.target.text, row.target.text, row.target.role_hint, row.value) == ("Payments Gateway", "Payments Gateway", "row", "0%")
    (table,) = planned("The Members table lists heidi")  # the table under the heading Members
    assert (table.action, table.target.text, table.target.section, table.value) == (A.EXPECT_TEXT, "table", "Members", "heidi")


def test_parts_and_fields_said_in_one_sentence() -> None:
    steps = planned("The page has Profile, Import, Export and About sections")
    assert [(s.action, s.target.text, s.target.role_hint) for s in steps] == [
        (A.EXPECT_VISIBLE, n, "heading") for n in ("Profile", "Import", "Export", "About")]
    (select,) = planned('Select "HTTP(s) - Keyword" as the Monitor Type')
    assert (select.action, select.target.text, select.value) == (A.SELECT, "Monitor Type", "HTTP(s) - Keyword")
    name, slug = planned('Fill Name with "Acme Copy" and Slug with "acme"')
    assert [(s.target.text, s.value) for s in (name, slug)] == [("Name", "Acme Copy"), ("Slug", "acme")]
    count, *names = planned("The user table has 3 rows - admin, alice and carol")
    assert (count.action, count.target.text, count.value, [n.value for n in names]) == (A.EXPECT_COUNT, "user table row", "3", ["admin", "alice", "carol"])


@pytest.mark.parametrize("sentence", [
    "No bookmark shows the Unread marker any more",  # "No bookmark" is no name
    "The login form shows a Username field, a Password field and a \"Remember me\" checkbox that is checked",  # controls, not a text
])
def test_a_reading_that_makes_a_name_of_a_clause_is_refused(sentence: str) -> None:
    assert refused(sentence)


def test_a_name_quoted_whole_keeps_its_inner_quotes() -> None:
    (step,) = planned('Verify the product \'OWASP Juice Shop "King of the Hill" Facemask\' shows "Sold Out"')
    assert step.action is A.EXPECT_TEXT and step.value == "Sold Out"


def test_columns_two_entered_values_and_what_a_page_or_an_avatar_says() -> None:
    steps = planned("The events table has the columns Group Name, Name and Status")
    assert [(s.action, s.target.text, s.target.role_hint) for s in steps] == [
        (A.EXPECT_VISIBLE, n, "columnheader") for n in ("Group Name", "Name", "Status")]
    user, password = planned("Enter contractor as the username and hunter2 as the password")
    assert [(s.target.text, s.value) for s in (user, password)] == [("username", "contractor"), ("password", "hunter2")]
    (page,) = planned("The page says No Services")
    assert (page.action, page.target, page.value) == (A.EXPECT_VISIBLE, None, "No Services")
    (avatar,) = planned("The avatar in the header shows the letter O")
    assert (avatar.target.text, avatar.value) == ("avatar", "O")


def test_a_quoted_error_that_names_fields_is_still_a_text() -> None:
    (error,) = planned('The error "The two password fields didn’t match." is shown')
    assert (error.action, error.value) == (A.EXPECT_TEXT, "The two password fields didn’t match.")


def test_forms_from_a_helpdesk() -> None:
    steps = planned('The page shows the headings "Knowledgebase Articles", "Submit a Ticket" and "View a Ticket"')
    assert [(s.target.text, s.target.role_hint) for s in steps] == [
        ("Knowledgebase Articles", "heading"), ("Submit a Ticket", "heading"), ("View a Ticket", "heading")]
    (fill,) = planned('Under "View a Ticket", enter IT-1 in the Ticket field')
    assert (fill.action, fill.target.text, fill.target.scope, fill.value) == (A.FILL, "Ticket", "View a Ticket", "IT-1")
    login_page, user, password, enter = planned("Sign in with username ebrooks and password Customer-Pass-1")
    assert (login_page.target.descriptor, user.value, password.value, enter.action) == (model.PAGE_LINK, "ebrooks", "Customer-Pass-1", A.PRESS)
    for sentence in ('"Outlook keeps asking for password" has status Reopened', 'Ticket 6 "Outlook keeps asking for password" has the badge Reopened'):
        (status,) = planned(sentence)
        assert (status.target.text, status.target.role_hint, status.value) == ("Outlook keeps asking for password", "row", "Reopened")
    (owner,) = planned('The owner of "3. Air conditioning broken" is James Okafor')
    # the rules read it: the cell under Owner in that ticket's row (the column kept)
    assert (owner.target.text, owner.target.scope, owner.value) == ("owner", "3. Air conditioning broken", "James Okafor")
    assert refused('The note of "A Complete Guide to Flexbox" is not shown in the list')  # a "not" is never a value
    count, card = planned('The OPEN column has 1 card, "#4 Invoice INV-2041 charged twice"')
    assert (count.action, count.value, card.value or card.target.text) == (A.EXPECT_COUNT, "1", "#4 Invoice INV-2041 charged twice")


def test_every_or_no_item_is_how_many_have_it_never_one() -> None:
    each, gone = planned('Every row has an "Unarchive" button and none has "Archive"')
    assert (each.action, each.target.text, each.value, gone.action, gone.target.text) == (A.EXPECT_EACH, "row", "Unarchive", A.EXPECT_HIDDEN, "Archive")
    (each,) = planned("Verify every row has an \"Unarchive\" button")  # never "an Unarchive button is shown"
    assert each.action is A.EXPECT_EACH
    (gone,) = planned('Verify no row has an "Archive" button')
    assert gone.action is A.EXPECT_HIDDEN
    (each,) = planned("Every row shows the affiliation EPFL")
    assert (each.action, each.value) == (A.EXPECT_EACH, "EPFL")


def _plan_item(*sentences: str) -> list[model.PlannedStep]:
    item = model.Item(key="k", requirement_id="k", title="k", start_url="http://shop.test/",
                      steps=tuple(model.SuiteStep(text=s) for s in sentences))
    return list(plan.make_plan(item, base_url="http://shop.test/").steps)


def test_it_and_its_are_the_item_the_step_before_named() -> None:
    *_, affiliation = _plan_item('Exactly one team is listed, "Cyber Owls"', "Its affiliation is KTH Stockholm")
    assert (affiliation.target.text, affiliation.target.role_hint, affiliation.value) == ("Cyber Owls", "row", "KTH Stockholm")
    *_, badge = _plan_item("Exactly one user is listed, victor", 'The row shows a "banned" badge')
    assert (badge.target.text, badge.value) == ("victor", "banned")
    *_, state = _plan_item('The table lists the challenge "Unreleased Kernel Exploit"', "Its state is shown as hidden")
    assert (state.target.text, state.value) == ("Unreleased Kernel Exploit", "hidden")
    count, row = _plan_item('It has exactly one row, for "Null Pointers"')
    assert (count.action, count.value, row.target.text) == (A.EXPECT_COUNT, "1", "Null Pointers")
    with pytest.raises(errors.PlanInvalid):  # nothing named before: "its" is nothing the page could show
        _plan_item("Its affiliation is KTH Stockholm")


def test_a_vague_half_rides_along_with_a_named_one_never_alone() -> None:
    closed, said = planned('The dialog closes and the page still says "25 tags total"')
    assert (closed.action, said.action, said.value) == (A.EXPECT_HIDDEN, A.EXPECT_VISIBLE, "25 tags total")
    assert refused("The dialog closes and the tag list is shown again")  # both halves could pass on anything


def test_it_replaced_in_the_field_the_step_before_focused() -> None:
    click, select_all, typed, enter = planned('Click the Planning phase title, change it back to "Planning" and press Enter')
    assert [s.action for s in (click, select_all, typed, enter)] == [A.CLICK, A.PRESS, A.TYPE_TEXT, A.PRESS]
    assert (select_all.value, typed.value, select_all.target, typed.target) == ("Control+A", "Planning", None, None)


def test_a_value_said_plainly_is_checked_never_dropped() -> None:
    (status,) = planned("Verify the status is Available")  # "Available" is what it says, not "is available" (shown)
    assert (status.action, status.target.text.lower(), status.value) == (A.EXPECT_TEXT, "status", "Available")
    timezone, language = planned("The timezone is UTC and the language is English")
    assert [(s.target.text, s.value) for s in (timezone, language)] == [("Timezone", "UTC"), ("Language", "English")]
    (logout,) = planned("Logout is available in the header")
    assert (logout.action, logout.target.text) == (A.EXPECT_VISIBLE, "Logout")
    listed, gone = planned('The list shows "Tester Start Page" and no longer shows "Tester Home"')
    assert (listed.value, gone.action, gone.value) == ("Tester Start Page", A.EXPECT_HIDDEN, "Tester Home")


def test_forms_from_a_forum_and_a_document_archive() -> None:
    field, text = planned('Verify there is no "Write comment..." box')  # a field its placeholder names, or any text: neither
    assert (field.action, field.target.role_hint, field.value, text.action) == (A.EXPECT_COUNT, "textbox", "0", A.EXPECT_HIDDEN)
    count, first, last = planned('Verify 5 topics are listed, the first "Knob" and the last "Bench"')
    assert (count.value, first.target.position, first.value, last.target.position, last.value) == ("5", 1, "Knob", -1, "Bench")
    rows, *named = planned('Verify the table shows exactly "Vista Car Leasing" and "Westside Waste Services"')
    assert (rows.action, rows.value, [n.target.text for n in named]) == (A.EXPECT_COUNT, "2", ["Vista Car Leasing", "Westside Waste Services"])
    (order,) = planned('Verify the breadcrumb shows "Main" then "Woodworking"')
    assert (order.action, order.value) == (A.EXPECT_ORDER, "Main\nWoodworking")
    radios = planned('Verify the poll offers the radio buttons "Monday", "Wednesday" and "Thursday"')
    assert [(r.target.text, r.target.role_hint) for r in radios] == [("Monday", "radio"), ("Wednesday", "radio"), ("Thursday", "radio")]
    (badge,) = planned("Verify the Notes tab shows a badge with 2")
    assert (badge.target.descriptor, badge.target.scope, badge.value) == ("badge", "Notes", "2")
    (counted,) = planned("Verify the Inbox widget lists 8 documents")
    assert (counted.action, counted.target.section, counted.value) == (A.EXPECT_COUNT, "Inbox", "8")
    assert refused('Verify the Users list shows "admin" and "ben"') is False  # no order said: each shown, read by the rules


def test_a_value_in_single_quotes_keeps_its_double_quotes() -> None:
    (said,) = planned("""Verify the dialog says 'You have unsaved changes to "Sofa receipt".'""")
    assert (said.action, said.target.text, said.target.region) == (A.EXPECT_VISIBLE, 'You have unsaved changes to "Sofa receipt".', "dialog")
    tom, group = planned('Verify the user "tom" is named "Tom Becker" and is in the group "Viewers"')
    assert [(s.target.text, s.target.role_hint, s.value) for s in (tom, group)] == [("tom", "row", "Tom Becker"), ("tom", "row", "Viewers")]
    (each,) = planned('Verify each note is signed "Alex Morgan (admin)"')
    assert (each.action, each.target.text, each.value) == (A.EXPECT_EACH, "note", "Alex Morgan (admin)")


def test_forms_from_a_forum_dashboard_and_profile() -> None:
    (stat,) = planned("Verify the Members statistic is 7")  # the tile Members titles, not an element named "Members statistic"
    assert (stat.target.text, stat.value) == ("Members", "7")
    (email,) = planned('Verify the Email shown is "priya@riverside.test"')
    assert email.target.text == "Email"
    (count,) = planned('Verify the "Comments" tab lists 7 comments')  # the open tab's comments, counted; not the tab's text
    assert (count.action, count.target.text, count.value) == (A.EXPECT_COUNT, "comment", "7")
    fields = planned('Verify the form has the fields "Username" and "Password"')
    assert [(f.action, f.target.text, f.target.role_hint) for f in fields] == [(A.EXPECT_VISIBLE, "Username", "textbox"), (A.EXPECT_VISIBLE, "Password", "textbox")]
    who, says = planned('The first comment is by Tom Becker and says "I can reproduce it"')
    assert [(s.target.position, s.value) for s in (who, says)] == [(1, "Tom Becker"), (1, "I can reproduce it")]
    (lena,) = planned("Verify the first comment is by lena")  # who wrote it, not the words "by lena"
    assert lena.value == "lena"


def test_a_list_said_by_its_kind_with_a_single_entry() -> None:
    count, named = planned("The monitor list has a single entry, Ops Runbook Site")
    assert (count.action, count.value, named.value) == (A.EXPECT_COUNT, "1", "Ops Runbook Site")
    (opened,) = planned("Open the Image CDN monitor from the list")  # where it is said by kind: not part of its name
    assert (opened.action, opened.target.text) == (A.CLICK, "Image CDN monitor")
    assert refused("Verify the monitor list has 1 entry")  # a count of a list said by its kind: never a text "1 entry"


def test_forms_from_a_task_manager() -> None:
    page, url = planned("We are still on the login page (URL contains /login)")  # the aside is a second check
    assert (page.action, url.action, url.value) == (A.EXPECT_PAGE, A.EXPECT_URL, "/login")
    (more,) = planned('Click the "..." (More actions) button on the right')  # a description in brackets; a side of the page
    assert (more.target.text, more.target.role_hint, more.target.scope, more.target.region) == ("...", "button", None, "right")
    (plus,) = planned("Click the + button at the bottom left of the sidebar")
    assert (plus.target.text, plus.target.region) == ("+", "sidebar")
    (order,) = planned("The tags listed are: calls, design, errand")
    assert (order.action, order.target.text) == (A.EXPECT_ORDER, "tag")
    (surname,) = planned("The row for liam@northwind.test shows the surname O'Brien")
    assert surname.value == "O'Brien"
    assert refused("Verify the first topic shows a thumbtack (pin) icon")  # an icon is no text: never "a thumbtack icon" as one
    (uptime,) = planned("Uptime (24 hours) is 0%")  # the brackets are part of the label: never dropped
    assert (uptime.action, uptime.target.text, uptime.value) == (A.EXPECT_TEXT, "Uptime (24 hours)", "0%")
