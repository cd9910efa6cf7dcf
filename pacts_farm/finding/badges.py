"""A badge's locator: "the favorites badge" is the number inside the favorites control, found there and only there.

Apps style every badge alike (one generated class for the cart's and the favorites' counter), so a selector that
finds the badge alone is unique only while the other badge is away; once it is back, or once this one is gone,
it would read the other control's number. A badge that sits in a control is therefore always located inside
that control, and the control by what tells it from its neighbours (its name, ids, label, link or icon, or a
class that says the subject), itself checked to find exactly one element on the page.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from pacts_farm import model
from pacts_farm.planning import vocabulary
from pacts_farm.browser import page_session
from pacts_farm.browser.scanned import ScannedElement

S = model.Strategy
_COUNT_AT_END = re.compile(r"\s*\(?\d+\+?\)?\s*$")


def holder_scopes(holder: dict[str, Any], subject: str) -> list[model.Locator]:
    """Locators for the control a badge sits in, by what names it apart from controls that look the same; a class
    only when its words say the subject ("cart-button" for the cart badge)."""
    out: list[model.Locator] = []
    name = _COUNT_AT_END.sub("", holder.get("name") or "").strip()  # "Favorites 1": the count changes, the name stays
    role = holder.get("role")
    if role and name:
        out.append(model.Locator(strategy=S.ROLE, role=role, value=name, exact=False))
    attrs = holder.get("attrs") or {}
    for attribute in ("data-test", "data-testid", "data-qa"):
        if attrs.get(attribute):
            out.append(model.Locator(strategy=S.TEST_ID, attribute=attribute, value=attrs[attribute]))
    for attribute in ("aria-label", "title"):
        label = _COUNT_AT_END.sub("", attrs.get(attribute) or "").strip()
        if label:
            out.append(model.Locator(strategy=S.CSS, value=f"[{attribute}^={_quoted(label)}]"))
    if attrs.get("id"):
        out.append(model.Locator(strategy=S.CSS, value=f"[id={_quoted(attrs['id'])}]"))
    href = holder.get("href") or ""
    if href and not href.startswith(("#", "javascript:")):
        out.append(model.Locator(strategy=S.ATTRIBUTE, attribute="href", value=href))
    title = holder.get("svg_title") or ""
    if title and holder.get("tag") and not ('"' in title and "'" in title):  # <button><svg><title>Cart</title>
        quote = "'" if '"' in title else '"'
        out.append(model.Locator(strategy=S.CSS, value=f"xpath=//{holder['tag']}[.//*[local-name()='title'][normalize-space()={quote}{title}{quote}]]"))
    alt = holder.get("img_alt") or ""
    if alt and holder.get("tag"):  # <button><img alt="cart"> <span>2</span></button>
        out.append(model.Locator(strategy=S.CSS, value=f"{holder['tag']}:has(img[alt={_quoted(alt)}])"))
    css = holder.get("css") or ""
    if holder.get("icon_css") and css:
        out.append(model.Locator(strategy=S.CSS, value=f"{css}:has(> {holder['icon_css']})"))
    if css and subject and vocabulary.cover(subject, vocabulary.expand(holder.get("class_words") or ())) >= 0.9:
        out.append(model.Locator(strategy=S.CSS, value=css))
    return out


def badge_locator(
    session: page_session.PageSession, element: ScannedElement, subject: str, options: Any,
) -> model.Locator | None:
    """The first of ``options(scope)`` (the badge's own locator options inside a scope) that finds exactly this badge
    inside the one control it sits in; None when the control cannot be told apart (no guess). Not for a badge
    outside a control: that one is the caller's to locate."""
    holder = element.get("holder") or {}
    landmarks = [model.Locator(strategy=S.CSS, value=css) for css in (element.get("landmarks") or {}).values()]
    for scope in holder_scopes(holder, subject):
        for placed in (scope, *(dataclasses.replace(scope, scope=landmark) for landmark in landmarks)):
            if session.count(placed) != 1:
                continue  # another control answers to it too (a product's heart): the header's, then, if only one is there
            for option in options(placed):
                if session.is_candidate(option, element["i"]):
                    return option
    return None


def in_control(element: ScannedElement) -> bool:
    """Does the badge sit in a control (a button or link), whose badge it is?"""
    return bool((element.get("holder") or {}).get("control"))


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
