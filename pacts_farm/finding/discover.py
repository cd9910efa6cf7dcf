"""(page, Target) -> a verified Resolution: one DOM scan, scored in Python, never a guessed selector.

The scan lists elements whose name, text, markup words or icon names share a word with the target; each is
scored on what a person would call it (intent.py: an icon, a badge, an error message), role fit and
visibility, within the region the person named; the winner (or the Nth of equally good ones, when a position
was said) gets the most user-facing locator that resolves to exactly that element on the live page.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from pacts_farm import errors, model
from pacts_farm.finding import badges, cells, columns, containers, intent, item_fields, named_items, pairs, reachable, state_classes
from pacts_farm.planning import vocabulary
from pacts_farm.browser import page_session
from pacts_farm.browser.scanned import ScannedElement

S = model.Strategy
_PLAIN_CLASS = re.compile(r"[A-Za-z][\w-]{1,40}")  # a class a person's stylesheet names, not a hash
_GENERATED = re.compile(r"\d{3,}|[0-9a-f]{8,}|^:r|^(ember|react|mui|ng-|css-)", re.IGNORECASE)
_NUMERIC = re.compile(r"^\(?\d+\+?\)?$")  # a count ("3", "99+"): it changes, so it never names a locator
# what a person calls a field by its type (<input type=email> is "the email address field"), when nothing else names it
INPUT_TYPE_NAMES: dict[str, tuple[str, ...]] = {
    "email": ("email", "email address", "e-mail address"), "password": ("password",), "tel": ("phone", "phone number", "telephone"),
    "url": ("url", "website", "web address"), "search": ("search",),
}
# the attributes apps name elements by for their tests (dom.js TEST_ID_ATTRS): words of a name and locators
TEST_ID_ATTRIBUTES = ("data-test", "data-testid", "data-test-id", "data-cy", "data-qa")
FILLABLE = {"textbox", "searchbox", "combobox", "spinbutton"}
CLICKABLE = {"button", "link", "checkbox", "radio", "tab", "menuitem", "option", "switch", "treeitem", "combobox"}
CHECKABLE = {"checkbox", "radio", "switch"}
ACCEPT_SCORE = 0.55  # below this, no element is what the step meant
TIE = 0.02  # scores closer than this are equally good
STRONG_SCORE = 0.8  # below this a match is weak: taken only from a settled page
SAYS_BONUS = 0.3  # a message box showing the text the step checks for, over another box of the kind
SETTLED_MS = 1500  # a page unchanged this long has settled
SETTLE_CAP_MS = 3000  # a page that never settles (a ticker, a spinner) is taken as it is after this
words = vocabulary.words


@dataclass(frozen=True, slots=True)
class Scored:
    element: ScannedElement
    score: float
    reason: str


def similarity(a: str, b: str) -> float:
    """1.0 identical, ~0.95 case-insensitive, word containment and overlap below."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    la, lb = " ".join(words(a)), " ".join(words(b))
    if not la or not lb:
        return 0.0
    if la == lb:
        return 0.95
    if la.replace(" ", "") == lb.replace(" ", ""):
        return 0.9  # "Checkout" ~ "Check out", "Log in" ~ "Login"
    if _whole_sentence_in(a, b):
        return 0.88  # "This URL is already bookmarked." in a hint that goes on to say more
    wa, wb = set(la.split()), set(lb.split())
    if wa <= wb:  # every word of what the person said is in the name
        return 0.75 + 0.15 * len(wa) / len(wb)
    fa, fb = {vocabulary.base_form(w) for w in wa}, {vocabulary.base_form(w) for w in wb}
    if fa <= fb:  # "the favorites button" is the one named "Favorite 1": another form of the same words
        return (0.95 if fa == fb else 0.75 + 0.15 * len(fa) / len(fb)) * 0.97
    overlap = len(wa & wb) / len(wa | wb)
    return max(0.6 * overlap, 0.5 * SequenceMatcher(None, la, lb).ratio() if overlap else 0.0)


def _whole_sentence_in(sentence: str, text: str) -> bool:
    """``sentence`` (ending in . ! or ?, of three words or more) is one of the sentences ``text`` says, as written."""
    if not re.search(r"\w[.!?]$", sentence) or len(sentence.split()) < 3:
        return False
    at = text.find(sentence)
    return at >= 0 and (at == 0 or text[at - 1].isspace() and text[:at].rstrip()[-1:] in ".!?:") and \
        (at + len(sentence) == len(text) or text[at + len(sentence)].isspace())


def query_tokens(target: model.Target) -> list[str]:
    """Words the scan pre-filters on: the target's, their synonyms', and those of what it was called (badge…)."""
    extra, _, _ = intent.scan_hints(intent.intent_of(target))
    if target.scope and _names_row_actions(target):
        extra = extra | {"menu"}  # "the actions button in the Tom row": the row's menu toggle is a candidate (dom.js)
    return sorted(vocabulary.query_words(target.text) | extra)


def role_fit(action: model.Action, element: ScannedElement, role_hint: str | None) -> float:
    """How well the element's role suits the action and the person's role word (0 excludes it)."""
    role = element.get("role") or ("link" if element["tag"] == "a" else "")  # an <a> without href is still a link to a person
    tag = element["tag"]
    fill_like = role in FILLABLE or tag in ("input", "textarea") and element["attrs"].get("type", "text") not in (
        "submit", "button", "checkbox", "radio", "reset", "image") or element.get("editable")
    if action is model.Action.FILL:
        fit = 1.0 if fill_like or tag == "select" else 0.0
    elif action is model.Action.SELECT:
        fit = 1.0 if tag == "select" or role in ("combobox", "listbox") else 0.0
    elif action in (model.Action.CHECK, model.Action.UNCHECK):
        fit = 1.0 if role in CHECKABLE else 0.0
    elif action is model.Action.CLICK:
        fit = 1.0 if role in CLICKABLE or element["interactive"] else (0.0 if fill_like else 0.55)
        if fit == 0.55 and (element.get("pointer") or tag == "a"):
            fit = 0.9  # a hand cursor, or an <a> without href: clicked through a script
    elif action is model.Action.PRESS:
        fit = 1.0 if fill_like or element["interactive"] else 0.6
    else:  # hover, assertions, waits
        fit = 1.0 if element["interactive"] or role in ("heading", "img", "alert", "status") else 0.85
    if action is model.Action.CLICK and fill_like and role_hint is None:
        fit = min(fit, 0.6)  # clicking into a field is possible, but rarely what "click X" means
    if role_hint == "row" and role != "row":
        return 0.0  # "the row for Saw" is the row, not the cell or link that says Saw
    if role_hint == "heading" and role != "heading":
        # "the page heading says Challenges" is never the navigation's Challenges link: only a heading, or a box its
        # markup calls a title, is one (a login page that failed must not pass for the page it should have led to)
        markup, regions = set(element.get("markup_words") or ()), set(element.get("regions") or ())
        titled = {"title", "heading", "headline"} & markup or tag in ("legend", "caption")
        # a card's or a panel's header in the content (FlaskBB's forum title), never the page's header bar or its nav
        titled = titled or ("header" in markup and not regions & {"header", "navigation", "sidebar", "footer"})
        if element.get("heads_box"):
            titled = True  # the link a card's header bar holds, alone: the card's title
        elif element["interactive"] or not titled:  # a fieldset's legend and a table's caption head what they hold
            return 0.0
        fit = min(fit, 0.8)
    if role_hint == "dialog" and not _is_dialog(element) and not (role == "heading" and "dialog" in (element.get("regions") or ())):
        return 0.0  # 'the drawer "Create Discussion" is open': its box or its title, never the button that opens it
    if role_hint and fit:
        kind_hint, kind = _kind(role_hint), "fill" if fill_like else _kind(role)
        if kind is None and not role and element.get("pointer"):
            kind = "press"  # a box with a hand cursor and no role is clicked like a button or a link
        if role == role_hint or (role_hint == "textbox" and fill_like):
            fit = min(1.0, fit + 0.1)
        elif role_hint == "option" and role in ("radio", "checkbox"):
            fit *= 0.9  # "the Men's Fashion option is checked": one of a form's choices, a radio button
        elif role_hint == "combobox" and action is model.Action.CLICK and kind == "press" and opens_popup(element):
            fit *= 0.9  # "Open the Bookmarks dropdown": a button that drops a menu down is one too
        elif kind_hint and kind and kind_hint != kind:
            return 0.0  # "the Apply button" is never a text field, "the Terms link" never a checkbox
        elif kind_hint == kind:
            # button <-> link: the same kind of control; a link its markup calls a button (Pure's pure-button) is one to a person
            fit = min(1.0, fit + 0.1) if role_hint in (element.get("markup_words") or ()) else fit * 0.9
        else:
            fit *= 0.7
    return fit


def opens_popup(element: ScannedElement) -> bool:
    """A control that opens a menu or list below it: aria-haspopup, aria-expanded, or markup that calls it a
    dropdown toggle."""
    attrs = element["attrs"]
    return (attrs.get("aria-haspopup") not in (None, "false") or attrs.get("aria-expanded") is not None
            or bool({"dropdown", "toggle", "dropdown-toggle"} & set(element.get("markup_words") or ())))


_DIALOG_WORDS = frozenset({"dialog", "modal", "drawer", "sheet", "popup", "popover", "offcanvas", "lightbox"})


def _is_dialog(element: ScannedElement) -> bool:
    """A dialog by its role, its tag, aria-modal or what its markup calls it (a Bootstrap div.modal)."""
    return (element.get("role") in ("dialog", "alertdialog") or element["tag"] == "dialog"
            or element["attrs"].get("aria-modal") == "true" or bool(_DIALOG_WORDS & set(element.get("markup_words") or ())))


_KINDS = {
    "press": {"button", "link", "menuitem", "tab", "option", "treeitem"},
    "fill": {"textbox", "searchbox", "combobox", "spinbutton", "listbox"},
    "toggle": {"checkbox", "radio", "switch"},
    "column": {"columnheader", "rowheader"},  # "the Reviewer column" is its header cell, never a control that says Reviewer
}


def _kind(role: str | None) -> str | None:
    return next((name for name, roles in _KINDS.items() if role in roles), None)


