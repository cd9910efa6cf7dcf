"""bench/bench_accuracy.py's scoring: verdict agreement, false passes, the right-step check and failure classes."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


score = _load("accuracy_score")
bench = _load("bench_accuracy")
FC = score.FailureClass


def _step(index: int, outcome: str = "passed", *, action: str = "click", error: str | None = None, text: str = "") -> dict[str, Any]:
    return {"index": index, "text": text or f"step {index + 1}", "action": action, "outcome": outcome, "error": error}


def _item(verdict: str, steps: list[dict[str, Any]], *, key: str = "req", root_cause: str | None = None) -> dict[str, Any]:
    return {"id": key, "verdict": verdict, "steps": steps, "root_cause": root_cause, "error": None}


def _failed_at(index: int, *, action: str = "expect_visible", error: str = 'expected text "X" to be visible within 3000 ms') -> dict[str, Any]:
    steps = [_step(i) for i in range(index)] + [_step(index, "failed", action=action, error=error)] + [_step(index + 1, "skipped")]
    return _item("failed", steps)


@pytest.mark.parametrize("verdict", ["passed", "healed", "flaky"])
def test_score_item_expected_pass_that_succeeds_is_met(verdict: str) -> None:
    scored = score.score_item(key="a", expect="pass", fails_at=None, result=_item(verdict, [_step(0)]))
    assert scored.met and scored.failure is None and not scored.false_pass and scored.right_step is None


@pytest.mark.parametrize("verdict", ["passed", "healed"])
def test_score_item_expected_failure_that_succeeds_is_a_false_pass(verdict: str) -> None:
    scored = score.score_item(key="locked", expect="fail", fails_at=4, result=_item(verdict, [_step(0)]))
    assert not scored.met and scored.false_pass and scored.right_step is False
    assert scored.failure is FC.FALSE_PASS and "expected to fail at step 4" in scored.example


def test_score_item_expected_failure_at_its_fails_at_step_is_met_at_the_right_step() -> None:
    scored = score.score_item(key="locked", expect="fail", fails_at=4, result=_failed_at(3))
    assert scored.met and scored.right_step is True and scored.failure is None and not scored.false_pass


def test_score_item_expected_failure_at_another_step_is_met_but_the_wrong_step() -> None:
    result = _failed_at(1, action="click", error='no visible element matches "Login"')
    scored = score.score_item(key="locked", expect="fail", fails_at=4, result=result)
    assert scored.met and scored.right_step is False and scored.failure is FC.WRONG_STEP
    assert scored.example.startswith("req: step 2 [expected step 4; target not found] (step 2): no visible")


def test_score_item_counts_fails_at_in_sentences_when_one_sentence_planned_two_steps() -> None:
    # sentence 1 planned two steps (fill, then press Enter): planned step 3 (index 2) is sentence 2
    assert score.score_item(key="s", expect="fail", fails_at=2, result=_failed_at(2), sentence_of=(1, 1, 2, 3)).right_step is True
    wrong = score.score_item(key="s", expect="fail", fails_at=3, result=_failed_at(2), sentence_of=(1, 1, 2, 3))
    assert wrong.right_step is False and wrong.failure is FC.WRONG_STEP


_SPLIT_SUITE = """
name: t
base_url: http://127.0.0.1:9
requirements:
  - id: search
    url: /
    steps:
      - Type "garlic" in the Search box and press Enter
      - Verify the URL contains "q=garlic"
      - Verify the page shows "garlic"
"""


def test_plan_coverage_maps_each_planned_step_to_its_sentence() -> None:
    coverage = bench.plan_coverage(bench.suite.load_suite_text(_SPLIT_SUITE, source="t.yaml", environ={}))
    assert coverage.sentence_of == {"search": (1, 1, 2, 3)}


_ITS_SUITE = """
name: t
base_url: http://127.0.0.1:9
requirements:
  - id: team
    url: /teams
    steps:
      - Exactly one team is listed, "Cyber Owls"
      - Its affiliation is KTH Stockholm
