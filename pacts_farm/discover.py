"""(page, Target) -> a verified Resolution: one DOM scan, scored in Python, never a guessed selector.

The scan lists elements whose name, text or attributes share a word with the target; each is scored
on what a person would call it, role fit and visibility; the winner gets the most user-facing locator
that resolves to exactly that element on the live page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from pacts_farm import browser, errors, model

S = model.Strategy
_GENERATED = re.compile(r"\d{3,}|[0-9a-f]{8,}|^:r|^(ember|react|mui|ng-|css-)", re.IGNORECASE)
_WORD = re.compile(r"[a-z0-9]+")
SYNONYMS = {
    "login": ("log in", "sign in", "signin"),
    "log in": ("login", "sign in"),
    "sign in": ("login", "log in"),
    "logout": ("log out", "sign out"),
    "log out": ("logout", "sign out"),
    "sign out": ("logout", "log out"),
    "cart": ("basket", "bag"),
    "basket": ("cart",),
    "menu": ("navigation",),
    "continue": ("next", "proceed"),
    "submit": ("send", "save"),
    "search": ("find",),
    "delete": ("remove",),
    "remove": ("delete",),
}
FILLABLE = {"textbox", "searchbox", "combobox", "spinbutton"}
CLICKABLE = {"button", "link", "checkbox", "radio", "tab", "menuitem", "option", "switch", "treeitem", "combobox"}
CHECKABLE = {"checkbox", "radio", "switch"}
ACCEPT_SCORE = 0.55  # below this, no element is what the step meant


@dataclass(frozen=True, slots=True)
class Scored:
    element: dict[str, Any]
    score: float
    reason: str


def words(text: str) -> list[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", text or "")
    return _WORD.findall(spaced.lower())


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
    wa, wb = set(la.split()), set(lb.split())
    if wa <= wb:  # every word of what the person said is in the name
        return 0.75 + 0.15 * len(wa) / len(wb)
    overlap = len(wa & wb) / len(wa | wb)
    return max(0.6 * overlap, 0.5 * SequenceMatcher(None, la, lb).ratio() if overlap else 0.0)


def query_tokens(target: model.Target) -> list[str]:
    """Words the scan pre-filters on: the target's and their synonyms'."""
    tokens = set(words(target.text))
    phrase = " ".join(words(target.text))
    for key, alternatives in SYNONYMS.items():
        if key in phrase:
            for alt in alternatives:
                tokens.update(words(alt))
    return sorted(tokens)


def role_fit(action: model.Action, element: dict[str, Any], role_hint: str | None) -> float:
    """How well the element's role suits the action and the person's role word (0 excludes it)."""
    role = element.get("role") or ""
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
    elif action is model.Action.PRESS:
        fit = 1.0 if fill_like or element["interactive"] else 0.6
    else:  # hover, assertions, waits
        fit = 1.0 if element["interactive"] or role in ("heading", "img", "alert", "status") else 0.85
    if action is model.Action.CLICK and fill_like and role_hint is None:
        fit = min(fit, 0.6)  # clicking into a field is possible, but rarely what "click X" means
    if role_hint and fit:
        kind_hint, kind = _kind(role_hint), "fill" if fill_like else _kind(role)
        if role == role_hint or (role_hint == "textbox" and fill_like):
            fit = min(1.0, fit + 0.1)
        elif kind_hint and kind and kind_hint != kind:
            return 0.0  # "the Apply button" is never a text field, "the Terms link" never a checkbox
        elif kind_hint == kind:
            fit *= 0.9  # button <-> link: the same kind of control
        else:
            fit *= 0.7
    return fit


_KINDS = {
    "press": {"button", "link", "menuitem", "tab", "option", "treeitem"},
    "fill": {"textbox", "searchbox", "combobox", "spinbutton", "listbox"},
    "toggle": {"checkbox", "radio", "switch"},
}


def _kind(role: str | None) -> str | None:
    return next((name for name, roles in _KINDS.items() if role in roles), None)


def name_score(target: model.Target, element: dict[str, Any], relaxed: bool) -> tuple[float, str]:
    """The best match between what the person said and what the element is called, with why."""
    attrs = element["attrs"]
    said = target.text
    options = [
        (element.get("name", ""), "accessible name", 1.0),
        (element.get("label", ""), "label", 1.0),
        (attrs.get("placeholder", ""), "placeholder", 0.97),
        (attrs.get("title", ""), "title", 0.95),
        (attrs.get("alt", ""), "alt text", 0.95),
        (element.get("own_text", "") or element.get("text", ""), "text", 0.9),
        (" ".join(attrs.get(a, "") for a in ("data-test", "data-testid", "data-qa")), "test id", 0.8),
        (attrs.get("name", ""), "name attribute", 0.8),
        (attrs.get("id", "") + " " + attrs.get("class", ""), "id/class words", 0.7),
    ]
    best, why = 0.0, ""
    alternatives = [said]
    if relaxed:
        phrase = " ".join(words(said))
        alternatives += [alt for key, alts in SYNONYMS.items() if key == phrase for alt in alts]
    for text, label, weight in options:
        if not text:
            continue
        for alt in alternatives:
            if target.exact and label in ("accessible name", "label", "text") and alt == said:
                value = 1.0 if text == said else (0.9 if text.lower() == said.lower() else similarity(said, text) * 0.9)
            elif label == "id/class words":
                value = _word_cover(alt, text)
            else:
                value = similarity(alt, text)
            value *= weight * (0.93 if alt != said else 1.0)
            if value > best:
                best, why = value, f"{label} {text.strip()[:60]!r}"
    return best, why


def _word_cover(said: str, attribute_words: str) -> float:
    wanted = set(words(said)) - {"the", "a", "an"}
    have = set(words(attribute_words))
    return len(wanted & have) / len(wanted) * 0.9 if wanted else 0.0


def score_elements(
    elements: Iterable[dict[str, Any]], target: model.Target, action: model.Action, *, relaxed: bool = False
) -> list[Scored]:
    scored = []
    for element in elements:
        fit = role_fit(action, element, target.role_hint)
        if fit == 0.0:
            continue
        name, why = name_score(target, element, relaxed)
        if name == 0.0:
            continue
        score = name * fit
        if not element["visible"]:
            score *= 0.5  # listed for the report, never chosen for an action
        scored.append(Scored(element, score, why))
    scored.sort(key=lambda s: -s.score)
    return scored


def describe_element(element: dict[str, Any]) -> str:
    role = element.get("role") or element["tag"]
    text = f"{role} {element.get('name') or element.get('text', '')[:40]!r}"
    if element.get("container_text"):
        text += f" in {element['container_text'][:40]!r}"
    if not element["visible"]:
        text += f" (not visible: {element.get('hidden_because')})"
    return text


def find(
    session: browser.PageSession,
    target: model.Target,
    action: model.Action,
    *,
    timeout_ms: int,
    relaxed: bool = False,
    accept: float = ACCEPT_SCORE,
) -> model.Resolution:
    """Wait for the target to appear, then return its verified locator; the wait ends with ``timeout_ms`` or
    earlier once the page has been idle for the step's idle time (patience.py), and the message says which."""
    waiting = session.waiting(timeout_ms)
    while True:
        try:
            return resolve_once(session, target, action, relaxed=relaxed, accept=accept)
        except errors.LocatorNotFound as exc:
            if waiting.over():
                raise errors.LocatorNotFound(exc.message + waiting.note(), candidates=exc.candidates) from None
            session.page.wait_for_timeout(100)


