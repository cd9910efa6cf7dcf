"""Heal history is read back: the ladder is ordered by what worked, per target then per app."""

from __future__ import annotations



from pacts_farm.store import heals, repo

LADDER = ("role", "label", "placeholder", "text", "attribute")


def _heal(target: str, strategy: str, outcome: str = "accepted", app: str = "http://a") -> object:
    return repo.new_heal_row(
        run_id=None, item_key="k", app=app, page="/", target=target, failed_locator=None, new_locator=None,
        strategy=strategy, outcome=outcome, reason="test", duration_ms=1.0,
    )


def test_heal_history_orders_by_target_then_app(sessions: repo.Sessions) -> None:
    assert heals.strategy_order(sessions, app="http://a", target="Login", ladder=LADDER) == LADDER
    repo.record_heals(sessions, [_heal("Login", "text"), _heal("Login", "text"), _heal("Cart", "label"),
                                 _heal("Cart", "label"), _heal("Cart", "label"), _heal("Login", "placeholder", "rejected"),
                                 _heal("Login", "attribute", app="http://other")])
    order = heals.strategy_order(sessions, app="http://a", target="Login", ladder=LADDER)
    assert order[:2] == ("text", "label")  # this target's winner, then the app's
    assert order[2:] == ("role", "placeholder", "attribute")  # rejected and other apps do not count
    assert heals.strategy_order(sessions, app="http://a", target="Cart", ladder=LADDER)[:2] == ("label", "text")
    assert ("placeholder", "rejected", 1) in heals.counts(sessions)
