"""An attribute gone or without a value exports as Playwright's not_to_have_attribute (a class by one of its names)."""

from __future__ import annotations

from pacts_farm import model
from pacts_farm.report import export

A, M = model.Action, model.Match
BASE = "http://127.0.0.1:8765"
FIELD = model.Locator(strategy=model.Strategy.LABEL, value="Password")


def test_export_attribute_gone_or_different_is_not_to_have_attribute() -> None:
    planned = [
        model.PlannedStep(index=0, text="type", action=A.EXPECT_ATTRIBUTE, target=model.Target(text="Password"), value="password",
                          match=M.NOT_CONTAINS, attribute="type"),
        model.PlannedStep(index=1, text="class", action=A.EXPECT_ATTRIBUTE, target=model.Target(text="Password"), value="invalid",
                          match=M.NOT_CONTAINS, attribute="class"),
        model.PlannedStep(index=2, text="gone", action=A.EXPECT_ATTRIBUTE, target=model.Target(text="Password"), value=None,
                          match=M.NOT_CONTAINS, attribute="disabled"),
    ]
    steps = [model.StepResult(index=s.index, text=s.text, action=s.action, outcome=model.Outcome.PASSED, duration_ms=1.0,
                              resolution=model.Resolution(locator=FIELD, source=model.LocatorSource.DISCOVERED, confidence=0.9))
             for s in planned]
    item = model.ItemResult(item_key="k", requirement_id="k", title="k", data={}, expect=model.Expectation.PASS,
                            verdict=model.Verdict.PASSED, met=True, duration_ms=1, steps=tuple(steps))
    run = model.RunResult(run_id="r1", suite_name="s", status=model.RunStatus.PASSED, mode="embedded",
                          started_at="2026-12-03T13:00:00+00:00", finished_at=None, duration_ms=1, items=(item,))
    (test,), _ = export.export_run(run, {"k": (model.Plan(item_key="k", start_url=BASE + "/", steps=tuple(planned)), BASE)})
    compile(test.source, test.filename, "exec")
    field = "page.get_by_label('Password', exact=True)"
    for line in (
        f"expect({field}).not_to_have_attribute('type', re.compile('^password$'))",
        f"expect({field}).not_to_have_attribute('class', re.compile('(?:^|\\\\s)invalid(?:\\\\s|$)'))",
        f"expect({field}).not_to_have_attribute('disabled', re.compile('.*'))",
    ):
        assert line in test.source, (line, test.source)