def resolve_once(
    session: browser.PageSession,
    target: model.Target,
    action: model.Action,
    *,
    relaxed: bool = False,
    accept: float = ACCEPT_SCORE,
) -> model.Resolution:
    elements = session.scan(query_tokens(target), target.scope)
    ranked = score_elements(elements, target, action, relaxed=relaxed)
    candidates = tuple(
        model.Candidate(locator=_preview_locator(s.element), score=s.score, description=describe_element(s.element))
        for s in ranked[:5]
    )
    usable = [s for s in ranked if s.element["visible"] and s.score >= accept]
    if not usable:
        what = f'"{target.text}"' + (f' in "{target.scope}"' if target.scope else "")
        raise errors.LocatorNotFound(f"no visible element matches {what}", candidates=candidates)
    best = usable[0]
    rivals = [s for s in usable[1:] if best.score - s.score < 0.02]
    if rivals:
        raise errors.LocatorAmbiguous(
            f'{len(rivals) + 1} elements match "{target.text}" equally well'
            + (" — name the item it belongs to (… for the Blue Mug)" if not target.scope else ""),
            candidates=candidates,
        )
    locator = build_locator(session, best.element, target.scope)
    if locator is None:
        raise errors.LocatorNotFound(
            f'"{target.text}" looks like {describe_element(best.element)}, but no stable locator identifies it uniquely',
            candidates=candidates,
        )
    return model.Resolution(
        locator=locator,
        source=model.LocatorSource.DISCOVERED,
        confidence=round(best.score, 3),
        fingerprint=fingerprint_of(best.element),
    )


