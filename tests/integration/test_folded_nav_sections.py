"""A left navigation drawn as sections under small headers (Vendure's Clarity admin): a section folded to no height
opens with the caret button beside its header, named only by an icon element's shape and an off-screen label; a
short navigation (a user who sees three entries) in a narrow column down the page's left is still its sidebar; a
custom element (<app-pagination-controls>) is named by its tag past its prefix."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_CARET = ('<button class="button-small" onclick="const l = this.closest(\'section\').querySelector(\'.nav-list\');'
          ' l.style.height = l.style.height === \'0px\' ? \'auto\' : \'0px\'"><clr-icon shape="caret down" size="12">'
          '<svg viewBox="0 0 36 36"><path d="M6 12l12 12 12-12z"/></svg><span style="position: absolute; left: -9999px">'
          'Expand entries</span></clr-icon></button>')

NAV = """<!doctype html><html><head><style>
body { margin: 0; display: flex; } .left-nav { width: 260px; height: 100vh; } .main { padding: 20px; flex: 1 }
.nav-list { overflow: hidden; } .nav-list a { display: block; padding: 6px; }</style></head><body>
<div class="left-nav"><a href="#home"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a><nav class="main-nav">
<section class="nav-group"><div class="section-header"><label for="sales">Sales</label></div>
<div class="nav-list"><a href="#orders" onclick="document.getElementById('said').textContent = 'orders'">Orders</a></div></section>
<section class="nav-group"><div class="section-header"><label for="customers">Customers</label></div>
<div class="nav-list"><a href="#customers" onclick="document.getElementById('said').textContent = 'customers'">Customers</a></div></section>
<section class="nav-group"><div class="section-header"><label for="settings">Settings</label>""" + _CARET + """</div>
<div class="nav-list" style="height: 0px"><a href="#tax-rates" onclick="document.getElementById('said').textContent = 'tax rates'">Tax rates</a></div></section>
</nav></div><div class="main"><h1>Dashboard</h1><a href="#orders-main">Orders</a><p id="said"></p>
<p>Unread: <button onclick="document.getElementById('said').textContent = 'unread'">2</button></p>
<app-pagination-controls><ul><li><button onclick="document.getElementById('said').textContent = 'page 1'">1</button></li>
<li><button onclick="document.getElementById('said').textContent = 'page 2'">2</button></li></ul></app-pagination-controls>
</div></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("folded"), {"/nav": NAV},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


@pytest.mark.parametrize(("steps", "passes"), [
    (["Click Orders in the sidebar", 'The page shows "orders"'], True),
    (["Click Orders in the sidebar", "The URL contains #orders-main"], False),  # the sidebar's, not the page's
    (["Click the arrow next to Settings in the sidebar", "Click Tax rates", 'The page shows "tax rates"'], True),
    (["Click the arrow next to Settings in the sidebar", "Click Tax rates", 'The page shows "orders"'], False),
    # a pager drawn by a custom element, named by its tag alone
    (['Click "2" in the pager', 'The page shows "page 2"'], True),
    (['Click "2" in the pager', 'The page shows "unread"'], False),
])
def test_a_folded_section_of_a_short_left_navigation(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run(steps, "/nav")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)
