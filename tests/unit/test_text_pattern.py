"""A text a sentence quotes mid-way is found as the page writes it: the first letter in either case, any run of white
space between words, a number at either end kept whole."""

from __future__ import annotations

import pytest

from pacts_farm.browser import reading


@pytest.mark.parametrize(("said", "shown"), [
    ("expenses above 500 EUR need approval", "Expenses above 500 EUR need approval from Helen Ward."),
    ("Expenses above 500 EUR", "expenses above 500 EUR"),
    ("élan vital", "Élan vital"),
    ("Search matched 4 pages", "Search matched\n   4 pages"),
])
def test_found_as_the_page_writes_it(said: str, shown: str) -> None:
    assert reading.text_pattern(said).search(shown)


@pytest.mark.parametrize(("said", "shown"), [
    ("expenses above 500", "Expenses above 5000"),  # a number stays whole
    ("1 item", "21 items"),
    ("expenses Above", "expenses above"),  # only the first letter, never the rest
])
def test_not_found_in_a_different_text(said: str, shown: str) -> None:
    assert not reading.text_pattern(said).search(shown)
