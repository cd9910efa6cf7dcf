"""What Claude is given and what its answers must be: the tools (schemas derived from
schemas/plan.schema.json), the checks on their answers, and the masking of secrets on the way out.

No I/O and no SDK here (llm.py talks to Claude); an answer that breaks a check raises Invalid, whose
message goes back to Claude once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import jsonschema

from pacts_farm import bundled, model, secrecy

PLANNER_NAME = "claude-1"  # part of every plan-cache key: bump it when prompts or schemas change
_SELECTOR_LIKE = re.compile(r"^\s*(?:[#.\[]|//|xpath=|css=|text=|role=)|\[[^\]]*=|:nth-|>>|^\w+\.\w+[\w-]*$|^\w+#\w", re.IGNORECASE)
_SECRET_TOKEN = re.compile(r"<secret-(\d+)>")


class Masker:
    """Text on its way to Claude: ${env:NAME}/${secret:NAME} -> <secret-N> (mapped back in answers), clear values -> ••••."""

    def __init__(self, secret_values: Sequence[str] = ()) -> None:
        self._names: list[str] = []
        self._values = tuple(secret_values)

    def mask(self, text: str) -> str:
        def token(match: re.Match[str]) -> str:
            placeholder = match.group(0)
            if placeholder not in self._names:
                self._names.append(placeholder)
            return f"<secret-{self._names.index(placeholder) + 1}>"

        return secrecy.mask_values(secrecy.PLACEHOLDER.sub(token, text), self._values)

    def unmask(self, text: str) -> str:
        def placeholder(match: re.Match[str]) -> str:
            number = int(match.group(1))
            if not 1 <= number <= len(self._names):
                raise Invalid(f"{match.group(0)} is not one of the secrets in the sentences")
            return self._names[number - 1]

        return _SECRET_TOKEN.sub(placeholder, text)


@dataclass(frozen=True, kw_only=True, slots=True)
class Sentence:
    """A sentence for the planner tool; ``number`` is 1-based in the request."""

    number: int
    text: str


@dataclass(frozen=True, kw_only=True, slots=True)
class Intent:
    """One step as Claude understood it (validated): which sentence it came from and what to do."""

    sentence: int
    action: model.Action
    target: model.Target | None
    value: str | None
    match: model.Match
    timeout_ms: int | None
    attribute: str | None = None  # expect_attribute
    settled: bool = False  # a check of what stays, made on the settled page


@dataclass(frozen=True, kw_only=True, slots=True)
class HealCandidate:
    """What Claude sees of one element in a heal tie."""

    role: str
    name: str
    text: str
    attributes: tuple[tuple[str, str], ...]
    neighbourhood: str


@dataclass(frozen=True, kw_only=True, slots=True)
class TargetOption:
    """What Claude sees of one candidate for a target the rules could not resolve."""

    role: str
    name: str
    text: str
    tokens: tuple[str, ...]
    region: str


class Invalid(Exception):
    """Claude's answer broke the tool's contract; the message goes back to Claude once."""


# --- tools and their validation ---


@lru_cache(maxsize=1)
def _plan_schema() -> dict[str, Any]:
    return bundled.schema("plan")


@lru_cache(maxsize=1)
def plan_tool() -> dict[str, Any]:
    step = _plan_schema()["$defs"]["step"]
    props = {k: v for k, v in step["properties"].items() if k not in ("index", "text", "planner")}
    props["sentence"] = {"type": "integer", "minimum": 1, "description": "Number of the sentence this step comes from."}
    item = {"type": "object", "additionalProperties": False, "required": ["sentence", "action"],
            "properties": props, "allOf": step["allOf"]}
    return {
        "name": "record_steps",
        "description": "Record the planned steps (intents only: what a person does and sees, never selectors).",
        "input_schema": {"type": "object", "additionalProperties": False, "required": ["steps"],
                         "properties": {"steps": {"type": "array", "minItems": 1, "items": item}}},
    }


def choice_tool() -> dict[str, Any]:
    return {
        "name": "choose_candidate",
        "description": "Pick the candidate element the step means, or none.",
        "input_schema": {
            "type": "object", "additionalProperties": False, "required": ["choice"],
            "properties": {
                "choice": {"anyOf": [{"type": "integer", "minimum": 0}, {"const": "none"}]},
                "reason": {"type": "string", "maxLength": 300},
            },
        },
    }


def summary_tool() -> dict[str, Any]:
    return {
        "name": "summarise_failure",
        "description": "A short summary of the failure and one recommended fix.",
        "input_schema": {
            "type": "object", "additionalProperties": False, "required": ["summary", "fix"],
            "properties": {"summary": {"type": "string", "minLength": 1, "maxLength": 600},
                           "fix": {"type": "string", "minLength": 1, "maxLength": 400}},
        },
    }


def _schema_error(schema: dict[str, Any], data: Any) -> str | None:
    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema).iter_errors(data))
    if error is None:
        return None
    where = "/".join(map(str, error.absolute_path)) or "(top)"
    return f"{where}: {error.message}"


def intents(data: Any, numbers: Sequence[int], masker: Masker) -> tuple[Intent, ...]:
    problem = _schema_error(plan_tool()["input_schema"], data)
    if problem:
        raise Invalid(f"the answer breaks the record_steps schema at {problem}")
    intents: list[Intent] = []
    last = 0
    for position, raw in enumerate(data["steps"]):
        number = raw["sentence"]
        if number not in numbers:
            raise Invalid(f"steps/{position}: sentence {number} is not one of {list(numbers)}")
        if number < last:
            raise Invalid(f"steps/{position}: sentence {number} comes after sentence {last}; keep the order")
        last = number
        target = raw.get("target")
        if target and _SELECTOR_LIKE.search(target["text"]):
            raise Invalid(
                f"steps/{position}/target/text {target['text']!r} looks like a selector; name the element as a person reads it"
            )
        value = raw.get("value")
        step = {**raw, "index": position, "text": "-", "planner": PLANNER_NAME}
        step.pop("sentence")
        problem = _schema_error({"$ref": "#/$defs/step", "$defs": _plan_schema()["$defs"]}, step)
        if problem:
            raise Invalid(f"steps/{position} breaks schemas/plan.schema.json at {problem}")
        intents.append(
            Intent(
                sentence=number,
                action=model.Action(raw["action"]),
                target=model.Target(
                    text=masker.unmask(target["text"]), role_hint=target.get("role_hint"),
                    scope=masker.unmask(target["scope"]) if target.get("scope") else None,
                    exact=bool(target.get("exact", False)), position=target.get("position"),
                    region=target.get("region"), descriptor=target.get("descriptor"),
                ) if target else None,
                value=None if value is None else masker.unmask(value),
                match=model.Match(raw.get("match") or model.Match.CONTAINS.value),
                timeout_ms=raw.get("timeout_ms"),
                attribute=raw.get("attribute"),
                settled=bool(raw.get("settled", False)),
            )
        )
    missing = [n for n in numbers if n not in {i.sentence for i in intents}]
    if missing:
        raise Invalid(f"sentence(s) {missing} have no step; plan every sentence")
    return tuple(intents)


def choice(data: Any, count: int) -> int | None:
    problem = _schema_error(choice_tool()["input_schema"], data)
    if problem:
        raise Invalid(f"the answer breaks the choose_candidate schema at {problem}")
    choice = data["choice"]
    if choice == "none":
        return None
    if not 0 <= choice < count:
        raise Invalid(f"choice {choice} is not a candidate index (0..{count - 1})")
    return int(choice)


def summary(data: Any) -> str:
    problem = _schema_error(summary_tool()["input_schema"], data)
    if problem:
        raise Invalid(f"the answer breaks the summarise_failure schema at {problem}")
    return f"{data['summary'].strip()} Recommended fix: {data['fix'].strip()}"


