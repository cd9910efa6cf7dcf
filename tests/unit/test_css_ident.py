"""An element's id as a CSS selector: an id that starts with a digit ("5jxngH", An Otter Wiki's sign-in form) is no
identifier as written, and the run ended with an internal error on it; the digit is written as its code point."""

from __future__ import annotations

import pytest

from pacts_farm.finding import discover


@pytest.mark.parametrize(("given", "selector"), [
    ("5jxngH", "\\35 jxngH"), ("-5a", "-\\35 a"), ("a.b", "a\\.b"), ("login-form", "login-form"), ("9", "\\39 "),
])
def test_an_id_is_written_as_a_css_identifier(given: str, selector: str) -> None:
    assert discover._css_ident(given) == selector