def name_score(target: model.Target, element: ScannedElement, relaxed: bool) -> tuple[float, str]:
    """The best match between what the person said and what the element is called, with why.

    A synonym ("basket" for "cart") counts when it is the whole name or a markup word; ``relaxed`` (healing)
    also lets it count as part of a name.
    """
    attrs = element["attrs"]
    said = target.text
    options = [
        (element.get("name", ""), "accessible name", 1.0),
        (name_without_count(element), "accessible name", 1.0),
        (element.get("label", ""), "label", 1.0),
        (element.get("near_label", ""), "text before it", 0.9),
        (element.get("next_label", ""), "text after it", 0.9),
        (attrs.get("placeholder", ""), "placeholder", 0.97),
        (attrs.get("title", ""), "title", 0.95),
        (attrs.get("alt", ""), "alt text", 0.95),
        (element.get("own_text", "") or element.get("text", ""), "text", 0.9),
        (" ".join(attrs.get(a, "") for a in TEST_ID_ATTRIBUTES), "test id", 0.8),
        (attrs.get("name", ""), "name attribute", 0.8),
        *((kind, "input type", 0.8) for kind in INPUT_TYPE_NAMES.get(attrs.get("type", "") if element.get("tag") == "input" else "", ())),
    ]
    best, why = 0.0, ""
    alternatives = [said, *vocabulary.alternatives(said)]
    for text, label, weight in options:
        if not text:
            continue
        for alt in alternatives:
            if target.exact and label in ("accessible name", "label", "text") and alt == said:
                value = 1.0 if text == said else (0.9 if text.lower() == said.lower() else similarity(said, text) * 0.9)
            else:
                value = similarity(alt, text)
            if target.exact and label == "title" and value < 0.9 and (element.get("own_text") or element.get("text")):
                value *= 0.7  # "Archive" quoted: a link reading "2 weeks ago" whose tooltip mentions the Internet Archive is not it
            if alt != said:
                if not relaxed and value < 0.9:
                    continue
                value *= 0.93 if relaxed else 0.9
            value *= weight
            if value > best:
                best, why = value, f"{label} {text.strip()[:60]!r}"
    markup = intent.markup_words(element)  # id, class, test id, name= and icon words, split and expanded
    if markup:
        spelled = set(vocabulary.content(said)) <= set(markup)  # "the avatar": class="avatar", the very words, no synonym
        value = vocabulary.cover(said, markup) * 0.9 * (0.8 if spelled else 0.7)
        if value > best:
            best, why = value, f"markup words {' '.join(sorted(markup))[:60]!r}"
        shown = set(words(element.get("name") or element.get("own_text") or ""))
        both = vocabulary.cover(said, markup | shown) * 0.8  # "the back arrow button": its text and its icon together
        if shown and both > best and vocabulary.cover(said, shown) < 1.0 and vocabulary.cover(said, markup) < 1.0:
            best, why = both, f"text {element.get('name', '')[:30]!r} and icon words {' '.join(sorted(markup))[:40]!r}"
    return best, why


_ON_CONTROLS = frozenset({model.Action.CLICK, model.Action.FILL, model.Action.PRESS, model.Action.SELECT,
                          model.Action.CHECK, model.Action.UNCHECK})  # what a person does to a control, never to a box


def score_elements(
    elements: Iterable[ScannedElement], target: model.Target, action: model.Action, *, relaxed: bool = False, says: str | None = None
) -> list[Scored]:
    """Elements ranked by how well they are what the person named, where they said it is."""
    wanted = intent.intent_of(target)
    if wanted.kind == "container" and action in _ON_CONTROLS:
        wanted = intent.Intent(kind=None, subject=target.text)  # "Click Filter": the control named so, not the filters box
    menu = intent.menu_named(target.text) if wanted.kind is None and not target.exact else None
    named_target = target if wanted.kind is None else dataclasses.replace(target, text=wanted.subject or target.text)
    elements = list(elements)
    menu_box = action is model.Action.EXPECT_TEXT and names_a_menu(target, elements)
    kind_said = kind_after_name(target) if wanted.kind is None else None
    if action is model.Action.CLICK and kind_said is None and not target.exact:
        clicked = _OBJECT_CLICKED.fullmatch(target.text.strip())  # "Click the products table": the link named products
        controls = (e for e in elements if e["visible"] and (e["interactive"] or e.get("pointer")))  # a box around it is no name
        if clicked and not any(name_score(target, e, False)[0] >= ACCEPT_SCORE for e in controls):
            wanted, kind_said = intent.Intent(kind=None, subject=target.text), (clicked["name"], clicked["kind"])
            named_target = target
    # "the Settings menu shows General": the list the Settings toggle dropped down, not the toggle itself
    dropped = action is model.Action.EXPECT_TEXT and menu is not None and any(
        e["visible"] and is_menu_box(e) and dropped_by(e, menu) for e in elements)
    lone_toggle = _lone_menu_toggle(target, elements) if menu is not None or _names_row_actions(target) else None
    scored = []
    for element in elements:
        if target.region and not intent.in_region(element, target.region) and not (
                target.region == "navigation" and element.get("in_open_menu") and element["visible"]):
            continue  # "Click Delete in the menu": a nav's link, or an item of the menu open now (a row's More menu)
        if target.region == "dialog" and target.role_hint != "dialog" and element.get("role") in ("dialog", "alertdialog"):
            continue  # 'the dialog shows "X"': a text inside the dialog, never the dialog box itself
        fit = role_fit(action, element, target.role_hint)
        if fit == 0.0:
            continue
        if menu_box and not is_menu_box(element):
            continue  # "the menu shows X": what a menu's box shows, never the control that opens it or one of its items
        if (action is model.Action.EXPECT_TEXT and says and _only_described(target) and element.get("role") in ("button", "link")
                and not intent.says(element, says)):
            continue  # "the preview shows X" beside a Preview button: a box said by what it is for, never the control so named
        if dropped and not (is_menu_box(element) and dropped_by(element, menu or "")):
            continue
        if action is model.Action.CLICK and not element["interactive"] and target.role_hint is None and _says_exactly(element, target.text):
            fit = max(fit, 0.75)  # "Click Kristian Bradtke": that very text, clickable by a script handler (as Playwright's get_by_text)
        if action in _SHOWN_CHECKS and target.role_hint is None and wanted.kind is None and _says_exactly(element, target.text):
            fit = 1.0  # "Database Failover" shown: the text that says just that, before a button only titled with it
        if wanted.kind in ("badge", "error", "message"):
            fit = max(fit, 0.9)  # not controls: what they show is what the step is about
        if wanted.kind in ("error", "message") and action.is_assertion:
            fit = 1.0  # a message box is judged by what says it is one (score_message), not by its role
        named, why = name_score(named_target, element, relaxed) if wanted.subject else (0.0, "")
        if menu is not None and opens_menu(element):  # "the Contacts menu": the control that opens it, named Contacts
            by_toggle, toggle_why = name_score(dataclasses.replace(target, text=menu), element, relaxed)
            if by_toggle > named:
                named, why = by_toggle, f"opens the {menu} menu ({toggle_why})"
        if target.role_hint == "row" and wanted.kind is None and _row_says(element, target.text):
            named, why = max(named, 0.9), f"a row that says {target.text!r}"  # a row is named by what it contains
        if wanted.kind is None and element.get("role") == "row" and not element.get("header_row") and vocabulary.content(target.text) == ["row"]:
            named, why = 0.9, "a row"  # "the 3rd row": any body row, by position
        if menu_box and is_menu_box(element):
            named, why = max(named, 0.9), "a menu box"  # the one open: closed menus are not visible
        if dropped:
            named, why = 0.95, f"the menu the {menu} control drops down"
        if kind_said is not None and named < STRONG_SCORE:
            by_name, name_why = name_score(dataclasses.replace(named_target, text=kind_said[0]), element, relaxed)
            if by_name * 0.92 > named:  # "Open the Website Relaunch project": the tile named Website Relaunch
                named, why = by_name * 0.92, f"named {kind_said[0]!r}, a {kind_said[1]} ({name_why})"
        if element is lone_toggle and named < 0.85:
            named, why = 0.85, f"the one control in {target.scope!r} that opens a menu"
        if _the_only_toggle(target, element):
            named, why = 0.9, f"the one {element['role']} in {target.scope!r}"
        if target.position is not None and element.get("group_member"):
            named, why = max(named, 0.9), f"one of the {target.text} counted on the page"  # "the first product"
        if (action in _SHOWN_CHECKS and target.role_hint is None and wanted.kind is None and named < PHRASE_SCORE
                and _shows_across_parts(element, target.text)):
            named, why = PHRASE_SCORE, PHRASE_WHY  # "<strong>Basket total:</strong> £0.00": the box that shows it all
        score = _by_kind(wanted, element, named)
        said_exactly = target.text if target.exact else says
        if (wanted.kind in ("message", "error") and said_exactly and action.is_assertion and score < ACCEPT_SCORE
                and not element["interactive"] and (_says_exactly(element, said_exactly) or _opens_with_sentences(element, said_exactly))
                and (wanted.kind == "message" or _RED_WORDS & set(element.get("markup_words") or ()))):
            # an <h1> saying "You have been banned"; an error only in red ("text-red-500"): a success toast saying
            # the text is no error
            score, why = ACCEPT_SCORE, "says the message, in no message box"
        if wanted.kind in ("message", "error") and target.exact and not intent.says(element, target.text):
            score = 0.0  # 'the message "Saved" is visible': a box that shows another message is not it
        if wanted.kind in ("message", "error") and says and score > 0.0 and intent.says(element, says):
            score = min(1.0, score + SAYS_BONUS)  # 'the error message "Invalid date" is shown': the box saying it
        if wanted.kind is not None:
            why = wanted.kind + (f", {why}" if why else "")
        if wanted.kind in ("message", "error") and not action.is_assertion:
            plain, plain_why = name_score(target, element, relaxed)  # "Click Send private message": a control's name
            if plain > score:
                score, why = plain, plain_why
        if score <= 0.0:
            continue
        score *= fit
        if not element["visible"]:
            score *= 0.5  # listed for the report, never chosen for an action
        scored.append(Scored(element, score, why))
    if wanted.kind in ("error", "message") and wanted.subject:
        scored = intent.of_the_field_named(scored, wanted.subject)
    scored.sort(key=lambda s: -s.score)
    if wanted.kind in ("region", "list", "container"):  # the header is the outermost box that is one, not the nav bar inside it
        listed = {s.element["i"] for s in scored if wanted.kind != "container" or s.score >= ACCEPT_SCORE}
        return [s for s in scored if not listed & set(s.element.get("ancestors") or ())]
    return intent.drop_nested(scored)  # a title heading and the link inside it are one thing


_SHOWN_CHECKS = frozenset({model.Action.EXPECT_VISIBLE, model.Action.WAIT_FOR})
_CORNER = re.compile(r"^(?:top|bottom)\b|^(?:left|right)$")  # a part of the window said by where it is, no landmark's name
PHRASE_SCORE = 0.85
PHRASE_WHY = "shows the text across its parts"


def _shows_across_parts(element: ScannedElement, text: str) -> bool:
    """The element shows ``text`` whole, though no one part of it does (a label in <strong>, the value beside it)."""
    said = " ".join(text.split()).lower()
    whole = " ".join((element.get("text") or "").split()).lower()
    own = " ".join((element.get("own_text") or "").split()).lower()
    return bool(said) and said in whole and said not in own and len(whole) <= 4 * len(said) + 80


def opens_menu(element: ScannedElement) -> bool:
    """Does the control open a menu (aria-haspopup or aria-expanded, a Bootstrap dropdown toggle)?"""
    attrs = element["attrs"]
    if attrs.get("aria-haspopup") not in (None, "false") or "aria-expanded" in attrs:
        return True
    if "dropdown" in (attrs.get("data-toggle"), attrs.get("data-bs-toggle")) or element.get("hover_menu"):
        return True  # a Bootstrap dropdown toggle; the control first in a box whose menu opens on hover
    return {"dropdown", "toggle"} <= set(element.get("markup_words") or ())


def names_a_menu(target: model.Target, elements: list[ScannedElement]) -> bool:
    """"The menu", "the dropdown": a menu named by its kind only, not by a name ("the dropdown" is a select too, unless
    a menu box is open: 'the dropdown shows "Total: £7.99"' after its arrow was pressed)."""
    said = vocabulary.content(target.text)
    if target.exact or not said or not set(said) <= intent.MENU_NOUNS:
        return False
    return target.role_hint is None or (
        target.role_hint == "combobox" and any(e["visible"] and is_menu_box(e) for e in elements))


