"""Requirement -> typed Plan by deterministic rules, checked against schemas/plan.schema.json.

Rules are (pattern, builder) pairs tried in order; the first that matches wins. A sentence no rule
understands is an error that quotes it and says how to rephrase.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urljoin

import jsonschema

from pacts_farm import claude_tools, errors, model, phrases, suite
from pacts_farm.phrases import quoted

PLANNER_VERSION = "rules-1"
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "plan.schema.json"
HINT = (
    "start with a verb such as Go to, Fill, Click, Select, Check, Press, Hover, Wait for or Verify,"
    ' and quote values ("…"); or set ANTHROPIC_API_KEY to let the Claude planner read free-form text'
)
A = model.Action


@dataclass(frozen=True, slots=True)
class _Intent:
    action: model.Action
    target: model.Target | None = None
    value: str | None = None
    match: model.Match = model.Match.CONTAINS


_Builder = Callable[[re.Match[str]], "_Intent | None"]
_RULES: list[tuple[re.Pattern[str], _Builder]] = []


def _rule(pattern: str) -> Callable[[_Builder], _Builder]:
    def register(builder: _Builder) -> _Builder:
        _RULES.append((re.compile(pattern, re.IGNORECASE), builder))
        return builder

    return register


_VALUE = quoted("value")
_TEXT = quoted("text")
_ASSERT = r"^(?:verify|assert|check|ensure|confirm|expect|validate|make sure)(?:\s+that)?\s+"
_VISIBLE = r"(?:visible|displayed|shown|present|on the page|on screen)"
_SHOWS = r"(?:shows?|displays?|contains?|includes?|has|says|reads)(?:\s+(?:the\s+)?text)?"


def _target_from(match: re.Match[str], name: str = "target", scope: str | None = None) -> model.Target:
    return phrases.parse_target(match.group(name), scope=scope)


# --- navigation ---


@_rule(r"^(?:go to|goto|open|navigate to|visit|browse to|load)\s+" + quoted("url") + r"$")
@_rule(r"^(?:go to|goto|open|navigate to|visit|browse to|load)\s+(?:the\s+)?(?P<url>(?:https?://|/)\S*)(?:\s+page)?$")
def _navigate(m: re.Match[str]) -> _Intent | None:
    url = phrases.group(m, "url") or ""
    if not url.startswith(("/", "http://", "https://")):
        return None
    return _Intent(A.NAVIGATE, value=url)


# --- assertions (before check/click: "Check that …") ---


@_rule(_ASSERT + r"(?:the\s+)?(?:page\s+)?url\s+(?P<op>contains|includes|has|is|equals|is equal to|matches)\s+" + _TEXT + "$")
def _expect_url(m: re.Match[str]) -> _Intent:
    op = m.group("op").lower()
    match = model.Match.CONTAINS if op in ("contains", "includes", "has") else model.Match.EQUALS
    return _Intent(A.EXPECT_URL, value=phrases.group(m, "text"), match=match)


@_rule(_ASSERT + r"(?:the\s+)?(?:page\s+)?title\s+(?P<op>contains|includes|is|equals|is equal to)\s+" + _TEXT + "$")
def _expect_title(m: re.Match[str]) -> _Intent:
    match = model.Match.CONTAINS if m.group("op").lower() in ("contains", "includes") else model.Match.EQUALS
    return _Intent(A.EXPECT_TITLE, value=phrases.group(m, "text"), match=match)


@_rule(_ASSERT + r"(?:the\s+)?(?:page|screen|it)\s+(?:does not|doesn't|no longer)\s+(?:show|display|contain|include|have)(?:\s+(?:the\s+)?text)?\s+" + _TEXT + "$")
@_rule(_ASSERT + r"(?:the\s+)?(?:text\s+)?" + _TEXT + r"\s+(?:is not|isn't|are not|aren't)\s+" + _VISIBLE + "$")
@_rule(_ASSERT + r"(?:the\s+)?(?:text\s+)?" + _TEXT + r"\s+(?:disappears|is gone|is hidden|vanishes|goes away)$")
@_rule(_ASSERT + r"(?:there is\s+)?no\s+" + _TEXT + r"(?:\s+(?:text|message))?(?:\s+" + _VISIBLE + ")?$")
def _expect_text_hidden(m: re.Match[str]) -> _Intent:
    return _Intent(A.EXPECT_HIDDEN, value=phrases.group(m, "text"))


@_rule(_ASSERT + r"(?:the\s+)?(?:page|screen|it)\s+" + _SHOWS + r"\s+" + _TEXT + "$")
@_rule(_ASSERT + r"(?:the\s+)?(?:text\s+)?" + _TEXT + r"\s+(?:is|are)\s+" + _VISIBLE + "$")
@_rule(_ASSERT + r"(?:the\s+)?(?:text\s+)?" + _TEXT + r"\s+(?:appears|is on the page|shows up|is there)$")
@_rule(_ASSERT + r"(?:i\s+)?(?:can\s+)?see\s+" + _TEXT + "$")
@_rule(r"^(?:the\s+)?(?:page|screen)\s+should\s+(?:show|display|contain)\s+" + _TEXT + "$")
@_rule(r"^(?:i\s+)?(?:should\s+)?see\s+" + _TEXT + "$")
def _expect_text_visible(m: re.Match[str]) -> _Intent:
    return _Intent(A.EXPECT_VISIBLE, value=phrases.group(m, "text"))


@_rule(_ASSERT + r"(?P<target>.+?)\s+" + _SHOWS + r"\s+" + _TEXT + "$")
@_rule(r"^(?P<target>.+?)\s+should\s+(?:show|display|contain|say|read)\s+" + _TEXT + "$")
def _expect_element_text(m: re.Match[str]) -> _Intent:
    return _Intent(A.EXPECT_TEXT, target=_target_from(m), value=phrases.group(m, "text"))


@_rule(_ASSERT + r"(?P<target>.+?)\s+(?:is not|isn't|are not|aren't)\s+(?:visible|displayed|shown|present)$")
def _expect_element_hidden(m: re.Match[str]) -> _Intent:
    return _Intent(A.EXPECT_HIDDEN, target=_target_from(m))


@_rule(_ASSERT + r"(?P<target>.+?)\s+(?:is|are)\s+(?:visible|displayed|shown|present)$")
@_rule(r"^(?P<target>.+?)\s+should\s+be\s+(?:visible|displayed|shown)$")
def _expect_element_visible(m: re.Match[str]) -> _Intent:
    return _Intent(A.EXPECT_VISIBLE, target=_target_from(m))


# --- waiting ---


@_rule(r"^wait\s+(?:for\s+)?\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?)$")
def _fixed_wait(m: re.Match[str]) -> _Intent | None:
    raise _Refused('a fixed wait slows every run — wait for something instead: Wait for "Saved" (up to 10 seconds)')


@_rule(r"^wait\s+(?:for|until)\s+" + _TEXT + r"(?:\s+(?:to\s+)?(?:appears?|be visible|shows? up|is visible|is shown|is displayed|to load))?$")
def _wait_text(m: re.Match[str]) -> _Intent:
    return _Intent(A.WAIT_FOR, value=phrases.group(m, "text"))


@_rule(r"^wait\s+(?:for|until)\s+(?P<target>.+?)(?:\s+(?:to\s+)?(?:appears?|be visible|shows? up|is visible|is shown|is displayed|to load|loads))?$")
def _wait_element(m: re.Match[str]) -> _Intent:
    return _Intent(A.WAIT_FOR, target=_target_from(m))


# --- input ---


@_rule(r"^(?:fill(?:\s+in)?|enter|type|input|put|write)\s+" + _VALUE + r"\s+(?:in|into|on|to|as)\s+(?P<target>.+)$")
@_rule(r"^(?:fill(?:\s+in)?|set|populate|complete)\s+(?P<target>.+?)\s+(?:with|to|as)\s+" + _VALUE + "$")
def _fill(m: re.Match[str]) -> _Intent:
    target = _target_from(m)
    if target.role_hint is None:
        target = model.Target(text=target.text, role_hint="textbox", scope=target.scope, exact=target.exact)
    return _Intent(A.FILL, target=target, value=phrases.group(m, "value"))


@_rule(r"^(?:select|choose|pick)\s+" + _VALUE + r"\s+(?:from|in|on|for)\s+(?P<target>.+)$")
def _select(m: re.Match[str]) -> _Intent:
    target = _target_from(m)
    role = target.role_hint or "combobox"
    return _Intent(A.SELECT, target=model.Target(text=target.text, role_hint=role, exact=target.exact), value=phrases.group(m, "value"))


@_rule(r"^(?:uncheck|untick|deselect|clear the checkbox)\s+(?P<target>.+)$")
def _uncheck(m: re.Match[str]) -> _Intent:
    return _Intent(A.UNCHECK, target=_checkbox(_target_from(m)))


@_rule(r"^(?:check|tick|enable)\s+(?!that\b|if\b|whether\b)(?P<target>.+)$")
def _check(m: re.Match[str]) -> _Intent:
    return _Intent(A.CHECK, target=_checkbox(_target_from(m)))


def _checkbox(target: model.Target) -> model.Target:
    return model.Target(text=target.text, role_hint=target.role_hint or "checkbox", exact=target.exact)


@_rule(r"^(?:hover(?:\s+over|\s+on)?|mouse\s+over|move\s+(?:the\s+)?mouse\s+(?:over|to|onto))\s+(?P<target>.+)$")
def _hover(m: re.Match[str]) -> _Intent:
    return _Intent(A.HOVER, target=_target_from(m))


@_rule(r"^press\s+(?P<key>.+?)(?:\s+(?:in|on|into|inside)\s+(?P<target>.+))?$")
def _press(m: re.Match[str]) -> _Intent | None:
    key = phrases.parse_key(m.group("key"))
    if key is None:
        return None  # "Press the Submit button" is a click
    target = _target_from(m) if m.group("target") else None
    return _Intent(A.PRESS, target=target, value=key)


# --- clicks ---


@_rule(r"^add\s+(?P<item>.+?)\s+to\s+(?:the\s+|my\s+)?(?:shopping\s+)?(?P<container>cart|basket|bag)$")
def _add_to(m: re.Match[str]) -> _Intent:
    target = model.Target(text=f"Add to {m.group('container').lower()}", scope=phrases.strip_quotes(phrases.ARTICLES.sub("", m.group("item"))))
    return _Intent(A.CLICK, target=target)


@_rule(r"^remove\s+(?P<item>.+?)\s+from\s+(?:the\s+|my\s+)?(?:shopping\s+)?(?:cart|basket|bag)$")
def _remove_from(m: re.Match[str]) -> _Intent:
    return _Intent(A.CLICK, target=model.Target(text="Remove", scope=phrases.strip_quotes(phrases.ARTICLES.sub("", m.group("item")))))


@_rule(r"^(?:open|show|expand)\s+(?P<target>(?!/|https?://).+)$")
def _open(m: re.Match[str]) -> _Intent:
    return _Intent(A.CLICK, target=_target_from(m))  # "Open the menu": press what opens it


@_rule(r"^(?:click(?:\s+on)?|double-click(?:\s+on)?|press|tap(?:\s+on)?|select|hit|push|follow)\s+(?P<target>.+?)\s+(?:for|next to|beside|of|on)\s+(?P<scope>(?:the\s+)?(?:\"[^\"]+\"|“[^”]+”|[^\"“]+?))(?:\s+(?:item|product|row|card|entry))?$")
def _click_scoped(m: re.Match[str]) -> _Intent:
    return _Intent(A.CLICK, target=_target_from(m, scope=m.group("scope")))


@_rule(r"^(?:click(?:\s+on)?|double-click(?:\s+on)?|press|tap(?:\s+on)?|select|hit|push|follow)\s+(?P<target>.+)$")
def _click(m: re.Match[str]) -> _Intent:
    return _Intent(A.CLICK, target=_target_from(m))


class _Refused(Exception):
    def __init__(self, hint: str) -> None:
        self.hint = hint


# --- planning ---


def understand(sentence: str) -> _Intent | None:
    """The intent of one sentence, or None (raises _Refused with a hint for known bad phrasings)."""
    text = " ".join(sentence.strip().rstrip(".!").split())
    for pattern, builder in _RULES:
        match = pattern.match(text)
        if match:
            intent = builder(match)
            if intent is not None:
                return intent
    return None


_STRUCTURED_ACTIONS = {
    **{a.value: a for a in model.Action},
    "goto": A.NAVIGATE,
    "open": A.NAVIGATE,
    "go_to": A.NAVIGATE,
    "type": A.FILL,
    "enter": A.FILL,
    "tap": A.CLICK,
    "press_key": A.PRESS,
    "choose": A.SELECT,
    "verify": A.EXPECT_VISIBLE,
    "assert_visible": A.EXPECT_VISIBLE,
    "assert_hidden": A.EXPECT_HIDDEN,
    "assert_text": A.EXPECT_TEXT,
    "assert_url": A.EXPECT_URL,
    "assert_title": A.EXPECT_TITLE,
    "wait": A.WAIT_FOR,
}


class Assist(Protocol):
    """Reads what the rules cannot (the Claude planner): intents for ``sentences``, numbered from 1, in order."""

    def __call__(self, item: model.Item, sentences: Sequence[str]) -> Sequence[claude_tools.Intent]: ...


def make_plan(
    item: model.Item, *, base_url: str, source: str = "", assist: Assist | None = None, assist_reads_all: bool = False
) -> model.Plan:
    """Plan every step of ``item``; raises errors.PlanInvalid listing every step not understood.

    With ``assist``, sentences the rules cannot read (every sentence with ``assist_reads_all``) go to it;
    sentences the rules refuse on purpose (a fixed wait) and structured steps never do.
    """
    start_url = item.start_url or base_url
    sentences: list[tuple[model.SuiteStep, str]] = []
    if item.free_text:
        start_url, steps = _parse_free_text(item.free_text, start_url=start_url, base_url=base_url, line=item.line)
        sentences = [(s, f"text[{i}]") for i, s in enumerate(steps)]
    else:
        sentences = [(s, f"steps[{i}]") for i, s in enumerate(item.steps)]
    slots: list[list[model.PlannedStep]] = []
    pending: list[tuple[int, model.SuiteStep, str]] = []  # (slot, step, where) for the assist
    problems: list[errors.StepNotUnderstood] = []
    prefix = f"requirements[{item.index}]" if item.index is not None else item.requirement_id

    def problem(step: model.SuiteStep, where: str, hint: str) -> errors.StepNotUnderstood:
        return errors.StepNotUnderstood(
            suite.mask_secrets(step.display()), path=source, line=step.line, field=f"{prefix}.{where}", hint=hint
        )

    for step, where in sentences:
        if step.timeout_ms is None and item.timeout_ms is not None:
            step = replace(step, timeout_ms=item.timeout_ms)  # the requirement's timeout is its steps' default
        slots.append([])
        if assist is not None and assist_reads_all and step.text is not None:
            pending.append((len(slots) - 1, step, where))
            continue
        try:
            slots[-1].append(_plan_step(step, 0))
        except _NotUnderstood as exc:
            if assist is not None and not exc.refused:
                pending.append((len(slots) - 1, step, where))
            else:
                problems.append(problem(step, where, exc.hint))
    if pending and problems:  # no Claude call for a requirement that fails anyway
        hint = "the rules cannot read it; the Claude planner will once the other steps of this requirement are fixed"
        problems.extend(problem(step, where, hint) for _, step, where in pending)
    elif pending and assist is not None:
        texts = [phrases.split_timeout(step.text or "")[0] for _, step, _ in pending]
        try:
            intents = assist(item, texts)
        except errors.LLMAnswerInvalid as exc:
            hint = f"the Claude planner could not plan it ({exc.message}) — rephrase the step"
            problems.extend(problem(step, where, hint) for _, step, where in pending)
        else:
            for intent in intents:
                slot, step, _ = pending[intent.sentence - 1]
                slots[slot].append(_claude_step(step, intent))
    if problems:
        raise errors.PlanInvalid(problems)
    planned = [replace(s, index=i) for i, s in enumerate(s for slot in slots for s in slot)]
    plan = model.Plan(item_key=item.key, start_url=start_url, steps=tuple(planned))
    validate_plan(plan)
    return plan


def _claude_step(step: model.SuiteStep, intent: claude_tools.Intent) -> model.PlannedStep:
    _, timeout = phrases.split_timeout(step.text or "")
    return model.PlannedStep(
        index=0,
        text=suite.mask_secrets(step.text or ""),
        action=intent.action,
        target=intent.target,
        value=intent.value,
        match=intent.match,
        timeout_ms=intent.timeout_ms or timeout or step.timeout_ms,
        planner=claude_tools.PLANNER_NAME,
    )


class _NotUnderstood(Exception):
    def __init__(self, hint: str = HINT, *, refused: bool = False) -> None:
        self.hint = hint
        self.refused = refused  # on purpose (a fixed wait, a bad structured step): no other planner may read it


def _plan_step(step: model.SuiteStep, index: int) -> model.PlannedStep:
    if step.text is None:
        return _structured(step, index)
    sentence, timeout = phrases.split_timeout(step.text)
    timeout = timeout or step.timeout_ms
    try:
        intent = understand(sentence)
    except _Refused as exc:
        raise _NotUnderstood(exc.hint, refused=True) from None
    if intent is None:
        raise _NotUnderstood()
    return model.PlannedStep(
        index=index,
        text=suite.mask_secrets(step.text),
        action=intent.action,
        target=intent.target,
        value=intent.value,
        match=intent.match,
        timeout_ms=timeout,
        planner=PLANNER_VERSION,
    )


def _structured(step: model.SuiteStep, index: int) -> model.PlannedStep:
    action = _STRUCTURED_ACTIONS.get((step.action or "").strip().lower().replace("-", "_").replace(" ", "_"))
    if action is None:
        known = ", ".join(a.value for a in model.Action)
        raise _NotUnderstood(f"unknown action {step.action!r}; use one of {known}", refused=True)
    if action is model.Action.NAVIGATE and not step.value and step.target:
        step = model.SuiteStep(line=step.line, action=step.action, value=step.target, timeout_ms=step.timeout_ms)
    needs_target = action.acts_on_element or action is model.Action.EXPECT_TEXT
    if needs_target and not step.target:
        raise _NotUnderstood(f"action {action.value} needs a target", refused=True)
    if action in (A.FILL, A.SELECT, A.PRESS, A.EXPECT_TEXT, A.EXPECT_URL, A.EXPECT_TITLE, A.NAVIGATE) and step.value is None:
        raise _NotUnderstood(f"action {action.value} needs a value", refused=True)
    target = (
        model.Target(text=step.target, role_hint=step.role, scope=step.scope) if step.target else None
    )
    return model.PlannedStep(
        index=index,
        text=suite.mask_secrets(step.display()),
        action=action,
        target=target,
        value=None if step.value is None else str(step.value),
        match=model.Match.EQUALS if action is A.EXPECT_TITLE else model.Match.CONTAINS,
        timeout_ms=step.timeout_ms,
        planner=PLANNER_VERSION,
    )


_FREE_STEP = re.compile(r"^\s*(?:\d+[.)]|[-*•])\s+(?P<text>.+?)\s*$")
_FREE_HEADING = re.compile(r"^\s*[A-Za-z][A-Za-z ]{0,40}:\s*$")  # "Steps:", "Preconditions:"
_FREE_FIELD = re.compile(r"^\s*(?P<name>test|url|expected|expected result)\s*:\s*(?P<value>.*?)\s*$", re.IGNORECASE)


def _parse_free_text(
    text: str, *, start_url: str, base_url: str, line: int | None
) -> tuple[str, list[model.SuiteStep]]:
    steps: list[model.SuiteStep] = []
    for offset, raw in enumerate(text.splitlines()):
        step_line = line + offset + 1 if line is not None else None  # 0: the text is a file of its own
        field = _FREE_FIELD.match(raw)
        if field:
            name, value = field.group("name").lower(), field.group("value")
            if name == "url" and value:
                start_url = urljoin(base_url.rstrip("/") + "/", value)
            elif name.startswith("expected") and value:
                steps.append(model.SuiteStep(line=step_line, text=_expectation_sentence(value)))
            continue
        numbered = _FREE_STEP.match(raw)
        if numbered:
            steps.append(model.SuiteStep(line=step_line, text=numbered.group("text")))
        elif raw.strip() and not _FREE_HEADING.match(raw) and not raw.lstrip().startswith("#"):
            steps.append(model.SuiteStep(line=step_line, text=raw.strip()))  # free-form prose: a step of its own
    return start_url, steps


def _expectation_sentence(value: str) -> str:
    """The Expected line as a verification: a verify sentence if it is one, else "text is visible"."""
    candidate = value if re.match(_ASSERT, value, re.IGNORECASE) else f"Verify {value}"
    if understand(phrases.split_timeout(candidate)[0]) is not None:
        return candidate
    return f'Verify the page shows "{phrases.strip_quotes(value).rstrip(".")}"'


@lru_cache(maxsize=1)
def _plan_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text())


def validate_plan(plan: model.Plan) -> None:
    validator = jsonschema.Draft202012Validator(_plan_schema())
    error = next(iter(validator.iter_errors(plan.to_json())), None)
    if error is not None:
        where = "/".join(map(str, error.absolute_path))
        raise errors.PactsFarmError(f"plan for {plan.item_key} breaks schemas/plan.schema.json at {where}: {error.message}")
