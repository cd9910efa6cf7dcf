"""Cache keys: what makes two steps the same entry."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.finding import cache


@pytest.mark.parametrize(
    ("url", "page"),
    [
        ("http://a/orders/123/items", "/orders/{n}/items"),
        ("http://a/u/550e8400-e29b-41d4-a716-446655440000/", "/u/{id}"),
        ("http://a/", "/"),
        ("http://a", "/"),
        ("http://a/inventory?sort=az#top", "/inventory"),
        ("http://a/item/blue-mug", "/item/blue-mug"),
    ],
)
def test_cache_normalise_page(url: str, page: str) -> None:
    assert cache.normalise_page(url) == page


def test_cache_app_origin_lowercases_and_keeps_port() -> None:
    assert cache.app_origin("HTTP://Example.COM:8080/x?y") == "http://example.com:8080"


def test_cache_signature_ignores_case_and_spacing_but_not_role() -> None:
    def step(text: str, role: str | None = None) -> model.PlannedStep:
        return model.PlannedStep(index=0, text="", action=model.Action.CLICK, target=model.Target(text=text, role_hint=role))

    assert cache.signature("a", step("Log  In")) == cache.signature("a", step("log in"))
    assert cache.signature("a", step("Login", "button")) != cache.signature("a", step("Login", "link"))


def test_a_select_an_option_was_chosen_in_is_never_cached() -> None:
    select = model.Locator(strategy=model.Strategy.CSS, value="#id_product")
    found = model.Resolution(locator=select, source=model.LocatorSource.DISCOVERED, confidence=0.9)
    assert cache.is_cacheable(found)
    chosen = model.Resolution(locator=select, source=model.LocatorSource.DISCOVERED, confidence=0.9,
                              opened=f"'Shopfront Web' {model.CHOSEN_IN_ITS_SELECT}")
    assert not cache.is_cacheable(chosen)  # a later run's click would land on the select, not choose in it