_NAME_THEN_KIND = re.compile(r"(?P<name>(?-i:[A-Z0-9][\w'&.-]*)(?:\s+(?-i:[A-Z0-9][\w'&.-]*)){0,4})\s+(?P<kind>(?-i:[a-z]+))")


# one word that says what a text is, not where it is: "the count says "Showing 1 of 25 tags"", "the preview on the
# right says …"
_DESCRIBING_WORDS = frozenset({"count", "counter", "total", "preview", "summary", "hint", "caption", "subtitle", "tagline"})


def _counted_in_words(says: str) -> bool:
    """"23 rows", "1 result (4 total)": a count that says what it counts (a bare "3" could be any number on the page)."""
    return re.fullmatch(r"\s*\d[\d,.]*\s+[A-Za-z].*", says) is not None


def _only_described(target: model.Target) -> bool:
    """A box said by what it is for, in lower-case words ("the welcome banner", "the related products table on this
    record page", "the count"), with nothing else that names it (a side of the page only describes it too)."""
    said = target.text.split()
    described = (len(said) >= 2 and all(w.islower() for w in said[1:]) and said[0][:1].isalpha()) or \
        (len(said) == 1 and said[0] in _DESCRIBING_WORDS)
    return (described and not target.exact and target.role_hint is None and target.descriptor in (None, "list")
            and target.position is None and not target.scope and not target.section
            and (not target.region or bool(_CORNER.match(target.region))))


def kind_after_name(target: model.Target) -> tuple[str, str] | None:
    """"Website Relaunch project": a name in capitals, then the kind of thing it names (no markup need say the kind);
    None for a quoted name or any other shape."""
    if target.exact:
        return None
    said = _NAME_THEN_KIND.fullmatch(target.text.strip())
    if said is None or said["kind"] in _PLACE_WORDS:
        return None  # "the Bookmarks page" is a page, not a thing named Bookmarks on it
    return said["name"], said["kind"]


# a thing of a data app said by its lower-case name and its kind, clicked to open it ("the inventory schema")
_OBJECT_CLICKED = re.compile(r"(?P<name>[a-z][\w.-]*)\s+(?P<kind>schema|table|database|collection|board|project|repository|folder)")
# what names a place or a part of the page, never a kind of thing an element stands for
_PLACE_WORDS = frozenset({"page", "screen", "view", "site", "window", "section", "area", "panel", "form", "dialog", "menu",
                          "list", "table", "header", "footer", "sidebar", "bar", "tab", "column", "box", "modal", "popup"})


def dropped_by(element: ScannedElement, name: str) -> bool:
    """Is the element the menu box a toggle named ``name`` drops down (aria-controls, or the button before it)?"""
    toggle = element.get("opened_by")
    return bool(toggle) and vocabulary.cover(name, set(vocabulary.words(toggle["name"]))) >= 0.89


def is_menu_box(element: ScannedElement) -> bool:
    """A box of choices: role menu or listbox, or markup that calls it a menu (Bootstrap's ul.dropdown-menu), not
    one item of a menu (a sidebar's li data-sidebar="menu-item")."""
    if element.get("role") in ("menu", "listbox"):
        return True
    markup = set(element.get("markup_words") or ())
    return not element["interactive"] and "menu" in markup and "item" not in markup and element.get("role") != "listitem"


def _the_only_toggle(target: model.Target, element: ScannedElement) -> bool:
    """"The checkbox in the row for Ada": a sentence naming only the kind, inside a scope, is that scope's one checkbox
    (the scan lists a scoped control only when it is the one like it in the box that says the scope)."""
    role = element.get("role")
    return (bool(target.scope) and role in ("checkbox", "radio") and target.role_hint == role
            and vocabulary.content(target.text) in (["checkbox"], ["check", "box"], ["radio"], ["radio", "button"]))


_ITEM_TEXT_MAX = 400  # a row, card or list item says less than this; a box saying more is a part of the page
_ROW_ACTION_WORDS = frozenset({"actions", "action", "options", "more", "menu", "dropdown"})


def _names_row_actions(target: model.Target) -> bool:
    """"The menu", "the actions button", "the options": what opens an item's menu, named by no name of its own."""
    said = set(vocabulary.content(target.text))
    return bool(said) and said <= _ROW_ACTION_WORDS | {"button", "icon", "toggle"} and bool(said & _ROW_ACTION_WORDS)


def _lone_menu_toggle(target: model.Target, elements: list[ScannedElement]) -> ScannedElement | None:
    """"The actions menu of the Nightly row": inside a named scope, the one visible control that opens a menu, whatever
    its name (an icon-only kebab button); None without a scope or when the scope holds more than one."""
    if not target.scope or target.exact:
        return None
    toggles = [e for e in elements if e["visible"] and e["interactive"] and opens_menu(e)]
    if not toggles:
        return None
    # the scan keeps a control whose nearest box saying the scope holds no other like it: the row's own kebab, but
    # also the page's one user menu (its box is the whole page); the scope's own is the one in the smallest box
    tightest = min(e.get("container_len") or 0 for e in toggles)
    inside = [e for e in toggles if (e.get("container_len") or 0) == tightest]
    if len(inside) != 1 or tightest > _ITEM_TEXT_MAX:
        return None  # a row without a menu of its own is never given the page's user menu
    return inside[0]


def _row_says(element: ScannedElement, said: str) -> bool:
    wanted, have = vocabulary.content(said), set(words(element.get("text", "")))
    return bool(wanted) and all(w in have for w in wanted)


_RED_WORDS = frozenset({"red", "danger", "destructive", "crimson"})  # the colour words an error is drawn in


def _all_say_exactly(tied: list[Scored], said: str) -> bool:
    """Every tied element is of one role and named exactly ``said`` (two "Basket" headings): any of them is it."""
    roles = {s.element.get("role") or s.element["tag"] for s in tied}
    return len(roles) == 1 and all(words(s.element.get("name") or s.element.get("own_text") or "") == words(said) for s in tied)


def _holds_the_words(element: ScannedElement, said: str) -> bool:
    """Do the words said (or the same with a synonym: "Log in" for "Login") appear, in order, in what the element
    shows or is named (its text, name, label, title)? Never fewer words than were said."""
    wanted = [" ".join(words(variant)) for variant in (said, *vocabulary.alternatives(said))]
    if not wanted[0]:
        return True  # nothing a word can say (a bare glyph): the name alone decides, as before
    attrs = element["attrs"]
    shown = [f" {' '.join(words(text))} " for text in (element.get("text"), element.get("own_text"), element.get("name"),
             element.get("label"), attrs.get("title"), attrs.get("alt"), attrs.get("aria-label"), attrs.get("placeholder"),
             attrs.get("value")) if text]
    return any(f" {variant} " in text for variant in wanted if variant for text in shown)


def _says_exactly(element: ScannedElement, said: str) -> bool:
    own = element.get("own_text") or ""
    return bool(own) and words(own) == words(said)


def _opens_with_sentences(element: ScannedElement, said: str) -> bool:
    """'the message "This page is read only. You can view the source, but not change it."': a paragraph whose own
    text begins with those whole sentences (a long message said whole, then a sentence more)."""
    own = element.get("own_text") or ""
    said_words = words(said)
    return (len(said_words) >= 6 and re.search(r"[.!?]$", said.strip()) is not None
            and words(own)[: len(said_words)] == said_words and len(words(own)) > len(said_words))


def _by_kind(wanted: intent.Intent, element: ScannedElement, named: float) -> float:
    kind, subject = wanted.kind, wanted.subject
    if kind is None:
        return named
    if kind == "icon":
        return intent.score_icon(element, subject, named)
    if kind == "badge":
        return intent.score_badge(element, subject)
    if kind in ("error", "message"):
        return intent.score_message(element, subject, kind == "error")
    if kind == "image":
        return intent.score_image(element, subject, named)
    if kind == "logo":
        return intent.score_logo(element, subject, named)
    if kind == "box":  # "the Messages panel": the box whose first line says Messages; "the Create board tile": the box saying it
        titled = similarity(subject, element.get("box_title") or "") if subject else 0.0
        if element.get("role") == "heading":
            named *= 0.7  # the card's title line is not the card: what the card shows is below it
        return max(titled, named * 0.95)
    if kind == "region":  # "the header shows …": the box that is the page's header (a link that opens a popup is not one)
        return 1.0 if subject in (element.get("own_regions") or ()) and not element["interactive"] else 0.0
    if kind == "list":  # "the cart lists X": the box the noun names
        return intent.score_list(element, subject)
    if kind == "container":  # "the pagination shows Total 100": the box the noun names
        return containers.score(element, subject)
    if kind == "placeholder":
        return similarity(subject, element["attrs"].get("placeholder", "")) if subject else 0.0
    return intent.adjust_title(element, named)  # title, name, heading


def describe_element(element: ScannedElement) -> str:
    role = element.get("role") or element["tag"]
    text = f"{role} {element.get('name') or element.get('text', '')[:40]!r}"
    if element.get("container_text"):
        text += f" in {element['container_text'][:40]!r}"
    if not element["visible"]:
        text += f" (not visible: {element.get('hidden_because')})"
    return text


def find(
    session: page_session.PageSession,
    target: model.Target,
    action: model.Action,
    *,
    timeout_ms: int,
    relaxed: bool = False,
    accept: float = ACCEPT_SCORE,
    says: str | None = None,
) -> model.Resolution:
    """Wait for the target to appear, then return its verified locator; the wait ends with ``timeout_ms`` or
    earlier once the page has been idle for the step's idle time (patience.py), and the message says which.

    A page still changing (the next view loading, a route animating out) may not show yet what the step means:
    a weak match (a partial name, another role) or a tie is taken only once the page has settled. ``says``: the
    text a message or error is checked for; of such boxes the one showing it is preferred, and one that does not
    show it is a weak match (the message may still be on its way)."""
    waiting = session.waiting(timeout_ms)
    started = time.monotonic()
    while True:
        try:
            found = resolve_once(session, target, action, relaxed=relaxed, accept=accept, says=says)
        except errors.LocatorAmbiguous:
            if settled(session, started, timeout_ms):
                raise
        except errors.LocatorNotFound as exc:
            if waiting.over():
                instead = shown_instead(session, target, action)
                raise errors.LocatorNotFound(exc.message + instead + waiting.note(), candidates=exc.candidates) from None
        else:
            if found.confidence >= STRONG_SCORE or settled(session, started, timeout_ms):
                return found
        session.page.wait_for_timeout(100)


def shown_instead(session: page_session.PageSession, target: model.Target, action: model.Action) -> str:
    """A message checked for a text no box shows: what the boxes of that kind on the screen say instead, if any."""
    if not target.exact or intent.intent_of(target).kind not in ("error", "message"):
        return ""
    loose = dataclasses.replace(target, exact=False)
    boxes = [s for s in _ranked(session, loose, action, relaxed=False, accept=ACCEPT_SCORE)
             if s.element["visible"] and s.score >= ACCEPT_SCORE]
    said = [f"{s.element.get('role') or s.element['tag']} {(s.element.get('shown_text') or s.element.get('text') or '')[:100]!r}"
            for s in boxes[:3]]
    return "; shown instead: " + "; ".join(said) if said else ""


