"""A text a sentence quotes is found as the page writes it: any run of white space between words, a number at either
end kept whole, and its case kept (a heading changed from "Products" to "products" is a drift the check must see)."""

from __future__ import annotations

import pytest

from pacts_farm.browser import reading


@pytest.mark.parametrize(("said", "shown"), [
    ("Search matched 4 pages", "Search matched\n   4 pages"),
    ("Expenses above 500 EUR", "Expenses above 500 EUR need approval"),
])
def test_found_as_the_page_writes_it(said: str, shown: str) -> None:
    assert reading.text_pattern(said).search(shown)


@pytest.mark.parametrize(("said", "shown"), [
    ("expenses above 500", "Expenses above 5000"),  # a number stays whole
    ("1 item", "21 items"),
    ("Products", "products"),  # the case is kept, the first letter too
])
def test_not_found_in_a_different_text(said: str, shown: str) -> None:
    assert not reading.text_pattern(said).search(shown)
