"""Flakiness scores, the automatic quarantine policy (nights, cap, expiry) and the quarantine log, on both databases."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import timedelta

import pytest

from pacts_farm import errors, model, submit
from pacts_farm.flaky import flakiness, quarantine
from pacts_farm.store import db, flaky_scores
from pacts_farm.store import quarantines, repo

V = model.Verdict
SUITE = "Nightly suite"
POLICY = {"auto": True, "threshold": 0.3, "nights": 2, "days": 14, "max": 1}
_START = db.utcnow() - timedelta(minutes=10)
_SECONDS = itertools.count()  # each run a second after the last: created_at orders runs


def _suite(requirement_ids: list[str]) -> model.Suite:
    items = tuple(
        model.Item(key=rid, requirement_id=rid, title=rid, steps=(model.SuiteStep(text="Click Login"),))
        for rid in requirement_ids
    )
    return model.Suite(name=SUITE, base_url="http://127.0.0.1:1", source="suite.yaml", items=items)


def _run(sessions: db.Sessions, run_id: str, verdicts: dict[str, model.Verdict], *, nightly: bool) -> model.RunStatus:
    loaded = _suite(list(verdicts))
    item_ids = repo.create_run(
        sessions, run_id=run_id, suite=loaded, content=f"name: {SUITE}", mode="farm", output_dir="/tmp/none",
        options=dataclasses.replace(submit.run_options(loaded), quarantine=model.QuarantinePolicy(**POLICY), scheduled=nightly),
        created_at=_START + timedelta(seconds=next(_SECONDS)),
    )
    quarantined = quarantine.for_new_run(sessions, suite_name=SUITE, now=db.utcnow())
    quarantines.mark_run_items(sessions, run_id, quarantined)
    for item_id, verdict in zip(item_ids, verdicts.values()):
        repo.finish_item(sessions, item_id, verdict=verdict, met=verdict.succeeded, error=None)
    return repo.finish_run(sessions, run_id)[0]


def _alternating(n: int) -> model.Verdict:
    return V.PASSED if n % 2 == 0 else V.FAILED


def test_flakiness_score_weighs_flips_flaky_verdicts_and_heals(sessions: db.Sessions) -> None:
    for n in range(4):
        _run(sessions, f"r{n}", {
            "steady": V.PASSED,
            "broken": V.FAILED,
            "flipper": _alternating(n),
            "retried": V.FLAKY if n % 2 else V.PASSED,
            "drifting": V.HEALED,
        }, nightly=False)
    scored = flakiness.score_due_suites(sessions, now=db.utcnow())
    assert [s.suite_name for s in scored] == [SUITE] and not scored[0].nightly
    scores = {k[1]: v for k, v in flaky_scores.load_scores(sessions, suite_name=SUITE).items()}
    assert scores["steady"].score == 0.0
    assert scores["broken"].score == 0.0  # fails every time: broken, not flaky
    assert scores["flipper"].score == pytest.approx(0.5)  # every transition flips
    assert scores["retried"].score == pytest.approx(0.3 * 2 / 4)  # flaky verdicts met their expectation: no flips
    assert scores["drifting"].score == pytest.approx(0.2)
    assert (scores["flipper"].runs, scores["flipper"].passed, scores["flipper"].failed) == (4, 2, 2)
    assert scores["drifting"].healed == 4 and scores["retried"].flaky == 2
    assert all(s.nights_above == 0 for s in scores.values())  # no scheduled run: not a night
    assert flakiness.score_due_suites(sessions, now=db.utcnow()) == ()  # nothing new: nothing rescored


def test_quarantine_policy_needs_k_nights_respects_the_cap_then_expires(sessions: db.Sessions) -> None:
    for n in range(4):  # history: two flippers, one of them also flaky
        _run(sessions, f"day-{n}", {"steady": V.PASSED, "flip-a": _alternating(n),
                                    "flip-b": V.FLAKY if n == 2 else _alternating(n)}, nightly=False)
    flakiness.score_due_suites(sessions, now=db.utcnow())

    _run(sessions, "night-1", {"steady": V.PASSED, "flip-a": V.PASSED, "flip-b": V.PASSED}, nightly=True)
    first = flakiness.score_due_suites(sessions, now=db.utcnow())
    assert first[0].nightly and first[0].quarantined == ()  # one night above: not yet
    streaks = {k[1]: v.nights_above for k, v in flaky_scores.load_scores(sessions, suite_name=SUITE).items()}
    assert streaks == {"steady": 0, "flip-a": 1, "flip-b": 1}

    _run(sessions, "night-2", {"steady": V.PASSED, "flip-a": V.FAILED, "flip-b": V.FAILED}, nightly=True)
    now = db.utcnow()
    second = flakiness.score_due_suites(sessions, now=now)
    scores = {k[1]: v.score for k, v in flaky_scores.load_scores(sessions, suite_name=SUITE).items()}
    assert scores["flip-b"] > scores["flip-a"] > 0.3
    worst = "flip-b"
    assert second[0].quarantined == (worst,)  # both qualify; max: 1 lets only the worst in
    (entry,) = quarantines.active(sessions, now=now, suite_name=SUITE)
    assert entry.requirement_id == worst and entry.automatic and entry.owner == "pacts-farm"
    assert entry.until == now + timedelta(days=14)
    log = quarantines.changes(sessions, suite_name=SUITE)
    assert [(c.action, c.requirement_id, c.actor) for c in log] == [("auto", worst, "pacts-farm")]
    assert "for 2 nights" in log[0].reason

    # a quarantined requirement still runs and is reported, but does not fail the run
    status = _run(sessions, "day-after", {"steady": V.PASSED, "flip-a": V.FAILED, "flip-b": V.FAILED}, nightly=False)
    other = "flip-b" if worst == "flip-a" else "flip-a"
    assert status is model.RunStatus.FAILED  # the other flipper is not quarantined
    result = repo.load_run_result(sessions, "day-after")
    flags = {i.requirement_id: i.quarantined for i in result.items}
    assert flags == {"steady": False, worst: True, other: False}
    assert not result.met_except_quarantined
    quarantines.add(sessions, suite_name=SUITE, requirement_id=other, owner="ada", until=now + timedelta(days=1),
                    reason="ticket 42", now=now)
    status = _run(sessions, "both-quarantined", {"steady": V.PASSED, "flip-a": V.FAILED, "flip-b": V.ERROR}, nightly=False)
    assert status is model.RunStatus.PASSED  # neither a failure nor an error of a quarantined item fails the run
    assert repo.load_run_result(sessions, "both-quarantined").met_except_quarantined

    # expiry puts both back, logged, and the automatic one needs fresh nights to return
    later = entry.until + timedelta(seconds=1)
    flakiness.score_due_suites(sessions, now=later)
    assert quarantines.active(sessions, now=later) == ()
    assert {(c.action, c.requirement_id) for c in quarantines.changes(sessions, suite_name=SUITE)[:2]} == {
        ("expire", worst), ("expire", other)
    }
    assert flaky_scores.load_scores(sessions, suite_name=SUITE)[(SUITE, worst)].nights_above == 0
    assert quarantine.for_new_run(sessions, suite_name=SUITE, now=later) == frozenset()


def test_quarantine_by_hand_add_list_remove_and_until_parsing(sessions: db.Sessions) -> None:
    now = db.utcnow()
    until = quarantine.parse_until("3d", now=now)
    assert until == now + timedelta(days=3)
    assert quarantine.parse_until("2099-01-31", now=now).isoformat() == "2099-02-01T00:00:00+00:00"
    for bad in ("yesterday", "2001-01-01", "0d"):
        with pytest.raises(errors.InputError):
            quarantine.parse_until(bad, now=now)
    quarantine.add(sessions, suite_name=SUITE, requirement_id="login", owner="ada", until=until, reason="flaky on CI", now=now)
    quarantine.add(sessions, suite_name=SUITE, requirement_id="login", owner="bob", until=until + timedelta(days=1), reason="", now=now)
    (entry,) = quarantines.active(sessions, now=now)
    assert (entry.owner, entry.until, entry.automatic) == ("bob", until + timedelta(days=1), False)
    quarantine.remove(sessions, suite_name=SUITE, requirement_id="login", actor="carol", reason="fixed", now=now)
    with pytest.raises(errors.InputError, match="not quarantined"):
        quarantine.remove(sessions, suite_name=SUITE, requirement_id="login", actor="carol", reason="again", now=now)
    log = [(c.action, c.actor) for c in reversed(quarantines.changes(sessions))]
    assert log == [("add", "ada"), ("add", "bob"), ("remove", "carol")]
    assert quarantines.active(sessions, now=now) == ()


def test_quarantine_beat_task_scores_through_celery(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """pacts.score_flakiness is routed and runs on a worker (the embedded one), over the worker's own store."""
    from celery.result import allow_join_result

    from pacts_farm import config
    from pacts_farm.farm import dispatch
    from pacts_farm.runtime import Runtime

    settings = config.Settings.from_env({"PACTS_HOME": str(tmp_path / "home")})
    rt = Runtime.open(settings)
    for n in range(3):
        _run(rt.sessions, f"r{n}", {"flipper": _alternating(n), "steady": V.PASSED}, nightly=n == 2)
    app = dispatch.make_celery(settings)
    assert app.conf.beat_schedule["score-flakiness"]["task"] == "pacts.score_flakiness"
    with dispatch.embedded_worker(app), allow_join_result():
        done = app.signature("pacts.score_flakiness").apply_async().get(timeout=60)
    assert done == [{"suite": SUITE, "nightly": True, "requirements": 2, "quarantined": []}]
    scores = flaky_scores.load_scores(rt.sessions, suite_name=SUITE)
    assert scores[(SUITE, "flipper")].score == pytest.approx(0.5) and scores[(SUITE, "flipper")].nights_above == 1
    rt.close()
