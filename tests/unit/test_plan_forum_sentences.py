"""Sentences the forum suites' writers used (FlaskBB, NodeBB), read without a browser: several fields named with their
values in one sentence, one value typed twice, a breadcrumb read out with its slashes, names "in that order" with no
kind said, a button that "now says" its new words, a part that opens, a title with a capitalised "Not" in it, and words
that only say when or as whom ("back", "again", "Without logging in,"). Each has a reading that must stay refused or
unchanged beside it."""

from __future__ import annotations

import pytest

from pacts_farm import model

from tests.unit.planned_steps import planned, refused

A = model.Action


def _said(sentence: str) -> list[tuple[model.Action, str | None, str | None]]:
    return [(s.action, s.target.text if s.target else None, s.value) for s in planned(sentence)]


def test_fields_named_with_their_values() -> None:
    assert _said('Fill in the recipient maria, the subject "Meetup next week" and the message "Are you coming?"') == [
        (A.FILL, "recipient", "maria"), (A.FILL, "subject", "Meetup next week"), (A.FILL, "message", "Are you coming?")]
    assert _said("Fill in username newbie and email newbie@example.org") == [
        (A.FILL, "username", "newbie"), (A.FILL, "email", "newbie@example.org")]
    # a bare word after a noun no form names as a field is not a value: "the registration form" is what is filled
    assert refused("Fill in the registration form")


def test_one_value_typed_into_two_fields() -> None:
    assert _said('Type Bob#2025 into "New password" and into "Confirm new password"') == [
        (A.FILL, "New password", "Bob#2025"), (A.FILL, "Confirm new password", "Bob#2025")]


def test_a_breadcrumb_read_out_is_its_steps_in_order() -> None:
    [step] = planned("The breadcrumb shows Forum / Bug Reports / New Topic")
    assert (step.action, step.target.region, step.value, step.match) == (
        A.EXPECT_ORDER, "breadcrumb", "Forum\nBug Reports\nNew Topic", model.Match.SEQUENCE)
    order, last = planned("The breadcrumb ends with Help & Support / Bug Reports / Search page typo")
    assert order.value == "Help & Support\nBug Reports\nSearch page typo"
    assert (last.action, last.target.position, last.target.region, last.value) == (A.EXPECT_TEXT, -1, "breadcrumb", "Search page typo")
    [sidebar] = planned("The sidebar shows Forum / Bug Reports")  # only a breadcrumb is read as steps
    assert sidebar.action is A.EXPECT_VISIBLE


def test_names_in_that_order_with_no_kind_said() -> None:
    [step] = planned("Announcements, General Discussion, Comments & Feedback and Sandbox are listed in that order")
    assert (step.action, step.target.text, step.match) == (A.EXPECT_ORDER, "item", model.Match.SEQUENCE)
    assert step.value.split("\n") == ["Announcements", "General Discussion", "Comments & Feedback", "Sandbox"]
    assert refused("The first, the second and the third are listed in that order")


def test_user_names_and_emails_listed_in_lower_case() -> None:
    assert [v for _, _, v in _said("The members admin, alice and bob are listed")] == ["admin", "alice", "bob"]
    assert [v for _, _, v in _said("The emails ann@example.com and bob@example.com are shown")] == ["ann@example.com", "bob@example.com"]
    assert refused("The members admin, the new user and bob are listed")  # lower-case words that go on: not a name


def test_a_button_that_now_says_its_new_words_and_a_part_that_opens() -> None:
    assert _said("The button now says Untrack Topic") == [(A.EXPECT_VISIBLE, "Untrack Topic", None)]
    [editor] = planned("The reply editor opens")
    assert (editor.action, editor.target.text, editor.target.role_hint) == (A.EXPECT_VISIBLE, "reply", "textbox")
    assert _said("A dialog opens") == [(A.EXPECT_VISIBLE, "dialog", None)]


