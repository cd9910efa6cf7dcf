"""A forum drawn the way server-rendered forums draw one (FlaskBB, NodeBB): a Bootstrap breadcrumb whose "/" comes from
CSS, a Track button whose words change once clicked, a reply composer that opens below the posts, a list of
categories, a message form of plain fields and a confirm box of the page's own. Testers read these out as they see
them ("the breadcrumb shows Forum / Bug Reports / New Topic"); each check must also fail when the page says otherwise."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from pacts_farm.finding import discover
from tests.integration import sentences

pytestmark = pytest.mark.browser

FORUM = """<!doctype html><html><head><style>
.breadcrumb { display: flex; list-style: none; } .breadcrumb-item + .breadcrumb-item::before { content: "/"; padding: 0 6px; }
#composer { display: none; } #confirm { display: none; }
</style></head><body>
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="#forum">Forum</a></li>
<li class="breadcrumb-item"><a href="#help">Help &amp; Support</a></li><li class="breadcrumb-item"><a href="#bugs">Bug Reports</a></li>
<li class="breadcrumb-item active">Search page typo</li></ol></nav>
<h1>Search page typo</h1>
<button id="track" onclick="this.textContent = this.textContent === 'Track Topic' ? 'Untrack Topic' : 'Track Topic'">Track Topic</button>
<button onclick="document.getElementById('composer').style.display = 'block'">Reply</button>
<ul class="categories"><li><a href="#c1">Announcements</a></li><li><a href="#c2">General Discussion</a></li><li><a href="#c3">Sandbox</a></li></ul>
<div id="composer" class="composer"><textarea aria-label="Reply"></textarea></div>
<form onsubmit="return false"><label>Recipient <input name="recipient"></label><label>Subject <input name="subject"></label>
<label>Message <textarea name="message"></textarea></label>
<label>New password <input type="password" name="new"></label><label>Confirm new password <input type="password" name="confirm"></label></form>
<button onclick="document.getElementById('confirm').style.display = 'block'">Delete</button>
<div id="confirm" class="modal" role="dialog" aria-labelledby="q"><p id="q">Are you sure?</p>
<button onclick="document.getElementById('confirm').style.display = 'none'; document.getElementById('gone').textContent = 'Topic deleted'">Yes</button>
<button onclick="document.getElementById('confirm').style.display = 'none'">No</button></div><p id="gone"></p>
</body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("forum"), {"/forum/topic": FORUM, "/forum/navbar": NAVBAR, "/forum/cards": CARDS, "/forum/topics": TOPICS, "/forum/widget": WIDGET},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


