"""The warm path: a cached locator is checked in Playwright's own world before it is used, and a check
that cannot see everything (one round trip for an action) never lets a wrong element through."""

from __future__ import annotations

from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.execution import execute
from pacts_farm.planning import plan
from pacts_farm.browser import chromium

pytestmark = pytest.mark.browser

SAVE = """<main><section id="editor"><button id="save" onclick="document.getElementById('out').textContent='Saved by the editor'">Save</button></section>
<p id="out"></p>{twin}</main>"""
TWIN = '<aside><button disabled onclick="document.getElementById(\'out\').textContent=\'Saved by the twin\'">Save</button></aside>'
STEPS = ["Click Save", 'Verify the page shows "Saved by the editor"']


class _Memory:
    def __init__(self, execution: model.Execution) -> None:
        self.by_index = {s.index: s.resolution for s in execution.steps if s.resolution is not None}

    def recall(self, step: model.PlannedStep, page_url: str) -> model.Resolution | None:
        return self.by_index.get(step.index)


def _run(host: chromium.BrowserHost, url: str, origin: str, folder: Path, memory: object = None) -> model.Execution:
    item = model.Item(key="k", requirement_id="k", title="k", start_url=url, steps=tuple(model.SuiteStep(text=s) for s in STEPS))
    planned = plan.make_plan(item, base_url=origin)
    with host.session(artifacts_dir=folder, allowed_origins=(origin,), trace="off") as session:
        return execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500),
                                environ={}, memory=memory)  # type: ignore[arg-type]


def test_warm_click_on_a_locator_that_now_finds_a_disabled_twin_is_resolved_again(
    browser_host: chromium.BrowserHost, pages: object, tmp_path: Path
) -> None:
    origin = pages.origin  # type: ignore[attr-defined]
    learned = _run(browser_host, pages.add("/save-v1", SAVE.format(twin="")), origin, tmp_path / "v1")  # type: ignore[attr-defined]
    assert model.settle_verdict(learned) is model.Verdict.PASSED
    cached = learned.steps[0].resolution
    assert cached is not None and cached.locator.strategy is model.Strategy.ROLE and cached.fingerprint is not None

    warm = _run(browser_host, pages.add("/save-v1-again", SAVE.format(twin="")), origin, tmp_path / "again", _Memory(learned))  # type: ignore[attr-defined]
    assert [s.outcome for s in warm.steps] == [model.Outcome.PASSED] * 2 and warm.steps[0].resolution == cached

    # the cached role locator now also finds a disabled twin: the one-trip check sees one ready element, but the
    # click does not trust it; Playwright's strictness refuses, and the step is resolved the full way, which
    # finds two equal "Save" buttons and fails honestly rather than guess
    drifted = _run(browser_host, pages.add("/save-v2", SAVE.format(twin=TWIN)), origin, tmp_path / "v2", _Memory(learned))  # type: ignore[attr-defined]
    first, check = drifted.steps
    assert first.outcome is model.Outcome.FAILED and first.drifted, first.error
    assert "match" in (first.error or "") and "strict mode" not in (first.error or "")
    assert check.outcome is model.Outcome.SKIPPED


def test_warm_check_refuses_a_cached_element_that_is_covered(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    """The one-trip check includes the hit test: a covered element is not ready, and is not clicked as cached."""
    origin = pages.origin  # type: ignore[attr-defined]
    learned = _run(browser_host, pages.add("/cover-v1", SAVE.format(twin="")), origin, tmp_path / "v1")  # type: ignore[attr-defined]
    shade = '<div style="position:fixed;inset:0;background:#fff;z-index:9">Maintenance</div>'
    covered = _run(browser_host, pages.add("/cover-v2", SAVE.format(twin=shade)), origin, tmp_path / "v2", _Memory(learned))  # type: ignore[attr-defined]
    assert model.settle_verdict(covered) is model.Verdict.FAILED
    assert "Saved" not in (covered.steps[0].error or "") and covered.steps[1].outcome is model.Outcome.SKIPPED


def test_page_helpers_are_installed_in_a_document_on_its_first_use_only(
    browser_host: chromium.BrowserHost, pages: object, tmp_path: Path
) -> None:
    """No init script in every document: the helpers arrive with the first call that needs them, and again after
    a navigation replaced the document."""
    origin = pages.origin  # type: ignore[attr-defined]
    url = pages.add("/helpers", SAVE.format(twin=""))  # type: ignore[attr-defined]
    save = model.Locator(strategy=model.Strategy.ROLE, role="button", value="Save", exact=True)
    with browser_host.session(artifacts_dir=tmp_path, allowed_origins=(origin,), trace="off") as session:
        session.goto(url, 5000)
        assert session.page.evaluate("() => typeof window.__pactsDom") == "undefined"
        assert session.fingerprint(save).name == "Save"
        assert session.page.evaluate("() => typeof window.__pactsDom") == "object"
        session.goto(url, 5000)  # a new document: without helpers until asked again
        assert session.page.evaluate("() => typeof window.__pactsDom") == "undefined"
        assert session.inspect(save).count == 1 and session.gate(save).ok
