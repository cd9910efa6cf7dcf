"""Items whose markup is CSS-module classes ("Card_card__zQfcO", "Card_attachment__KnwuL", as React apps built with
CSS modules write them): the component's own box is the card; its attachments, labels and name are parts of it, never
more cards; a list is titled by its "List_headerName" box. Counts and positions read so, and fail when the page
disagrees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_CARD = ('<div class="Card_wrapper__kLQpI"><div class="Card_card__zQfcO"><a class="Card_content__ASKh8" href="#{0}">'
         '<div class="Card_details__wrmtl"><div class="Card_name__vpWb5">{1}</div>'
         '<span class="Card_attachments__-CgZV"><span class="Card_attachment__KnwuL Card_attachmentLeft__jEyOp">1/3</span>'
         '<span class="Card_attachment__KnwuL Card_attachmentLeft__jEyOp">Sep 15</span></span></div></a></div></div>')
_LIST = ('<div class="List_outerWrapper__B4Idr"><div class="List_header__kEEi1" role="button"><div class="List_headerName__ztYJO">{0}</div></div>'
         '<div class="List_cards__soDK7">{1}</div></div>')
BOARD = ('<main>' + _LIST.format("Backlog", "".join(_CARD.format(n, name) for n, name in enumerate(("Fix login redirect loop", "Audit broken links", "Update copy"))))
         + _LIST.format("Done", _CARD.format(9, "Ship it")) + '</main>')


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/cm/board": BOARD}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1000))


def test_the_component_box_is_the_item(run: Callable[..., model.Execution]) -> None:
    execution = run(['Verify the second card in the Backlog list is "Audit broken links"', "The Backlog list contains 3 cards",
                     "The Done list contains 1 card"], "/cm/board")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize("step", ["The Backlog list contains 6 cards", 'Verify the second card in the Backlog list is "Update copy"', "The Backlog list contains 4 cards"])
def test_its_parts_are_not_more_items(run: Callable[..., model.Execution], step: str) -> None:
    assert [s.outcome for s in run([step], "/cm/board").steps] == [model.Outcome.FAILED]
