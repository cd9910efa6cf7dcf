"""Scoring for bench_accuracy.py: one corpus item's outcome -> met, false pass, right step, failure class.

Pure functions over plain values (an item of results.json is a dict), so they are tested without a browser:

    score_item(expect=..., fails_at=..., unplanned=..., result=...) -> ItemScore
    summarize(scores) -> Summary          (counts and 1-2 examples per failure class)
    add_summaries(summaries) -> Summary   (a total over apps)
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

SUCCEEDED = frozenset({"passed", "healed", "flaky"})
EXAMPLE_CHARS = 160
EXAMPLES_PER_CLASS = 2


class FailureClass(str, enum.Enum):
    NOT_UNDERSTOOD = "sentence not understood"
    NOT_FOUND = "target not found"
    AMBIGUOUS = "ambiguous"
    ASSERTION = "assertion mismatch"
    TIMING = "timing"
    WRONG_STEP = "wrong step"
    FALSE_PASS = "false pass"
    ERROR = "error"


_AMBIGUOUS = re.compile(r"equally well|elements match|not unique|\bambiguous\b", re.IGNORECASE)
_NOT_FOUND = re.compile(
    r"no visible element matches|healing found no element|no stable locator|no element that fits|not found", re.IGNORECASE
)
_TIMING = re.compile(r"did not complete within|did not load within|ran past its time limit|timed? ?out|still busy", re.IGNORECASE)


@dataclass(frozen=True, kw_only=True, slots=True)
class ItemScore:
    key: str
    expect: str  # pass | fail
    met: bool  # the verdict matched the expectation (an unplanned item is never met)
    false_pass: bool = False  # expect: fail, yet it passed or healed
    right_step: bool | None = None  # expect: fail only: failed at the step fails_at names
    failure: FailureClass | None = None
    example: str = ""  # one line: which step and why


@dataclass(frozen=True, kw_only=True, slots=True)
class Summary:
    items: int = 0
    met: int = 0
    false_passes: int = 0
    expected_failures: int = 0
    right_step: int = 0
    classes: Mapping[FailureClass, int] = field(default_factory=dict)
    examples: Mapping[FailureClass, tuple[str, ...]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "items": self.items, "met": self.met, "agreement": ratio(self.met, self.items),
            "false_passes": self.false_passes, "expected_failures": self.expected_failures,
            "right_step": self.right_step, "right_step_share": ratio(self.right_step, self.expected_failures),
            "classes": {c.value: {"count": n, "examples": list(self.examples.get(c, ()))} for c, n in self.classes.items()},
        }


def ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def over(mine: float | None, base: float | None) -> float | None:
    """mine / base, the ratio against a baseline measured in the same run (None when either is missing)."""
    return round(mine / base, 3) if mine is not None and base else None


def truncate(text: str, limit: int = EXAMPLE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def failed_step(result: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The first step that failed or errored (None: the item failed before its first step, or did not fail)."""
    return next((s for s in result.get("steps", ()) if s.get("outcome") in ("failed", "error")), None)


def failure_cause(result: Mapping[str, Any]) -> FailureClass:
    """Why a failed or error item failed, from its first failed step: the class names the engine's weakness."""
    if result.get("verdict") in ("error", "cancelled"):
        return FailureClass.ERROR
    step = failed_step(result)
    if step is None:
        return FailureClass.ERROR  # the start page, or the farm: nothing the sentences could change
    text = step.get("error") or result.get("error") or ""
    if _AMBIGUOUS.search(text):
        return FailureClass.AMBIGUOUS
    if _NOT_FOUND.search(text):
        return FailureClass.NOT_FOUND
    if _TIMING.search(text) or result.get("root_cause") == "timing" or step.get("action") == "wait_for":
        return FailureClass.TIMING
    if str(step.get("action", "")).startswith("expect_"):
        return FailureClass.ASSERTION
    if result.get("root_cause") in ("selector_drift", "visibility"):
        return FailureClass.NOT_FOUND
    return FailureClass.ERROR


def describe_failure(result: Mapping[str, Any], note: str = "") -> str:
    """'id: step N [note] (sentence): error', the note (e.g. which step was expected) before the long parts."""
    step = failed_step(result)
    tag = f" [{note}]" if note else ""
    if step is None:
        return f"{result.get('id')}:{tag} {result.get('error') or result.get('verdict')}"
    return f"{result.get('id')}: step {step['index'] + 1}{tag} ({step.get('text', '')}): {step.get('error') or step.get('outcome')}"


