"""A thing named, then what its row says about it ("The row for X is A with the color B", "Revision #2 is by bob and
says "…"", "go.mariablog.test belongs to maria and has 2 links"): each value is a check on that row, "N views" is its
Views column. Words that limit what is said, states after "is", and a second subject keep such a sentence refused."""

from __future__ import annotations

from pacts_farm import model

from tests.unit.planned_steps import planned, refused

A = model.Action


def _row_checks(sentence: str, after: str | None = None) -> list[tuple[str | None, str | None, int | None, str | None]]:
    steps = planned(after, sentence)[1:] if after else planned(sentence)
    assert all(s.action is A.EXPECT_TEXT for s in steps)
    return [(s.target.scope or s.target.text, s.target.descriptor or s.target.role_hint,
             s.target.position, s.value) for s in steps]


def test_a_named_row_and_its_values_each_checked() -> None:
    assert _row_checks('The row for "Nov 21, 9:15 a.m." is Theo Thompson with the color Green') == [
        ("Nov 21, 9:15 a.m.", "row", None, "Theo Thompson"), ("Nov 21, 9:15 a.m.", "row", None, "Green")]
    assert _row_checks('Revision #2 is by bob and says "Add response time expectation"') == [
        ("Revision #2", "row", None, "bob"), ("Revision #2", "row", None, "Add response time expectation")]
    assert _row_checks('Verify the book "Sunday Favourites" is by Marta Keller with the description "Long cooks for slow weekends."') == [
        ("Sunday Favourites", "row", None, "Marta Keller"), ("Sunday Favourites", "row", None, "Long cooks for slow weekends.")]


def test_a_name_with_a_dot_or_an_at_sign_and_a_count_in_its_column() -> None:
    assert _row_checks("go.mariablog.test belongs to maria.lopez@example.com and has 2 links") == [
        ("go.mariablog.test", "row", None, "maria.lopez@example.com"), ("go.mariablog.test", "column", None, "2")]
    [_, homepage] = _row_checks("links.acme-corp.test is added by System and has the homepage https://acme-corp.test")
    assert homepage == ("links.acme-corp.test", "row", None, "https://acme-corp.test")


def test_a_row_by_its_place_and_a_row_said_before() -> None:
    assert _row_checks('The first row is "Night feed" for Rosalind Thompson, started by Mia Thompson') == [
        ("row", None, 1, "Night feed"), ("row", None, 1, "Rosalind Thompson"), ("row", None, 1, "Mia Thompson")]
    assert _row_checks('That row is dated "Nov 21, 7:10 a.m." and has the method "Both breasts"',
                       after='Click Edit in the row for "Theo"') == [
        ("Theo", "row", None, "Nov 21, 7:10 a.m."), ("Theo", "row", None, "Both breasts")]


def test_a_table_that_has_a_row_with_values_and_an_item_listed_with_them() -> None:
    assert _row_checks('The Your Test plans table has a row "Login and Accounts" with product "Shopfront Web" and type "Function"') == [
        ("Login and Accounts", "row", None, "Shopfront Web"), ("Login and Accounts", "row", None, "Function")]
    assert _row_checks('Verify the ingredient "Cod fillet" with amount 600 g is listed') == [("Cod fillet", "row", None, "600")]
    assert _row_checks("The Dark mode everywhere row shows 3 posts, was started by alice and its last post is by carol") == [
        ("Dark mode everywhere", "column", None, "3"), ("Dark mode everywhere", "row", None, "alice"),
        ("Dark mode everywhere", "row", None, "carol")]


def test_the_only_row_is_counted_then_read() -> None:
    [count, *checks] = planned('The only row is "Mobile Release 1.4 Acceptance" with type Acceptance and author bob')
    assert (count.action, count.value) == (A.EXPECT_COUNT, "1")
    assert [(s.target.position, s.value) for s in checks] == [(1, "Mobile Release 1.4 Acceptance"), (1, "Acceptance"), (1, "bob")]


def test_a_kind_before_and_after_a_quoted_name() -> None:
    assert _row_checks('Verify VLAN 220 "NYC-DMZ" is "Deprecated"') == [("NYC-DMZ", "row", None, "Deprecated")]
    assert _row_checks('Check the "Legacy" tag has slug "legacy"') == [("Legacy", "row", None, "legacy")]


def test_what_limits_a_statement_or_is_no_value_keeps_it_refused() -> None:
    for sentence in (
        'Verify "Cod fillet" is not by Marta Keller',            # a "not"
        'The only case is "Mobile Release" with type Acceptance',  # an "only" of a kind no count is made for
        "admin@kutt.test has the role ADMIN and the others have the role USER",  # another subject
        'Verify the comment "Too spicy" by Marta Keller is shown under Activity',  # a state, a place
        "Check that Ethernet4 shows a red cross icon in the Enabled column",  # an icon, not a value
        "Look at the top of the history page",  # a step's verb, not a name
        "Verify the row for Marshmallows shows Uma as the payer",  # Uma may be in that row as another party
    ):
        assert refused(sentence), sentence


def test_names_listed_under_a_heading_keep_their_place() -> None:
    steps = planned('The notes "Packing list for the coast" and "Books to read" are listed under Notes')
    assert [(s.action, s.target.text, s.target.scope) for s in steps] == [
        (A.EXPECT_VISIBLE, "Packing list for the coast", "Notes"), (A.EXPECT_VISIBLE, "Books to read", "Notes")]


