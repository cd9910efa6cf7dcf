"""A failed item -> a deterministic root-cause class, from its steps and evidence (no LLM, no I/O).

selector_drift  a cached (known) locator stopped matching and nothing justified took its place (drift)
target_not_found  a target never found, with no cached locator: the page has no such element (or names it otherwise)
ambiguous       several elements match the target equally well and the sentence does not say which
timing          something did not appear, settle or finish in time (waits, moving elements, action timeouts,
                a page still busy when the step's budget ran out)
visibility      the element is there but hidden, covered or off-screen
disabled        the element is there but not enabled
assertion_mismatch  the page shows something else than the step expects
data            a value could not be used (a missing option, a secret not set on the worker)
environment     the app or the farm failed (page did not load, browser or infrastructure error)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pacts_farm import model

RC = model.RootCause
_ENVIRONMENT = re.compile(
    r"infrastructure error|browser died|internal error|cannot open |did not load within|refused to open|net::err|"
    r"status 5\d\d|worker .* was lost",
    re.IGNORECASE,
)
_DATA = re.compile(r"environment variable \w+ is not set|did not find some options|no option|invalid value", re.IGNORECASE)
_VISIBILITY = re.compile(r"hidden by css|aria-hidden|inert|off-screen|zero-size|covered by|not visible", re.IGNORECASE)
_TIMING = re.compile(r"\bmoving\b|did not complete within|ran past its time limit|timed? ?out|page was still busy", re.IGNORECASE)
_AMBIGUOUS = re.compile(r"equally well|not unique|more than one element", re.IGNORECASE)
_LOCATOR = re.compile(r"no visible element matches|healing found no element|no stable locator|not found", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True, slots=True)
class Diagnosis:
    cause: model.RootCause
    evidence: str  # the failed step and what showed it, one line


def classify(
    steps: Sequence[model.StepResult], *, verdict: model.Verdict, error: str | None = None
) -> Diagnosis | None:
    """The class of a failed or error item (None for items that did not fail)."""
    if verdict not in (model.Verdict.FAILED, model.Verdict.ERROR):
        return None
    failed = next((s for s in steps if s.outcome in (model.Outcome.FAILED, model.Outcome.ERROR)), None)
    text = (failed.error if failed and failed.error else error) or ""
    where = f"step {failed.index + 1} ({failed.text}): " if failed else ""
    evidence = (where + text)[:500]
    return Diagnosis(cause=_cause(failed, text, verdict), evidence=evidence)


def _cause(failed: model.StepResult | None, text: str, verdict: model.Verdict) -> model.RootCause:
    if _DATA.search(text):
        return RC.DATA
    if failed is None or _ENVIRONMENT.search(text):
        return RC.ENVIRONMENT
    action = failed.action
    if action.is_assertion:
        return RC.ASSERTION_MISMATCH
    if action is model.Action.WAIT_FOR:
        return RC.TIMING
    if re.search(r"\bdisabled\b|not enabled", text, re.IGNORECASE):
        return RC.DISABLED
    if _VISIBILITY.search(text) or _only_hidden_candidates(failed):
        return RC.VISIBILITY
    if action is model.Action.SELECT and re.search(r"did not complete within|failed:", text):
        return RC.DATA  # the element was usable: the option to choose is not there
    if _TIMING.search(text):
        return RC.TIMING
    if failed.drifted:
        return RC.SELECTOR_DRIFT  # a known locator stopped matching: what followed is the drift's consequence
    if _AMBIGUOUS.search(text):
        return RC.AMBIGUOUS
    if _LOCATOR.search(text) or failed.heal_attempts:
        return RC.TARGET_NOT_FOUND
    return RC.ENVIRONMENT if verdict is model.Verdict.ERROR else RC.TARGET_NOT_FOUND


def _only_hidden_candidates(step: model.StepResult) -> bool:
    """Discovery saw the element, but only hidden: the step's best candidate is not visible."""
    return bool(step.candidates) and "(not visible" in step.candidates[0].description


def evidence_text(item_title: str, steps: Sequence[model.StepResult], evidence: model.Evidence | None, error: str | None) -> str:
    """What a person (or Claude) needs to understand the failure, as compact text (secrets already masked)."""
    lines = [f"test: {item_title}"]
    for step in steps:
        lines.append(f"{step.index + 1}. {step.outcome.value}: {step.text}" + (f" -> {step.error}" if step.error else ""))
        for candidate in step.candidates[:5]:
            lines.append(f"   candidate: {candidate.description} (score {candidate.score:.2f})")
        for attempt in step.heal_attempts[:6]:
            lines.append(f"   heal {attempt.strategy}: {'accepted' if attempt.accepted else 'rejected'}: {attempt.reason}")
    if error and not any(s.error for s in steps):
        lines.append(f"error: {error}")
    if evidence is not None:
        if evidence.url:
            lines.append(f"page: {evidence.url} ({evidence.title or ''})")
        lines.extend(f"console: {e}" for e in evidence.console_errors[:5])
        if evidence.dom_excerpt:
            lines.append("dom around the target: " + evidence.dom_excerpt[:1500])
    return "\n".join(lines)
