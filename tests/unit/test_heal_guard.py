"""heal_guard's pure rules: a heal for a scoped step stays in that scope, and what a heal changed is named."""

from __future__ import annotations

from pacts_farm import model
from pacts_farm.healing import heal_guard

S = model.Strategy


def _in(card: str | None, name: str = "Add to cart") -> model.Locator:
    scope = model.Locator(strategy=S.CSS, value="div.inventory-item", has_text=card) if card else None
    return model.Locator(strategy=S.ROLE, role="button", value=name, scope=scope)


def _step(scope: str | None) -> model.PlannedStep:
    return model.PlannedStep(index=3, text="Click Add to cart", action=model.Action.CLICK,
                             target=model.Target(text="Add to cart", role_hint="button", scope=scope))


def _resolution(locator: model.Locator, name: str, role: str = "button") -> model.Resolution:
    return model.Resolution(locator=locator, source=model.LocatorSource.HEALED, confidence=0.8,
                            fingerprint=model.Fingerprint(tag="button", role=role, name=name, attributes=(), neighbourhood=""))


def test_heal_guard_keeps_a_scoped_heal_in_its_card() -> None:
    step = _step("Green Tote")
    assert heal_guard.in_scope(step.target, _in("Green Tote"))
    assert heal_guard.in_scope(step.target, _in("green  tote"))  # case and spacing as the container filter reads them
    assert not heal_guard.in_scope(step.target, _in("Blue Mug"))  # a neighbour's button, though it looks the same
    assert not heal_guard.in_scope(step.target, _in(None))  # an unscoped locator may find any card's button
    assert heal_guard.in_scope(_step(None).target, _in("Blue Mug"))  # an unscoped step names no card


def test_heal_guard_names_what_a_heal_changed() -> None:
    step = _step("Blue Mug")
    old = _resolution(_in("Blue Mug"), "Add to cart")
    assert heal_guard.changes(step, old, _resolution(_in("Blue Mug", "Add to cart"), "Add to cart")) == ()
    assert heal_guard.changes(step, old, _resolution(_in("Blue Mug", "Add to bag"), "Add to bag")) == (
        "name 'Add to cart' → 'Add to bag'",)
    moved = heal_guard.changes(step, old, _resolution(_in("Red Cap"), "Add to cart", role="link"))
    assert moved == ("role button → link", "scope 'Blue Mug' → 'Red Cap'")
    assert heal_guard.changes(step, None, _resolution(_in("Blue Mug"), "Add to cart")) == ()  # as the step said it


def test_heal_guard_reads_an_exact_text_scope_as_the_cards_scope() -> None:
    """A card narrowed to the one holding exactly "Blue Mug" (not "Blue Mug Lid") is that card: its cached locator is used."""
    exact = model.Locator(strategy=model.Strategy.TEXT, value="Blue Mug", exact=True)
    card = model.Locator(strategy=model.Strategy.CSS, value="div.card-body", has=exact)
    button = model.Locator(strategy=model.Strategy.ROLE, role="button", value="Add to cart", scope=card)
    assert heal_guard.in_scope(model.Target(text="Add to cart", scope="Blue Mug"), button)
    assert not heal_guard.in_scope(model.Target(text="Add to cart", scope="Blue Mug Lid"), button)
    assert heal_guard.scope_text(button) == "Blue Mug"