def test_a_figure_after_and_is_what_the_same_thing_shows_never_a_count_on_the_page() -> None:
    [category, figure] = planned('Verify the first topic shows the category "Announcements" and 4 comments')
    assert [(s.action, s.target.position, s.value) for s in (category, figure)] == [
        (A.EXPECT_TEXT, 1, "Announcements"), (A.EXPECT_TEXT, 1, "4")]
    steps = planned('The first row of the links table is https://x.test/a with description "MDN" and 0 views')
    assert [(s.action, s.target.position, s.value) for s in steps] == [
        (A.EXPECT_TEXT, 1, "https://x.test/a"), (A.EXPECT_TEXT, 1, "MDN"), (A.EXPECT_TEXT, 1, "0")]


def test_the_place_of_a_control_drawn_above_and_below_a_table() -> None:
    [above] = planned("Click the right arrow button above the links table")
    [below] = planned('Click the ">>>" link below the table')
    assert (above.target.text, above.target.position, below.target.position) == ("right arrow", 1, -1)
    [heading] = planned("Click the Save button below the heading")  # one per section: no place among copies
    assert heading.target.position is None


def test_a_box_to_tick_and_a_panels_tab() -> None:
    [tick] = planned("Check the Show advanced options box")
    assert (tick.action, tick.target.text, tick.target.role_hint) == (A.CHECK, "Show advanced options", "checkbox")
    [tab] = planned("Go to the admin panel's Users tab")
    assert (tab.action, tab.target.text, tab.target.role_hint) == (A.CLICK, "Users", "tab")
    [trash] = planned("Click the trash icon in the second row of the links table")
    assert (trash.target.text, trash.target.position) == ("trash", 2)


def test_a_table_listing_a_name_with_a_fact_and_a_count_of_links_in_a_table() -> None:
    assert _row_checks("The Custom domain table lists go.mariablog.test with the homepage https://mariablog.test") == [
        ("go.mariablog.test", "row", None, "https://mariablog.test")]
    assert _row_checks("The domain table now lists short.tombaker.test with homepage https://tombaker.test") == [
        ("short.tombaker.test", "row", None, "https://tombaker.test")]
    assert _row_checks('The domain free-prizes.test is listed with "No homepage"') == [("free-prizes.test", "row", None, "No homepage")]
    [count] = planned("The table shows 10 links")  # a table of links: a row each, more anchors than rows
    assert (count.action, count.target.text, count.target.role_hint, count.value) == (A.EXPECT_COUNT, "row", "row", "10")
    [anchors] = planned("The sidebar shows 3 links")
    assert (anchors.target.text, anchors.target.role_hint) == ("link", "link")
    [just] = planned('The Tags table contains only "smoke"')[:1]
    assert (just.action, just.value) == (A.EXPECT_COUNT, "1")


def test_the_kiwi_writers_navigation_and_forms() -> None:
    assert [(s.action, s.value) for s in planned("Open the test run /runs/1/")] == [(A.NAVIGATE, "/runs/1/")]
    opening, entry = planned("Click TESTING in the top bar and then New Test Case")
    assert (opening.target.text, entry.action, entry.target.text) == ("TESTING", A.CLICK, "New Test Case")
    [menu_entry] = planned("Open the Search Bugs page from the SEARCH menu")
    assert menu_entry.target.text == "Search Bugs"
    assert [s.action for s in planned("Hover over or click the ADMIN menu and choose Users")] == [A.CLICK, A.CLICK]
    first, second = planned('Fill both password fields with "Lantern-Orbit-77"')
    assert [(s.action, s.target.text, s.target.position, s.value) for s in (first, second)] == [
        (A.FILL, "password", 1, "Lantern-Orbit-77"), (A.FILL, "password", 2, "Lantern-Orbit-77")]
    user, password = planned("The login form with Username and Password fields is shown")
    assert [(s.action, s.target.text, s.target.role_hint) for s in (user, password)] == [
        (A.EXPECT_VISIBLE, "Username", "textbox"), (A.EXPECT_VISIBLE, "Password", "textbox")]
    [section] = planned('The dashboard is shown with a "Your Test plans" section')
    assert (section.action, section.target.text) == (A.EXPECT_VISIBLE, "Your Test plans")


def test_names_on_the_page_and_a_rows_titled_cell() -> None:
    assert [(s.action, s.value) for s in planned('The sections "API", "Change password" and "Delete account" are on the page')] == [
        (A.EXPECT_VISIBLE, "API"), (A.EXPECT_VISIBLE, "Change password"), (A.EXPECT_VISIBLE, "Delete account")]
    [cell] = planned("The first row's short link is go.mariablog.test/resume")
    assert (cell.target.text, cell.target.descriptor, cell.target.position, cell.value) == ("short link", "column", 1, "go.mariablog.test/resume")
    [click] = planned("Click the first row's edit button")  # a control of that row, never a column called so
    assert (click.target.text, click.target.descriptor, click.target.position) == ("edit", None, 1)


def test_a_control_not_there_in_a_part_of_the_page_is_looked_for_there() -> None:
    [header] = planned("There is no Admin button in the header")
    assert (header.action, header.target.text, header.target.region) == (A.EXPECT_HIDDEN, "Admin", "header")
    [anywhere] = planned('There is no "Add another card" link in any list')  # in none: nowhere on the page
    assert (anywhere.action, anywhere.target.region) == (A.EXPECT_HIDDEN, None)


def test_a_value_said_after_of() -> None:
    *_, duration = planned("Talk has 6 proposals and a default duration of 30")
    assert (duration.target.text, duration.target.role_hint, duration.value) == ("Talk", "row", "30")
