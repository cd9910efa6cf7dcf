"""'The price of the second product is 59.99 $': the field (price, name, rating…) of the item at a position among
the repeated items a noun names (as a count finds them), for items no markup word names the field of (a shop card
whose price is a bare <p>). The field's element is found by what it shows in the item, not by the value expected."""

from __future__ import annotations

import re

from pacts_farm import model
from pacts_farm.finding import fields
from pacts_farm.browser import page_session

S = model.Strategy
_NOUN_FIELD = re.compile(r"^(?P<noun>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,1})\s+(?P<field>[a-z]+)$")


def field_said(target: model.Target) -> tuple[str, str] | None:
    """('product', 'price') for "product price" at a position (the price of the Nth product), else None."""
    if target.position is None or target.scope or target.exact or target.role_hint is not None:
        return None
    said = _NOUN_FIELD.match(target.text)
    if said is None or not fields.is_field(said.group("field")):
        return None
    return said.group("noun"), said.group("field")


def resolve_field(session: page_session.PageSession, target: model.Target) -> model.Resolution | None:
    """The element showing the field inside the item at ``target.position``; None when the noun names no group a
    selector finds exactly, or the item shows no one element for that field."""
    said = field_said(target)
    if said is None:
        return None
    noun, field = said
    position = target.position or 1
    index = position - 1 if position > 0 else position
    picked = session.field_pick(noun, field, index, target.region, target.section)
    if "error" in picked or not picked.get("exact") or picked.get("level", 0) < 9 or not picked.get("path"):
        return None
    item = model.Locator(strategy=S.CSS, value=picked["css"], nth=-1 if position == -1 else index)
    locator = model.Locator(strategy=S.CSS, value=picked["path"], scope=item)
    return model.Resolution(
        locator=locator, source=model.LocatorSource.DISCOVERED, confidence=0.9, fingerprint=page_session.fingerprint_from_json(picked["chosen"])
    )
