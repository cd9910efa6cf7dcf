"""A link wrapped onto two lines in a narrow table cell ("ams1-srv-" / "03"): the centre of its box falls between its
lines, on the cell. The actionability gate hit-tests each line's box, so the link is clickable; a link truly covered
by another element is still refused."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

TABLE = """<!doctype html><html><head><style>td { width: 48px; font: 16px/1.9 sans-serif; }</style></head><body><main>
<table><tr><th>Name</th><th>Status</th></tr><tr><td><a href="/wrapped/device">ams1-srv-03</a></td><td>Failed</td></tr></table>
</main></body></html>"""
COVERED = """<!doctype html><html><body><main><a href="/wrapped/device" style="position:absolute;top:10px;left:10px">ams1-srv-03</a>
<div style="position:absolute;top:0;left:0;width:400px;height:100px;background:#fff">Loading…</div></main></body></html>"""
DEVICE = """<!doctype html><html><head><title>ams1-srv-03 (AT-1007)</title></head><body><h1>ams1-srv-03</h1></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    routes = {"/wrapped/table": TABLE, "/wrapped/covered": COVERED, "/wrapped/device": DEVICE}
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("wrapped"), routes,
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=800))


def test_a_link_wrapped_in_a_narrow_cell_is_clicked(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(['Click the device "ams1-srv-03" in the table', 'Verify the page title contains "AT-1007"'], "/wrapped/table")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_covered_link_is_not(run) -> None:  # type: ignore[no-untyped-def]
    assert run(['Click "ams1-srv-03"'], "/wrapped/covered").steps[0].outcome is not model.Outcome.PASSED
