"""The time an item spent signing in counts only when its auth: flow ran: a state the worker already held costs
nothing, however slow the look-up (the reuse test read any time above 0 as a sign-in anew, and failed under load)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from pacts_farm import pipeline, runtime


def _record(auth: str | None) -> SimpleNamespace:
    return SimpleNamespace(run_id="r1", item=SimpleNamespace(auth=auth), auth_plan=object() if auth else None)


@pytest.fixture
def slow_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter(range(0, 10_000, 5))  # every reading of the clock is 5 s after the one before
    monkeypatch.setattr(pipeline.time, "perf_counter", lambda: float(next(ticks)))


def test_a_state_the_worker_held_costs_no_sign_in_time(slow_clock: None, tmp_path: Path) -> None:
    rt = SimpleNamespace(signed_in=runtime.SignedIn())
    rt.signed_in.put("r1", "shopper", {"cookies": []})
    state, refused, phases = pipeline._timed_sign_in(rt, _record("shopper"), "item-1", tmp_path)  # type: ignore[arg-type]
    assert (state, refused, phases.auth_ms) == ({"cookies": []}, None, 0.0)


def test_an_item_without_a_flow_costs_no_sign_in_time(slow_clock: None, tmp_path: Path) -> None:
    rt = SimpleNamespace(signed_in=runtime.SignedIn())
    assert pipeline._timed_sign_in(rt, _record(None), "item-1", tmp_path)[2].auth_ms == 0.0  # type: ignore[arg-type]