def settled(session: page_session.PageSession, started: float, timeout_ms: int) -> bool:
    """Has the page stopped changing (SETTLED_MS without changes since it was first watched), or has the step
    waited for it as long as it may (SETTLE_CAP_MS, or its own shorter timeout)?"""
    if (time.monotonic() - started) * 1000 >= min(SETTLE_CAP_MS, timeout_ms):
        return True
    return session.activity(100, SETTLE_CAP_MS).quiet_ms >= SETTLED_MS  # a data load shows no change while it waits


_PRONOUNS = frozenset({"it", "its", "this", "that", "them", "they", "there", "here"})


def _only_described_place(region: str) -> bool:
    """A place said by what it holds ("the user list", "the results table"), not a part the page marks (the header,
    the sidebar), a screen corner or a menu."""
    said = intent.region_name(" ".join(vocabulary.words(region)))
    words = said.split()
    return (said not in intent.CANONICAL_REGIONS and intent.menu_named(said) is None and len(words) >= 2
            and words[-1] in ("list", "table", "grid", "results", "overview"))


def resolve_once(
    session: page_session.PageSession,
    target: model.Target,
    action: model.Action,
    *,
    relaxed: bool = False,
    accept: float = ACCEPT_SCORE,
    says: str | None = None,
) -> model.Resolution:
    try:
        return _resolve_once(session, target, action, relaxed=relaxed, accept=accept, says=says)
    except errors.LocatorNotFound:
        if target.text == "table" and target.section and not target.exact:
            # "the Results table" under no heading Results: the table its markup calls so (id="results-table")
            return _resolve_once(session, dataclasses.replace(target, text=f"{target.section} table", section=None), action,
                                 relaxed=relaxed, accept=accept, says=says)
        kind = intent.intent_of(target).kind
        if action is model.Action.EXPECT_TEXT and says and _only_described(target) \
                and (kind not in ("error", "message", "badge") or (kind == "badge" and _counted_in_words(says))):
            # "The welcome banner says "Welcome, maria!"": no element is called a welcome banner; the box showing the
            # text is the one described (the text must still be on the page, so a missing one still fails; an error or
            # a message keeps its own rules: a text shown elsewhere is no error; a count only when it says what it
            # counts, "23 rows", never a bare number any badge could show)
            return _resolve_once(session, model.Target(text=says), model.Action.EXPECT_VISIBLE, relaxed=relaxed, accept=accept)
        if target.descriptor and target.exact and action in _SHOWN_CHECKS and not target.scope and kind not in ("error", "message"):
            # 'A "locked" label is shown next to the title', 'the question "Are you sure…?"': no box of that kind says
            # it, the very text shown is what was described (an error or a message keeps its own rules)
            return _resolve_once(session, dataclasses.replace(target, descriptor=None), action, relaxed=relaxed, accept=accept, says=says)
        if target.region and action in _ON_CONTROLS and _only_described_place(target.region):
            # "Click mallory in the user list" where no part is called the user list (Django's #result_list): the
            # place only describes where the control is; it is clicked when the page has one such control (a check
            # keeps its place: a text elsewhere on the page is not in that list)
            try:
                return _resolve_once(session, dataclasses.replace(target, region=None), action, relaxed=relaxed, accept=accept, says=says)
            except errors.LocatorNotFound:
                pass
        if target.scope and not target.section and target.role_hint != "row" and target.scope.lower() not in _PRONOUNS:
            # 'under "By active", click "No"' where no box holds both the heading and its list (a heading, then its list
            # beside it: Django's admin filters): the section that heading starts
            try:
                return _resolve_once(session, dataclasses.replace(target, section=target.scope, scope=None), action,
                                     relaxed=relaxed, accept=accept, says=says)
            except errors.LocatorNotFound:
                pass
        if target.role_hint != "row" or target.position is not None or action not in (model.Action.EXPECT_TEXT, model.Action.CLICK):
            raise
        # "the row for CI pipeline" where the page lists its items as boxes, not a table: the repeated box whose title
        # is that name
        item = named_items.item_around_title(session, dataclasses.replace(target, role_hint=None))
        if item is None:
            raise
        return item


def _resolve_once(
    session: page_session.PageSession,
    target: model.Target,
    action: model.Action,
    *,
    relaxed: bool = False,
    accept: float = ACCEPT_SCORE,
    says: str | None = None,
) -> model.Resolution:
    if named_items.item_said(target, action):  # 'the product "Red Shoe" shows …': that item's box
        item = named_items.resolve_item(session, target)
        if item is not None:
            return item
    if cells.cell_said(target):  # 'the Document count for "Paid"': the cell under that column, in that row
        cell = cells.resolve_cell(session, target)
        if cell is not None:
            return cell
    if item_fields.field_said(target) is not None:  # "the price of the second product": in that item, its price
        field = item_fields.resolve_field(session, target)
        if field is not None:
            return field
    if pairs.label_said(target, action):  # 'the Status is "Available"': the value beside that label
        pair = pairs.resolve_pair(session, target)
        if pair is not None:
            return pair
    wanted = intent.intent_of(target)
    message = wanted.kind in ("error", "message")
    ranked = _ranked(session, target, action, relaxed=relaxed, accept=accept, says=says)
    candidates = tuple(
        model.Candidate(locator=_preview_locator(s.element), score=s.score, description=describe_element(s.element))
        for s in ranked[:5]
    )
    part_of_item = bool(target.scope) and wanted.kind != "list" and not _LIST_WORDS.search(target.text)
    usable = [s for s in ranked if s.element["visible"] and s.score >= accept and not (part_of_item and _holds_items(s.element))]
    if target.exact and action in _SHOWN_CHECKS:
        # 'the heading says "Harbor Fish Stew Deluxe"': a heading "Harbor Fish Stew" is alike, but it does not show
        # the words quoted, and seeing it is no proof that they are shown
        usable = [s for s in usable if _holds_the_words(s.element, target.text)]
    if action is model.Action.EXPECT_TEXT and says and _LIST_WORDS.search(target.text) and not target.role_hint:
        # "the results include X": the list or table the markup calls the results, not the box counting them
        usable = [s for s in usable if _holds_items(s.element)] or usable
    tied = [s for s in usable if usable[0].score - s.score < TIE]
    content = _content_field(session, usable, target, action)
    if content is not None:
        usable, tied = [content, *(s for s in usable if s is not content)], [content]
    if target.position is not None and _names_items(target):
        picked = _by_group_position(session, target, candidates, action)
        if picked is not None:
            return picked
    if action is model.Action.EXPECT_TEXT and target.position is None and target.descriptor is None and not target.region \
            and _names_items(target):
        lone = _the_one_item(session, target)
        if lone is not None:
            return lone
    if target.section and target.position is not None:  # only the items of the list under that heading: never elsewhere
        raise errors.LocatorNotFound(f"no list of {_what(target)} whose items a selector finds exactly", candidates=candidates)
    if not usable and target.role_hint == "textbox" and pairs.label_said(dataclasses.replace(target, role_hint=None), action):
        # "the Description field shows X" on a page that shows it, not a form: the value beside that label
        pair = pairs.resolve_pair(session, dataclasses.replace(target, role_hint=None))
        if pair is not None:
            return pair
    if not usable:
        raise errors.LocatorNotFound(f"no visible element matches {_what(target)}", candidates=candidates)
    if target.scope and any(s.element.get("scope_exact") or s.element.get("scope_value") for s in tied):
        tied = [s for s in tied if s.element.get("scope_exact") or s.element.get("scope_value")]  # not the Blue Mug Lid
    if target.scope and len(tied) > 1:
        tied = in_smallest_box(tied)
    if target.scope and len(tied) > 1:
        tied = led_by_the_scope(tied, target)
    if target.scope and len(tied) > 1 and not target.exact:
        # "Lena's balance" in the row "Lena(x1) 0.00": a part of Lena's row, never the cell that says her name
        tied = narrowed(tied, [s for s in tied if not _begins_with(s.element.get("text") or s.element.get("own_text") or "", target.scope)])
    if len(tied) > 1 and target.position is None and action is model.Action.EXPECT_TEXT and target.role_hint is None and not target.descriptor and not target.scope:
        item = _item_of_all(session, tied, target)  # "the Django T-shirt shows Available": its link, image and title are one product
        if item is not None:
            return item
    if len(tied) > 1 and target.position is None:
        tied = filled_form_button(reachable.in_front(session.page, tied), action)
    if len(tied) > 1 and action is model.Action.CLICK and target.role_hint is None:
        tied = over_its_tab(tied)
    if len(tied) > 1 and target.position is None:
        tied = as_seen(tied, target)
    if len(tied) > 1 and target.look:
        tied = in_that_colour(session, tied, target.look)
    if len(tied) > 1 and target.role_hint == "row" and target.position is None:
        tied = led_by_the_name(tied, target)
    if len(tied) > 1 and action is model.Action.EXPECT_TEXT and names_a_menu(target, [s.element for s in tied]):
        tied = narrowed(tied, [s for s in tied if s.element.get("opened_by")])  # "the menu shows X": the one a toggle dropped down
    if len(tied) > 1 and target.region == "navigation":  # "Click Books in the menu" once a menu is open: in that menu
        tied = narrowed(tied, [s for s in tied if s.element.get("in_open_menu")])
    if len(tied) > 1 and action in _SHOWN_CHECKS and target.role_hint is None:
        # '"Enter project title" is shown': the text itself, not the field it stands before
        tied = narrowed(tied, [s for s in tied if s.reason.startswith(("text '", 'text "', "accessible name "))])
    if len(tied) > 1 and target.region == "dialog":  # "Add user in the popup" a modal opened: the dialog opened last
        paths = [s.element.get("dialog_path") for s in tied]
        if all(paths):
            tied = narrowed(tied, [s for s, p in zip(tied, paths) if p == max(paths)])
    menu_name = intent.menu_named(target.region or "")
    if len(tied) > 1 and menu_name:  # "Click Unread in the Bookmarks menu": in the menu its Bookmarks toggle opens
        tied = narrowed(tied, [s for s in tied if vocabulary.cover(menu_name, vocabulary.expand(vocabulary.words(s.element.get("menu_of") or ""))) >= 0.89])
    if len(tied) > 1 and target.position is None and not target.scope:
        tied = lone_over_per_item(tied)
    if len(tied) > 1 and wanted.kind == "container" and says and action is model.Action.EXPECT_TEXT:
        tied = narrowed(tied, [s for s in tied if intent.says(s.element, says)])  # "the form shows the error …": of two forms, the one that does
    if len(tied) > 1 and wanted.kind == "list" and target.region is None:
        content = [s for s in tied if not {"navigation", "header"} & set(s.element.get("regions") or ())]
        tied = content if content else tied  # "listed in the basket" on the basket page: its content, not the header's mini basket
    if len(tied) > 1 and (message or (action in _SHOWN_CHECKS and target.role_hint is None and not target.descriptor)):
        tied = innermost_of_one_box(tied)  # boxes one inside the next that all show the text: the innermost shows it
    if len(tied) > 1 and action is model.Action.EXPECT_VISIBLE and target.exact and _all_say_exactly(tied, target.text):
        tied = tied[:1]  # 'the heading "Basket" is visible': two headings that say just that, and either shows it
    shown = says or wanted.subject
    if len(tied) > 1 and message and (action in _SHOWN_CHECKS or action is model.Action.EXPECT_TEXT) and shown \
            and all(intent.says(s.element, shown) for s in tied):
        tied = tied[:1]  # the same error in an inline alert and a toast: each shows what is checked, either will do
    if len(tied) > 1 and action in _FORM_ACTIONS and getattr(session, "next_controls", ()):
        # two forms that ask the same ("Username or email" to log in and to reset a password): the one holding the
        # controls the next steps use ("Password", "Log in")
        tied = narrowed(tied, [s for s in tied if session.form_holds(s.element["i"], session.next_controls)])
    if len(tied) > 1 and action in (model.Action.CLICK, model.Action.HOVER):
        tied = control_over_its_parts(tied)
    one_destination = len(tied) > 1 and action is model.Action.CLICK and _one_destination(tied)
    if one_destination:
        tied = tied[:1]  # the wiki's menu and its page index both link Projects there: either click goes to that page
    if target.position is not None:
        return _by_position(session, target, tied, candidates, usable)
    best = tied[0]
    if len(tied) > 1:
        listed = "; ".join(describe_element(s.element) for s in tied[:5])
        if says and message and not any(intent.says(s.element, says) for s in tied):
            raise errors.LocatorNotFound(f"no {_what(target)} shows {says!r}; shown: {listed}", candidates=candidates)
        hint = "" if target.scope else " — name the item it belongs to (… for the Blue Mug), where it is (… in the header) or which one (the first …)"
        raise errors.LocatorAmbiguous(
            f"{len(tied)} elements match {_what(target)} equally well: {listed}{hint}", candidates=candidates
        )
    if says and action is model.Action.EXPECT_TEXT and wanted.kind in (None, "box") and target.role_hint is None \
            and target.descriptor not in _NEVER_A_TITLE and not target.position and not _shows_as_written(best.element, says):
        # "Anpan shows Sweet bun", "the Mobile App Beta card shows 0/2", "the errand tag shows 4 tasks": the box its
        # name is the title of
        named = dataclasses.replace(target, text=wanted.subject or target.text) if wanted.kind == "box" else target
        titled = _box_it_titles(session, best, named, says)
        if titled is not None:
            return titled
    near = wanted.subject if wanted.kind == "badge" else None
    row_text = target.text if best.element.get("role") == "row" else None
    if wanted.kind == "badge" and not target.scope and badges.in_control(best.element):  # never the shared class alone
        locator = badges.badge_locator(session, best.element, wanted.subject, lambda scope: locator_options(best.element, scope))
    else:
        locator = build_locator(session, best.element, target.scope, region=target.region, near=near, says=row_text,
                                labelled=target.scope_box == "labelled", section=target.section)
    if locator is None and one_destination:  # twins in one region: the first by its place (they go to one page)
        locator = _by_place(session, best.element, target.scope, near, row_text, target.scope_box == "labelled")
    if locator is None and not target.scope and not target.region:
        locator = in_landmark(session, best.element)  # the header's favorites button, where products have one each
    elif locator is not None and locator.scope is None and _CORNER.match(target.region or ""):
        # "Maria Lopez is displayed at the top right": kept in the header box it was found in, so the same name in a
        # table that loads after it (an Owner column) does not make the locator find two
        locator = in_landmark(session, best.element) or locator
    if locator is None:
        checked = f", to check it shows {says!r}" if says else ""
        raise errors.LocatorNotFound(
            f"{_what(target)} looks like {describe_element(best.element)}, but no stable locator identifies it"
            f" uniquely{checked}", candidates=candidates,
        )
    if columns.is_header_click(action, best.element.get("role")):  # "Click the Name column header": its sort link
        return columns.inner_control(session, _resolution(best, locator))
    shown = target.text if target.exact or best.reason == PHRASE_WHY else says
    if (message or best.reason == PHRASE_WHY) and shown and intent.says(best.element, shown):
        locator = holding_text(session, best.element, locator, shown)  # kept in the locator: a cached box must still say it
    resolution = _resolution(best, locator)
    if says and message and not intent.says(best.element, says):
        resolution = dataclasses.replace(resolution, confidence=min(resolution.confidence, STRONG_SCORE - TIE))  # not yet shown?
    return resolution