@pytest.mark.parametrize(("sentence", "title"), [
    ("The title of the page is Not Found | Riverbend Makers", "Not Found | Riverbend Makers"),
    ("The page title is Home | Riverbend Makers", "Home | Riverbend Makers"),
])
def test_a_title_said_without_quotes(sentence: str, title: str) -> None:
    assert _said(sentence) == [(A.EXPECT_TITLE, None, title)]


def test_a_title_that_is_not_is_still_refused() -> None:
    assert refused("The title is not Home")  # a "not" of the sentence, not of the title


def test_words_that_only_say_when_or_as_whom() -> None:
    assert _said("Without logging in, go to /topic/6") == [(A.NAVIGATE, None, "/topic/6")]
    assert _said("The Login button is back at the top right") == _said("The Login button is shown at the top right")
    assert _said("The login icon is visible again at the top right") == _said("The login icon is visible at the top right")
    assert _said("The URL is back to /login") == [(A.EXPECT_URL, None, "/login")]  # an address is not a control shown


def test_a_post_by_its_place_and_confirming_in_a_named_dialog() -> None:
    assert _said("""maria's answer "Set REDIS_URL" is the second post""") == [
        (A.EXPECT_TEXT, "post", "Set REDIS_URL"), (A.EXPECT_TEXT, "post", "maria")]
    assert _said('Confirm with Yes in the "Are you sure?" dialog') == [(A.CLICK, "Yes", None)]
    assert _said("Leave the page without saving") == [(A.GO_BACK, None, None)]
    assert _said("Go to the forum index") == [(A.NAVIGATE, None, "http://shop.test/")]


def test_a_forms_fields_and_a_menus_entries_named_in_a_row() -> None:
    steps = planned("The form has Username, Email address, Password and Confirm password fields")
    assert [(s.target.text, s.target.role_hint, s.target.scope) for s in steps] == [
        ("Username", "textbox", None), ("Email address", "textbox", None), ("Password", "textbox", None), ("Confirm password", "textbox", None)]
    steps = planned("The menu has Topic Tracker, Settings and Logout")
    assert [(s.action, s.target.text, s.target.role_hint) for s in steps] == [
        (A.EXPECT_VISIBLE, "Topic Tracker", "menuitem"), (A.EXPECT_VISIBLE, "Settings", "menuitem"), (A.EXPECT_VISIBLE, "Logout", "menuitem")]
    assert refused("The menu has the admin and a Logout entry")


def test_the_post_content_is_a_field_to_fill_but_the_text_of_a_page_to_check() -> None:
    assert _said('Fill in the post content "Deleted right away."') == [(A.FILL, "post content", "Deleted right away.")]
    [check] = planned('The post content shows "Deleted right away."')
    assert (check.action, check.target) == (A.EXPECT_VISIBLE, None)  # the page's text, no element called "post content"


def test_who_wrote_an_item_and_what_it_reads_without_quotes() -> None:
    assert _said("The post was written by admin") == [(A.EXPECT_TEXT, "post", "admin")]
    assert _said("The first post is by bob and reads How far apart should holes be drilled?") == [
        (A.EXPECT_TEXT, "post", "bob"), (A.EXPECT_TEXT, "post", "How far apart should holes be drilled?")]


def test_not_listed_as_a_kind_and_no_other_such_as() -> None:
    assert _said("carol is not listed as a member") == [(A.EXPECT_HIDDEN, None, "carol")]
    assert _said('No other topic, such as "Show us your workbench", appears in the results') == [(A.EXPECT_HIDDEN, None, "Show us your workbench")]


def test_a_page_with_its_title_a_count_then_order_and_a_dash_before_the_check() -> None:
    assert _said('The home page with the title "Home | Makers" is shown') == [(A.EXPECT_TITLE, None, "Home | Makers")]
    assert _said('The first tag is "tools" with 2 topics') == [(A.EXPECT_TEXT, "tag", "tools"), (A.EXPECT_TEXT, "tag", "2")]
    count, order = planned('2 topics are listed - "Show us your workbench" first, then "Hand planes"')
    assert (count.action, count.value, order.action, order.value) == (A.EXPECT_COUNT, "2", A.EXPECT_ORDER, "Show us your workbench\nHand planes")
    assert _said("The browser leaves the register page - the URL no longer contains /register") == [(A.EXPECT_URL, None, "/register")]
    [url] = planned("The browser leaves the register page - the URL no longer contains /register")
    assert url.match is model.Match.NOT_CONTAINS