"""


def test_plan_coverage_plans_a_sentence_after_the_ones_before_it() -> None:
    coverage = bench.plan_coverage(bench.suite.load_suite_text(_ITS_SUITE, source="t.yaml", environ={}))
    assert coverage.unplanned == {} and coverage.understood == coverage.sentences == 2  # "its": the team named before
    assert coverage.sentence_of == {"team": (1, 1, 2)}


def test_score_item_expected_failure_without_fails_at_is_never_at_the_right_step() -> None:
    scored = score.score_item(key="x", expect="fail", fails_at=None, result=_failed_at(0))
    assert scored.right_step is False and scored.failure is FC.WRONG_STEP and "no fails_at given" in scored.example


@pytest.mark.parametrize("expect", ["pass", "fail"])
def test_score_item_unplanned_requirement_is_not_met_and_not_understood(expect: str) -> None:
    scored = score.score_item(key="u", expect=expect, fails_at=2, unplanned=("Enter bob as the user", "Verify 6 rows"))
    assert not scored.met and scored.failure is FC.NOT_UNDERSTOOD
    assert scored.example == 'u: "Enter bob as the user" (+1 more)'
    assert scored.right_step is (False if expect == "fail" else None)


@pytest.mark.parametrize("expect", ["pass", "fail"])
def test_score_item_error_verdict_is_never_met(expect: str) -> None:
    result = _item("error", [_step(0, "error", error="browser died during step 1")])
    scored = score.score_item(key="e", expect=expect, fails_at=1, result=result)
    assert not scored.met and scored.failure is FC.ERROR and not scored.false_pass


def test_score_item_planned_but_missing_from_the_results_is_an_error() -> None:
    scored = score.score_item(key="m", expect="pass", fails_at=None, result=None)
    assert not scored.met and scored.failure is FC.ERROR


@pytest.mark.parametrize(
    ("action", "error", "root_cause", "expected"),
    [
        ("click", '3 elements match "Add to cart" equally well', "selector_drift", FC.AMBIGUOUS),
        ("click", 'no visible element matches "cart icon"; healing found no element that fits the step', "selector_drift", FC.NOT_FOUND),
        ("expect_text", 'no visible element matches "error message"', "assertion_mismatch", FC.NOT_FOUND),
        ("click", 'click on role=button[name="Save"] did not complete within 3000 ms', "timing", FC.TIMING),
        ("wait_for", 'expected text "Done" to be visible within 5000 ms', "timing", FC.TIMING),
        ("expect_url", 'expected the URL to contains "/inventory"; it is "http://x/login"', "assertion_mismatch", FC.ASSERTION),
        ("click", "element is hidden by css", "visibility", FC.NOT_FOUND),
        ("fill", "something odd", "environment", FC.ERROR),
    ],
)
def test_failure_cause_classes_by_the_failed_step(action: str, error: str, root_cause: str, expected: Any) -> None:
    result = _item("failed", [_step(0), _step(1, "failed", action=action, error=error)], root_cause=root_cause)
    assert score.failure_cause(result) is expected
    scored = score.score_item(key="req", expect="pass", fails_at=None, result=result)
    assert scored.failure is expected and not scored.met and scored.example.startswith("req: step 2 (step 2): ")


def test_failure_cause_without_a_failed_step_is_an_error() -> None:
    result = {"id": "r", "verdict": "failed", "steps": [_step(0, "skipped")], "error": "start page: did not load", "root_cause": "environment"}
    assert score.failure_cause(result) is FC.ERROR
    assert score.describe_failure(result) == "r: start page: did not load"


def test_summarize_counts_and_keeps_two_truncated_examples_per_class_in_class_order() -> None:
    long = "x" * 300
    scores = [
        score.score_item(key="p", expect="pass", fails_at=None, result=_item("passed", [_step(0)])),
        score.score_item(key="u1", expect="pass", fails_at=None, unplanned=(long,)),
        score.score_item(key="u2", expect="pass", fails_at=None, unplanned=("b",)),
        score.score_item(key="u3", expect="pass", fails_at=None, unplanned=("c",)),
        score.score_item(key="f1", expect="fail", fails_at=2, result=_failed_at(1)),
        score.score_item(key="f2", expect="fail", fails_at=3, result=_failed_at(1)),
        score.score_item(key="f3", expect="fail", fails_at=3, result=_item("passed", [_step(0)])),
    ]
    summary = score.summarize(scores)
    assert (summary.items, summary.met, summary.false_passes) == (7, 3, 1)
    assert (summary.expected_failures, summary.right_step) == (3, 1)
    assert list(summary.classes) == [FC.NOT_UNDERSTOOD, FC.WRONG_STEP, FC.FALSE_PASS]
    assert summary.classes[FC.NOT_UNDERSTOOD] == 3
    shown = summary.examples[FC.NOT_UNDERSTOOD]
    assert len(shown) == 2 and len(shown[0]) == score.EXAMPLE_CHARS and shown[0].endswith("…") and shown[1] == 'u2: "b"'
    figures = summary.to_json()
    assert figures["agreement"] == round(3 / 7, 4) and figures["right_step_share"] == round(1 / 3, 4)
    assert figures["classes"]["false pass"]["count"] == 1


def test_add_summaries_adds_counts_and_caps_examples() -> None:
    one = score.summarize([score.score_item(key=k, expect="pass", fails_at=None, unplanned=("s",)) for k in ("a", "b")])
    two = score.summarize([
        score.score_item(key="c", expect="pass", fails_at=None, unplanned=("s",)),
        score.score_item(key="d", expect="fail", fails_at=1, result=_failed_at(0)),
    ])
    total = score.add_summaries([one, two])
    assert (total.items, total.met, total.expected_failures, total.right_step) == (4, 1, 1, 1)
    assert total.classes == {FC.NOT_UNDERSTOOD: 3} and len(total.examples[FC.NOT_UNDERSTOOD]) == 2


def test_fraction_and_table_formatting() -> None:
    assert score.fraction(9, 12) == "9/12 75.0%" and score.fraction(0, 0) == "0/0 -"
    table = score.format_table(("app", "n", "note"), [("demo", 3, "long words"), ("b", None, "x")]).splitlines()
    assert table == ["app   n  note", "demo  3  long words", "b     -  x"]


_SUITE = """
name: t
base_url: http://127.0.0.1:9
requirements:
  - id: ok
    url: /
    steps:
      - Click the Login button
      - Verify the page shows "Hi"
  - id: rows
    url: /
    expect: fail
    fails_at: 2
    data:
      - {who: "a"}
      - {who: "b"}
    steps:
      - Fill "${who}" in the Username field
      - Jiggle the sprocket thrice
      - Click Login
  - id: free
    text: |
      Test: free
      URL: /
      1. Click Login
      2. Frobnicate the widget
      Expected: Welcome
