"""The dashboard and report.html over real runs (store, Chromium, demo shop), clicked through in headless Chromium."""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pacts_farm import config, pipeline, submit
from pacts_farm.browser import chromium
from pacts_farm.dashboard import server as dashboard
from pacts_farm.demo import server as demo
from pacts_farm.runtime import Runtime
from pacts_farm.store import repo

pytestmark = pytest.mark.browser
SECRET = "secret_sauce"  # the demo shop's password, given only as ${env:PF_DASH_PASSWORD}
SUITE = """\
name: Dashboard <b>shop</b>
base_url: http://127.0.0.1:1
retries: 1
requirements:
  - id: deals
    title: Deals <script>alert(1)</script> load
    tags: [deals]
    url: /login
    steps:
      - Fill "standard_user" in the Username field
      - Fill "${env:PF_DASH_PASSWORD}" in the Password field
      - Click Login
      - Go to /deals
      - Verify the page shows "2 deals today"
  - id: umbrella
    title: The shop sells umbrellas
    retries: 0
    url: /login
    steps:
      - Fill "standard_user" in the Username field
      - Fill "${env:PF_DASH_PASSWORD}" in the Password field
      - Click Login
      - Verify the page shows "Purple Umbrella"
"""


@dataclass
class Farmed:
    rt: Runtime
    runs: list[str]
    settings: config.Settings


@pytest.fixture(scope="module")
def farmed(tmp_path_factory: pytest.TempPathFactory, browser_host: chromium.BrowserHost) -> Iterator[Farmed]:
    """Three runs of SUITE on one fresh shop: deals is flaky (cold service), then passes; umbrella always fails."""
    home = tmp_path_factory.mktemp("dash")
    os.environ["PF_DASH_PASSWORD"] = SECRET
    settings = config.Settings.from_env({"PACTS_HOME": str(home / "home"), "PACTS_TRACE": "on-failure",
                                         "PACTS_FLOWER_URL": "http://127.0.0.1:5555"})
    runs = []
    with Runtime.open(settings) as rt, rt.using_browser(browser_host):
        try:
            with demo.start_demo_server() as shop:
                for _ in range(3):
                    prepared = submit.prepare_text(SUITE, source="dash.yaml", environ=os.environ, base_url=shop.url)
                    run_id = submit.new_run_id()
                    item_ids = repo.create_run(rt.sessions, run_id=run_id, suite=prepared.suite, content=SUITE,
                                               mode="embedded", output_dir=str(home / run_id))
                    for item_id in item_ids:
                        for stage in (pipeline.plan_item, pipeline.discover_item, pipeline.execute_item, pipeline.heal_item):
                            stage(rt, item_id)
                    runs.append(run_id)
            yield Farmed(rt=rt, runs=runs, settings=settings)
        finally:
            del os.environ["PF_DASH_PASSWORD"]


@pytest.fixture
def board(farmed: Farmed) -> Iterator[dashboard.Dashboard]:
    with dashboard.Dashboard(farmed.settings, port=0).start() as running:
        yield running


@pytest.fixture
def dash_page(browser_host: chromium.BrowserHost, board: dashboard.Dashboard, tmp_path: Path) -> Iterator[object]:
    with browser_host.session(artifacts_dir=tmp_path / "a", allowed_origins=(board.url,), trace="off") as session:
        yield session.page


def test_report_html_of_a_real_run_shows_flaky_and_failure_and_never_the_secret(farmed: Farmed) -> None:
    first = Path(repo.run_output_dir(farmed.rt.sessions, farmed.runs[0]))
    text = (first / "report.html").read_text()
    assert "<script>alert(1)</script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "passed on try 2 of 2" in text and "Deals are unavailable right now" in text  # the flaky try's cause
    assert "Purple Umbrella" in text and "data:image/png;base64," in text and "umbrella/trace.zip" in text
    for run_id in farmed.runs:
        folder = Path(repo.run_output_dir(farmed.rt.sessions, run_id))
        for name in ("report.html", "results.json", "junit.xml"):
            assert SECRET not in (folder / name).read_text(), (run_id, name)


