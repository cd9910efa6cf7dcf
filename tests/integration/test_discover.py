"""Discovery and the actionability gate on real pages in a real Chromium."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pacts_farm import errors, model
from pacts_farm.finding import discover
from pacts_farm.browser import network, page_session

pytestmark = pytest.mark.browser
A, S = model.Action, model.Strategy

FORM = """
<h1>Sign up</h1>
<label for="u">Username</label><input id="u" name="username" placeholder="Your user name">
<input id="e" name="email" placeholder="Email address">
<label>Password <input type="password" name="pw"></label>
<button type="submit" data-test="go">Create account</button>
<a href="/terms">Terms</a>
<button aria-label="Shopping cart" class="cart-icon"><svg width="10" height="10"></svg></button>
<span class="hamburger-menu-btn" onclick="void 0" title="Open menu">≡</span>
"""

CARDS = "".join(
    f'<div class="card"><h3>{name}</h3><p>${price}</p><button>Add to cart</button></div>'
    for name, price in (("Blue Mug", "12.99"), ("Red Cap", "15.99"), ("Blue Mug Lid", "2.00"))
)


def _find(session: page_session.PageSession, text: str, action: model.Action = A.CLICK, **target: object) -> model.Resolution:
    return discover.find(session, model.Target(text=text, **target), action, timeout_ms=300)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "action", "role_hint", "expected"),
    [
        ("Username", A.FILL, "textbox", 'role=textbox[name="Username"]'),
        ("Email address", A.FILL, "textbox", 'role=textbox[name="Email address"]'),
        ("Password", A.FILL, "textbox", 'label="Password"'),  # password inputs have no role
        ("Create account", A.CLICK, "button", 'role=button[name="Create account"]'),
        ("Terms", A.CLICK, "link", 'role=link[name="Terms"]'),
        ("cart", A.CLICK, None, 'role=button[name="Shopping cart"]'),  # icon-only, by its accessible name
        ("menu", A.CLICK, None, 'title="Open menu"'),  # a clickable span, by its title
    ],
)
def test_discover_prefers_user_facing_locators(
    open_page: Callable[[str], page_session.PageSession], text: str, action: model.Action, role_hint: str | None, expected: str
) -> None:
    session = open_page(FORM)
    resolution = _find(session, text, action, role_hint=role_hint)
    assert resolution.locator.describe() == expected
    assert resolution.source is model.LocatorSource.DISCOVERED and resolution.confidence > 0.5
    assert session.count(resolution.locator) == 1


def test_discover_fill_does_not_pick_the_button_with_the_same_words(open_page: Callable[[str], page_session.PageSession]) -> None:
    session = open_page('<button>Search</button><input aria-label="Search" type="search">')
    assert _find(session, "Search", A.FILL).locator.role == "searchbox"
    assert _find(session, "Search", A.CLICK, role_hint="button").locator.role == "button"


def test_discover_scopes_identical_buttons_to_their_item(open_page: Callable[[str], page_session.PageSession]) -> None:
    session = open_page(CARDS)
    resolution = _find(session, "Add to cart", scope="Red Cap")
    assert resolution.locator.scope is not None and resolution.locator.scope.has_text == "Red Cap"
    assert session.count(resolution.locator) == 1
    assert "Red Cap" in session.locate(resolution.locator).evaluate("(el) => el.parentElement.innerText")


def test_discover_reports_ambiguity_with_candidates(open_page: Callable[[str], page_session.PageSession]) -> None:
    session = open_page(CARDS)
    with pytest.raises(errors.LocatorAmbiguous) as failure:
        _find(session, "Add to cart")
    assert "3 elements match" in failure.value.message and "for the Blue Mug" in failure.value.message
    assert len(failure.value.candidates) == 3


def test_discover_not_found_lists_what_it_saw(open_page: Callable[[str], page_session.PageSession]) -> None:
    session = open_page(FORM)
    with pytest.raises(errors.LocatorNotFound) as failure:
        _find(session, "Delete account", role_hint="button")
    assert "no visible element" in failure.value.message


def test_discover_never_chooses_an_invisible_twin(open_page: Callable[[str], page_session.PageSession]) -> None:
    session = open_page('<button style="display:none">Save</button><button aria-hidden="true">Save</button><button>Save</button>')
    resolution = _find(session, "Save")
    assert session.locate(resolution.locator).is_visible()
    assert session.gate(resolution.locator).ok


def test_discover_waits_for_late_content(open_page: Callable[[str], page_session.PageSession]) -> None:
    session = open_page("<div id=slot></div><script>setTimeout(() => slot.innerHTML = '<button>Later</button>', 300)</script>")
    assert discover.find(session, model.Target(text="Later"), A.CLICK, timeout_ms=3000).locator.value == "Later"


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ('<button style="position:absolute;left:-9999px">Go</button>', "off-screen"),
        ('<div aria-hidden="true"><button>Go</button></div>', "aria-hidden"),
        ('<button style="width:0;height:0;padding:0;border:0;overflow:hidden">Go</button>', "zero-size"),
        ('<button disabled>Go</button>', "disabled"),
        ('<button style="visibility:hidden">Go</button>', "hidden by CSS"),
        ('<button>Go</button><div class="cookie-overlay" style="position:fixed;inset:0;background:#0008">We use cookies</div>', "covered by div.cookie-overlay"),
        ("<button>Go</button><button>Go</button>", "not unique (2 elements)"),
        ("<p>nothing</p>", "not found"),
    ],
)
def test_gate_refuses_what_a_user_could_not_use(open_page: Callable[[str], page_session.PageSession], html: str, reason: str) -> None:
    session = open_page(html)
    report = session.gate(model.Locator(strategy=S.CSS, value="button"))
    assert not report.ok
    assert any(reason in r for r in report.reasons), report.reasons


def test_gate_scrolls_a_button_below_the_fold_into_view(open_page: Callable[[str], page_session.PageSession]) -> None:
    session = open_page('<div style="height:3000px"></div><button>Far</button>')
    assert session.gate(model.Locator(strategy=S.ROLE, role="button", value="Far")).ok


def test_gate_notices_a_moving_element(open_page: Callable[[str], page_session.PageSession]) -> None:
    session = open_page(
        "<style>@keyframes slide { from { transform: translateX(0) } to { transform: translateX(400px) } }</style>"
        '<button id=b style="animation: slide 0.4s linear infinite">Move</button>'
    )
    report = session.gate(model.Locator(strategy=S.CSS, value="#b"))
    assert "moving" in report.reasons


def test_third_party_requests_are_refused_by_us_not_by_dns(open_page: Callable[[str], page_session.PageSession]) -> None:
    session = open_page('<img src="http://fonts.example.invalid/x.png"><script src="https://cdn.example.invalid/a.js"></script><p>ok</p>')
    failures: list[str] = []
    session.page.on("requestfailed", lambda request: failures.append(f"{request.url} {request.failure}"))
    session.page.reload()
    assert len(failures) == 2
    assert all(f.endswith(network.BLOCKED_FAILURE) for f in failures), failures
