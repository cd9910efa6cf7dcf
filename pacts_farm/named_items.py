"""'The product "Red Shoe" shows 49.99': the one item, among the repeated items the noun names (as a count finds
them), that says that name; its whole box is what the step checks, not the title inside it."""

from __future__ import annotations

from pacts_farm import browser, intent, model

S = model.Strategy


def item_said(target: model.Target, action: model.Action) -> bool:
    """Is the target a quoted name with a plain noun for the item it names (descriptor no kind reads), in a text check?"""
    return (action is model.Action.EXPECT_TEXT and target.exact and bool(target.descriptor) and target.role_hint is None
            and target.position is None and not target.scope and intent.intent_of(target).kind is None)


def resolve_item(session: browser.PageSession, target: model.Target) -> model.Resolution | None:
    """The item of the group ``target.descriptor`` names whose text holds ``target.text`` exactly once; None when the
    noun names no group a selector finds exactly, or not exactly one of its items says the name."""
    group = session.group_pick(target.descriptor or "", target.region, 0)
    if "error" in group or not group.get("exact") or group.get("level", 0) < 9:
        return None
    says = model.Locator(strategy=S.TEXT, value=target.text, exact=True)
    locator = model.Locator(strategy=S.CSS, value=group["css"], has=says)
    seen = session.inspect(locator, gate=False)
    if seen.count != 1 or seen.fingerprint is None:
        return None
    return model.Resolution(locator=locator, source=model.LocatorSource.DISCOVERED, confidence=0.9, fingerprint=seen.fingerprint)