def _ranked(session: page_session.PageSession, target: model.Target, action: model.Action, *, relaxed: bool,
            accept: float, says: str | None = None) -> list[Scored]:
    """One scan of the page for ``target``, scored: every element that may be what the sentence names, best first."""
    wanted = intent.intent_of(target)
    _, live, numbers = intent.scan_hints(wanted)
    detail = needs_detail(target)
    counted = target.text if target.position is not None and wanted.kind is None and not target.scope else None
    tokens = query_tokens(target)
    if says and wanted.kind in ("message", "error"):  # 'a notification reads "theo has commented …"': what says it, though no box is named so
        tokens = sorted({*tokens, *vocabulary.query_words(says)})
    elements = session.scan(tokens, target.scope, live=live, numbers=numbers, detail=detail,
                            regions=wanted.kind == "region", group=counted, boxes=wanted.kind in ("box", "list"),
                            section=target.section, scope_box=target.scope_box,
                            group_role=target.role_hint if counted and target.role_hint in _POSITIONED_BY_ROLE else None)
    ranked = score_elements(elements, target, action, relaxed=relaxed, says=says)
    if counted and any(s.element.get("group_member") and s.element["visible"] and s.score >= accept for s in ranked):
        ranked = [s for s in ranked if s.element.get("group_member")]  # "the first product": of the products counted
    return ranked


# "the second checkbox", "the third button": the place among every control of that role (a row or a heading keeps its own
# counting: the rows of the page's main table, the items a heading names)
_POSITIONED_BY_ROLE = frozenset({"checkbox", "radio", "button", "link", "textbox", "combobox"})


def shown_matches(session: page_session.PageSession, target: model.Target, action: model.Action) -> list[Scored]:
    """Every visible element that is what ``target`` names, as well as discovery would take it for an action (the
    same bar): what "X is not visible" must find none of, however many hidden copies of X the page also holds."""
    shown = [s for s in _ranked(session, target, action, relaxed=False, accept=ACCEPT_SCORE)
             if s.element["visible"] and s.score >= ACCEPT_SCORE]
    if target.scope and shown and session.page.evaluate(_A_ROW_BEGINS_WITH, target.scope):
        # "Ethan's row has no edit button": his row, which begins with his name, not the bills that name him later on
        shown = [s for s in shown if _begins_with(s.element.get("container_text") or "", target.scope)]
    return shown


# whether a visible row or list item begins with the name (words compared as vocabulary.words splits them, roughly)
_A_ROW_BEGINS_WITH = """(name) => {
  const words = (t) => (t || "").toLowerCase().split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);
  const said = words(name);
  return said.length > 0 && Array.from(document.querySelectorAll("tr, [role=row], li")).some((row) =>
    row.getClientRects().length > 0 && words(row.innerText).slice(0, said.length).join(" ") === said.join(" "));
}"""


_ITEM_HOLDERS = frozenset({"table", "tbody", "thead", "ul", "ol", "dl"})
_LIST_WORDS = re.compile(r"(?i)\b(?:list|table|grid|menu|tags|items|entries|results|rows|options)$")
_ITEM_HOLDER_ROLES = frozenset({"table", "grid", "treegrid", "list", "rowgroup", "listbox", "tree"})


def _holds_items(element: ScannedElement) -> bool:
    """A table or list: never a part of one item ("Lena's balance" is no table whose class says balance, which
    shows every balance, hers and the others')."""
    return element["tag"] in _ITEM_HOLDERS or (element.get("role") or "") in _ITEM_HOLDER_ROLES


def control_over_its_parts(tied: list[Scored]) -> list[Scored]:
    """"Hover over the avatar": the picture and the button that holds it both match; a click or a hover on either is
    on the button, so the control stands for the parts inside it."""
    by_index = {s.element.get("i"): s for s in tied}
    inside_a_control = [s for s in tied if any(a in by_index and by_index[a].element["interactive"] for a in s.element.get("ancestors") or ())]
    return narrowed(tied, [s for s in tied if s not in inside_a_control])


def narrowed(tied: list[Scored], kept: list[Scored]) -> list[Scored]:
    """``kept`` when it tells some of the tied matches from the others (some, not none or all), else ``tied``."""
    return kept if 0 < len(kept) < len(tied) else tied


def _begins_with(text: str, name: str) -> bool:
    said = vocabulary.words(name)
    return bool(said) and vocabulary.words(text)[: len(said)] == said


def _one_destination(tied: list[Scored]) -> bool:
    """Links that say the same and go to the same address (no in-page anchor, no script, no toggle)."""
    elements = [s.element for s in tied]
    hrefs = {urllib.parse.unquote(str((e.get("attrs") or {}).get("href") or "")) for e in elements}  # "Expense%20Policy" is "Expense Policy"
    names = {" ".join(str(e.get("name") or e.get("text") or "").casefold().split()) for e in elements}
    href = next(iter(hrefs))
    return (all(e.get("tag") == "a" and not {"data-toggle", "data-bs-toggle", "aria-haspopup"} & set(e.get("attrs") or {}) for e in elements)
            and len(hrefs) == 1 and len(names) == 1 and bool(href) and not str(href).startswith(("#", "javascript:")))


def led_by_the_scope(tied: list[Scored], target: model.Target) -> list[Scored]:
    """Matches for "… in Ethan's row" in boxes that all hold the name, one beginning with it: the one it names."""
    return narrowed(tied, [s for s in tied if _begins_with(s.element.get("container_text") or "", target.scope or "")])


def resolution_of(session: page_session.PageSession, best: Scored, target: model.Target) -> model.Resolution | None:
    """The verified locator of one scored element, or None when no locator finds it alone."""
    locator = build_locator(session, best.element, target.scope, region=target.region)
    return _resolution(best, locator) if locator is not None else None


def as_seen(tied: list[Scored], target: model.Target) -> list[Scored]:
    """Controls named alike, one showing the name and one named by hidden text (a drawer's "Close" button and its X
    with a screen-reader "Close"): "the Close button" is the one a person reads, "the close icon" the one without."""
    said = " ".join(vocabulary.words(target.text))
    if not said:
        return tied
    if target.descriptor == "icon":
        reads = [s for s in tied if not (s.element.get("seen_text") or "").strip()]
    else:
        reads = [s for s in tied if said in " ".join(vocabulary.words(s.element.get("seen_text") or ""))]
    return narrowed(tied, reads)


def in_that_colour(session: page_session.PageSession, tied: list[Scored], look: str) -> list[Scored]:
    """Controls named alike, one of them the colour the sentence said ("the green Create button" beside a plain
    Create in a dialog): that one. The colour only tells twins apart; it never makes a match of its own."""
    seen = session.colours([s.element["i"] for s in tied])
    return narrowed(tied, [s for s, colours in zip(tied, seen) if look in colours])


def led_by_the_name(tied: list[Scored], target: model.Target) -> list[Scored]:
    """Rows that all hold the name, one beginning with it (its first cell names the row: "Ethan(x1) -€520.24") and
    the others holding it in a later cell (a bill Ethan paid): "the row for Ethan" is the one it names."""
    return narrowed(tied, [s for s in tied if _begins_with(s.element.get("name") or s.element.get("text") or "", target.text)])