def fingerprint_of(element: dict[str, Any]) -> model.Fingerprint:
    keep = ("id", "name", "data-test", "data-testid", "type", "placeholder")
    return model.Fingerprint(
        tag=element["tag"],
        role=element.get("role"),
        name=element.get("name", ""),
        attributes=tuple(sorted((k, v) for k, v in element["attrs"].items() if k in keep)),
        neighbourhood=element.get("neighbourhood", ""),
    )


def locator_options(element: dict[str, Any], scope: model.Locator | None) -> list[model.Locator]:
    """Locators for one element, most user-facing first (role+name leads)."""
    attrs = element["attrs"]
    out: list[model.Locator] = []
    role, name = element.get("role"), element.get("name", "")
    if role and name and role not in ("presentation", "none", "generic"):
        out.append(model.Locator(strategy=S.ROLE, role=role, value=name, scope=scope))
    if element.get("label"):
        out.append(model.Locator(strategy=S.LABEL, value=element["label"], scope=scope))
    if attrs.get("placeholder"):
        out.append(model.Locator(strategy=S.PLACEHOLDER, value=attrs["placeholder"], scope=scope))
    if attrs.get("alt"):
        out.append(model.Locator(strategy=S.ALT_TEXT, value=attrs["alt"], scope=scope))
    if attrs.get("title"):
        out.append(model.Locator(strategy=S.TITLE, value=attrs["title"], scope=scope))
    for attribute in ("data-test", "data-testid", "data-qa"):
        if attrs.get(attribute) and not _GENERATED.search(attrs[attribute]):
            out.append(model.Locator(strategy=S.TEST_ID, attribute=attribute, value=attrs[attribute], scope=scope))
    for attribute in ("name", "aria-label"):
        if attrs.get(attribute) and not _GENERATED.search(attrs[attribute]):
            out.append(model.Locator(strategy=S.ATTRIBUTE, attribute=attribute, value=attrs[attribute], scope=scope))
    text = element.get("own_text") or ""
    if text and len(text) <= 80:
        out.append(model.Locator(strategy=S.TEXT, value=text, scope=scope))
    if attrs.get("id") and not _GENERATED.search(attrs["id"]):
        out.append(model.Locator(strategy=S.CSS, value=f"#{_css_ident(attrs['id'])}", scope=scope))
    classes = [c for c in attrs.get("class", "").split() if not _GENERATED.search(c)]
    if classes:
        out.append(model.Locator(strategy=S.CSS, value=element["tag"] + "".join(f".{_css_ident(c)}" for c in classes), scope=scope))
    return out


def build_locator(session: browser.PageSession, element: dict[str, Any], scope_text: str | None) -> model.Locator | None:
    scope = None
    if scope_text:
        if not element.get("container"):
            return None
        scope = model.Locator(strategy=S.CSS, value=element["container"], has_text=scope_text)
    for option in locator_options(element, scope):
        if session.is_candidate(option, element["i"]):
            return option
    return None


def _preview_locator(element: dict[str, Any]) -> model.Locator:
    options = locator_options(element, None)
    return options[0] if options else model.Locator(strategy=S.CSS, value=element["tag"])


def _css_ident(text: str) -> str:
    return re.sub(r"([^A-Za-z0-9_-])", r"\\\1", text)


def fingerprints_agree(cached: model.Fingerprint | None, live: model.Fingerprint) -> bool:
    """Drift check for a cached locator: same kind of element, and a close name."""
    if cached is None:
        return True
    if cached.tag != live.tag or (cached.role or "") != (live.role or ""):
        return False
    return cached.name == live.name or similarity(cached.name, live.name) >= 0.8
