"""A target the rules could not resolve (nothing matched, or several matched equally) -> Claude's pick among
verified candidates, or a failure that says why.

Only actions get here (assertions are never resolved by a guess). The candidates are the visible elements of
the page (in the step's scope) whose role suits the action and the role the sentence names, each with a locator
verified to find exactly it; Claude sees a compact list (role, name, text, word tokens, region) and answers an
index or "none". The pick must still pass the gate; "none", an unusable answer or a refused pick fails the step.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from pacts_farm import errors, model
from pacts_farm.finding import discover
from pacts_farm.browser import page_session
from pacts_farm.browser.scanned import ScannedElement

MAX_OPTIONS = 20
STRATEGY = "llm_pick"  # how the attempt is named in a step's heal attempts
_GENERATED = re.compile(r"\d{3,}|^[0-9a-f]{8,}$")
_TOKEN_ATTRIBUTES = ("id", "class", *discover.TEST_ID_ATTRIBUTES, "name", "aria-label", "title", "alt", "href", "type", "placeholder")


@dataclass(frozen=True, kw_only=True, slots=True)
class Option:
    """What Claude sees of one candidate element."""

    role: str
    name: str
    text: str
    tokens: tuple[str, ...]  # words of its attributes (class, id, data-test, aria-label, title, alt, href ...)
    region: str  # the landmark it sits in and where on the screen: "header, top right"


class Picker(Protocol):
    """Claude, via the pipeline: the index of the option the step means, or None for "none of them".

    May raise errors.PactsFarmError (unavailable, over budget, invalid answer twice): the step then fails.
    """

    def __call__(self, step: model.PlannedStep, problem: str, options: Sequence[Option]) -> int | None: ...


@dataclass(frozen=True, kw_only=True, slots=True)
class Picked:
    resolution: model.Resolution
    attempt: model.HealAttempt


def pick_target(
    session: page_session.PageSession,
    step: model.PlannedStep,
    picker: Picker,
    *,
    problem: str,
    timeout_ms: int,
    refused: Collection[model.Locator] = frozenset(),
) -> Picked:
    """Claude's pick for ``step``'s target; raises errors.HealFailed (with the attempt) when there is none."""
    target = step.target
    if target is None or step.action.is_assertion:
        raise errors.LocatorNotFound(f"{problem} (assertions are never resolved by a pick)")

    def fail(why: str) -> errors.HealFailed:
        attempt = model.HealAttempt(strategy=STRATEGY, round=1, accepted=False, reason=why[:300])
        return errors.HealFailed(f"{problem}; {why}", attempts=(attempt,))

    elements, locators = _verified(session, step)
    if not elements:
        raise fail("llm: not asked, no visible element of the kind the step needs")
    regions = session.regions([el["i"] for el in elements])
    options = [
        Option(role=el.get("role") or el["tag"], name=el.get("name", "")[:80],
               text=(el.get("own_text") or el.get("text") or "")[:80], tokens=tokens_of(el), region=region)
        for el, region in zip(elements, regions)
    ]
    try:
        choice = picker(step, problem, options)
    except errors.PactsFarmError as exc:
        raise fail(f"llm: {exc.message}") from None
    if choice is None:
        raise fail(f"llm: none of the {len(options)} candidates is the element the step means")
    element, locator = elements[choice], locators[choice]
    if discover.role_fit(step.action, element, target.role_hint) == 0.0:  # never relaxed, whatever the answer
        raise fail(f"llm chose {discover.describe_element(element)}, which cannot be used to {step.action.value}")
    if locator in refused:
        raise fail(f"llm chose {locator.describe()}, which a person marked wrong for this target")
    gate = session.wait_for_gate(locator, timeout_ms, thorough=False)
    if not gate.ok:
        raise fail(f"llm chose {locator.describe()}, refused by the gate: {', '.join(gate.reasons)}")
    reason = f"{problem}; llm chose {locator.describe()} among {len(options)} verified candidates"
    resolution = model.Resolution(
        locator=locator, source=model.LocatorSource.ASSISTED, confidence=0.6, fingerprint=discover.fingerprint_of(element)
    )
    return Picked(resolution=resolution, attempt=model.HealAttempt(strategy=STRATEGY, round=1, accepted=True, reason=reason[:300]))


def _verified(session: page_session.PageSession, step: model.PlannedStep) -> tuple[list[ScannedElement], list[model.Locator]]:
    """Visible elements of the kind the step needs, most like what the sentence says first, each with a locator
    that finds exactly it (the others are not shown)."""
    assert step.target is not None
    fitting = [
        el for el in session.scan([], step.target.scope, scope_box=step.target.scope_box)
        if el["visible"] and discover.role_fit(step.action, el, step.target.role_hint) > 0.0
    ]
    fitting.sort(key=lambda el: -discover.name_score(step.target, el, True)[0])  # type: ignore[arg-type]
    elements, locators = [], []
    for element in fitting:
        locator = discover.build_locator(session, element, step.target.scope)
        if locator is None:
            continue
        elements.append(element)
        locators.append(locator)
        if len(elements) == MAX_OPTIONS:
            break
    return elements, locators


def tokens_of(element: ScannedElement) -> tuple[str, ...]:
    """The words its attributes carry (split on camelCase, snake_case and kebab-case), generated ones left out."""
    seen: dict[str, None] = {}
    for word in element.get("tokens") or ():
        seen.setdefault(str(word).lower(), None)
    attrs = element["attrs"]
    for attribute in _TOKEN_ATTRIBUTES:
        value = attrs.get(attribute, "")
        if attribute == "href":
            value = value.split("?")[0].split("#")[0]
        for word in discover.words(value.replace("_", " ").replace("-", " ")):
            if len(word) > 1 and not word.isdigit() and not _GENERATED.search(word):
                seen.setdefault(word, None)
    return tuple(seen)[:12]