def filled_form_button(tied: list[Scored], action: model.Action) -> list[Scored]:
    """Equally good matches for a click, one of them the button of the form the earlier steps filled on this page
    and the others links ("Click Log In" after typing the user name: the form's Log In, not the header's link that
    leads to this form): that button. A second button of that name elsewhere stays a tie: either could act."""
    if action is not model.Action.CLICK:
        return tied
    in_form = [s for s in tied if s.element.get("filled_form") and s.element.get("role") == "button"]
    others = [s for s in tied if s not in in_form]
    if len(in_form) == 1 and all(s.element.get("role") == "link" or s.element["tag"] == "a" for s in others):
        return in_form
    return tied


def over_its_tab(tied: list[Scored]) -> list[Scored]:
    """'Click Save Query' where a tab and a button both say it: the tab is open (its panel's button is shown), so the
    button is the action; a tab is clicked by that name only when no shown control says it too."""
    controls = [s for s in tied if s.element.get("role") != "tab"]
    return controls if controls and len(controls) < len(tied) else tied


def in_smallest_box(tied: list[Scored]) -> list[Scored]:
    """Equally good matches "for Sneakers" in boxes of very different size: the one in the product's card, not the
    header button whose nearest box naming Sneakers is the whole page."""
    sizes = [s.element.get("container_len") or 0 for s in tied]
    smallest = min(sizes)
    if smallest and all(size == smallest or size >= 2 * smallest for size in sizes):
        return [s for s, size in zip(tied, sizes) if size == smallest]
    return tied


def in_landmark(session: page_session.PageSession, element: ScannedElement) -> model.Locator | None:
    """A locator that finds exactly this element inside one of the landmark boxes around it (header, sidebar …)."""
    landmarks = element.get("landmarks") or session.landmarks(element["i"])
    for css in landmarks.values():
        landmark = model.Locator(strategy=S.CSS, value=css)
        for option in locator_options(element, landmark):
            if session.is_candidate(option, element["i"]):
                return option
    return None


def lone_over_per_item(tied: list[Scored]) -> list[Scored]:
    """Equally good matches, one standing alone and the others one in each of several repeated items (the header's
    favorites button and each product's favorite toggle), for a sentence naming no item: the lone one, as an item's
    own control is only ever meant with the item named ("… for Maroon sandals")."""
    alone = [s for s in tied if not s.element.get("items")]
    if len(alone) == 1 and len(tied) - 1 >= 2:
        return alone
    return tied


def holding_text(session: page_session.PageSession, element: ScannedElement, locator: model.Locator, text: str) -> model.Locator:
    """A message found by the text it shows keeps that text in its locator: reused later (a cached locator, a toast
    list's next item), it never finds a box saying something else."""
    if locator.has_text or (locator.strategy is S.TEXT and intent.says({"text": locator.value}, text)):
        return locator
    narrowed = dataclasses.replace(locator, has_text=text)
    return narrowed if session.is_candidate(narrowed, element["i"]) else locator


def innermost_of_one_box(tied: list[Scored]) -> list[Scored]:
    """Equally good message boxes that all sit one inside the next (a toast, its body): one message, so the innermost.
    Boxes side by side stay a tie."""
    def depth(scored: Scored) -> int:
        return len(set(scored.element.get("ancestors") or ()) & {s.element["i"] for s in tied})
    by_depth = sorted(tied, key=depth)
    if [depth(s) for s in by_depth] == list(range(len(tied))):
        return [by_depth[-1]]
    return tied


def needs_detail(target: model.Target) -> bool:
    """Does scoring need what the scan only reports on request (shown text, regions, surroundings)?"""
    return bool(target.region) or intent.intent_of(target).kind is not None


def _what(target: model.Target) -> str:
    said = f'"{target.text}"'
    if target.descriptor:
        said += f" ({target.descriptor})"
    if target.scope:
        said += f' in "{target.scope}"'
    if target.region:
        said += f" in the {target.region}"
    if target.section:
        said += f' under "{target.section}"'
    return said


def _resolution(best: Scored, locator: model.Locator) -> model.Resolution:
    return model.Resolution(
        locator=locator,
        source=model.LocatorSource.DISCOVERED,
        confidence=round(best.score, 3),
        fingerprint=fingerprint_of(best.element),
    )


def _by_position(
    session: page_session.PageSession, target: model.Target, tied: list[Scored], candidates: tuple[model.Candidate, ...],
    usable: list[Scored] | None = None,
) -> model.Resolution:
    """"The first/second/last X": among the equally good matches, in document order; when fewer match than the
    position says, the X in that item of a repeated list ("david" in the 4th post, where only one post is david's)."""
    position = target.position or 1
    in_nth = _in_nth_item(session, sorted(tied, key=lambda s: s.element["i"]), position)
    if in_nth is not None:
        return in_nth
    in_items = [s for s in tied if s.element.get("items")]
    if len(in_items) >= 2 and len(tied) - len(in_items) == 1:
        tied = in_items  # "the favorite icon for the first product": the products' own, not the header's lone one
    ordered = sorted(tied, key=lambda s: s.element["i"])
    index = position - 1 if position > 0 else len(ordered) + position
    if not 0 <= index < len(ordered) and usable:
        in_item = _in_item(session, target, usable, position)
        if in_item is not None:
            return in_item
    if not 0 <= index < len(ordered):
        raise errors.LocatorNotFound(
            f"{_what(target)}: position {position} asked for, but {len(ordered)} element(s) match", candidates=candidates
        )
    chosen = ordered[index]
    locator = _nth_locator(session, chosen.element, len(ordered), -1 if position == -1 else index, target)
    if locator is None:
        raise errors.LocatorNotFound(
            f"{_what(target)}: {describe_element(chosen.element)} is number {position}, but no locator finds exactly"
            f" those {len(ordered)} elements in that order",
            candidates=candidates,
        )
    return _resolution(chosen, locator)


def _in_item(session: page_session.PageSession, target: model.Target, usable: list[Scored], position: int) -> model.Resolution | None:
    """The best match inside the item at ``position`` of the repeated list it belongs to, with a locator inside
    that item (the item by its place among its peers); None when no single match sits there."""
    def item_at(s: Scored) -> dict[str, Any] | None:  # the innermost repeated box with enough peers for the position
        for item in s.element.get("items") or ():
            if position == -1 or item["count"] >= position:
                return item if item["index"] == (item["count"] if position == -1 else position) else None
        return None

    held = [s for s in usable if item_at(s) is not None]
    if not held:
        return None
    best = [s for s in held if held[0].score - s.score < TIE]
    if len(best) != 1:
        return None
    item = item_at(best[0])
    assert item is not None
    scope = model.Locator(strategy=S.CSS, value=item["css"], nth=item["nth"])
    for option in locator_options(best[0].element, scope):
        if session.is_candidate(option, best[0].element["i"]):
            return _resolution(best[0], option)
    return None


def _in_nth_item(session: page_session.PageSession, ordered: list[Scored], position: int) -> model.Resolution | None:
    """"Click Edit on the second contact" where another Edit sits outside the list: the match inside the item at
    ``position`` of the repeated items most matches sit in, not the Nth in document order; None when every match
    sits in those items (document order is their order) or not exactly one is in that item."""
    by_group: dict[str, list[tuple[Scored, dict[str, Any]]]] = {}
    for s in ordered:
        items = s.element.get("items") or ()
        if items:  # the innermost repeated box it sits in
            by_group.setdefault(items[0]["css"], []).append((s, items[0]))
    if not by_group:
        return None
    held = max(by_group.values(), key=len)
    if len(held) < 2 or len(held) == len(ordered):
        return None
    chosen = [(s, item) for s, item in held if item["index"] == (item["count"] if position == -1 else position)]
    if len(chosen) != 1:
        return None
    best, item = chosen[0]
    scope = model.Locator(strategy=S.CSS, value=item["css"], nth=item["nth"])
    for option in locator_options(best.element, scope):
        if session.is_candidate(option, best.element["i"]):
            return _resolution(best, option)
    return None


_ITEM_NOUN = re.compile(r"^[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}$")
_GROUP_LEVEL = 9  # the markup calls the items by the noun itself (or its first synonym), not only something about them


def _names_items(target: model.Target) -> bool:
    """"The first transaction": a plain noun for repeated items, not a control's name ("the first Add button") nor an
    icon ("the favorite icon for the last product" is the last product's icon, not the last element styled "favorite")."""
    return (target.role_hint is None and not target.exact and not target.scope and target.descriptor != "icon"
            and bool(_ITEM_NOUN.match(target.text)))


def _by_group_position(
    session: page_session.PageSession, target: model.Target, candidates: tuple[model.Candidate, ...], action: model.Action,
) -> model.Resolution | None:
    """"The first transaction": the item at that position among those the noun names (as a count finds them);
    None when the markup calls no repeated items so, or no selector finds exactly them (then the equally good
    matches are ordered instead). A click on an item that holds one link is a click on that link."""
    position = target.position or 1
    index = position - 1 if position > 0 else position
    group = session.group_pick(target.text, target.region, index, target.section)
    if target.section and "error" in group:
        others = "; ".join(group.get("others") or [])
        why = group.get("message") or (f"which list? {others}" if others else "no list there holds items")
        raise errors.LocatorNotFound(f"{_what(target)}: {why}", candidates=candidates)
    if "error" in group or group["level"] < _GROUP_LEVEL:
        return None
    if group["chosen"] is None:
        raise errors.LocatorNotFound(
            f"{_what(target)}: position {position} asked for, but {group['count']} are shown ({group['css']})", candidates=candidates
        )
    base = model.Locator(strategy=S.CSS, value=group["css"])
    if not group["exact"] and target.section:
        base = _under_heading(session, base, target.section, group["count"]) or base
    if not group["exact"] and base.scope is None:
        return None  # no selector finds exactly the items: the matches inside the item at that position decide (_in_item)
    locator = dataclasses.replace(base, nth=-1 if position == -1 else index)
    if action in _CLICKS and group.get("link"):
        link = model.Locator(strategy=S.CSS, value="a[href]", scope=locator)
        return model.Resolution(
            locator=link, source=model.LocatorSource.DISCOVERED, confidence=0.9, fingerprint=page_session.fingerprint_from_json(group["link"])
        )
    return model.Resolution(
        locator=locator, source=model.LocatorSource.DISCOVERED, confidence=0.9, fingerprint=page_session.fingerprint_from_json(group["chosen"])
    )


def _under_heading(session: page_session.PageSession, members: model.Locator, heading: str, count: int) -> model.Locator | None:
    """The members' selector inside the box the heading opens (its parent, or the one above), when there it finds
    exactly as many as the list under that heading holds: "the first board under My Boards" where the Starred
    boards share the selector."""
    said = model.Locator(strategy=S.TEXT, value=heading, exact=True)
    for up in ("xpath=..", "xpath=../.."):
        scoped = dataclasses.replace(members, scope=model.Locator(strategy=S.CSS, value=up, scope=said))
        try:
            if session.locate(said).count() == 1 and session.locate(scoped).count() == count:
                return scoped
        except page_session.PlaywrightError:
            return None
    return None


