"""--tags, --grep, --only and --retries pick and shape the items before anything is written."""

from __future__ import annotations

import pytest

from pacts_farm import errors, submit
from pacts_farm.suites.selection import Selection, parse_tags

SUITE = """\
name: Shop
base_url: http://127.0.0.1:1
retries: 2
requirements:
  - id: login
    title: A user can LOG IN
    tags: [smoke, login]
    steps: [Click Login]
  - id: cart
    title: Cart badge
    tags: [cart]
    retries: 0
    steps: [Click Cart]
  - id: rows
    title: Data rows
    data: [{x: a}, {x: b}]
    steps: ['Fill "${x}" in the Name field']
"""


def _keys(selection: Selection | None = None) -> list[str]:
    prepared = submit.prepare_text(SUITE, source="s.yaml", environ={}, selection=selection)
    return [i.key for i in prepared.suite.items]


def test_selection_tags_are_any_of() -> None:
    assert _keys(Selection(tags=parse_tags("cart, login"))) == ["login", "cart"]
    assert _keys(Selection(tags=("smoke",))) == ["login"]


def test_selection_grep_matches_id_or_title_in_any_case() -> None:
    assert _keys(Selection(grep="log in")) == ["login"]
    assert _keys(Selection(grep="BADGE")) == ["cart"]
    assert _keys(Selection(grep="rows-2")) == ["rows-2"]


def test_selection_only_is_repeatable_and_takes_ids_or_item_keys() -> None:
    assert _keys(Selection(only=("cart", "rows"))) == ["cart", "rows-1", "rows-2"]
    assert _keys(Selection(only=("rows-2",))) == ["rows-2"]


def test_selection_filters_combine() -> None:
    assert _keys(Selection(tags=("smoke", "cart"), grep="badge")) == ["cart"]


def test_selection_empty_is_an_input_error_naming_the_suite_and_tags() -> None:
    with pytest.raises(errors.InputError) as caught:
        _keys(Selection(tags=("nightly",)))
    assert "s.yaml" in caught.value.message and "--tags nightly" in caught.value.message
    assert "cart, login, smoke" in caught.value.message


def test_selection_unknown_only_id_is_an_input_error() -> None:
    with pytest.raises(errors.InputError, match="--only nope: no such requirement"):
        _keys(Selection(only=("nope",)))


def test_retries_suite_default_requirement_override_and_flag() -> None:
    prepared = submit.prepare_text(SUITE, source="s.yaml", environ={})
    assert {i.key: i.retries for i in prepared.suite.items} == {"login": 2, "cart": 0, "rows-1": 2, "rows-2": 2}
    flagged = submit.prepare_text(SUITE, source="s.yaml", environ={}, selection=Selection(retries=1))
    assert {i.retries for i in flagged.suite.items} == {1}


def test_retries_out_of_range_is_refused_with_its_line() -> None:
    with pytest.raises(errors.SuiteInvalid) as caught:
        submit.prepare_text(SUITE.replace("retries: 2", "retries: 99"), source="s.yaml", environ={})
    assert caught.value.line == 3 and caught.value.field == "retries"


def test_parse_tags_drops_blanks_and_duplicates() -> None:
    assert parse_tags(" smoke,,login , smoke ") == ("smoke", "login")
    assert parse_tags(None) == ()
