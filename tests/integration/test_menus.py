"""Targets inside closed menus, on the demo's member portal (a Bootstrap-like navbar with two click dropdowns, a
burger's collapsed nav, a hover submenu, a <details> filter menu): the step opens the menu the way a person does,
the sentence's menu words choosing the toggle, then acts on the now-visible item; the report says what was
opened. A box nothing opens fails, naming it; an invisible element is never acted on.
Fields and icon buttons on the same page are named the way people name them: labels decorated with a split
asterisk, a trailing colon, "(optional)", an icon or non-breaking spaces; icon-only buttons that say what they
are only through shape-ish markup (an svg <use href="#icon-heart">, fa-times, data-icon="trash", an svg <title>,
a class word)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from pacts_farm.demo import server
from tests.integration import sentences

pytestmark = pytest.mark.browser


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/portal": server.render_page("portal", None)}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=4000, assertion_ms=3000))


def _failures(execution: model.Execution) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.outcome.value, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


def _opened(execution: model.Execution, index: int) -> str:
    resolution = execution.steps[index].resolution
    assert resolution is not None
    return resolution.opened or ""


@pytest.mark.parametrize(("sentence", "said", "toggle"), [
    ("Click Logout in the user menu", "Signed out", "jane"),
    ("Click Settings in the account dropdown", "Settings opened", "jane"),  # the toggle's aria-label is Account
    ("Click Contact in the Help menu", "Contact form opened", "Help"),  # not "Contact us" in the user menu
    ("Click Logout", "Signed out", "jane"),  # no menu named: the only control that opens its box
    ("Click Login in the top menu", "Login form opened", "button.navbar-toggler"),  # the burger's collapsed nav
    ("Click Name in the filter menu", "Sorted by name", "Filter"),  # a <details>' summary
])
def test_click_in_a_closed_menu_opens_it_first(run: Callable[..., model.Execution], sentence: str, said: str, toggle: str) -> None:
    execution = run([sentence, f'Verify the page shows "{said}"'], "/portal")
    assert _failures(execution) == []
    opened = _opened(execution, 0)
    assert "clicking" in opened and toggle in opened


def test_hover_menu_is_opened_by_hovering_its_link(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click Laptops in the Products menu", 'Verify the page shows "Laptops chosen"'], "/portal")
    assert _failures(execution) == []
    assert "hovering" in _opened(execution, 0) and "Products" in _opened(execution, 0)


def test_open_the_menu_then_click_its_item_as_two_steps(run: Callable[..., model.Execution]) -> None:
    execution = run(["Open the user menu and click Logout", 'Verify the page shows "Signed out"'], "/portal")
    assert [s.action for s in execution.steps] == [model.Action.CLICK, model.Action.CLICK, model.Action.EXPECT_VISIBLE]
    assert _failures(execution) == []
    assert _opened(execution, 1) == ""  # the first step opened it, as the sentence said


def test_box_that_nothing_opens_fails_naming_it(run: Callable[..., model.Execution]) -> None:
    (step,) = run(["Click Archive"], "/portal").steps
    assert step.outcome is model.Outcome.FAILED
    assert "div.stash" in (step.error or "") and "no control on the page opens it" in (step.error or "")


def test_item_of_a_menu_is_not_taken_from_another_menu(run: Callable[..., model.Execution]) -> None:
    (step,) = run(["Click Docs in the user menu"], "/portal").steps  # Docs is only in the Help menu
    assert step.outcome is model.Outcome.FAILED


def test_choose_in_a_menu_that_is_not_a_dropdown_field_clicks_its_item(run: Callable[..., model.Execution]) -> None:
    execution = run(["Choose Date in the filter menu", 'Verify the page shows "Sorted by date"'], "/portal")
    assert _failures(execution) == []
    assert execution.steps[0].action is model.Action.SELECT and "Filter" in _opened(execution, 0)


def test_choose_a_value_the_menu_does_not_have_fails(run: Callable[..., model.Execution]) -> None:
    (step,) = run(["Choose Price in the filter menu"], "/portal").steps
    assert step.outcome is model.Outcome.FAILED


def test_warm_run_opens_the_menu_again_for_its_cached_locator(
    browser_host: chromium.BrowserHost, pages: object, tmp_path: Path
) -> None:
    from pacts_farm.execution import execute
    from pacts_farm.planning import plan
    from tests.integration.learned import LearnedLocators

    pages.add("/portal", server.render_page("portal", None))  # type: ignore[attr-defined]
    origin = pages.origin  # type: ignore[attr-defined]
    item = model.Item(key="k", requirement_id="k", title="k", start_url=origin + "/portal",
                      steps=(model.SuiteStep(text="Click Logout in the user menu"), model.SuiteStep(text='Verify the page shows "Signed out"')))
    planned = plan.make_plan(item, base_url=origin)
    timeouts = model.Timeouts(action_ms=4000, assertion_ms=3000)

    def once(memory: LearnedLocators | None) -> model.Execution:
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(origin,), trace="off") as session:
            return execute.run_plan(session, planned, timeouts=timeouts, environ={}, memory=memory)

    cold = once(None)
    warm = once(LearnedLocators(cold))
    assert _failures(warm) == []
    resolution = warm.steps[0].resolution
    assert resolution is not None and resolution.source is model.LocatorSource.REDIS and "jane" in (resolution.opened or "")
    assert warm.steps[0].heal is None


def test_hover_popup_inside_the_link_that_opens_it(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Hover over "ben"',
        'Verify the popup shows "2 followers, 1 following" (allow up to 5 seconds)',  # the card, not the link around it
        "Verify the Follow button in the popup is visible",
    ], "/portal")
    assert _failures(execution) == []
    shown = execution.steps[1].resolution
    assert shown is not None and "link" not in shown.locator.describe()


def test_decorated_labels_name_their_fields(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Enter Bob in the Name field",  # <label>Name <span>*</span></label>
        "Enter bob.smith@example.com as the email",  # "Email:"
        "Enter 555-0100 in the Phone field",  # "Phone <small>(optional)</small>"
        "Type Paris into the City field",  # an icon, &nbsp; and an <abbr>*</abbr> around "City"
        "Enter not-the-password as the password",
        "Verify the City field has value Paris",
        "Verify the Phone field has value 555-0100",
        "Click Save profile",
        'Verify the page shows "Saved Bob bob.smith@example.com"',
    ], "/portal")
    assert _failures(execution) == []


def test_decorated_label_still_fails_on_the_wrong_value(run: Callable[..., model.Execution]) -> None:
    execution = run(["Enter Bob in the Name field", "Verify the Name field has value Alice"], "/portal")
    assert execution.steps[0].outcome is model.Outcome.PASSED
    assert execution.steps[1].outcome is model.Outcome.FAILED


@pytest.mark.parametrize(("sentence", "said"), [
    ("Click the heart icon", "Liked"),  # <use href="#icon-heart">
    ("Click the favorite button", "Liked"),  # a heart is what people call a favourite
    ("Click the close icon", "Closed"),  # fa-times
    ("Click the x button", "Closed"),
    ("Click the trash icon", "Deleted"),  # data-icon="trash"
    ("Click the delete button", "Deleted"),
    ("Click the plus button", "Added"),  # an svg whose <title> says Plus
    ("Click the add icon", "Added"),
    ("Click the minus button", "One less"),  # a class word
    ("Click the decrease button", "One less"),
])
def test_icon_buttons_named_by_their_shape(run: Callable[..., model.Execution], sentence: str, said: str) -> None:
    execution = run([sentence, f'Verify the page shows "{said}"'], "/portal")
    assert _failures(execution) == []


def test_icon_no_control_looks_like_fails_listing_candidates(run: Callable[..., model.Execution]) -> None:
    (step,) = run(["Click the bell icon"], "/portal").steps
    assert step.outcome is model.Outcome.FAILED


def test_attribute_no_longer_has_a_value(run: Callable[..., model.Execution]) -> None:
    gone = 'Verify the Password field no longer has attribute "type" equal to "password"'
    execution = run(["Click Show password", gone, 'Verify the Name field does not have class "invalid"'], "/portal")
    assert _failures(execution) == []
    (still,) = run([gone], "/portal").steps  # nothing clicked: it is still a password field
    assert still.outcome is model.Outcome.FAILED and 'not to be "password"' in (still.error or "")