def test_a_topic_opened_at_its_address_and_a_click_on_the_index() -> None:
    assert _said('Open the topic "Coffee or tea?" at /topic/6') == [(A.NAVIGATE, None, "/topic/6")]
    [click] = planned("Click Announcements on the index")
    assert (click.target.text, click.target.scope) == ("Announcements", None)  # the page shown, no item's text
    [scoped] = planned("Click Add to cart for the Blue Mug")
    assert scoped.target.scope == "Blue Mug"


def test_what_is_usually_there_and_what_is_shown_instead() -> None:
    assert _said("Where the Reply button usually is, a Locked button is shown") == [(A.EXPECT_VISIBLE, "Locked", None)]
    assert _said('The button "Log in to reply" is shown instead of a reply box') == [(A.EXPECT_VISIBLE, "Log in to reply", None)]
    assert _said('The title of the browser tab is "Topic - FlaskBB"') == [(A.EXPECT_TITLE, None, "Topic - FlaskBB")]


def test_a_button_showing_a_user_name_and_a_coloured_badge() -> None:
    [button] = planned("The button at the top right shows carol")
    assert (button.action, button.target.text, button.target.role_hint, button.target.region) == (A.EXPECT_VISIBLE, "carol", "button", "top right")
    assert _said("The Inbox link shows a red badge with 1") == _said("The Inbox link shows a badge with 1") == [(A.EXPECT_TEXT, "badge in the Inbox", "1")]


def test_an_item_by_its_place_with_its_author_or_where_it_is() -> None:
    first, author = planned('Under Recent Topics, the first topic is "Avatar upload fails on Safari" by bob')
    assert (first.value, author.value, author.target.position, author.target.section) == ("Avatar upload fails on Safari", "bob", 1, "Recent Topics")
    assert _said('The last topic is "Favourite text editors" in forum General Discussion') == [
        (A.EXPECT_TEXT, "topic", "Favourite text editors"), (A.EXPECT_TEXT, "topic", "General Discussion")]


def test_a_row_first_then_what_its_columns_show() -> None:
    steps = planned("In the General Discussion row, the Topics column shows 12 and the Posts column shows 22")
    assert [(s.action, s.target.text, s.value) for s in steps] == [(A.EXPECT_TEXT, "Topics", "12"), (A.EXPECT_TEXT, "Posts", "22")]
    said_apart = planned('The Topics column shows 12 for "General Discussion"', 'The Posts column shows 22 for "General Discussion"')
    assert [(s.target, s.value) for s in steps] == [(s.target, s.value) for s in said_apart]


def test_names_listed_with_a_text_a_count_or_who_made_them() -> None:
    shown, row = planned('Under Community, Staff Lounge is listed with "Private area for the moderators"')
    assert (shown.action, shown.target.text, row.target.text, row.value) == (
        A.EXPECT_VISIBLE, "Staff Lounge", "Staff Lounge", "Private area for the moderators")
    assert _said('The topic "Moderation guidelines draft" by maria is listed, with 2 posts') == [
        (A.EXPECT_TEXT, "Moderation guidelines draft", "maria"), (A.EXPECT_TEXT, "Moderation guidelines draft", "2")]
    assert _said("alice has 10 posts") == [(A.EXPECT_TEXT, "alice", "10")]  # in alice's row of the member list
    assert _said("Review has 2 cards")[0][0] is A.EXPECT_COUNT  # a capitalised name is a part that holds them


