"""Flakiness score and quarantine state in the dashboard and report.html; the dashboard's "mark heal wrong" form."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode

import pytest

from pacts_farm import config, model
from pacts_farm.dashboard import server as dashboard
from pacts_farm.report import html as report_html
from pacts_farm.runtime import Runtime
from pacts_farm.store import db, flaky_scores, heals, quarantines, repo, selectors

LOCATOR = model.Locator(strategy=model.Strategy.ROLE, value="Sign in", role="button")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _post(url: str, form: dict[str, str]) -> tuple[int, dict[str, str]]:
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(urllib.request.Request(url, data=urlencode(form).encode(), method="POST"), timeout=10) as r:
            return r.status, dict(r.headers)
    except urllib.error.HTTPError as exc:
        exc.close()
        return exc.code, dict(exc.headers)


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


@pytest.mark.redis
def test_dashboard_shows_health_and_marks_a_heal_wrong(tmp_path: Path, redis_url: str) -> None:
    settings = config.Settings.from_env({"PACTS_HOME": str(tmp_path / "home"), "PACTS_REDIS_URL": redis_url})
    rt = Runtime.open(settings)
    now = db.utcnow()
    suite = model.Suite(name="Shop", base_url="http://127.0.0.1:9", source="s.yaml", items=tuple(
        model.Item(key=rid, requirement_id=rid, title=rid, steps=(model.SuiteStep(text="Click Login"),)) for rid in ("login", "cart")
    ))
    item_ids = repo.create_run(rt.sessions, run_id="run-1", suite=suite, content="name: Shop", mode="embedded",
                               output_dir=str(tmp_path / "run-1"))
    quarantines.mark_run_items(rt.sessions, "run-1", ["cart"])
    for item_id in item_ids:
        repo.finish_item(rt.sessions, item_id, verdict=model.Verdict.HEALED, met=True, error=None)
    repo.finish_run(rt.sessions, "run-1")
    flaky_scores.save_scores(rt.sessions, [flaky_scores.StoredScore(
        suite_name="Shop", requirement_id="cart", score=0.45, runs=8, passed=5, failed=3, flaky=1, healed=0,
        nights_above=3, computed_at=now)])
    quarantines.add(rt.sessions, suite_name="Shop", requirement_id="cart", owner="ada", until=now + timedelta(days=5),
                    reason="ticket 42", now=now)
    heals.record_heals(rt.sessions, [model.HealRecord(
        run_id="run-1", item_key="login", app="http://127.0.0.1:9", page="/login", target="Login", failed_locator=None,
        new_locator=LOCATOR, strategy="synonyms", accepted=True, reason="Login -> Sign in", duration_ms=40.0,
    )])
    step = model.PlannedStep(index=0, text="Click Login", action=model.Action.CLICK, target=model.Target(text="Login"))
    rt.cache.remember("http://127.0.0.1:9", [(step, "http://127.0.0.1:9/login", model.Resolution(
        locator=LOCATOR, source=model.LocatorSource.HEALED, confidence=0.8))])
    assert selectors.provisional_count(rt.sessions) == 1 and rt.cache.lookup("http://127.0.0.1:9", [step])
    (heal,) = heals.recent(rt.sessions)

    with dashboard.Dashboard(settings, port=0).start() as board:
        run_page = _get(f"{board.url}/runs/run-1")
        row = re.search(r'<tr data-requirement="cart">.*?</tr>', run_page)
        assert row and "0.45" in row.group(0) and "quarantined" in row.group(0) and "ada" in row.group(0)
        assert (now + timedelta(days=5)).strftime("%Y-%m-%d") in row.group(0)
        requirement = _get(f"{board.url}/requirement?suite=Shop&id=cart")
        assert "ticket 42" in requirement and "0.45" in requirement

        heals_page = _get(f"{board.url}/heals")
        assert f'action="/heals/{heal.id}/mark-wrong"' in heals_page
        token = re.search(r'name="token" value="([^"]+)"', heals_page).group(1)  # type: ignore[union-attr]
        assert _post(f"{board.url}/heals/{heal.id}/mark-wrong", {"by": "eve", "token": "forged"})[0] == 403
        assert heals.recent(rt.sessions)[0].marked_wrong_at is None
        status, headers = _post(f"{board.url}/heals/{heal.id}/mark-wrong", {"by": "bob", "token": token})
        assert status == 303 and headers["Location"] == f"/heals?marked={heal.id}"
        assert "marked wrong</strong> by bob" in _get(f"{board.url}/heals")
        assert _post(f"{board.url}/runs/run-1", {})[0] == 405  # everything else stays read-only
    marked = heals.recent(rt.sessions)[0]
    assert marked.marked_by == "bob" and marked.marked_wrong_at is not None
    assert rt.cache.lookup("http://127.0.0.1:9", [step]) == {}  # gone from Redis and the store
    assert heals.wrong_locators(rt.sessions, app="http://127.0.0.1:9", targets=["Login"]) == {"Login": frozenset({LOCATOR})}

    result = repo.load_run_result(rt.sessions, "run-1")
    health = {"cart": model.RequirementHealth(score=0.45, quarantined_by="ada", quarantined_until=(now + timedelta(days=5)).isoformat(),
                                              quarantine_reason="ticket 42")}
    page = report_html.report_html(result, tmp_path / "run-1", health=health).decode()
    cart = page[page.index('id="item-cart"'):]
    assert "quarantined" in cart[:2000] and "0.45" in cart and "owner" in cart and "ticket 42" in cart
    rt.close()
