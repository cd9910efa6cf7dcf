"""Markup named the BEM way ("block__element"), as Spirit's templates write it: an item whose class ends with the noun
("layout__topics__topic") is one of the topics, a block's element ("topic__category", "comments__reply") is a part of
it, never an item, and an item of their list ("comments_list__item", an event among the comments) is not one of them; a menu list whose class says menu with underscores ("menu_list") is a menu; a statistic tile's
title names the figure under it. Each fails when the page disagrees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_TOPIC = ('<div class="layout__topics__topic js-clickable-area"><div class="topic__title"><a class="topic__link" href="#">{}</a></div>'
          '<div class="topic__category"><a href="#">Woodworking</a></div><div class="topic__comments"><i class="fa fa-comment"></i> {}</div></div>')
TOPICS = ('<div class="layout__menu"><div class="menu__dropdown"><a class="dropdown_button" href="#" id="all">All Categories</a>'
          '<div class="menu_list_wrapper" style="display:none"><ul class="menu_list">'
          + "".join(f'<li><a class="menu_list__link" href="#{c.split()[-1].lower()}">{c}</a></li>' for c in ("3D Printing", "Electronics", "Woodworking"))
          + '</ul></div></div><div class="menu__new_topic"><a class="button" href="#">Create Topic</a></div></div>'
          '<div class="layout__topics">' + "".join(_TOPIC.format(t, n) for t, n in (("Cutting dovetails", 3), ("Walnut table", 14), ("Jig or hand cut?", 2)))
          + "</div><script>document.getElementById('all').onclick = (e) => { e.preventDefault();"
          " document.querySelector('.menu_list_wrapper').style.display = 'block'; };</script>")
# the comments, and an event shown among them (a moderator closed the topic): hooked by the same "js-comment" class
COMMENTS = ('<div class="comments"><div class="comments_list__comment js-comment"><div class="comment__user">lena</div><div class="comment__body">First!</div></div>'
            '<div class="comments_list__comment js-comment"><div class="comment__user">theo</div><div class="comment__body">Nice work</div></div>'
            '<div class="comments_list__item js-comment"><i class="fa fa-lock"></i> theo closed this</div></div>'
            '<div class="comments__reply"><form><textarea placeholder="Write comment..."></textarea></form></div>')
STATS = ('<h1>Dashboard</h1><div class="admin__statistics">'
         + "".join(f'<div class="admin__statistics__box"><div class="admin__statistics__box__title">{t}</div>'
                   f'<div class="admin__statistics__box__count">{n}</div></div>' for t, n in (("Members", 7), ("Topics", 30), ("Categories", 8)))
         + "</div>")


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/bem/topics": TOPICS, "/bem/comments": COMMENTS, "/bem/stats": STATS}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1000))


@pytest.mark.parametrize(("steps", "path"), [
    (['Verify the first topic is "Cutting dovetails"', "Verify 3 topics are listed", 'Verify the last topic is "Jig or hand cut?"'], "/bem/topics"),
    (['Click "All Categories"', 'Verify the menu lists "3D Printing", "Electronics" and "Woodworking" in this order',
      'Click "Electronics" in the menu', "Verify the URL ends with #electronics"], "/bem/topics"),
    (["Verify 2 comments are shown", "The last comment is by theo and says \"Nice work\""], "/bem/comments"),
    (["Verify the Members statistic is 7", "Verify the Categories statistic is 8"], "/bem/stats"),
])
def test_items_and_parts_as_the_markup_names_them(run: Callable[..., model.Execution], steps: list[str], path: str) -> None:
    execution = run(steps, path)
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("steps", "path"), [
    (['Verify the first topic is "Walnut table"'], "/bem/topics"),
    (["Verify 4 topics are listed"], "/bem/topics"),
    (['Click "All Categories"', 'Verify the menu lists "Woodworking" and "3D Printing" in this order'], "/bem/topics"),
    (["Verify 3 comments are shown"], "/bem/comments"),  # the reply box is no comment
    (["The last comment is by lena"], "/bem/comments"),
    (["Verify the Members statistic is 30"], "/bem/stats"),
])
def test_what_the_page_does_not_show_fails(run: Callable[..., model.Execution], steps: list[str], path: str) -> None:
    assert run(steps, path).steps[-1].outcome is model.Outcome.FAILED
