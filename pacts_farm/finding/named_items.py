"""'The product "Red Shoe" shows 49.99': the one item, among the repeated items the noun names (as a count finds
them), that says that name; its whole box is what the step checks, not the title inside it."""

from __future__ import annotations

from pacts_farm import model
from pacts_farm.finding import intent
from pacts_farm.planning import vocabulary
from pacts_farm.browser import page_session

S = model.Strategy
_TITLE_WORDS = frozenset({"title", "name", "heading"})


def item_said(target: model.Target, action: model.Action) -> bool:
    """Is the target a quoted name with a plain noun for the item it names (descriptor no kind reads), in a text check?"""
    return (action is model.Action.EXPECT_TEXT and target.exact and bool(target.descriptor) and target.role_hint is None
            and target.position is None and not target.scope and intent.intent_of(target).kind is None)


def resolve_item(session: page_session.PageSession, target: model.Target) -> model.Resolution | None:
    """The item of the group ``target.descriptor`` names whose text holds ``target.text`` exactly once; None when the
    noun names no group a selector finds exactly, or not exactly one of its items says the name."""
    group = session.group_pick(target.descriptor or "", target.region, 0)
    if "error" in group or not group.get("exact") or group.get("level", 0) < 9:
        return item_around_title(session, target)
    says = model.Locator(strategy=S.TEXT, value=target.text, exact=True)
    found = session.found_alone(model.Locator(strategy=S.CSS, value=group["css"], has=says), 0.9)
    # None: the group the noun names is not the one holding the title
    return found if found is not None else item_around_title(session, target)


def item_around_title(session: page_session.PageSession, target: model.Target) -> model.Resolution | None:
    """When no markup names the items by the noun: the repeated box (card, row, list item) around the one element
    whose text is the title exactly; None when the title is not shown once or sits in no repeated box."""
    elements = session.scan(sorted(vocabulary.query_words(target.text)), None)
    titled = [e for e in elements if e["visible"] and (e.get("own_text") or "").strip() == target.text and e.get("items")]
    boxes = {e["items"][0]["css"] for e in titled}
    if len(boxes) > 1:  # the title in a card and in a table row: the one written as a title
        boxes = {e["items"][0]["css"] for e in titled if e.get("role") == "heading" or _TITLE_WORDS & set(e.get("markup_words") or ())}
    if len(boxes) != 1:
        return None
    says = model.Locator(strategy=S.TEXT, value=target.text, exact=True)
    return session.found_alone(model.Locator(strategy=S.CSS, value=boxes.pop(), has=says), 0.85)
