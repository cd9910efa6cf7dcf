"""An image board's cards, as a Vue app we did not write draws them: each card a link around a picture with no alt
text, the board's name and its pin count below. "Click the cover picture of the "Travel Dreams" board" opens that
board; "the Kitchen board says …" checks that card, never the title alone; a picture said by no word stays unfound."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="


def _card(board_id: int, name: str, pins: int) -> str:
    return (f'<div class="board-card grid-item"><div><div class="card-image"><a href="/boards/{board_id}">'
            f'<img class="preview-image" src="{_PIXEL}" style="width:240px;height:160px"></a></div>'
            f'<div class="board-footer"><p class="sub-title board-info">{name}</p>'
            f'<p class="description"><small> Pins in board: <span class="num-pins">{pins}</span></small></p></div></div></div>')


BOARDS = ("<!doctype html><html><body><h1>alice</h1><div class='grid'>"
          + _card(8, "Someday", 0) + _card(2, "Kitchen", 2) + _card(1, "Travel Dreams", 3) + "</div></body></html>")


def _board(name: str) -> str:
    return f"<!doctype html><html><body><h1>{name}</h1><p>Pins of {name}</p></body></html>"


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("boards"), {
        "/boards": BOARDS, "/boards/1": _board("Travel Dreams"), "/boards/2": _board("Kitchen"), "/boards/8": _board("Someday"),
    }, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


@pytest.mark.parametrize("sentence", ['Click the cover picture of the "Travel Dreams" board', 'Click the image for "Travel Dreams"'])
def test_the_picture_of_a_card_opens_it(run, sentence: str) -> None:  # type: ignore[no-untyped-def]
    execution = run([sentence, 'Verify the page shows "Pins of Travel Dreams"'], "/boards")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)


def test_a_board_named_then_its_kind_is_its_card(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(['Verify the Kitchen board says "Pins in board: 2"'], "/boards")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)


def test_another_boards_count_fails_on_the_card_named(run) -> None:  # type: ignore[no-untyped-def]
    """Kitchen has 2 pins; Travel Dreams' 3 on the card beside it never makes "Kitchen … 3" pass."""
    step = run(['Verify the Kitchen board says "Pins in board: 3"'], "/boards").steps[-1]
    assert step.outcome is model.Outcome.FAILED and "Pins in board: 2" in (step.error or ""), step


def test_a_picture_named_by_a_word_no_picture_says_is_not_found(run) -> None:  # type: ignore[no-untyped-def]
    step = run(['Click the sunset picture of the "Travel Dreams" board'], "/boards").steps[-1]
    assert step.outcome is model.Outcome.FAILED, step


def _pin(pin_id: int, text: str, who: str) -> str:
    return (f'<div class="pin-card grid-item"><div><img src="/media/{pin_id}.jpg" alt="item.description" class="pin-preview-image" '
            f'style="width:240px;height:160px;cursor:zoom-in" onclick="document.getElementById(\'preview\').textContent=\'Pinned by {who}\'"></div>'
            f'<div class="pin-footer"><div class="description">{text}</div><div class="details"><img src="/avatar/{who}.png" alt="" '
            f'class="avatar" style="width:20px;height:20px"><span class="dim">Pinned by <a href="/users/{who}">{who}</a></span></div></div></div>')


PINS = ('<!doctype html><html><body><nav class="navbar"><div class="navbar-brand"><a href="/boards" class="navbar-item">'
        f'<img src="/img/logo-dark.3d119b09.png" height="28"></a></div></nav><div class="grid">'
        + _pin(7, "Lighthouse on the rocky coast", "bob") + _pin(8, "Tokyo street at night", "alice")
        + '</div><div id="preview"></div></body></html>')


@pytest.fixture(scope="module")
def run_pins(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("pins"), {"/": PINS, "/boards": BOARDS},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


@pytest.mark.parametrize(("pin", "who"), [("Lighthouse on the rocky coast", "bob"), ("Tokyo street at night", "alice")])
def test_the_picture_of_a_pin_is_its_big_picture_never_the_avatar(run_pins, pin: str, who: str) -> None:  # type: ignore[no-untyped-def]
    execution = run_pins([f'Click the picture of the pin "{pin}"', f'Verify the page shows "Pinned by {who}"'], "/")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)


def test_a_logo_named_by_the_site_is_the_picture_its_file_calls_a_logo(run_pins) -> None:  # type: ignore[no-untyped-def]
    execution = run_pins(["Click the Pinry logo at the top left", 'Verify the page shows "Pins in board: 2"'], "/")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)


def test_waiting_for_the_pins_is_over_when_several_are_shown(run_pins) -> None:  # type: ignore[no-untyped-def]
    execution = run_pins(["Wait for the pins to appear", 'Verify the page shows "Tokyo street at night"'], "/")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)


def test_a_board_named_so_is_its_card(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(['Verify the board named Someday says "Pins in board: 0"'], "/boards")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)
    step = run(['Verify the board named Someday says "Pins in board: 2"'], "/boards").steps[-1]
    assert step.outcome is model.Outcome.FAILED, step


def test_a_board_opened_by_clicking_its_image(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Open the Kitchen board by clicking its image", 'Verify the page shows "Pins of Kitchen"'], "/boards")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)