def test_each_item_has_controls_a_name_with_its_subtitle_and_a_result_by_whom() -> None:
    assert _said("Each forum has an Edit Forum and a Delete Forum link") == [
        (A.EXPECT_EACH, "forum", "Edit Forum"), (A.EXPECT_EACH, "forum", "Delete Forum")]
    assert [v for _, _, v in _said('The header shows FlaskBB with the subtitle "A forum in Flask"')] == [None, None]
    assert [s.target.text for s in planned('The header shows FlaskBB with the subtitle "A forum in Flask"')] == ["FlaskBB", "A forum in Flask"]
    assert _said("""The result is bob's post "Emacs, since 2009." """.strip()) == [
        (A.EXPECT_TEXT, "result", "Emacs, since 2009."), (A.EXPECT_TEXT, "result", "bob")]


def test_a_label_with_a_value_in_lower_case_but_never_a_state() -> None:
    assert _said("The newest registered user is trollface") == [(A.EXPECT_TEXT, "Newest registered user", "trollface")]
    assert refused("The topic list is locked")  # a state no rule reads, never the text "locked"


def test_rows_by_their_places_one_after_another() -> None:
    steps = planned("The second row is Dark mode everywhere, the third is Forum upgrade feedback and the fourth is Board game night")
    assert [(s.action, s.target.position, s.value) for s in steps] == [
        (A.EXPECT_TEXT, 2, "Dark mode everywhere"), (A.EXPECT_TEXT, 3, "Forum upgrade feedback"), (A.EXPECT_TEXT, 4, "Board game night")]
    # one row showing several values is still one row
    assert [s.target.position for s in planned('The second row shows "Bit Flippers" with 1210 points')] == [2, 2]


def test_one_found_then_what_its_row_shows() -> None:
    assert _said("Exactly one user is listed, carol, in the group Member, with 8 posts") == [
        (A.EXPECT_COUNT, "user", "1"), (A.EXPECT_EACH, "user", "carol"), (A.EXPECT_TEXT, "carol", "Member"), (A.EXPECT_TEXT, "carol", "8")]
    assert _said("One topic is found, Weekend hiking trip, started by bob") == [
        (A.EXPECT_COUNT, "topic", "1"), (A.EXPECT_EACH, "topic", "Weekend hiking trip"), (A.EXPECT_TEXT, "Weekend hiking trip", "bob")]
    assert refused("One topic is found, Weekend hiking trip, which is nice")  # a fact no row shows: not told


def test_a_named_part_with_a_count_then_which_ones() -> None:
    steps = planned("Help & Support shows 2 forums, Installation and Bug Reports")
    assert [(s.action, s.target.text, s.target.section, s.value) for s in steps] == [
        (A.EXPECT_COUNT, "forum", "Help & Support", "2"), (A.EXPECT_VISIBLE, "Installation", "Help & Support", None),
        (A.EXPECT_VISIBLE, "Bug Reports", "Help & Support", None)]
    assert refused("Help & Support shows 3 forums, Installation and Bug Reports")  # two names for three: not this form


def test_a_parts_count_then_one_by_its_place_and_counts_said_as_texts() -> None:
    count, fourth = planned("The Community category now lists 4 forums, the fourth being Staff Lounge")
    assert (count.action, count.target.section, count.value) == (A.EXPECT_COUNT, "Community", "4")
    assert (fourth.target.position, fourth.target.section, fourth.value) == (4, "Community", "Staff Lounge")
    # figures a box shows side by side stay texts it shows
    assert [v for _, _, v in _said("The design tag shows 2 tasks, 2 notes and 1 project")] == ["2 tasks", "2 notes", "1 project"]


def test_a_sidebar_said_by_its_side_and_a_breadcrumb_at_the_top() -> None:
    for sentence in ("Click the tags icon in the left sidebar", "Click the tags icon in the sidebar on the left"):
        [click] = planned(sentence)
        assert (click.target.text, click.target.descriptor, click.target.region, click.target.scope) == ("tags", "icon", "sidebar", None)
    assert [(s.target.text, s.target.region) for s in planned("The breadcrumb at the top shows Home and General Discussion")] == [
        ("Home", "breadcrumb"), ("General Discussion", "breadcrumb")]
    assert [s.target.text for s in planned("The footer shows Terms and Conditions")] == ["Terms and Conditions"]


