"""results.json against its schema, junit.xml against the common JUnit XSD."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from pacts_farm import model, report
from pacts_farm.report import junit, results

ROOT = Path(__file__).resolve().parents[2]
JUNIT_XSD = ROOT.parent / "shared" / "data" / "junit.xsd"
LOGIN = model.Locator(strategy=model.Strategy.ROLE, role="button", value="Login")


def _step(index: int, outcome: model.Outcome, **extra: object) -> model.StepResult:
    return model.StepResult(
        index=index, text=f"Step {index} «ünïcode»", action=model.Action.CLICK, outcome=outcome, duration_ms=12.345,
        resolution=model.Resolution(locator=LOGIN, source=model.LocatorSource.REDIS, confidence=0.9), page_url="http://h/",
        **extra,  # type: ignore[arg-type]
    )


def _run() -> model.RunResult:
    heal = model.HealEvent(step_index=0, old_locator=LOGIN, new_locator=model.Locator(strategy=model.Strategy.ROLE, role="button", value="Sign in"),
                           strategy="synonyms", round=1, reason="renamed", duration_ms=40.0)
    candidate = model.Candidate(locator=LOGIN, score=0.4, description="button 'Log out'")
    items = (
        model.ItemResult(item_key="ok", requirement_id="ok", title="Passes", data={}, expect=model.Expectation.PASS,
                         verdict=model.Verdict.PASSED, met=True, duration_ms=100, steps=(_step(0, model.Outcome.PASSED),)),
        model.ItemResult(item_key="heal-1", requirement_id="heal", title="Heals", data={"user": "a"}, expect=model.Expectation.PASS,
                         verdict=model.Verdict.HEALED, met=True, duration_ms=100, steps=(_step(0, model.Outcome.HEALED, heal=heal),)),
        model.ItemResult(item_key="bad", requirement_id="bad", title="Fails \x07 with a bell", data={}, expect=model.Expectation.PASS,
                         verdict=model.Verdict.FAILED, met=False, duration_ms=100, error="step 1: not found",
                         steps=(_step(0, model.Outcome.FAILED, error="not found", candidates=(candidate,)),),
                         evidence=model.Evidence(screenshot="bad/failure.png", url="http://h/", title="t", console_errors=("boom",))),
        model.ItemResult(item_key="expected-fail", requirement_id="expected-fail", title="Fails as expected", data={},
                         expect=model.Expectation.FAIL, verdict=model.Verdict.FAILED, met=True, duration_ms=100,
                         steps=(_step(0, model.Outcome.FAILED, error="gone"),)),
        model.ItemResult(item_key="infra", requirement_id="infra", title="Browser died", data={}, expect=model.Expectation.PASS,
                         verdict=model.Verdict.ERROR, met=False, duration_ms=0, error="infrastructure error: browser crashed", steps=()),
    )
    return model.RunResult(run_id="r1", suite_name="Shop", status=model.RunStatus.FAILED, mode="embedded",
                           started_at="2026-11-24T03:33:49+00:00", finished_at="2026-11-24T03:34:49+00:00",
                           duration_ms=60000, items=items, cache_hits=3, cache_lookups=4)


def test_reports_results_match_their_schema() -> None:
    document = results.results_document(_run())
    schema = json.loads((ROOT / "schemas" / "results.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(document)
    assert document["run"]["counts"]["healed"] == 1 and document["run"]["met"] == 3
    assert document["run"]["cache"] == {"hits": 3, "lookups": 4, "hit_rate": 0.75} and document["run"]["heals"] == 1
    bad = document["items"][2]
    assert bad["evidence"]["screenshot"] == "bad/failure.png"
    assert bad["steps"][0]["candidates"][0]["description"] == "button 'Log out'"
    assert document["items"][1]["heals"][0]["new_locator"] == 'role=button[name="Sign in"]'
    assert document["items"][0]["steps"][0]["duration_ms"] == 12.3


def test_reports_junit_is_valid_and_counts_right() -> None:
    xmlschema = pytest.importorskip("xmlschema")
    if not JUNIT_XSD.exists():
        pytest.skip(f"missing {JUNIT_XSD} (shared/data is not beside this checkout)")
    xml = junit.junit_xml(_run())
    xmlschema.XMLSchema(str(JUNIT_XSD)).validate(xml.decode("utf-8"))
    text = xml.decode("utf-8")
    assert 'tests="5"' in text and 'failures="1"' in text and 'errors="1"' in text
    assert "step 1: Step 0" in text and "\x07" not in text
    assert "healed: role=button" in text


def test_reports_are_written_atomically(tmp_path: Path) -> None:
    paths = report.write_reports(_run(), tmp_path / "out")
    assert sorted(p.name for p in paths) == ["junit.xml", "report.html", "results.json"]
    assert json.loads((tmp_path / "out" / "results.json").read_text())["run"]["id"] == "r1"
    assert not list((tmp_path / "out").glob(".*"))