def score_item(
    *,
    key: str,
    expect: str,
    fails_at: int | None,
    unplanned: Sequence[str] = (),
    result: Mapping[str, Any] | None = None,
    sentence_of: Sequence[int] = (),
) -> ItemScore:
    """One item's score. ``unplanned``: its sentences the planner could not read (it was not run);
    ``result``: its item of results.json (None: not run); ``sentence_of``: each planned step's sentence number,
    which fails_at counts (one sentence may plan two steps; without it, step N is sentence N)."""
    if unplanned:
        more = f" (+{len(unplanned) - 1} more)" if len(unplanned) > 1 else ""
        return ItemScore(
            key=key, expect=expect, met=False, right_step=False if expect == "fail" else None,
            failure=FailureClass.NOT_UNDERSTOOD, example=f'{key}: "{unplanned[0]}"{more}',
        )
    if result is None:  # planned, but the run did not report it (submit failed)
        return ItemScore(
            key=key, expect=expect, met=False, right_step=False if expect == "fail" else None,
            failure=FailureClass.ERROR, example=f"{key}: not in the run's results",
        )
    verdict = result["verdict"]
    if verdict in SUCCEEDED:
        if expect == "pass":
            return ItemScore(key=key, expect=expect, met=True)
        return ItemScore(
            key=key, expect=expect, met=False, false_pass=True, right_step=False, failure=FailureClass.FALSE_PASS,
            example=f"{key}: {verdict}, expected to fail at step {fails_at or '?'}",
        )
    if verdict != "failed":  # error, cancelled: never met
        return ItemScore(
            key=key, expect=expect, met=False, right_step=False if expect == "fail" else None,
            failure=FailureClass.ERROR, example=describe_failure(result),
        )
    if expect == "pass":
        return ItemScore(key=key, expect=expect, met=False, failure=failure_cause(result), example=describe_failure(result))
    step = failed_step(result)
    at = sentence_number(step["index"], sentence_of) if step is not None else None
    if fails_at is not None and at == fails_at:
        return ItemScore(key=key, expect=expect, met=True, right_step=True)
    wanted = f"expected step {fails_at}" if fails_at is not None else "no fails_at given"
    return ItemScore(
        key=key, expect=expect, met=True, right_step=False, failure=FailureClass.WRONG_STEP,
        example=describe_failure(result, f"{wanted}; {failure_cause(result).value}"),
    )


def sentence_number(index: int, sentence_of: Sequence[int]) -> int:
    """The sentence (from 1) the planned step ``index`` (from 0) came from."""
    return sentence_of[index] if 0 <= index < len(sentence_of) else index + 1


def summarize(scores: Iterable[ItemScore]) -> Summary:
    scores = list(scores)
    classes: dict[FailureClass, int] = {}
    examples: dict[FailureClass, list[str]] = {}
    for score in scores:
        if score.failure is None:
            continue
        classes[score.failure] = classes.get(score.failure, 0) + 1
        kept = examples.setdefault(score.failure, [])
        if len(kept) < EXAMPLES_PER_CLASS:
            kept.append(truncate(score.example))
    return Summary(
        items=len(scores),
        met=sum(s.met for s in scores),
        false_passes=sum(s.false_pass for s in scores),
        expected_failures=sum(s.expect == "fail" for s in scores),
        right_step=sum(bool(s.right_step) for s in scores),
        classes=_ordered(classes),
        examples={c: tuple(e) for c, e in _ordered(examples).items()},
    )


def add_summaries(summaries: Iterable[Summary]) -> Summary:
    summaries = list(summaries)
    classes: dict[FailureClass, int] = {}
    examples: dict[FailureClass, list[str]] = {}
    for summary in summaries:
        for cls, count in summary.classes.items():
            classes[cls] = classes.get(cls, 0) + count
        for cls, shown in summary.examples.items():
            kept = examples.setdefault(cls, [])
            kept.extend(shown[: EXAMPLES_PER_CLASS - len(kept)])
    return Summary(
        items=sum(s.items for s in summaries),
        met=sum(s.met for s in summaries),
        false_passes=sum(s.false_passes for s in summaries),
        expected_failures=sum(s.expected_failures for s in summaries),
        right_step=sum(s.right_step for s in summaries),
        classes=_ordered(classes),
        examples={c: tuple(e) for c, e in _ordered(examples).items()},
    )


def _ordered(by_class: Mapping[FailureClass, Any]) -> dict[FailureClass, Any]:
    return {cls: by_class[cls] for cls in FailureClass if cls in by_class}


def fraction(part: int, whole: int) -> str:
    """'9/12 75.0%' (a table cell); '0/0 -' when there is nothing to count."""
    return f"{part}/{whole} {100 * part / whole:.1f}%" if whole else f"{part}/{whole} -"


def format_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain text table: columns of figures right-aligned, columns of words left-aligned."""
    body = [[("-" if c is None else str(c)) for c in row] for row in rows]
    cells = [[str(c) for c in header], *body]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    figures = [bool(body) and all(_FIGURE.match(r[i]) for r in body) for i in range(len(header))]
    lines = []
    for row in cells:
        lines.append("  ".join(c.rjust(w) if f else c.ljust(w) for c, w, f in zip(row, widths, figures)).rstrip())
    return "\n".join(lines)


_FIGURE = re.compile(r"^(?:|-|x?[\d.]+(?:/\d+)?(?: [\d.]+%| -| \(\d+\))?)$")