def test_two_figures_a_box_shows_and_a_name_after_what_it_names() -> None:
    assert [v for _, _, v in _said("The header of the category shows 4 topics and 7 posts")] == ["4 topics", "7 posts"]
    [site] = planned("The site name Riverbend Makers is shown at the top left")
    assert (site.target.text, site.target.descriptor, site.target.region) == ("Riverbend Makers", "name", "top left")


def test_words_the_kutt_and_kiwi_writers_used() -> None:
    [title] = planned('The page title ends with "Redeem a gift card"')
    assert (title.action, title.value, title.match) == (A.EXPECT_TITLE, "Redeem a gift card", model.Match.ENDS_WITH)
    assert _said('The page heading ends with "Gift Card Regression"') == _said('The page heading shows "Gift Card Regression"')
    assert _said('The results say "Found 1 records"') == [(A.EXPECT_TEXT, "results", "Found 1 records")]
    assert _said("The Close button is back") == [(A.EXPECT_VISIBLE, "Close", None)]
    assert _said('The "Event loop talk" link is not listed on this page') == [(A.EXPECT_HIDDEN, None, "Event loop talk")]
    assert _said('Paste https://x.org/a into the "Long URL" field') == [(A.FILL, "Long URL", "https://x.org/a")]
    assert _said("Go to Settings") == [(A.CLICK, "Settings", None)]
    assert [a for a, _, _ in _said("Log in as dora using Tester-Pass-2026")] == [A.CLICK, A.FILL, A.FILL, A.PRESS]
    assert _said('Enter "short1" as both the Password and the Confirm password') == [
        (A.FILL, "Password", "short1"), (A.FILL, "Confirm password", "short1")]
    assert _said("From the TESTING menu choose New Bug") == [(A.CLICK, "TESTING menu", None), (A.CLICK, "New Bug", None)]
    assert [a for a, _, _ in _said("Switch the Active toggle from Yes to No")] == [A.CLICK]
    box, image = planned("A dialog with a QR code image opens")
    assert (box.target.text, image.target.text, image.target.region) == ("dialog", "QR code", "dialog")
    # only those, of no kind said: the rows of the page's table, as "the table shows exactly A and B" reads them
    count, a, b = planned('Only "A" and "B" remain visible')
    assert [(s.action, s.target.text if s.target else s.value) for s in (count, a, b)] == [
        (A.EXPECT_COUNT, "row"), (A.EXPECT_VISIBLE, "A"), (A.EXPECT_VISIBLE, "B")]
    assert count.value == "2"


def test_a_count_then_names_said_with_their_places() -> None:
    count, order = planned("2 topics are listed, Welcome to the community first and Forum rules second")
    assert (count.action, count.value) == (A.EXPECT_COUNT, "2")
    assert (order.action, order.value.split("\n")) == (A.EXPECT_ORDER, ["Welcome to the community", "Forum rules"])
    [_, reordered] = planned("2 topics are listed, Forum rules second and Welcome to the community first")
    assert reordered.value.split("\n") == ["Welcome to the community", "Forum rules"]


def test_more_words_the_kutt_and_kiwi_writers_used() -> None:
    assert [(a, t) for a, t, _ in _said("An Email address field and a Password field are shown")] == [
        (A.EXPECT_VISIBLE, "Email address"), (A.EXPECT_VISIBLE, "Password")]
    [asked] = planned('The dialog asks Are you sure do you want to delete the link "go/ep12"?')
    assert asked.target.text == 'Are you sure do you want to delete the link "go/ep12"?'
    assert _said("nina.patel@example.com is marked NOT VERIFIED") == [(A.EXPECT_TEXT, "nina.patel@example.com", "NOT VERIFIED")]
    assert _said("The Total links of maria.lopez@example.com is 12") == _said('The Total links column shows 12 for "maria.lopez@example.com"')
    [order] = planned('The results are "Add a book" followed by "Remove an item"')
    assert (order.action, order.value) == (A.EXPECT_ORDER, "Add a book\nRemove an item")
    assert _said('Visit the "Checkout Regression" plan at /plan/1/') == [(A.NAVIGATE, None, "/plan/1/")]