def _item_of_all(session: page_session.PageSession, tied: list[Scored], target: model.Target) -> model.Resolution | None:
    """Equally good matches that all sit in one repeated item (a product's image, title link and name): that item,
    by its selector and the name it says; None when they sit in different items, or in none."""
    boxes = {(s.element["items"][0]["css"], s.element["items"][0]["nth"]) for s in tied if s.element.get("items")}
    if len(boxes) != 1 or not all(s.element.get("items") for s in tied):
        return None
    css, _ = boxes.pop()
    return session.found_alone(model.Locator(strategy=S.CSS, value=css, has_text=target.text), 0.85)


_CHROME = frozenset({"header", "footer", "sidebar", "navigation"})
NEAR_FIELD = 0.05  # two fields named this nearly alike are told apart by where they are


def _content_field(session: page_session.PageSession, usable: list[Scored], target: model.Target, action: model.Action) -> Scored | None:
    """Two fields named nearly alike, the better one in the page's chrome (a sidebar's site search) and the other in its
    content (the listing's own search): a sentence that names no part of the page types into the content's."""
    if action not in (model.Action.FILL, model.Action.PRESS) or target.region or len(usable) < 2 or usable[0].score - usable[1].score >= NEAR_FIELD:
        return None

    def in_chrome(scored: Scored) -> bool:
        marks = scored.element.get("landmarks") or session.landmarks(scored.element["i"])
        return bool(set(marks) & _CHROME) and "main" not in marks
    return usable[1] if in_chrome(usable[0]) and not in_chrome(usable[1]) else None


def _shows_as_written(element: ScannedElement, text: str) -> bool:
    """Does the element show ``text`` with its case, as the check will read it ("Black bread" does not show "Bread")?"""
    shown = element.get("shown_text")
    return " ".join(text.split()) in " ".join((element.get("text", "") if shown is None else shown).split())


_FORM_ACTIONS = frozenset({model.Action.FILL, model.Action.SELECT, model.Action.CHECK, model.Action.UNCHECK, model.Action.PRESS})
_NEVER_A_TITLE = frozenset({"badge", "error", "message", "list", model.OPTIONS})  # boxes checked for what they say themselves


def _box_it_titles(session: page_session.PageSession, best: Scored, target: model.Target, says: str) -> model.Resolution | None:
    """A name that titles a box, checked for a text its title does not hold ("Anpan shows Sweet bun", "the Locations
    section shows Hof"): the repeated item it names (found by that name alone), or what says the text in the section
    under that heading; None when it titles neither. A row header titles only the cells after it in its row, which
    the check reads ("Priority | critical | Status | chatting": Priority never shows chatting)."""
    if best.element.get("role") == "rowheader":
        return None
    items = best.element.get("items") or ()
    if items:
        return session.found_alone(model.Locator(strategy=S.CSS, value=items[0]["css"], has_text=target.text), 0.85)
    if best.element.get("role") != "heading" or not best.element.get("name"):
        return None
    try:
        return resolve_once(session, model.Target(text=says, exact=True, section=best.element["name"]), model.Action.EXPECT_VISIBLE)
    except errors.LocatorError:
        return None


def _the_one_item(session: page_session.PageSession, target: model.Target) -> model.Resolution | None:
    """"Verify the comment shows …" where the page lists exactly one comment: that item (not the "Comments:" heading
    over it); None unless the markup or a label calls exactly one visible item by the noun itself."""
    group = session.group_pick(target.text, None, 0, target.section)
    if "error" in group or group["level"] < 10 or group["count"] != 1 or not group["exact"] or group["chosen"] is None:
        return None
    return model.Resolution(locator=model.Locator(strategy=S.CSS, value=group["css"]), source=model.LocatorSource.DISCOVERED,
                            confidence=0.9, fingerprint=page_session.fingerprint_from_json(group["chosen"]))


_CLICKS = frozenset({model.Action.CLICK, model.Action.HOVER})


def _nth_locator(
    session: page_session.PageSession, element: ScannedElement, group: int, nth: int, target: model.Target
) -> model.Locator | None:
    """A locator that finds exactly the equally good matches, narrowed to the chosen one by its position among
    them: a positional step stays positional (the first product is the first, whichever product that is)."""
    for scope in _scopes(element, target.scope, target.region):
        for option in locator_options(element, scope):
            if session.count(option) != group:
                continue
            positional = dataclasses.replace(option, nth=nth)
            if session.is_candidate(positional, element["i"]):
                return positional
    return None


def fingerprint_of(element: ScannedElement) -> model.Fingerprint:
    keep = ("id", "name", *TEST_ID_ATTRIBUTES, "type", "placeholder")
    return model.Fingerprint(
        tag=element["tag"],
        role=element.get("role"),
        name=element.get("name", ""),
        attributes=tuple(sorted((k, v) for k, v in element["attrs"].items() if k in keep)),
        neighbourhood=element.get("neighbourhood", ""),
    )


def locator_options(element: ScannedElement, scope: model.Locator | None, says: str | None = None) -> list[model.Locator]:
    """Locators for one element, most user-facing first (role+name leads); a count never names one. ``says``: text
    a row is named by (the row that contains "Saw")."""
    attrs = element["attrs"]
    out: list[model.Locator] = []
    role, name = element.get("role"), element.get("name", "")
    if role and name and role not in ("presentation", "none", "generic") and not _NUMERIC.match(name):
        out.append(_role_option(role, name, element.get("own_text") or "", scope))
    out += _explicit_role_options(element, scope)
    if element["tag"] == "label" and attrs.get("for") and not _GENERATED.search(attrs["for"]):
        # a radio drawn as a button: the label a person clicks, for a control the page hides ("Rosalind Thompson")
        out.append(model.Locator(strategy=S.CSS, value=f"label[for={json.dumps(attrs['for'])}]", scope=scope))
    if role in ("columnheader", "rowheader") and name:  # an icon font's glyph may be in its name: the header holding its text
        out.append(model.Locator(strategy=S.CSS, value=f"{element['tag']}:has-text({json.dumps(name, ensure_ascii=False)})", scope=scope))
    if element.get("group_css"):
        out.append(model.Locator(strategy=S.CSS, value=element["group_css"], scope=scope))  # one of the items counted
    if role == "row" and element["tag"] == "tr" and not element.get("header_row"):
        if element.get("row_css"):  # the data rows of its table: no header, filter or "no data" row
            out.append(model.Locator(strategy=S.CSS, value=element["row_css"], scope=scope))
        # a body row, by its position: in a table with column titles first (a filter laid out as a table has none)
        out.append(model.Locator(strategy=S.CSS, value="table:has(th) > tbody > tr", scope=scope))
        out.append(model.Locator(strategy=S.CSS, value="tbody > tr", scope=scope))
    if says and role == "row":
        out.append(model.Locator(strategy=S.ROLE, role="row", value=says, exact=False, scope=scope))
        exact_text = model.Locator(strategy=S.TEXT, value=says, exact=True)
        out.append(model.Locator(strategy=S.CSS, value=element["tag"], has=exact_text, scope=scope))
        said = json.dumps(says, ensure_ascii=False)  # the row whose first cell says it ("Ethan(x1)"), not a bill he paid
        out.append(model.Locator(strategy=S.CSS, value=f"{element['tag']}:has(> :first-child:has-text({said}))", scope=scope))
    if element.get("label"):
        out.append(model.Locator(strategy=S.LABEL, value=element["label"], scope=scope))
        if element["tag"] in ("input", "textarea", "select"):  # two fields sharing an id: the browser's label finds the first
            said = model.Locator(strategy=S.CSS, value=f"label:visible:text-is({json.dumps(element['label'], ensure_ascii=False)})")
            out.append(model.Locator(strategy=S.CSS, value=f"xpath=following::{element['tag']}[1]", scope=said))
    if attrs.get("placeholder"):
        out.append(model.Locator(strategy=S.PLACEHOLDER, value=attrs["placeholder"], scope=scope))
    if attrs.get("alt"):
        out.append(model.Locator(strategy=S.ALT_TEXT, value=attrs["alt"], scope=scope))
    if attrs.get("title"):
        out.append(model.Locator(strategy=S.TITLE, value=attrs["title"], scope=scope))
    near_label = element.get("near_label") or ""
    if near_label and scope is None and element["tag"] in ("input", "textarea", "select"):
        said_before = model.Locator(strategy=S.TEXT, value=near_label, exact=True)  # [____] after "Filter by:"
        out.append(model.Locator(strategy=S.CSS, value=f"xpath=following::{element['tag']}[1]", scope=said_before))
    out += _toggle_options(element, scope)
    for attribute in TEST_ID_ATTRIBUTES:
        if attrs.get(attribute) and not _GENERATED.search(attrs[attribute]):
            out.append(model.Locator(strategy=S.TEST_ID, attribute=attribute, value=attrs[attribute], scope=scope))
    for attribute in ("name", "aria-label"):
        if attrs.get(attribute) and not _GENERATED.search(attrs[attribute]):
            out.append(model.Locator(strategy=S.ATTRIBUTE, attribute=attribute, value=attrs[attribute], scope=scope))
    text = element.get("own_text") or ""
    if text and len(text) <= 80 and not _NUMERIC.match(text):
        out.append(model.Locator(strategy=S.TEXT, value=text, scope=scope))
    seen = element.get("seen_text") or ""
    if seen and seen == name and len(seen) <= 80 and role in ("button", "link"):  # the "Close" that says so, not the X beside it
        said = json.dumps(seen, ensure_ascii=False)
        out.append(model.Locator(strategy=S.CSS, value=f"{element['tag']}:text-is({said}):not(:has(svg, img, i))", scope=scope))
        # the group bar's "Competitors" (a.pure-button) where each row's tag link says it too: its class tells them apart
        for cls in [c for c in (attrs.get("class") or "").split() if _PLAIN_CLASS.fullmatch(c) and not _GENERATED.search(c)][:2]:
            out.append(model.Locator(strategy=S.CSS, value=f"{element['tag']}.{_css_ident(cls)}:text-is({said})", scope=scope))
    href = attrs.get("href", "")
    if element["tag"] == "a" and href and not href.startswith(("#", "javascript:")) and len(href) < 120:
        out.append(model.Locator(strategy=S.ATTRIBUTE, attribute="href", value=href, scope=scope))
    if attrs.get("id") and not _GENERATED.search(attrs["id"]):
        out.append(model.Locator(strategy=S.CSS, value=f"#{_css_ident(attrs['id'])}", scope=scope))
    classes = [c for c in state_classes.stable(attrs.get("class", "").split()) if not _GENERATED.search(c)]
    css = element["tag"] + "".join(f".{_css_ident(c)}" for c in classes)
    if classes:
        out.append(model.Locator(strategy=S.CSS, value=css, scope=scope))
        if not element.get("interactive"):  # <div class="cart"><div class="cart">…: the outer box, or the inner one
            out.append(model.Locator(strategy=S.CSS, value=f"{css}:not({css} {css})", scope=scope))
            out.append(model.Locator(strategy=S.CSS, value=f"{css}:not(:has({css}))", scope=scope))
            out.append(model.Locator(strategy=S.CSS, value=f"{css}:visible", scope=scope))  # the one dropdown-menu open
    elif element["tag"] in ("table", "form"):
        out.append(model.Locator(strategy=S.CSS, value=element["tag"], scope=scope))  # the page's one table or form, when it is
    if element["tag"] == "form":  # a form told from the search form beside it by where it sends, or how
        for attribute in ("action", "method"):
            if attrs.get(attribute) and len(attrs[attribute]) < 120:
                out.append(model.Locator(strategy=S.CSS, value=f"form[{attribute}={json.dumps(attrs[attribute])}]", scope=scope))
    if element.get("box_title_field"):  # the list whose title field says "Backlog"
        titled = model.Locator(strategy=S.ATTRIBUTE, attribute="value", value=element["box_title"])
        out.append(model.Locator(strategy=S.CSS, value=css, has=titled, scope=scope))
    if element.get("box_title"):  # the card whose first line says "Messages"
        title = model.Locator(strategy=S.TEXT, value=element["box_title"], exact=True)
        out.append(model.Locator(strategy=S.CSS, value=css, has=title, scope=scope))
        out.append(model.Locator(strategy=S.CSS, value=css, has_text=element["box_title"], scope=scope))
    shown = element.get("text") or ""
    if classes and shown and not text and len(shown) <= 80 and not re.search(r"\d", shown):
        out.append(model.Locator(strategy=S.CSS, value=css, has_text=shown, scope=scope))  # the box whose inner span says it
    if element.get("icon_css"):  # a textless control by the icon it holds: button:has(> span.navbar-toggler-icon)
        out.append(model.Locator(strategy=S.CSS, value=f"{css}:has(> {element['icon_css']})", scope=scope))
    if scope is not None and not classes:  # inside a named box, its tag may be enough (the one span in the link)
        out.append(model.Locator(strategy=S.CSS, value=element["tag"], scope=scope))
    if shown and len(shown) <= 80 and not element.get("interactive"):  # its copy in a closed dialog is not shown
        said = json.dumps(shown, ensure_ascii=False)
        out.append(model.Locator(strategy=S.CSS, value=f"{element['tag']}:visible:text-is({said})", scope=scope))
        if shown != (element.get("own_text") or ""):  # its text runs through a child ("Log in using the <strong>Email…")
            out.append(model.Locator(strategy=S.TEXT, value=shown, exact=True, scope=scope))
            out.append(model.Locator(strategy=S.CSS, value=f"{element['tag']}:visible:has-text({said}):not(:has(:has-text({said})))", scope=scope))
    return out


