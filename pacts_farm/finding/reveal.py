"""A target hidden in a closed menu -> that menu opened the way a person opens it, or a failure naming the menu.

"Click Logout in the user menu": Logout is on the page, but inside a closed dropdown (a burger's collapsed nav, a
<details>, a hover submenu). The matches discovery set aside only because they are not visible are looked up in
their closed box (menus.js). Of the controls that open it, the one the sentence names ("the user menu", "the
account dropdown") comes first, else the one linked to the box most tightly (aria-controls, data-target, its
<summary>, the toggle beside it, the box it hangs from); it is hovered, and clicked when hovering does not open
the box (a link that leads elsewhere is only hovered). Discovery then finds the target again and the step acts on
it through the usual gate: never on an invisible element.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pacts_farm import model
from pacts_farm.finding import discover, intent
from pacts_farm.planning import vocabulary
from pacts_farm.browser import page_session

_LINKS = ("controls", "labelled", "details", "beside", "hover")  # how a toggle is tied to its box, strongest first
HOVER_WAIT_MS = 600  # a hover menu shows within this (CSS :hover at once, a script's delay or a transition)
OPEN_WAIT_MS = 2000  # a clicked toggle's box shows within this
POLL_MS = 50
MAX_NESTED = 3  # closed boxes opened in turn (a dropdown inside a collapsed nav bar)
MAX_TRIES = 3  # matches, and toggles per box, tried


@dataclass(frozen=True, kw_only=True, slots=True)
class Opened:
    """One closed box opened: what it was, the control used and how."""

    box: str
    toggle: str
    how: str  # "hover" or "click"

    def describe(self) -> str:
        verb = "hovering" if self.how == "hover" else "clicking"
        return f"opened the closed {self.box} by {verb} {self.toggle}"


class MenuStuck(Exception):
    """The target is in a closed box that could not be opened; the message names the box."""


def open_menu_holding(
    session: page_session.PageSession, target: model.Target, action: model.Action, *, timeout_ms: int,
    matches: list[discover.Scored] | None = None,
) -> tuple[Opened, ...]:
    """Open the closed box(es) holding the element ``target`` names, when only a hidden element matches it;
    () when no hidden element does (nothing to open). Raises MenuStuck when the box stays closed. ``matches``: the
    hidden matches, when the caller has already looked them up (hidden_matches)."""
    matches = hidden_matches(session, target, action) if matches is None else matches
    named = menu_words(target)
    stuck = ""
    for match in matches[:MAX_TRIES]:
        index, opened = match.element["i"], []
        for _ in range(MAX_NESTED):
            menu = session.menu_of(index)
            if menu is None:
                break
            done, why = _open(session, index, menu, named, timeout_ms)
            if done is None:
                stuck = why
                break
            opened.append(done)
            if session.element_state(index) != "hidden":
                break
        if opened and session.element_state(index) != "hidden":
            return tuple(opened)
        if opened:
            stuck = stuck or f"{discover.describe_element(match.element)} stays hidden after opening {opened[-1].box}"
    if stuck:
        raise MenuStuck(stuck)
    return ()


def hidden_matches(session: page_session.PageSession, target: model.Target, action: model.Action) -> list[discover.Scored]:
    """Elements that would be what the step names were they visible, and better than any visible one (discovery
    halves a hidden element's score), best first."""
    wanted = intent.intent_of(target)
    _, live, numbers = intent.scan_hints(wanted)
    elements = session.scan(discover.query_tokens(target), target.scope, live=live, numbers=numbers, detail=True,
                            scope_box=target.scope_box)
    ranked = discover.score_elements(elements, target, action)
    shown = max((s.score for s in ranked if s.element["visible"]), default=0.0)
    hidden = [s for s in ranked if not s.element["visible"] and s.score * 2 >= max(discover.ACCEPT_SCORE, shown + discover.TIE)]
    return [s for s in hidden if hidden[0].score - s.score < discover.TIE]


def menu_words(target: model.Target) -> str:
    """What the sentence calls the menu: "user" in "… in the user menu" ("" when it names none)."""
    return intent.menu_named(target.region or "") or ""


def _open(
    session: page_session.PageSession, index: int, menu: dict[str, Any], named: str, timeout_ms: int
) -> tuple[Opened | None, str]:
    """Try the box's toggles, the one the sentence names first: (what opened it, "") or (None, why not)."""
    toggles: list[dict[str, Any]] = menu["toggles"]
    if not toggles:
        return None, f"it is inside the closed {menu['box']}, and no control on the page opens it"
    box_words = set(menu.get("box_words") or ())

    def rank(k: int) -> tuple[float, int]:
        said = vocabulary.cover(named, vocabulary.expand(set(toggles[k]["words"]) | box_words)) if named else 0.0
        return -said, _LINKS.index(toggles[k]["link"])

    order = sorted(range(len(toggles)), key=rank)
    if named and any(rank(k)[0] < 0 for k in order):
        order = [k for k in order if rank(k)[0] < 0]  # the sentence named the menu: only its toggles
    tried = []
    for k in order[:MAX_TRIES]:
        toggle = toggles[k]
        for how in ("hover", "click") if toggle["click"] else ("hover",):
            failed = session.use_toggle(k, how, min(timeout_ms, OPEN_WAIT_MS * 2))
            if failed is None and _shows(session, index, HOVER_WAIT_MS if how == "hover" else OPEN_WAIT_MS):
                return Opened(box=menu["box"], toggle=toggle["what"], how=how), ""
            tried.append(f"{how} on {toggle['what']}" + (f" ({failed})" if failed else ""))
    return None, f"it is inside the closed {menu['box']}, and {', '.join(tried)} did not open it"


def _shows(session: page_session.PageSession, index: int, wait_ms: int) -> bool:
    """Does the element show (or get re-rendered: discovery looks again) within ``wait_ms``?"""
    for _ in range(max(1, wait_ms // POLL_MS)):
        if session.element_state(index) != "hidden":
            return True
        session.page.wait_for_timeout(POLL_MS)
    return session.element_state(index) != "hidden"


def menu_choice(step: model.PlannedStep) -> tuple[model.Target, model.PlannedStep] | None:
    """"Choose Name in the filter menu" where no dropdown field is called that: the menu's control (a button that
    opens a list) and the click on the item in it; None unless the step selects a value in something a menu noun
    names."""
    target = step.target
    if step.action is not model.Action.SELECT or target is None or not step.value or intent.menu_named(target.text) is None:
        return None
    toggle = model.Target(text=target.text, scope=target.scope, region=target.region)
    item = model.Target(text=step.value, region=" ".join(vocabulary.words(target.text)))
    return toggle, model.PlannedStep(index=step.index, text=step.text, action=model.Action.CLICK, target=item,
                                     timeout_ms=step.timeout_ms, planner=step.planner)
