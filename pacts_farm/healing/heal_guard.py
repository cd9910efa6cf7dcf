"""The checks every heal passes, whether found now, remembered by the run or read from the cache.

A healed element must be of the kind the step needs (a button stays a pressable control), sit inside
the container that holds the step's scope text ("Add to cart for the Blue Mug" never lands in another
card), and pass the actionability gate. A scope that is not on the page at all is a failure that names
it: the item was removed or renamed, and no heal moves the step to a neighbour.
"""

from __future__ import annotations

from pacts_farm import model
from pacts_farm.finding import discover
from pacts_farm.browser import page_session

SCOPE_TEXT_LIMIT = 200_000  # characters of the page's visible text searched for a scope


def scope_text(locator: model.Locator | None) -> str | None:
    """The container text a locator is narrowed to (``has_text``, or an exact ``has`` text, of its scope chain), if any."""
    while locator is not None:
        if locator.has_text:
            return locator.has_text
        if locator.has is not None and locator.has.strategy is model.Strategy.TEXT:  # the card holding exactly "Blue Mug"
            return locator.has.value
        if locator.has is not None and locator.has.strategy is model.Strategy.ATTRIBUTE and locator.has.attribute == "value":
            return locator.has.value  # the list whose name field says "Backlog"
        locator = locator.scope
    return None


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def in_scope(target: model.Target | None, locator: model.Locator) -> bool:
    """A locator for a scoped target must be narrowed to a container holding exactly that scope's text."""
    if target is None or not target.scope:
        return True
    return _norm(scope_text(locator)) == _norm(target.scope)


def scope_missing(session: page_session.PageSession, target: model.Target | None) -> str | None:
    """Why a scoped step cannot run here (its scope text is nowhere on the page), or None."""
    if target is None or not target.scope:
        return None
    if _norm(target.scope) in _norm(session.visible_text(SCOPE_TEXT_LIMIT)):
        return None
    return (
        f'no "{target.scope}" on the page: the item the step names is gone or renamed, and a heal never'
        f' moves "{target.text}" to another item'
    )


def kind_fits(step: model.PlannedStep, fingerprint: model.Fingerprint) -> bool:
    """The element is a control of the kind the step's action and role word need (the heal bar's rule)."""
    if step.target is None:
        return True
    role = fingerprint.role or ""
    attrs = dict(fingerprint.attributes)
    element = {
        "tag": fingerprint.tag, "role": role, "attrs": attrs,
        "interactive": role in discover.CLICKABLE or role in discover.FILLABLE,
    }
    return discover.role_fit(step.action, element, step.target.role_hint) > 0.0


def refusal(
    session: page_session.PageSession, step: model.PlannedStep, locator: model.Locator, *, timeout_ms: int
) -> str | None:
    """Why ``locator`` may not be used as a heal for ``step`` on this page, or None when it may."""
    return checked(session, step, locator, timeout_ms=timeout_ms)[0]


def checked(
    session: page_session.PageSession, step: model.PlannedStep, locator: model.Locator, *, timeout_ms: int
) -> tuple[str | None, model.Fingerprint | None]:
    """Why ``locator`` may not be used as a heal for ``step`` here (None: it may), and the element's fingerprint.

    One round trip when the element is there and usable now (count, fingerprint and the gate, as the warm path
    checks a cached element; the action itself waits for it to hold still); otherwise the gate is waited for.
    """
    if not in_scope(step.target, locator):
        assert step.target is not None
        return f'{locator.describe()} is not inside "{step.target.scope}"', None
    seen = session.inspect(locator, gate=True)
    if seen.count == 1 and seen.gate is not None and seen.gate.ok and seen.fingerprint is not None:
        fingerprint = seen.fingerprint
    else:
        gate = session.wait_for_gate(locator, timeout_ms)
        if not gate.ok:
            return f"{locator.describe()}: {', '.join(gate.reasons)}", None
        fingerprint = session.fingerprint(locator)
    if not kind_fits(step, fingerprint):
        return f"{locator.describe()} is not a control a {step.action.value} step can use", None
    return None, fingerprint


def changes(
    step: model.PlannedStep, old: model.Resolution | None, new: model.Resolution
) -> tuple[str, ...]:
    """How the element acted on differs from the old one (or, without one, from what the step said)."""
    target = step.target
    out = []
    old_name = old.fingerprint.name if old is not None and old.fingerprint is not None else (target.text if target else "")
    new_name = new.fingerprint.name if new.fingerprint is not None else ""
    if new.fingerprint is not None and _words(old_name) != _words(new_name):
        out.append(f"name {old_name!r} → {new_name!r}")
    old_role = old.fingerprint.role if old is not None and old.fingerprint is not None else (target.role_hint if target else None)
    new_role = new.fingerprint.role if new.fingerprint is not None else None
    if old_role and new_role and old_role != new_role:
        out.append(f"role {old_role} → {new_role}")
    old_scope = scope_text(old.locator) if old is not None else (target.scope if target else None)
    new_scope = scope_text(new.locator)
    if _norm(old_scope) != _norm(new_scope):
        out.append(f"scope {old_scope or '(none)'!r} → {new_scope or '(none)'!r}")
    return tuple(out)


def _words(text: str) -> list[str]:
    return discover.words(text)
