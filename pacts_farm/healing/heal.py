"""A failed locator -> a justified new one, or a failure that lists what was considered.

Bounded rounds: reveal (dismiss overlays, let the network settle), then re-probe with a strategy
ladder ordered by what heal history says works. A heal is accepted only when the element fits the
intent; assertions are never healed. A false pass is worse than a failure: when in doubt, fail.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from pacts_farm import errors, model
from pacts_farm.finding import discover, intent
from pacts_farm.browser import page_session
from pacts_farm.browser.scanned import ScannedElement

DEFAULT_ROUNDS = 3
LADDER = ("reveal", "synonyms", "attributes", "neighbours")
NEIGHBOURS_ACCEPT = 0.8  # how alike the surroundings must be for a position-based heal
HEAL_ACCEPT = 0.65  # a heal must clear more than discovery's bar; the role the step names is never relaxed


ASSIST_MAX_CANDIDATES = 8
ASSIST_RELEVANCE = 0.4  # how much a candidate must resemble the step or the old element to be shown to Claude


@dataclass(frozen=True, kw_only=True, slots=True)
class Contender:
    """What the assist sees of one element in a tie: role, name, text, stable attributes, neighbourhood."""

    role: str
    name: str
    text: str
    attributes: tuple[tuple[str, str], ...]
    neighbourhood: str


class Assist(Protocol):
    """Picks among tied candidates (Claude, via the pipeline): an index, or None for "none of them".

    May raise errors.PactsFarmError (unavailable, over budget): the heal then fails as it would have.
    """

    def __call__(
        self, step: model.PlannedStep, failed: model.Fingerprint | None, contenders: Sequence[Contender]
    ) -> int | None: ...


@dataclass(frozen=True, kw_only=True, slots=True)
class Healed:
    resolution: model.Resolution
    event: model.HealEvent
    attempts: tuple[model.HealAttempt, ...]


def in_a_dialog(target: model.Target) -> bool:
    """A target the sentence places in a dialog ("the dialog's email field"): a heal never closes the dialog it is in."""
    return target.region == "dialog"


def heal_step(
    session: page_session.PageSession,
    step: model.PlannedStep,
    *,
    failed: model.Resolution | None,
    problem: str,
    rounds: int = DEFAULT_ROUNDS,
    ladder: Sequence[str] = LADDER,
    timeout_ms: int = 1500,
    assist: Assist | None = None,
    refused: Collection[model.Locator] = frozenset(),
) -> Healed:
    """Find the element the step meant after the page changed; raises errors.LocatorError when unjustified.

    When the ladder ends in a tie (several plausible elements, none justified) and ``assist`` is given,
    it picks one; the pick must still pass the gate, and the role kind is never relaxed.
    """
    if step.action.is_assertion or step.target is None:
        raise errors.LocatorNotFound(f"{problem} (assertions are never healed)")
    started = time.perf_counter()
    considered: tuple[model.Candidate, ...] = ()
    notes: list[str] = []
    attempts: list[model.HealAttempt] = []
    tied = False
    for round_no in range(1, rounds + 1):
        gated: dict[model.Locator, page_session.GateReport] = {}  # one wait per element a round: strategies often agree
        dismissed = [] if in_a_dialog(step.target) else session.dismiss_overlays()
        if dismissed:
            notes.append("dismissed " + ", ".join(dismissed))
        session.settle(300 * round_no)
        for strategy in ladder:
            probing = time.perf_counter()
            try:
                resolution = _probe(session, step, failed, strategy, timeout_ms)
            except _NotApplicable:
                continue
            except errors.LocatorError as exc:
                considered = exc.candidates or considered
                tied = tied or isinstance(exc, (errors.LocatorAmbiguous, _Tied))
                attempts.append(_tried(strategy, round_no, probing, False, exc.message))
                continue
            if resolution.locator in refused:  # a person marked this heal wrong for this target
                why = f"{resolution.locator.describe()} was marked wrong for this target"
                attempts.append(_tried(strategy, round_no, probing, False, why, resolution.confidence))
                continue
            gate = gated.get(resolution.locator) or session.wait_for_gate(resolution.locator, timeout_ms)
            gated[resolution.locator] = gate
            if not gate.ok:
                why = f"{resolution.locator.describe()}: {', '.join(gate.reasons)}"
                notes.append(why)
                attempts.append(_tried(strategy, round_no, probing, False, why, resolution.confidence))
                continue
            reason = _reason(strategy, failed, resolution, notes, problem)
            attempts.append(_tried(strategy, round_no, probing, True, reason, resolution.confidence))
            event = model.HealEvent(
                step_index=step.index,
                old_locator=failed.locator if failed else None,
                new_locator=resolution.locator,
                strategy=strategy,
                round=round_no,
                reason=reason,
                duration_ms=(time.perf_counter() - started) * 1000,
            )
            healed = model.Resolution(
                locator=resolution.locator,
                source=model.LocatorSource.HEALED,
                confidence=resolution.confidence,
                fingerprint=resolution.fingerprint,
            )
            return Healed(resolution=healed, event=event, attempts=tuple(attempts))
    if tied and assist is not None:
        asking = time.perf_counter()
        picked = _assisted(session, step, failed, assist, timeout_ms, round_no=rounds)
        attempts.append(dataclasses.replace(
            picked.attempt, duration_ms=(time.perf_counter() - asking) * 1000,
            confidence=picked.resolution.confidence if picked.resolution else None,
        ))
        if picked.resolution is not None and picked.resolution.locator not in refused:
            event = model.HealEvent(
                step_index=step.index,
                old_locator=failed.locator if failed else None,
                new_locator=picked.resolution.locator,
                strategy="llm",
                round=rounds,
                reason=picked.attempt.reason,
                duration_ms=(time.perf_counter() - started) * 1000,
            )
            return Healed(resolution=picked.resolution, event=event, attempts=tuple(attempts))
        notes.append(picked.attempt.reason)
    detail = "; ".join(notes[-3:])
    raise errors.HealFailed(
        f"{problem}; healing found no element that fits the step" + (f" ({detail})" if detail else ""),
        candidates=considered,
        attempts=tuple(attempts),
    )


def _tried(
    strategy: str, round_no: int, started: float, accepted: bool, reason: str, confidence: float | None = None
) -> model.HealAttempt:
    """One rung of the ladder as heal history keeps it: its own time and how sure it was."""
    return model.HealAttempt(strategy=strategy, round=round_no, accepted=accepted, reason=reason[:300],
                             duration_ms=(time.perf_counter() - started) * 1000, confidence=confidence)


class _NotApplicable(Exception):
    """The strategy has nothing to work with for this step (e.g. no old fingerprint)."""


class _Tied(errors.LocatorNotFound):
    """A structural strategy matched several elements: a tie the assist may break."""


@dataclass(frozen=True, kw_only=True, slots=True)
class _Pick:
    resolution: model.Resolution | None
    attempt: model.HealAttempt


def _assisted(
    session: page_session.PageSession,
    step: model.PlannedStep,
    failed: model.Resolution | None,
    assist: Assist,
    timeout_ms: int,
    *,
    round_no: int,
) -> _Pick:
    """Show the assist the plausible elements; its pick passes the same guard as any heal."""
    assert step.target is not None
    old = failed.fingerprint if failed else None

    def refused(why: str) -> _Pick:
        return _Pick(resolution=None, attempt=model.HealAttempt(strategy="llm", round=round_no, accepted=False, reason=why[:300]))

    ranked = _plausible(_scan(session, [], step.target), step, old)
    if len(ranked) < 2:
        return refused(f"llm: not asked, {len(ranked)} plausible element(s)")
    contenders = [
        Contender(
            role=el.get("role") or el["tag"], name=el.get("name", ""), text=(el.get("own_text") or el.get("text") or "")[:120],
            attributes=discover.fingerprint_of(el).attributes, neighbourhood=el.get("neighbourhood", "")[:200],
        )
        for el in ranked
    ]
    try:
        choice = assist(step, old, contenders)
    except errors.PactsFarmError as exc:
        return refused(f"llm: {exc.message}")
    if choice is None:
        return refused(f"llm: none of the {len(ranked)} candidates is the element the step means")
    element = ranked[choice]
    locator = discover.build_locator(session, element, step.target.scope, region=step.target.region)
    if locator is None:
        return refused(f"llm chose {discover.describe_element(element)}, but no stable locator identifies it")
    gate = session.wait_for_gate(locator, timeout_ms)
    if not gate.ok:
        return refused(f"llm chose {locator.describe()}, refused by the gate: {', '.join(gate.reasons)}")
    reason = f"llm chose {locator.describe()} among {len(ranked)} tied candidates"
    resolution = model.Resolution(
        locator=locator, source=model.LocatorSource.HEALED, confidence=0.6, fingerprint=discover.fingerprint_of(element)
    )
    return _Pick(resolution=resolution, attempt=model.HealAttempt(strategy="llm", round=round_no, accepted=True, reason=reason[:300]))


def _plausible(
    elements: list[ScannedElement], step: model.PlannedStep, old: model.Fingerprint | None
) -> list[ScannedElement]:
    """Visible elements of the kind the step needs (the role kind never relaxed) that resemble the step or the old element."""
    assert step.target is not None
    scored = []
    for element in elements:
        if not element["visible"] or discover.role_fit(step.action, element, step.target.role_hint) == 0.0:
            continue
        if old is not None and old.role and discover.role_fit(step.action, element, old.role) == 0.0:
            continue  # the old element's kind (a button stays a pressable control)
        name = element.get("name", "")
        relevance = discover.name_score(step.target, element, True)[0]
        if old is not None:
            relevance = max(relevance, discover.similarity(old.name, name))
            if old.neighbourhood:
                theirs = _surroundings(element.get("neighbourhood", ""), name)
                relevance = max(relevance, discover.similarity(_surroundings(old.neighbourhood, old.name), theirs))
        if relevance >= ASSIST_RELEVANCE:
            scored.append((relevance, element))
    scored.sort(key=lambda pair: -pair[0])
    return [element for _, element in scored[:ASSIST_MAX_CANDIDATES]]


def _probe(
    session: page_session.PageSession,
    step: model.PlannedStep,
    failed: model.Resolution | None,
    strategy: str,
    timeout_ms: int,
) -> model.Resolution:
    target = step.target
    assert target is not None
    if strategy == "reveal":  # the same intent, after the page was revealed
        return discover.find(session, target, step.action, timeout_ms=timeout_ms, accept=HEAL_ACCEPT)
    if strategy == "synonyms":  # names relaxed (log in ~ sign in, case, word order); the role kind kept
        loose = dataclasses.replace(target, exact=False)  # its scope, region, position and descriptor kept
        return discover.resolve_once(session, loose, step.action, relaxed=True, accept=HEAL_ACCEPT)
    if target.position is not None:  # "the first product" stays positional: only discovery keeps that meaning
        raise _NotApplicable(strategy)
    if strategy == "attributes" and failed is not None and failed.fingerprint is not None:
        return _by_fingerprint(session, step, failed.fingerprint)
    if strategy == "neighbours" and failed is not None and failed.fingerprint is not None and failed.fingerprint.neighbourhood:
        return _by_neighbours(session, step, failed.fingerprint)
    raise _NotApplicable(strategy)


def _scan(session: page_session.PageSession, tokens: list[str], target: model.Target) -> list[ScannedElement]:
    """The scan, kept to the part of the page the step named: a heal never leaves "the footer"."""
    elements = session.scan(tokens, target.scope, detail=discover.needs_detail(target), scope_box=target.scope_box)
    return [e for e in elements if not target.region or intent.in_region(e, target.region)]


def _surroundings(neighbourhood: str, name: str) -> str:
    """The text around an element without its own name."""
    return " ".join(w for w in discover.words(neighbourhood) if w not in set(discover.words(name)))


def _by_neighbours(
    session: page_session.PageSession, step: model.PlannedStep, old: model.Fingerprint
) -> model.Resolution:
    """The one element of the same role that sits where the old one sat (same surrounding text)."""
    assert step.target is not None
    around = _surroundings(old.neighbourhood, old.name)
    if len(around.split()) < 2:
        raise errors.LocatorNotFound("too little text around the old element to place it")
    elements = _scan(session, [], step.target)  # every interactive element: the name may be all new
    matches = []
    for element in elements:
        if not element["visible"] or (element.get("role") or "") != (old.role or ""):
            continue
        if discover.role_fit(step.action, element, step.target.role_hint) == 0.0:
            continue
        theirs = _surroundings(element.get("neighbourhood", ""), element.get("name", ""))
        if discover.similarity(around, theirs) >= NEIGHBOURS_ACCEPT:
            matches.append(element)
    return _the_one(session, step, matches, f"elements of role {old.role} sit among {around!r}")


def _by_fingerprint(
    session: page_session.PageSession, step: model.PlannedStep, old: model.Fingerprint
) -> model.Resolution:
    """The element whose stable attributes (name=, data-test, id, type) match the old element's."""
    assert step.target is not None
    tokens = sorted({w for _, value in old.attributes for w in discover.words(value)} | set(discover.words(old.name)))
    elements = _scan(session, tokens, step.target)
    matches = []
    for element in elements:
        if not element["visible"] or discover.role_fit(step.action, element, None) == 0.0:
            continue
        if element["tag"] != old.tag or (element.get("role") or "") != (old.role or ""):
            continue
        same = sum(1 for key, value in old.attributes if element["attrs"].get(key) == value)
        if same >= 2 or (same == 1 and discover.similarity(old.name, element.get("name", "")) >= 0.5):
            matches.append(element)
    return _the_one(session, step, matches, "elements share the old element's attributes")


def _the_one(
    session: page_session.PageSession, step: model.PlannedStep, matches: list[ScannedElement], what: str
) -> model.Resolution:
    """A structural match heals only when it is unique and has a stable locator."""
    assert step.target is not None
    if len(matches) > 1:
        raise _Tied(f"{len(matches)} {what}")
    if len(matches) != 1:
        raise errors.LocatorNotFound(f"{len(matches)} {what}")
    locator = discover.build_locator(session, matches[0], step.target.scope, region=step.target.region)
    if locator is None:
        raise errors.LocatorNotFound(f"no stable locator for the element that matched ({what})")
    return model.Resolution(
        locator=locator, source=model.LocatorSource.HEALED, confidence=0.7, fingerprint=discover.fingerprint_of(matches[0])
    )


def _reason(
    strategy: str, failed: model.Resolution | None, new: model.Resolution, notes: list[str], problem: str
) -> str:
    old = failed.locator.describe() if failed else "no locator"
    parts = [f"{problem}; {strategy}: {old} -> {new.locator.describe()}"]
    parts.extend(n for n in notes if n.startswith("dismissed"))
    return "; ".join(parts)
