"""State classes, container nouns and the loading wait: pure functions, no browser."""

from __future__ import annotations

import re

import pytest

from pacts_farm import bundled
from pacts_farm.browser import loading
from pacts_farm.finding import containers, discover, state_classes


def test_state_class_pattern_is_the_one_dom_js_uses() -> None:
    found = re.search(r"const STATE_CLASS = /(.*)/;", bundled.text("browser", "dom.js"))
    assert found is not None and found.group(1) == state_classes.PATTERN


@pytest.mark.parametrize("name", ["is-active", "is-checked", "active", "selected", "hover-row", "current-row", "router-link-active",
                                  "nav-item--active", "focus", "ng-touched", "fade-enter-active", "show", "odd", "even", "row-odd", "even-row"])
def test_state_classes_are_recognised(name: str) -> None:
    assert state_classes.is_state(name)


@pytest.mark.parametrize("name", ["el-menu-item", "el-table__row", "btn-primary", "tags-view-item", "activity-feed", "showcase", "invoice"])
def test_kind_classes_are_kept(name: str) -> None:
    assert not state_classes.is_state(name)


def test_locator_options_leave_state_classes_out() -> None:
    element = {"tag": "li", "role": None, "name": "", "attrs": {"class": "el-menu-item is-active hover"}, "own_text": ""}
    css = [o.value for o in discover.locator_options(element, None) if o.strategy is discover.S.CSS]
    assert css == ["li.el-menu-item", "li.el-menu-item:not(li.el-menu-item li.el-menu-item)", "li.el-menu-item:not(:has(li.el-menu-item))",
                   "li.el-menu-item:visible"]


def test_a_control_is_never_told_apart_by_boxes_of_its_class() -> None:
    element = {"tag": "button", "role": "button", "name": "", "interactive": True, "attrs": {"class": "btn"}, "own_text": ""}
    css = [o.value for o in discover.locator_options(element, None) if o.strategy is discover.S.CSS]
    assert css == ["button.btn"]


@pytest.mark.parametrize(("said", "noun"), [("table", "table"), ("data table", "table"), ("pagination", "pagination"),
                                            ("pager", "pagination"), ("tags bar", "tags bar"), ("breadcrumb", "breadcrumb"),
                                            ("toolbar", "toolbar"), ("Save", None), ("first row", None)])
def test_container_nouns(said: str, noun: str | None) -> None:
    assert containers.named(said) == noun


def _box(tag: str, cls: str = "", role: str | None = None, interactive: bool = False) -> dict[str, object]:
    return {"tag": tag, "role": role, "interactive": interactive, "attrs": {"class": cls} if cls else {}}


@pytest.mark.parametrize(("element", "noun", "expected"), [
    (_box("div", "el-pagination is-background"), "pagination", 1.0),
    (_box("div", "pagination-container"), "pagination", 1.0),
    (_box("span", "el-pagination__total"), "pagination", 0.0),  # a part of it
    (_box("div", "el-table el-table--fit"), "table", 1.0),
    (_box("table", "el-table__body"), "table", 1.0),
    (_box("div", "table-toolbar"), "table", 0.5),  # a toolbar that mentions the table
    (_box("div", "table-toolbar"), "toolbar", 1.0),
    (_box("div", "tags-view-container"), "tags bar", 1.0),
    (_box("a", "tags-view-item", "link", True), "tags bar", 0.0),
    (_box("div", "", "toolbar"), "toolbar", 1.0),
])
def test_container_score(element: dict[str, object], noun: str, expected: float) -> None:
    assert containers.score(element, noun) == expected


def test_loading_wait_ends_when_the_indicators_go() -> None:
    shown = [["div.el-loading-mask"], ["div.el-loading-mask"], []]
    slept: list[int] = []
    assert loading.wait_out(lambda: shown.pop(0), slept.append, 5000) == []
    assert slept == [loading.POLL_MS, loading.POLL_MS]


def test_loading_wait_gives_up_after_its_budget() -> None:
    assert loading.wait_out(lambda: ["div.spinner"], lambda ms: None, 0) == ["div.spinner"]


def test_a_row_by_its_position_is_first_sought_in_a_table_with_column_titles() -> None:
    """A cached "first row" must still be a record on a page whose filter is laid out as a table without titles."""
    row = {"tag": "tr", "role": "row", "name": "", "interactive": False, "attrs": {}, "own_text": ""}
    css = [o.value for o in discover.locator_options(row, None) if o.strategy is discover.S.CSS]
    assert css.index("table:has(th) > tbody > tr") < css.index("tbody > tr")