_NATIVE_TAGS = frozenset({"a", "button", "input", "select", "textarea", "option", "summary", "img", "nav", "header", "footer",
                          "main", "aside", "dialog", "table", "tr", "td", "th", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6"})


def _explicit_role_options(element: ScannedElement, scope: model.Locator | None) -> list[model.Locator]:
    """A control drawn by a plain tag with an explicit role (div[role=button], span[role=checkbox]): the tag and
    role, narrowed by its aria-label or its text (the caller keeps only what finds it alone)."""
    attrs = element["attrs"]
    role = attrs.get("role", "").split(" ")[0]
    if not role or element["tag"] in _NATIVE_TAGS or role in ("presentation", "none", "generic"):
        return []
    css = f"{element['tag']}[role={json.dumps(role)}]"
    label = attrs.get("aria-label", "")
    if label and not _GENERATED.search(label):
        return [model.Locator(strategy=S.CSS, value=f"{css}[aria-label={json.dumps(label, ensure_ascii=False)}]", scope=scope)]
    text = element.get("name") or element.get("own_text") or ""
    out = []
    if text and len(text) <= 80 and not _NUMERIC.match(text):
        out.append(model.Locator(strategy=S.CSS, value=css, has_text=text, scope=scope))
    out.append(model.Locator(strategy=S.CSS, value=css, scope=scope))  # the one such control (in its scope)
    return out


_BADGE_COUNT = re.compile(r"^(?P<name>.*\D)\s+\(?(?P<count>\d+)\+?\)?$")


def name_without_count(element: ScannedElement) -> str:
    """Its accessible name without the count a badge inside adds ("favorite 1" -> "favorite")."""
    name = element.get("name", "")
    counted = _BADGE_COUNT.match(name)
    return counted.group("name").strip() if counted and counted.group("count") not in (element.get("own_text") or "") else name


def _role_option(role: str, name: str, own_text: str, scope: model.Locator | None) -> model.Locator:
    """Role and name; a count a badge inside adds to the name ("cart 2") is left out, as it changes."""
    counted = _BADGE_COUNT.match(name)
    if counted and counted.group("count") not in own_text:
        return model.Locator(strategy=S.ROLE, role=role, value=counted.group("name").strip(), exact=False, scope=scope)
    return model.Locator(strategy=S.ROLE, role=role, value=name, scope=scope)


def _toggle_options(element: ScannedElement, scope: model.Locator | None) -> list[model.Locator]:
    """A checkbox or radio with no label: by the text right after it ([x] Completed), or inside a named box by what it is
    (the row's one checkbox)."""
    kind = element["attrs"].get("type", "")
    if element["tag"] != "input" or kind not in ("checkbox", "radio"):
        return []
    out = []
    if element.get("next_label"):
        said_after = model.Locator(strategy=S.TEXT, value=element["next_label"], exact=True, scope=scope)
        out.append(model.Locator(strategy=S.CSS, value=f"xpath=preceding::input[@type='{kind}'][1]", scope=said_after))
    if scope is not None:
        out.append(model.Locator(strategy=S.CSS, value=f"input[type={kind}]", scope=scope))
    return out


def build_locator(
    session: page_session.PageSession,
    element: ScannedElement,
    scope_text: str | None,
    *,
    region: str | None = None,
    near: str | None = None,
    says: str | None = None,
    labelled: bool = False,
    section: str | None = None,
) -> model.Locator | None:
    """The first locator option that resolves to exactly this element: on its own, then inside the region the
    person named, then inside the control or box that holds it (the badge in the cart link; with ``near``, the
    box that says it: the badge next to "Kitchen"); ``says``: the text a row was named by; ``labelled``: the scope
    is the label of the element's own box (its child that says exactly that); ``section``: the heading a table or
    list sits under, found after it when nothing else tells it."""
    for scope in _scopes(element, scope_text, region, near, labelled=labelled):
        for option in locator_options(element, scope, says):
            if session.is_candidate(option, element["i"]):
                return option
    if section and element["tag"] in ("table", "ul", "ol", "dl") and not scope_text:
        heading = model.Locator(strategy=S.TEXT, value=section, exact=True)  # "the Members table": the first one after Members
        option = model.Locator(strategy=S.CSS, value=f"xpath=following::{element['tag']}[1]", scope=heading)
        if session.is_candidate(option, element["i"]):
            return option
    if region or element.get("items"):
        # twins told apart only by where they are drawn, or one per item of a list (each product's Add to cart): a
        # place among them says nothing of which one; the sentence must name its item
        return None
    return _by_place(session, element, scope_text, near, says, labelled)


def _by_place(session: page_session.PageSession, element: ScannedElement, scope_text: str | None,
              near: str | None, says: str | None, labelled: bool) -> model.Locator | None:
    """No option finds the element alone (two copies of one link, the same text in a menu and on the page): the one
    of a few an option finds, by its place among them. Its fingerprint still guards every later use."""
    for scope in _scopes(element, scope_text, None, near, labelled=labelled):
        for option in (o for o in locator_options(element, scope, says) if o.nth is None):
            place = session.place_among(option, element["i"], _FEW_COPIES)
            if place is not None:
                return dataclasses.replace(option, nth=place)
    return None


_FEW_COPIES = 4  # more alike than this and a place among them says little a person would recognise


def _scopes(
    element: ScannedElement, scope_text: str | None, region: str | None, near: str | None = None, *, labelled: bool = False
) -> list[model.Locator | None]:
    """Containers to narrow a locator to, each only as the sentence names them."""
    bases: list[model.Locator | None] = [None]
    if element.get("section_css"):  # "… listed under Starred": found inside that section, never the same name elsewhere
        bases = [model.Locator(strategy=S.CSS, value=element["section_css"])]
    if scope_text:
        if not element.get("container"):
            return []
        container = element["container"]
        exact = model.Locator(strategy=S.TEXT, value=element["scope_exact"], exact=True) if element.get("scope_exact") else None
        bases = []
        # the box that says the scope, then the innermost such box (<div class="content"> around the rows' own div.content);
        # each also as the one holding exactly "Blue Mug" (has_text also finds "Blue Mug Lid")
        for box in (container, f"{container}:not(:has({container}))"):
            bases.append(model.Locator(strategy=S.CSS, value=box, has_text=scope_text))
            if exact is not None:
                bases.append(model.Locator(strategy=S.CSS, value=box, has=exact))
        if labelled:  # '"Required" under Title': the box whose own child says Title, not every box around the form
            said = json.dumps(" ".join(scope_text.split()), ensure_ascii=False)
            bases.insert(0, model.Locator(strategy=S.CSS, value=f"{container}:has(> :text-is({said}))"))
        if element.get("scope_value"):  # the list whose name field says "Backlog" (a field's value is no text to has_text)
            named = model.Locator(strategy=S.ATTRIBUTE, attribute="value", value=element["scope_value"])
            bases.append(model.Locator(strategy=S.CSS, value=container, has=named))
        # a box that says the scope only in its markup ("form.password-login" for "the login form"): its own css, when
        # that finds the element alone
        bases.append(model.Locator(strategy=S.CSS, value=container))
    scopes: list[model.Locator | None] = []
    for base in bases:
        scopes += _inner_scopes(element, base, region, near)
    return scopes


def _inner_scopes(
    element: ScannedElement, base: model.Locator | None, region: str | None, near: str | None
) -> list[model.Locator | None]:
    scopes = [base]
    landmarks = element.get("landmarks") or {}
    if region:
        said = " ".join(vocabulary.words(region))
        css = landmarks.get(said) or landmarks.get(intent.region_name(said) or "")
        if css:
            scopes.append(model.Locator(strategy=S.CSS, value=css, scope=base))
    holder = element.get("holder")
    if holder:
        href = holder.get("href") or ""
        if href and not href.startswith(("#", "javascript:")):
            scopes.append(model.Locator(strategy=S.ATTRIBUTE, attribute="href", value=href, scope=base))
        if holder.get("css"):
            scopes.append(model.Locator(strategy=S.CSS, value=holder["css"], scope=base))
            if near:
                scopes.append(model.Locator(strategy=S.CSS, value=holder["css"], has_text=near, scope=base))
    return scopes


def _preview_locator(element: ScannedElement) -> model.Locator:
    options = locator_options(element, None)
    return options[0] if options else model.Locator(strategy=S.CSS, value=element["tag"])


def _css_ident(text: str) -> str:
    """An id as a CSS identifier: a sign escaped, and a digit that starts it as its code point ("5jx" is "\\35 jx")."""
    escaped = re.sub(r"([^A-Za-z0-9_-])", r"\\\1", text)
    lead = re.match(r"-?(\d)", escaped)
    if lead:
        escaped = f"{escaped[:lead.start(1)]}\\{ord(lead.group(1)):x} {escaped[lead.end(1):]}"
    return escaped


def fingerprints_agree(cached: model.Fingerprint | None, live: model.Fingerprint) -> bool:
    """Drift check for a cached locator: same kind of element, and a close name."""
    if cached is None:
        return True
    if cached.tag != live.tag or (cached.role or "") != (live.role or ""):
        return False
    return cached.name == live.name or similarity(cached.name, live.name) >= 0.8
