"""Dashboard pages and charts: escaped, and the charts say what the numbers say."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from pacts_farm import model
from pacts_farm.dashboard import charts, pages
from pacts_farm.store import history

EVIL = "<script>alert(1)</script>"
WHEN = datetime(2026, 11, 24, 3, 33, tzinfo=timezone.utc)


def _point(run_id: str, met: int, hits: int, heals: int, status: model.RunStatus = model.RunStatus.PASSED) -> history.RunPoint:
    return history.RunPoint(run_id=run_id, suite_name=f"Shop {EVIL}", status=status, created_at=WHEN, duration_ms=1500.0,
                            counts={"passed": met, "failed": 4 - met}, met=met, total=4, cache_hits=hits, cache_lookups=10,
                            heals=heals, output_dir="/nonexistent")


def test_dashboard_runs_page_escapes_and_shows_trends() -> None:
    body = pages.runs_page([_point("r2", 4, 10, 0), _point(f"r1{EVIL}", 2, 5, 3, model.RunStatus.FAILED)])
    html = pages.layout("Runs", body, flower_url='http://f/"onload="x')
    assert "<script>" not in html and "&lt;script&gt;" in html and '"onload="x' not in html
    assert html.count("<tr><td>") == 2 and "4/4" in html and "2/4" in html and "50%" in html
    assert 'href="/runs/r1%3Cscript%3Ealert%281%29%3C/script%3E"' in html  # ids are URL-quoted in links
    assert "Flower (tasks, workers)" in html


def test_dashboard_empty_store_says_how_to_start() -> None:
    assert "No runs yet" in pages.runs_page([])
    assert "No finished run" in pages.requirement_page("Shop", "login", None)


def test_dashboard_requirement_page_rates_and_chart() -> None:
    V = model.Verdict
    outcomes = tuple(
        history.Outcome(run_id=f"r{n}", item_key="login", verdict=v, met=v.succeeded, duration_ms=100.0 * (n + 1),
                        finished_at=WHEN, heals=1 if v is V.HEALED else 0, tries=2 if v is V.FLAKY else 1)
        for n, v in enumerate([V.PASSED, V.FLAKY, V.FAILED, V.HEALED])  # newest first
    )
    stats = history.RequirementStats(suite_name="Shop", requirement_id="login", outcomes=outcomes)
    html = pages.requirement_page("Shop", "login", stats)
    assert "75%" in html and "25%" in html and "250 ms" in html
    assert re.findall(r'data-verdict="(\w+)"', html) == ["healed", "failed", "flaky", "passed"]  # oldest first
    assert html.count("<circle") == 1  # one run healed


def test_charts_sparkline_stays_in_its_box_and_skips_gaps() -> None:
    svg = charts.sparkline([0.0, None, 1.0, 0.5], width=100, height=20, label="rate <x>")
    (points,) = re.findall(r'points="([^"]+)"', svg)
    coords = [tuple(map(float, p.split(","))) for p in points.split()]
    assert len(coords) == 3 and all(0 <= x <= 100 and 0 <= y <= 20 for x, y in coords)
    assert coords[0][1] > coords[1][1]  # 0 % is drawn below 100 %
    assert "rate &lt;x&gt;" in svg
    assert "<polyline" not in charts.sparkline([None, None], label="none")


def test_run_page_links_artifacts_that_exist(tmp_path: Path) -> None:
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "failure.png").write_bytes(b"png")
    (tmp_path / "report.html").write_text("r")
    item = model.ItemResult(item_key="bad", requirement_id="bad", title=EVIL, data={}, expect=model.Expectation.PASS,
                            verdict=model.Verdict.FAILED, met=False, duration_ms=10, steps=(),
                            evidence=model.Evidence(screenshot="bad/failure.png", trace="bad/trace.zip"))
    run = model.RunResult(run_id="r1", suite_name="Shop", status=model.RunStatus.FAILED, mode="embedded",
                          started_at="2026-11-24T03:33:49+00:00", finished_at=None, duration_ms=10, items=(item,))
    html = pages.run_page(run, tmp_path, {})
    assert 'href="/runs/r1/files/bad/failure.png"' in html and "trace.zip" not in html  # no link to a missing file
    assert 'href="/runs/r1/files/report.html#item-bad"' in html and EVIL not in html
    assert 'href="/requirement?suite=Shop&amp;id=bad"' in html


def test_run_page_shows_progress_of_a_run_still_going(tmp_path: Path) -> None:
    from pacts_farm.store import repo

    def item(key: str, verdict: model.Verdict, met: bool) -> model.ItemResult:
        return model.ItemResult(item_key=key, requirement_id=key, title=key, data={}, expect=model.Expectation.PASS,
                                verdict=verdict, met=met, duration_ms=10, steps=())

    run = model.RunResult(run_id="r1", suite_name="Shop", status=model.RunStatus.RUNNING, mode="farm",
                          started_at="2026-11-24T03:33:49+00:00", finished_at=None, duration_ms=0,
                          items=(item("done", model.Verdict.FAILED, False), item("busy", model.Verdict.CANCELLED, False)))
    progress = {
        "done": repo.ItemProgress(key="done", title="done", state=model.ItemState.DONE, verdict=model.Verdict.FAILED,
                                  met=False, steps_total=2, steps_done=2, heals=0, duration_ms=10),
        "busy": repo.ItemProgress(key="busy", title="busy", state=model.ItemState.RUNNING, verdict=None, met=None,
                                  steps_total=5, steps_done=2, heals=0, duration_ms=None),
    }
    html = pages.run_page(run, tmp_path, {}, progress=progress)
    assert "still going" in html
    busy = html.split('data-verdict="pending"', 1)[1].split("</tr>", 1)[0]
    assert "running 2/5" in busy and "cancelled" not in busy and "not met" not in busy
    assert 'data-verdict="failed"' in html and "✗ not met" in html