@pytest.mark.parametrize(("steps", "passes"), [
    (["The breadcrumb shows Forum / Help & Support / Bug Reports / Search page typo."], True),
    (["The breadcrumb shows Forum / Bug Reports / Help & Support."], False),  # out of order
    (["The breadcrumb ends with Help & Support / Bug Reports / Search page typo."], True),
    (["The breadcrumb ends with Forum / Help & Support / Bug Reports."], False),  # the topic comes after them
    (["Click Track Topic.", "The button now says Untrack Topic."], True),
    (["The button now says Untrack Topic."], False),  # not clicked: it still says Track Topic
    (["Click the Reply button.", "The reply editor opens."], True),
    (["The reply editor opens."], False),
    (["Announcements, General Discussion and Sandbox are listed in that order."], True),
    (["Sandbox, General Discussion and Announcements are listed in that order."], False),
    (['Click Delete.', 'Confirm with Yes in the "Are you sure?" dialog.', 'The page shows "Topic deleted".'], True),
])
def test_what_a_tester_reads_off_a_forum_page(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run(steps, "/forum/topic")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


def test_fields_named_with_their_values_in_one_sentence(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(['Fill in the recipient maria, the subject "Meetup next week" and the message "Are you coming?".',
                     'Type Bob#2025 into "New password" and into "Confirm new password".',
                     'The Recipient field has the value "maria".', 'The Subject field has the value "Meetup next week".',
                     'The Message field has the value "Are you coming?".', 'The "Confirm new password" field has the value "Bob#2025".'],
                    "/forum/topic")
    assert not sentences.failures(execution), sentences.failures(execution)


# Bootstrap pages repeat "-item" everywhere: the navbar's nav-items and the pager's page-items beside the breadcrumb's own
NAVBAR = """<!doctype html><html><body><ul class="navbar-nav"><li class="nav-item"><a href="#a">Portal</a></li><li class="nav-item"><a href="#b">Forum</a></li>
<li class="nav-item"><a href="#c">Memberlist</a></li><li class="nav-item"><a href="#d">Search</a></li></ul>
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="#f">Forum</a></li><li class="breadcrumb-item"><a href="#g">Community</a></li>
<li class="breadcrumb-item active">General Discussion</li></ol><h1>General Discussion</h1>
<ul class="pagination"><li class="page-item"><a href="#1">1</a></li><li class="page-item"><a href="#2">2</a></li><li class="page-item"><a href="#3">Next</a></li></ul>
</body></html>"""


@pytest.mark.parametrize(("sentence", "passes"), [
    ("The breadcrumb reads Forum / Community / General Discussion.", True),
    ("The breadcrumb reads Forum / Memberlist / General Discussion.", False),  # the navbar's Memberlist is not in it
])
def test_a_breadcrumb_among_other_bootstrap_items(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run([sentence], "/forum/navbar")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


# FlaskBB titles its boxes with a card's header bar, no heading tag: the forum's name, and "Users" beside a Search button
CARDS = """<!doctype html><html><body><nav class="navbar"><div class="navbar-header"><a class="navbar-brand" href="#home">FlaskBB</a></div>
<a href="#members">Memberlist</a></nav>
<div class="card"><div class="card-header forum-header"><a href="#gd">General Discussion</a></div><div class="card-body">12 topics</div></div>
<div class="card"><div class="card-header settings-header"><div class="row"><div class="col-auto me-auto"><span class="far fa-user"></span> Users</div>
<div class="col-auto"><button type="button">Search</button></div></div></div>
<div class="card-body"><table><thead><tr><th>Username</th><th>Posts</th></tr></thead><tbody>
<tr><td>admin</td><td>3</td></tr><tr><td>maria</td><td>6</td></tr><tr><td>alice</td><td>10</td></tr></tbody></table></div></div>
<div class="card category"><div class="card-header category-header"><a href="#c2">Help &amp; Support</a></div><div class="card-body">
<div class="row forum-row"><div class="forum-name"><a href="#f5">Installation</a></div><div class="forum-stats">2</div></div>
<div class="row forum-row"><div class="forum-name"><a href="#f6">Bug Reports</a></div><div class="forum-stats">1</div></div></div></div>
</body></html>"""


@pytest.mark.parametrize(("sentence", "passes"), [
    ("The page heading is General Discussion.", True),
    ("The page heading is Memberlist.", False),  # a link of the navigation bar
    ("The page heading is FlaskBB.", False),  # the brand in the page's header bar heads no content
    ("The Users table lists 3 users.", True),
    ("The Users table lists 4 users.", False),
    ("Help & Support shows 2 forums, Installation and Bug Reports.", True),  # a card titled by its header's one link
    ("Help & Support shows 2 forums, Installation and Memberlist.", False),
])
def test_boxes_titled_by_a_cards_header_bar(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run([sentence], "/forum/cards")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


# a forum's topic list drawn as Bootstrap rows of boxes, its column titles in a row of their own (no table, no th)
TOPICS = """<!doctype html><html><body><div class="card"><div class="card-body">
<div class="row m-0 forum-meta"><div class="col-4 topic-name">Topic</div><div class="col-2 topic-stats">Posts</div><div class="col-3 topic-last-post">Last Post</div></div>
""" + "".join(f"""<div class="row forum-row hover"><div class="col-4 topic-info"><div class="topic-name"><a href="#t{n}">{name}</a><span class="topic-pages"></span></div>
<div class="topic-author">by <a href="#u">alice</a></div></div><div class="col-2 topic-stats">{n}</div><div class="col-3 topic-last-post"><a href="#p{n}">1 month ago</a></div></div>"""
               for n, name in enumerate(["Read this before posting", "Dark mode everywhere", "Forum upgrade feedback", "Board game night"], 1)) + """
</div></div></body></html>"""


@pytest.mark.parametrize(("sentence", "passes"), [
    ("The second row is Dark mode everywhere, the third is Forum upgrade feedback and the fourth is Board game night.", True),
    ("The first row is Topic.", False),  # the column titles are no topic
    ("The second row is Forum upgrade feedback, the third is Dark mode everywhere.", False),
    # no box is called a topic, but each row holds parts that are (topic-info, topic-name, topic-stats, topic-author)
    ("Verify 4 topics are listed.", True),
    ("Verify 5 topics are listed.", False),
    ('The first topic is "Read this before posting".', True),
    ('The first topic is "Dark mode everywhere".', False),
])
def test_a_list_of_rows_drawn_with_boxes_and_its_column_titles(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run([sentence], "/forum/topics")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


# the same link twice in one box (a forum's "Reply" at the top and the bottom of a topic, both plain <a>): no option of
# a locator finds one alone, so the one discovery chose is kept by its place among the two; a place on screen alone
# ("at the top right") is still never turned into one
TWINS = """<div class="topic"><a class="btn" href="#reply">Reply</a><p>The eternal question.</p><a class="btn" href="#reply">Reply</a></div>"""


def test_a_link_twice_in_one_box_is_kept_by_its_place(open_page) -> None:  # type: ignore[no-untyped-def]
    session = open_page(TWINS)
    links = [e for e in session.scan(["reply"], None) if e["tag"] == "a"]
    assert len(links) == 2
    for place, link in enumerate(links):
        locator = discover.build_locator(session, link, None)
        assert locator is not None and locator.nth == place
        assert session.locate(locator).evaluate("(el, i) => window.__pactsDom.same(el, i)", link["i"])
    assert discover.build_locator(session, links[1], None, region="top right") is None


# a <select> bootstrap-select hides behind a button of its own (Kiwi TCMS's search filters): the button is what a
# person sees of it; choosing sets the <select>, which the form then sends
WIDGET = """<!doctype html><html><body><form onsubmit="document.getElementById('sent').textContent = 'priority=' + this.priority.value; return false">
<label for="id_priority">Priority</label>
<div class="btn-group bootstrap-select"><select id="id_priority" name="priority" class="selectpicker" style="display: none">
<option value="">---------</option><option value="1">P1</option><option value="2">P2</option></select>
<button type="button" class="btn dropdown-toggle" data-id="id_priority"><span class="filter-option">---------</span></button></div>
<button type="submit">Search</button></form><p id="sent"></p></body></html>"""


@pytest.mark.parametrize(("steps", "passes"), [
    (["In the Priority dropdown select P1", "Click Search", 'The page shows "priority=1"'], True),
    (["In the Priority dropdown select P7"], False),  # no such option: nothing chosen in its place
])
def test_a_select_hidden_behind_its_widget(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run(steps, "/forum/widget")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)
