"""Controls a person names by what they look like (issue 18), in plain English on the demo's Icon Corner page
(pacts_farm/demo/static/icons.html): icon-only buttons and links named only by an svg <title>, a sprite symbol, a
font icon's class or a ligature; badges that share one class with another control's badge; a list named by its
heading; a checkbox labelled by the text after it; an author link in "Last, First" form. Each passes when the page
agrees and fails when it does not: a badge is never read from the other control."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.execution import execute
from pacts_farm.planning import plan
from pacts_farm.browser import chromium
from pacts_farm.demo import server
from tests.integration.learned import LearnedLocators

pytestmark = pytest.mark.browser
Run = Callable[..., model.Execution]


@pytest.fixture(scope="module")
def shop() -> Iterator[server.DemoServer]:
    with server.start_demo_server() as running:
        yield running


@pytest.fixture
def run(browser_host: chromium.BrowserHost, shop: server.DemoServer, tmp_path: Path) -> Run:
    def run_(steps: list[str], memory: object = None) -> model.Execution:
        item = model.Item(key="k", requirement_id="k", title="k", start_url=shop.url + "/icons",
                          steps=tuple(model.SuiteStep(text=s) for s in steps))
        planned = plan.make_plan(item, base_url=shop.url)
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(shop.url,), trace="off") as session:
            return execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=2500, assertion_ms=1500),
                                    environ={}, memory=memory)  # type: ignore[arg-type]
    return run_


def _failures(execution: model.Execution) -> list[tuple[str, str | None]]:
    return [(s.text, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


def test_icon_only_controls_by_svg_title_sprite_font_class_and_ligature(run: Run) -> None:
    execution = run([
        "Click the heart icon on Maroon sandals",  # <img alt="favorite">: a favorite toggle
        "Verify the favorites badge shows 1",
        "Click the favorites icon in the header",  # the same image, in the header
        'Verify the page shows "Favorites: Maroon sandals"',
        "Click the cart icon",  # named only by its svg <title>
        'Verify the page shows "Cart: "',
        "Click the gear icon",  # <i class="fa fa-gear">: settings
        'Verify the page shows "Settings opened"',
        "Click the trash icon on the 2nd row",  # a material ligature "delete"
        'Verify the page shows "del Alan Turing"',
        "Click the pencil icon in the row for Ada Lovelace",
        'Verify the page shows "edit Ada Lovelace"',
        "Verify the house icon is visible",  # <use href="#icon-house">: the home link
        "Click the settings icon",
    ])
    assert _failures(execution) == []


def test_two_badges_sharing_a_class_are_each_read_from_their_own_control(run: Run) -> None:
    execution = run([
        "Click the heart icon on Maroon sandals",
        "Click the heart icon on Green brogues",
        "Click Add to Cart for Green brogues",  # a favorite put in the cart is no favorite any more
        "Verify the cart badge shows 1",
        "Verify the favorites badge shows 1",
        "Verify the favorites count is 1",
    ])
    assert _failures(execution) == []
    favorites = execution.steps[4].resolution
    assert favorites is not None and favorites.locator.scope is not None, favorites  # never the shared class on its own


def test_the_favorites_badge_is_never_read_from_the_cart(run: Run) -> None:
    """Learned while only the favorites badge was there; then only the cart has one, with the same class."""
    learned = run(["Click the heart icon on Maroon sandals", "Verify the favorites badge shows 1"])
    assert _failures(learned) == []
    moved = ["Click the heart icon on Maroon sandals", "Click Add to Cart for Maroon sandals", "Verify the cart badge shows 1",
             "Verify the favorites badge shows 1"]
    memory = LearnedLocators(learned)
    memory.by_index = {3: memory.by_index[1]}  # the badge step, two steps later
    for recalled in (None, memory):
        step = run(moved, memory=recalled).steps[3]
        assert step.outcome is model.Outcome.FAILED, (step.error, step.resolution)


def test_a_control_named_with_its_badge_count_and_a_plural(run: Run) -> None:
    """"The favorites button" is the header's (named "favorite 1" once it has a badge), not a product's toggle that
    shows the same image."""
    execution = run([
        "Verify the favorites button is disabled",
        "Click the favorite icon for Maroon sandals",
        "Verify the favorites button is enabled",  # its name is now "favorite 1"
        "Click the favorites button",
        'Verify the page shows "Favorites: Maroon sandals"',
    ])
    assert _failures(execution) == []


def test_a_products_icon_by_position_is_never_the_headers(run: Run) -> None:
    execution = run([
        "Click the favorite icon for the first product",  # the header's favorites button shows the same image
        "Click the favorite icon for the last product",
        'Verify the favorites badge shows "2"',
    ])
    assert _failures(execution) == []


def test_scope_by_a_list_name_a_tile_and_a_kebab_menu(run: Run) -> None:
    execution = run([
        'Click the star on the "Done" list',
        'Verify the page shows "Starred Done"',
        "Click the three dots button on the Backlog list",  # the list's name is the value of its name field
        'Verify the page shows "Options for Backlog"',
        'Click the star on the "Backlog" list',
        'Verify the page shows "Starred Backlog"',
        'Click the heart on the "Green brogues" tile',
        "Verify the favorites badge shows 1",
        'Verify the "Create new board" tile is visible',
        "Click the Create new board tile",
        'Verify the page shows "Board form opened"',
    ])
    assert _failures(execution) == []


def test_checkboxes_by_a_following_label_and_the_rows_only_checkbox(run: Run) -> None:
    execution = run([
        'Verify the "Completed" checkbox in the Done list is checked',
        'Check the "Completed" checkbox in the Backlog list',
        'Verify the "Completed" checkbox in the Backlog list is checked',
        "Check the checkbox in the row for Alan Turing",
        "Verify the checkbox in the row for Alan Turing is checked",
        "Verify the checkbox in the row for Ada Lovelace is not checked",
    ])
    assert _failures(execution) == []


def test_an_author_link_in_last_first_form(run: Run) -> None:
    execution = run([
        'Click the author link "Austen, Jane"',
        'Verify the page shows "Books by Austen, Jane"',
        "Click the author link Brontë, Charlotte",  # unquoted, the comma kept
        'Verify the page shows "Books by Brontë, Charlotte"',
        "Click the author link Jane Austen",  # said first name first: the same words as the sorted form
        'Verify the page shows "Books by Austen, Jane"',
    ])
    assert _failures(execution) == []


def test_an_author_the_page_does_not_list_fails(run: Run) -> None:
    execution = run(["Click the author link Austen, Cassandra"])
    assert execution.steps[0].outcome is model.Outcome.FAILED


def test_an_icon_the_page_does_not_have_fails(run: Run) -> None:
    execution = run(["Click the trash icon on the 3rd row"])
    assert execution.steps[0].outcome is model.Outcome.FAILED
