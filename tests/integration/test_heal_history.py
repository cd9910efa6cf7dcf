"""Heal history is read back: the ladder is ordered by smoothed success rate, per step key (target, role,
action, scope), backed by the app's rate, backed by every app's."""

from __future__ import annotations



from pacts_farm import model
from pacts_farm.finding import cache
from pacts_farm.store import db, heals

LADDER = ("role", "label", "placeholder", "text", "attribute")


def _step(text: str, scope: str | None = None) -> model.PlannedStep:
    return model.PlannedStep(index=0, text=text, action=model.Action.CLICK, target=model.Target(text=text, scope=scope))


MUG, CAP = _step("Add to cart", "Blue Mug"), _step("Add to cart", "Red Cap")


def _heal(step: model.PlannedStep, strategy: str, outcome: str = "accepted", app: str = "http://a") -> model.HealRecord:
    assert step.target is not None
    return model.HealRecord(
        run_id=None, item_key="k", app=app, page="/", target=step.target.text, signature=cache.signature(app, step),
        action=step.action, scope=step.target.scope, failed_locator=None, new_locator=None,
        strategy=strategy, accepted=outcome == "accepted", reason="test", duration_ms=1.0,
    )


def test_heal_history_orders_by_rate_per_step_key_then_app_then_global(sessions: db.Sessions) -> None:
    mug, cap = cache.signature("http://a", MUG), cache.signature("http://a", CAP)
    assert heals.strategy_order(sessions, app="http://a", signature=mug, ladder=LADDER) == LADDER
    heals.record_heals(sessions, [_heal(MUG, "text"), _heal(MUG, "text"), _heal(CAP, "label"),
                                 _heal(CAP, "label"), _heal(CAP, "label"), _heal(MUG, "placeholder", "rejected"),
                                 _heal(MUG, "attribute", app="http://other")])
    order = heals.strategy_order(sessions, app="http://a", signature=mug, ladder=LADDER)
    assert order[:2] == ("text", "label")  # this key's winner, then the app's (same target text, other scope)
    assert order[2:] == ("attribute", "role", "placeholder")  # another app's success beats untried; a failure sinks
    assert heals.strategy_order(sessions, app="http://a", signature=cap, ladder=LADDER)[:2] == ("label", "text")
    rates = heals.strategy_rates(sessions, app="http://a", signatures=[mug], ladder=LADDER)[mug]
    assert rates["role"] == heals.RATE_PRIOR and rates["text"] > rates["label"] > rates["attribute"] > rates["placeholder"]
    assert ("placeholder", "rejected", 1) in heals.counts(sessions)


def test_heal_history_rate_beats_count_and_wrong_heals_are_failures(sessions: db.Sessions) -> None:
    """Three accepted out of ten attempts rank below one out of one; heals marked wrong count as failures."""
    mug = cache.signature("http://a", MUG)
    heals.record_heals(sessions, [*(_heal(MUG, "text") for _ in range(3)), *(_heal(MUG, "text", "rejected") for _ in range(7)),
                                 _heal(MUG, "label")])
    assert heals.strategy_order(sessions, app="http://a", signature=mug, ladder=LADDER)[0] == "label"
    heals.record_heals(sessions, [_heal(MUG, "role"), _heal(MUG, "role")])
    assert heals.strategy_order(sessions, app="http://a", signature=mug, ladder=LADDER)[0] == "role"
    for heal in heals.recent(sessions):
        if heal.strategy == "role":
            with_locator(sessions, heal.id)
            heals.mark_wrong(sessions, heal.id, by="ana", now=db.utcnow())
    order = heals.strategy_order(sessions, app="http://a", signature=mug, ladder=LADDER)
    assert order[0] == "label" and order.index("role") > order.index("placeholder")  # 0 of 2 now: below untried


def with_locator(sessions: db.Sessions, heal_id: int) -> None:
    """mark_wrong needs the heal's chosen locator (these rows were written without one)."""
    from pacts_farm.store import db, models

    with db.transaction(sessions) as s:
        s.get(models.HealRow, heal_id).new_locator = {"strategy": "role", "role": "button", "value": "Add"}
