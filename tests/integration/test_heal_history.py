"""Heal history is read back: the ladder is ordered by what worked, per step key (target, role, action,
scope) then per app."""

from __future__ import annotations



from pacts_farm import cache, model
from pacts_farm.store import heals, repo

LADDER = ("role", "label", "placeholder", "text", "attribute")


def _step(text: str, scope: str | None = None) -> model.PlannedStep:
    return model.PlannedStep(index=0, text=text, action=model.Action.CLICK, target=model.Target(text=text, scope=scope))


MUG, CAP = _step("Add to cart", "Blue Mug"), _step("Add to cart", "Red Cap")


def _heal(step: model.PlannedStep, strategy: str, outcome: str = "accepted", app: str = "http://a") -> object:
    assert step.target is not None
    return repo.new_heal_row(
        run_id=None, item_key="k", app=app, page="/", target=step.target.text, signature=cache.signature(app, step),
        action=step.action.value, scope=step.target.scope, failed_locator=None, new_locator=None,
        strategy=strategy, outcome=outcome, reason="test", duration_ms=1.0,
    )


def test_heal_history_orders_by_step_key_then_app(sessions: repo.Sessions) -> None:
    mug, cap = cache.signature("http://a", MUG), cache.signature("http://a", CAP)
    assert heals.strategy_order(sessions, app="http://a", signature=mug, ladder=LADDER) == LADDER
    repo.record_heals(sessions, [_heal(MUG, "text"), _heal(MUG, "text"), _heal(CAP, "label"),
                                 _heal(CAP, "label"), _heal(CAP, "label"), _heal(MUG, "placeholder", "rejected"),
                                 _heal(MUG, "attribute", app="http://other")])
    order = heals.strategy_order(sessions, app="http://a", signature=mug, ladder=LADDER)
    assert order[:2] == ("text", "label")  # this key's winner, then the app's (same target text, other scope)
    assert order[2:] == ("role", "placeholder", "attribute")  # rejected and other apps do not count
    assert heals.strategy_order(sessions, app="http://a", signature=cap, ladder=LADDER)[:2] == ("label", "text")
    assert ("placeholder", "rejected", 1) in heals.counts(sessions)