"""


def test_plan_coverage_counts_each_requirement_sentence_once_and_lists_unplanned_items() -> None:
    loaded = bench.suite.load_suite_text(_SUITE, source="t.yaml", environ={})
    coverage = bench.plan_coverage(loaded)
    assert (coverage.requirements, coverage.planned_requirements) == (3, 1)
    assert (coverage.sentences, coverage.understood) == (2 + 3 + 3, 8 - 2)
    assert set(coverage.unplanned) == {"rows-1", "rows-2", "free"}
    assert coverage.unplanned["rows-1"] == ("Jiggle the sprocket thrice",)
    assert bench.expectations(_SUITE) == {"ok": ("pass", None), "rows": ("fail", 2), "free": ("pass", None)}


_AUTH_SUITE = """
name: t
base_url: http://127.0.0.1:9
auth:
  shopper:
    url: /login
    steps: [Fill "bob" in the Username field, Wobble the login gizmo]
  unused:
    url: /login
    steps: [Wobble the other gizmo]
requirements:
  - id: signed-in
    auth: shopper
    url: /
    steps: [Click the Logout link]
  - id: anonymous
    url: /
    steps: [Click the Login button]
"""


def test_plan_coverage_counts_a_used_auth_flow_and_its_items_cannot_run_without_it() -> None:
    loaded = bench.suite.load_suite_text(_AUTH_SUITE, source="t.yaml", environ={})
    coverage = bench.plan_coverage(loaded)
    assert (coverage.requirements, coverage.planned_requirements) == (2, 1)
    assert (coverage.sentences, coverage.understood) == (4, 3)  # the flow's sentences count once; the unused flow's not
    assert coverage.unplanned == {"signed-in": ("Wobble the login gizmo",)}


report = _load("accuracy_report")


def _app_figures(role: str, *, met: int, items: int, understood: int, cold_s: float, warm_s: float) -> dict[str, Any]:
    scores = [score.score_item(key=f"p{n}", expect="pass", fails_at=None, result=_item("passed", [_step(0)])) for n in range(met)]
    scores += [score.score_item(key=f"u{n}", expect="pass", fails_at=None, unplanned=("s",)) for n in range(items - met)]
    summary = score.summarize(scores)
    return {
        "role": role, "summary": summary, "warm_summary": summary,
        "coverage": {"sentences": 10, "understood": understood, "requirements": items, "planned_requirements": met},
        "cold": {"process_s": cold_s}, "warm": {"process_s": warm_s},
    }


def test_print_report_totals_each_role_apart_and_all_together(capsys: pytest.CaptureFixture[str]) -> None:
    apps = {
        "shop": _app_figures("dev", met=3, items=4, understood=9, cold_s=40.0, warm_s=20.0),
        "blog": _app_figures("dev", met=1, items=2, understood=5, cold_s=10.0, warm_s=10.0),
        "demo": _app_figures("ci", met=2, items=2, understood=10, cold_s=8.0, warm_s=4.0),
    }
    totals = report.print_report(apps, "engine @ abc")
    out = capsys.readouterr().out
    assert "engine @ abc" in out.splitlines()[0]
    rows: dict[str, str] = {}
    for line in out.splitlines():
        rows.setdefault(line.split("  ")[0].strip(), line)  # the first table's rows
    assert "4/6 66.7%" in rows["total dev"] and "14/20 70.0%" in rows["total dev"] and "x0.60" in rows["total dev"]
    assert "total ci" not in rows  # one app of its role: its own row is the total
    assert "6/8 75.0%" in rows["total"] and "24/30 80.0%" in rows["total"]
    assert totals["all"]["summary"].met == 6 and totals["dev"]["coverage"]["understood"] == 14
    assert re.search(r"^shop\s+sentence not understood\s+1\s+u0: \"s\"$", out, re.MULTILINE)
    assert re.search(r"^total\s+sentence not understood\s+2$", out, re.MULTILINE)


def test_the_floor_reaches_the_origins_the_apps_suite_allows_as_the_engine_does(tmp_path: Path) -> None:
    floor = _load("floor_runner")
    suite = tmp_path / "suite.yaml"
    suite.write_text("name: x\nbase_url: http://127.0.0.1:8801\nnetwork:\n  allow:\n    - http://127.0.0.1:18801\nrequirements: []\n")
    assert floor.suite_allows(suite) == ("http://127.0.0.1:18801",)
    suite.write_text("name: x\nbase_url: http://127.0.0.1:8801\nrequirements: []\n")
    assert floor.suite_allows(suite) == ()
    assert floor.suite_allows(tmp_path / "none.yaml") == ()