def test_dashboard_runs_page_lays_out_and_links_through(dash_page: object, board: dashboard.Dashboard, farmed: Farmed,
                                                         tmp_path: Path) -> None:
    from playwright.sync_api import Page, expect

    page = dash_page
    assert isinstance(page, Page)
    page.goto(board.url)
    runs = page.locator("table#runs")
    expect(runs).to_be_visible()
    expect(runs.locator("tbody tr")).to_have_count(3)
    box = runs.bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 80
    trend = page.locator("#trends .card svg.spark").first
    spark = trend.bounding_box()
    assert spark is not None and spark["width"] > 100 and spark["height"] > 20
    shot = tmp_path / "dashboard.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    expect(page.get_by_role("link", name="Flower (tasks, workers)")).to_have_attribute("href", "http://127.0.0.1:5555")
    expect(page.locator("body")).not_to_contain_text(SECRET)
    expect(page.get_by_text("Dashboard <b>shop</b>").first).to_be_visible()  # escaped, shown as text

    page.get_by_role("link", name=farmed.runs[0]).click()
    expect(page.get_by_role("heading", name=f"Run {farmed.runs[0]}")).to_be_visible()
    items = page.locator("table#items tbody tr")
    expect(items).to_have_count(2)
    expect(page.locator("tr[data-verdict=flaky]")).to_contain_text("deals")
    expect(page.locator("tr[data-verdict=failed]")).to_contain_text("umbrella")
    expect(page.locator("tr[data-verdict=flaky]").get_by_role("link", name="try 1 screenshot")).to_be_visible()

    page.locator("table#items").get_by_role("link", name="deals", exact=True).click()
    expect(page.locator("#rates")).to_contain_text("100%")  # flaky, passed, passed: all succeeded
    expect(page.locator("#rates")).to_contain_text("33%")  # one of three was flaky
    bars = page.locator("#history-chart rect")
    expect(bars).to_have_count(3)
    assert [bars.nth(n).get_attribute("data-verdict") for n in range(3)] == ["flaky", "passed", "passed"]

    page.go_back()
    page.get_by_role("link", name="report.html").click()
    expect(page).to_have_title(f"Dashboard <b>shop</b> — run {farmed.runs[0]} (failed)")
    expect(page.locator("details.item")).to_have_count(2)
    page.get_by_label("Filter text").fill("umbrella")
    expect(page.locator("details.item:visible")).to_have_count(1)
    page.locator("#item-umbrella img.thumb").click()
    expect(page.locator("#lightbox")).to_be_visible()


def _status(url: str, method: str = "GET") -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, method=method), timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_dashboard_serves_only_files_inside_the_run_folder(board: dashboard.Dashboard, farmed: Farmed) -> None:
    run_id = farmed.runs[0]
    folder = Path(repo.run_output_dir(farmed.rt.sessions, run_id))
    outside = folder.parent / "outside.txt"
    outside.write_text("private")
    (folder / "link.txt").unlink(missing_ok=True)
    (folder / "link.txt").symlink_to(outside)
    base = f"{board.url}/runs/{run_id}/files"
    assert _status(f"{base}/report.html") == 200
    assert _status(f"{base}/umbrella/failure.png") == 200
    for bad in ("../outside.txt", "%2e%2e/outside.txt", "..%2Foutside.txt", "%2Fetc%2Fpasswd", "link.txt", "umbrella",
                "nope.html", "%00"):
        assert _status(f"{base}/{bad}") == 404, bad
    assert _status(f"{board.url}/runs/no-such-run") == 404
    assert _status(f"{board.url}/runs/no-such-run/files/report.html") == 404
    assert _status(f"{board.url}/", method="POST") == 405
    assert _status(f"{board.url}/requirement") == 404


def test_dashboard_binds_to_localhost_by_default(farmed: Farmed) -> None:
    with dashboard.Dashboard(farmed.settings, port=0) as board:
        assert board.url.startswith("http://127.0.0.1:")
