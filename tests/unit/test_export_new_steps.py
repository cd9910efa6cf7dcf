"""Exported tests for the steps of the wider vocabulary: Playwright's web-first assertion for each, navigation
calls, and an honest NotImplementedError for checks pacts-farm makes in the page (counts and order)."""

from __future__ import annotations

from collections.abc import Callable

from pacts_farm import model
from pacts_farm.report import export

A, M = model.Action, model.Match
BASE = "http://127.0.0.1:8765"
BUTTON = model.Locator(strategy=model.Strategy.ROLE, role="button", value="Login")


def test_export_writes_each_new_step_as_playwright() -> None:
    planned = [
        model.PlannedStep(index=0, text="Go back", action=A.GO_BACK),
        model.PlannedStep(index=1, text="Reload", action=A.RELOAD),
        model.PlannedStep(index=2, text="disabled", action=A.EXPECT_STATE, target=model.Target(text="Login"), value="disabled"),
        model.PlannedStep(index=3, text="unchecked", action=A.EXPECT_STATE, target=model.Target(text="Login"), value="unchecked"),
        model.PlannedStep(index=4, text="value", action=A.EXPECT_VALUE, target=model.Target(text="Login"), value="ada"),
        model.PlannedStep(index=5, text="href", action=A.EXPECT_ATTRIBUTE, target=model.Target(text="Login"), value="/a",
                          match=M.CONTAINS, attribute="href"),
        model.PlannedStep(index=6, text="count", action=A.EXPECT_COUNT, target=model.Target(text="product"), value="6", match=M.EQUALS),
        model.PlannedStep(index=7, text="url", action=A.EXPECT_URL, value="/cart.html", match=M.ENDS_WITH),
        model.PlannedStep(index=8, text="left", action=A.EXPECT_URL, value="/login", match=M.NOT_CONTAINS),
    ]
    test = exported(planned, lambda s: BUTTON if s.action in (A.EXPECT_STATE, A.EXPECT_VALUE, A.EXPECT_ATTRIBUTE) else None)
    login = "page.get_by_role('button', name='Login', exact=True)"
    for line in (
        "page.go_back()", "page.reload()", f"expect({login}).to_be_disabled()", f"expect({login}).not_to_be_checked()",
        f"expect({login}).to_have_value('ada')", f"expect({login}).to_have_attribute('href', re.compile('/a'))",
        "raise NotImplementedError(", "expect(page).to_have_url(re.compile('/cart\\\\.html$'))",
        "expect(page).not_to_have_url(re.compile('/login'))",
    ):
        assert line in test.source, line


def exported(planned: list[model.PlannedStep], locator_of: Callable[[model.PlannedStep], model.Locator | None]) -> export.ExportedTest:
    """The pytest file exported for one passed item of these steps (each resolved to ``locator_of(step)``), compiled."""
    steps = [model.StepResult(index=s.index, text=s.text, action=s.action, outcome=model.Outcome.PASSED, duration_ms=1.0,
                              resolution=model.Resolution(locator=loc, source=model.LocatorSource.DISCOVERED, confidence=0.9)
                              if (loc := locator_of(s)) is not None else None)
             for s in planned]
    item = model.ItemResult(item_key="k", requirement_id="k", title="k", data={}, expect=model.Expectation.PASS,
                            verdict=model.Verdict.PASSED, met=True, duration_ms=1, steps=tuple(steps))
    run = model.RunResult(run_id="r1", suite_name="s", status=model.RunStatus.PASSED, mode="embedded",
                          started_at="2026-12-03T13:00:00+00:00", finished_at=None, duration_ms=1, items=(item,))
    (test,), _ = export.export_run(run, {"k": (model.Plan(item_key="k", start_url=BASE + "/", steps=tuple(planned)), BASE)})
    compile(test.source, test.filename, "exec")
    return test


def test_export_writes_waits_and_a_dropdowns_options_as_playwright() -> None:
    purpose = model.Locator(strategy=model.Strategy.LABEL, value="Purpose")
    planned = [
        model.PlannedStep(index=0, text="Wait 2 seconds", action=A.PAUSE, timeout_ms=2000),
        model.PlannedStep(index=1, text="Wait for the page to load", action=A.WAIT_FOR, timeout_ms=10_000),
        model.PlannedStep(index=2, text="options", action=A.EXPECT_TEXT, value="Question",
                          target=model.Target(text="Purpose", role_hint="combobox", descriptor=model.OPTIONS)),
    ]
    planned.append(model.PlannedStep(index=3, text="every", action=A.EXPECT_EACH, target=model.Target(text="row"), value="Paid"))
    test = exported(planned, lambda s: purpose if s.action is A.EXPECT_TEXT else None)
    assert "the text of the repeated elements was checked in the page by pacts-farm" in test.source
    for line in ("page.wait_for_timeout(2000)", 'page.wait_for_load_state("load", timeout=10000)',
                 "expect(page.get_by_label('Purpose', exact=True).locator(\"option\").filter(has_text='Question')).not_to_have_count(0)"):
        assert line in test.source, line


def test_export_types_at_the_focus_and_checks_a_named_page_by_its_heading() -> None:
    planned = [
        model.PlannedStep(index=0, text="Type kitchen", action=A.TYPE_TEXT, value="kitchen"),
        model.PlannedStep(index=1, text="I am taken to the Today page", action=A.EXPECT_PAGE, value="Today"),
    ]
    test = exported(planned, lambda s: None)
    assert "page.keyboard.type('kitchen')" in test.source
    assert "expect(page.get_by_role(\"heading\", name=re.compile('(?i)Today')).first).to_be_visible()" in test.source


def test_export_checks_an_active_entry_by_its_marks() -> None:
    planned = [model.PlannedStep(index=0, text="active", action=A.EXPECT_STATE, target=model.Target(text="Login"), value="current")]
    test = exported(planned, lambda s: BUTTON)
    assert f"expect(page.get_by_role('button', name='Login', exact=True).locator({export.CURRENT_XPATH!r})).to_have_count(1)" in test.source


def test_export_waits_for_a_quiet_network_before_a_check_of_what_stays() -> None:
    planned = [
        model.PlannedStep(index=0, text="The URL is still /login", action=A.EXPECT_URL, value=BASE + "/login", match=M.EQUALS, settled=True),
        model.PlannedStep(index=1, text="The URL is /home", action=A.EXPECT_URL, value=BASE + "/home", match=M.EQUALS),
    ]
    lines = exported(planned, lambda s: None).source.splitlines()
    still = lines.index("    # 1. The URL is still /login")
    assert lines[still + 1] == '    page.wait_for_load_state("networkidle")'
    assert lines.count('    page.wait_for_load_state("networkidle")') == 1  # the plain check is web-first, as before
