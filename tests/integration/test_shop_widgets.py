"""A small shop drawn the way component frameworks draw it: icon buttons that hold only an <img> whose file names the
icon (expand.png) and whose alt says something else ("Arrow icon"), an info bar atop the page, radio choices called
"options", and a cart and a favorites box each drawn as a box inside a box of the same class. Each passes when the
page agrees and fails, saying why, when it does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SAY = "document.getElementById('out').textContent = "
_QUESTIONS = (("Gift cards", "Vouchers never expire"), ("Shipping", "Standard and express delivery"))

# the pictures are not served: sized like the icons they stand for, as the app's stylesheet sizes them
SHOP = """<!doctype html><html><head><title>Shop</title><style>img { display: inline-block; width: 16px; height: 16px }</style></head><body>
<header><div class="infobar"><p>FREE SHIPPING AND RETURNS</p>
<button type="button" onclick="this.parentElement.remove()"><img src="/images/close.png" alt="close"></button></div>
<button type="button" onclick="document.getElementById('favorites').hidden = false"><img src="/images/favorite.png" alt="favorite"></button></header>
<form onsubmit="return false"><input type="text" placeholder="Your Email">
<div><input type="radio" name="interest" id="women" checked> <label for="women">Women's Fashion</label></div>
<div><input type="radio" name="interest" id="men"> <label for="men">Men's Fashion</label></div></form>
<ul>""" + "".join(f"""<li><div><div class="question"><p>{q}</p></div>
<button type="button" onclick="{_SAY}'{a}'"><img src="/images/expand.png" alt="Arrow icon"></button></div></li>""" for q, a in _QUESTIONS) + """</ul>
<div class="cart"><div class="cart"><h3>Cart (1)</h3><ul><li>Sandals 24.99 $</li></ul></div></div>
<div class="favorites" id="favorites" hidden><div class="favorites"><h3>Favorites</h3><ul><li>Maroon sandals</li></ul></div></div>
<div class="user">Ted P @Heath93</div><ul class="user-list"><li>Kristian Bradtke</li><li>Arvilla Hegmann</li></ul>
<p>Sneakers 69.99 $</p><p id="out"></p></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/sw/shop": SHOP}, timeouts=model.Timeouts(action_ms=4000, assertion_ms=3000))


def _failures(execution: model.Execution) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.outcome.value, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


def test_icons_named_by_their_image_file_boxes_inside_boxes_and_options_that_are_radios(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Click the expand arrow for "Gift cards"',
        'Verify the page shows "Vouchers never expire"',
        "Verify the Men's Fashion option is not checked",
        "Verify the Women's Fashion option is checked",
        'Verify the cart lists "Sandals"',
        'Verify the cart does not list "Sneakers"',
        "Click the favorites icon in the header",
        'Verify the favorites list shows "Maroon sandals"',
        'Verify the user list shows "Kristian Bradtke"',  # the user-list, not the user's own box
        "Click the close icon in the top banner",
        'Verify the page does not show "FREE SHIPPING"',
    ], "/sw/shop")
    assert _failures(execution) == []


@pytest.mark.parametrize(("sentence", "shown"), [
    ('Verify the cart lists "Sneakers"', "Sandals"),
    ("Verify the Men's Fashion option is checked", None),
])
def test_a_box_or_option_that_disagrees_fails(run: Callable[..., model.Execution], sentence: str, shown: str | None) -> None:
    step = run([sentence], "/sw/shop").steps[0]
    assert step.outcome is model.Outcome.FAILED and step.resolution is not None
    assert shown is None or shown in (step.error or "")


def test_an_expand_arrow_under_a_question_the_page_does_not_have_is_not_found(run: Callable[..., model.Execution]) -> None:
    step = run(['Click the expand arrow for "Returns"'], "/sw/shop").steps[0]
    assert step.outcome is model.Outcome.FAILED and step.resolution is None
