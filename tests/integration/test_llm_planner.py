"""The Claude planner through the real anthropic SDK against the fake Messages API on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pacts_farm import config, errors, model, submit
from pacts_farm.planning import planner as planning
from pacts_farm.planning import plan as rules_planner
from pacts_farm.store import db
from pacts_farm.store.models import PlanCacheRow
from tests import fake_anthropic as fa

pytestmark = pytest.mark.redis

SUITE = """
name: Free form
base_url: http://127.0.0.1:9
vars:
  password: "${env:SHOP_PASSWORD}"
requirements:
  - id: buy
    url: /login
    steps:
      - Click Login
      - Log in with the shop password ${password} and go on to the products
"""
GOOD = {"steps": [
    {"sentence": 1, "action": "fill", "target": {"text": "Password", "role_hint": "textbox"}, "value": "<secret-1>"},
    {"sentence": 1, "action": "click", "target": {"text": "Login", "role_hint": "button"}},
    {"sentence": 1, "action": "expect_visible", "value": "Products"},
]}
ENV = {"SHOP_PASSWORD": "hunter2-very-secret"}


def _settings(fake: fa.FakeAnthropic, database_url: str, redis_url: str | None, **env: str) -> config.Settings:
    values = {
        "ANTHROPIC_API_KEY": "sk-ant-test",
        "PACTS_ANTHROPIC_BASE_URL": fake.url,
        "PACTS_DATABASE_URL": database_url,
        "PACTS_LLM_TIMEOUT_S": "5",  # a busy machine answers late; the timeout test sets its own
        "PACTS_LLM_RETRIES": "1",
        **env,
    }
    if redis_url:
        values["PACTS_REDIS_URL"] = redis_url
    return config.Settings.from_env({k: v for k, v in values.items() if v})


def _prepare(settings: config.Settings, text: str = SUITE, mode: str | None = None) -> submit.Submission:
    with planning.open_planner(settings, mode=mode, environ=ENV) as planner:
        return submit.prepare_text(text, source="suite.yaml", environ=ENV, planner=planner)


def test_llm_planner_plans_what_the_rules_cannot(fake: fa.FakeAnthropic, database_url: str, redis_url: str) -> None:
    fake.push(fa.tool("record_steps", GOOD))
    prepared = _prepare(_settings(fake, database_url, redis_url))
    (plan,) = prepared.plans
    assert [s.action for s in plan.steps] == [model.Action.CLICK, model.Action.FILL, model.Action.CLICK, model.Action.EXPECT_VISIBLE]
    assert [s.planner for s in plan.steps] == [rules_planner.PLANNER_VERSION, "claude-1", "claude-1", "claude-1"]
    assert plan.steps[1].value == "${env:SHOP_PASSWORD}"  # the placeholder comes back, resolved only in the browser
    assert [s.index for s in plan.steps] == [0, 1, 2, 3]
    (request,) = fake.requests
    tool = fa.tool_input(request)
    assert tool["name"] == "record_steps" and request["tool_choice"] == {"type": "tool", "name": "record_steps"}
    step_schema = tool["input_schema"]["properties"]["steps"]["items"]
    assert "expect_title" in step_schema["properties"]["action"]["enum"] and "selector" not in json.dumps(step_schema)
    prompt = fa.prompt_text(request)
    assert "1. Log in with the shop password <secret-1>" in prompt and "Click Login\n" in prompt  # only the unread sentence is numbered
    assert [c.outcome for c in prepared.llm_calls] == ["ok"] and prepared.llm_calls[0].cost_usd > 0


def test_llm_planner_masks_secrets_before_sending(fake: fa.FakeAnthropic, database_url: str) -> None:
    fake.push(fa.tool("record_steps", GOOD))
    literal = SUITE.replace("go on to the products", "go on (the password is hunter2-very-secret)")
    _prepare(_settings(fake, database_url, None), literal)
    sent = fake.sent_text()
    assert "hunter2-very-secret" not in sent and "SHOP_PASSWORD" not in sent and "${env:" not in sent
    assert "<secret-1>" in sent and model.MASK in sent


def test_llm_planner_retries_an_invalid_answer_once_with_the_error(fake: fa.FakeAnthropic, database_url: str) -> None:
    bad = {"steps": [{"sentence": 1, "action": "teleport", "target": {"text": "Products"}}]}
    fake.push(fa.tool("record_steps", bad), fa.tool("record_steps", GOOD))
    prepared = _prepare(_settings(fake, database_url, None))
    assert len(prepared.plans[0].steps) == 4
    retry = fake.requests[1]["messages"]
    assert retry[1]["role"] == "assistant" and retry[2]["content"][0]["type"] == "tool_result"
    assert retry[2]["content"][0]["is_error"] is True and "teleport" in retry[2]["content"][0]["content"]
    assert [c.outcome for c in prepared.llm_calls] == ["invalid", "ok"]


def test_llm_planner_refuses_a_selector_and_malformed_json_then_reports_the_step(
    fake: fa.FakeAnthropic, database_url: str
) -> None:
    selector = {"steps": [{"sentence": 1, "action": "click", "target": {"text": "#login-button"}}]}
    fake.push(fa.tool("record_steps", selector), fa.text('{"steps": [{"sentence": 1, "action": '))
    with pytest.raises(errors.PlanInvalid) as failure:
        _prepare(_settings(fake, database_url, None))
    (problem,) = failure.value.problems
    assert '"Log in with the shop password ••••' in problem.message and "requirements[0].steps[1]" in problem.message
    assert "invalid twice" in problem.message and "no record_steps tool call" in problem.message
    assert "looks like a selector" in fake.requests[1]["messages"][2]["content"][0]["content"]
    assert isinstance(failure.value, errors.InputError)  # exit code 2 at submit


def test_llm_planner_retries_a_429_then_succeeds(fake: fa.FakeAnthropic, database_url: str) -> None:
    fake.push(fa.status(429, "slow down", retry_after=0.05), fa.tool("record_steps", GOOD))
    prepared = _prepare(_settings(fake, database_url, None))
    assert len(fake.requests) == 2 and len(prepared.plans[0].steps) == 4
    assert [c.outcome for c in prepared.llm_calls] == ["rate_limited", "ok"]


def test_llm_planner_timeout_is_a_clear_error(fake: fa.FakeAnthropic, database_url: str) -> None:
    fake.push(fa.slow(fa.tool("record_steps", GOOD), 1.5), fa.slow(fa.tool("record_steps", GOOD), 1.5))
    with pytest.raises(errors.LLMUnavailable) as failure:
        _prepare(_settings(fake, database_url, None, PACTS_LLM_TIMEOUT_S="0.4"))
    message = failure.value.message
    assert 'suite.yaml: buy: planning "Log in with the shop password <secret-1>' in message
    assert "did not answer within 0.4 s" in message and "gave up after 2 request(s)" in message
    assert "--planner rules" in message and "hunter2" not in message


def test_llm_planner_server_errors_past_the_budget_are_unavailable(fake: fa.FakeAnthropic, database_url: str) -> None:
    fake.push(fa.status(500), fa.status(503))
    with pytest.raises(errors.LLMUnavailable, match="HTTP 503"):
        _prepare(_settings(fake, database_url, None))
    assert len(fake.requests) == 2


def test_llm_planner_cache_prevents_a_second_call(fake: fa.FakeAnthropic, database_url: str, redis_url: str) -> None:
    settings = _settings(fake, database_url, redis_url)
    fake.push(fa.tool("record_steps", GOOD))
    first = _prepare(settings)
    second = _prepare(settings)  # Redis layer
    assert len(fake.requests) == 1 and second.plans == first.plans and second.llm_calls == ()
    import redis

    redis.Redis.from_url(redis_url).flushdb()
    with planning.open_planner(settings, environ=ENV) as planner:  # the database layer, which warms Redis again
        third = submit.prepare_text(SUITE, source="suite.yaml", environ=ENV, planner=planner)
        assert planner.cache_hits == 1 and planner._plans is not None
        assert planner._plans.last_layer is model.LocatorSource.DATABASE
    assert third.plans == first.plans and len(fake.requests) == 1
    engine = db.open_engine(database_url)
    with db.transaction(db.make_sessions(engine)) as s:
        (row,) = s.query(PlanCacheRow).all()
        assert row.hits == 1 and row.planner == "claude-1" and "hunter2" not in json.dumps(row.plan)
    engine.dispose()


def test_llm_planner_cache_key_follows_the_text(fake: fa.FakeAnthropic, database_url: str) -> None:
    settings = _settings(fake, database_url, None)
    fake.respond(lambda request: fa.tool("record_steps", GOOD))
    _prepare(settings)
    _prepare(settings, SUITE.replace("go on to the products", "continue to the products"))
    assert len(fake.requests) == 2


def test_llm_planner_without_a_key_keeps_the_rules_messages(fake: fa.FakeAnthropic, database_url: str) -> None:
    settings = _settings(fake, database_url, None, ANTHROPIC_API_KEY="")
    with pytest.raises(errors.PlanInvalid) as failure:
        _prepare(settings)
    assert "cannot understand" in failure.value.message and "set ANTHROPIC_API_KEY" in failure.value.message
    with pytest.raises(errors.SettingsInvalid, match="--planner claude needs ANTHROPIC_API_KEY"):
        _prepare(settings, mode="claude")
    assert fake.requests == []


def test_llm_planner_rules_mode_never_calls(fake: fa.FakeAnthropic, database_url: str) -> None:
    with pytest.raises(errors.PlanInvalid, match="ANTHROPIC_API_KEY"):
        _prepare(_settings(fake, database_url, None), mode="rules")
    assert fake.requests == []


def test_llm_planner_claude_mode_reads_every_sentence(fake: fa.FakeAnthropic, database_url: str) -> None:
    answer = {"steps": [{"sentence": 1, "action": "click", "target": {"text": "Login"}}, *[
        {**s, "sentence": 2} for s in GOOD["steps"]]]}
    fake.push(fa.tool("record_steps", answer))
    prepared = _prepare(_settings(fake, database_url, None), mode="claude")
    assert {s.planner for s in prepared.plans[0].steps} == {"claude-1"}
    assert "2. Log in" in fa.prompt_text(fake.requests[0]) and "1. Click Login" in fa.prompt_text(fake.requests[0])


def test_llm_planner_fixed_waits_stay_refused(fake: fa.FakeAnthropic, database_url: str) -> None:
    with pytest.raises(errors.PlanInvalid, match="fixed wait") as failure:
        _prepare(_settings(fake, database_url, None), SUITE.replace("- Click Login", "- Wait 3 minutes"))
    assert fake.requests == []  # no call for a requirement that fails anyway
    assert "the Claude planner will once the other steps of this requirement are fixed" in failure.value.problems[1].message


def test_llm_planner_stops_at_the_suite_budget(fake: fa.FakeAnthropic, database_url: str) -> None:
    two = SUITE.replace("requirements:", "budget: {llm_usd: 0.001}\nrequirements:") + """
  - id: again
    url: /login
    steps:
      - Sign in using the shop password ${password} and look at the products
"""
    fake.respond(lambda request: fa.tool("record_steps", GOOD))
    with pytest.raises(errors.PlanInvalid) as failure:
        _prepare(_settings(fake, database_url, None), two)
    assert len(fake.requests) == 1
    assert "LLM budget of $0.001 is spent" in failure.value.message and "requirements[1].steps[0]" in failure.value.message


def _calls(prepared: submit.Submission) -> list[dict[str, Any]]:
    return [{"outcome": c.outcome, "tokens": c.input_tokens} for c in prepared.llm_calls]


def test_llm_planner_reads_pacts_requirement_files(fake: fa.FakeAnthropic, database_url: str, tmp_path: Path) -> None:
    from pacts_farm.suites import requirements

    checkout = tmp_path / "checkout.txt"
    checkout.write_text(
        "Test: Checkout works\nURL: http://127.0.0.1:9/login\n1. Click Login\n"
        "Then put the Blue Mug into the basket\nExpected: Thank you for your order!\n"
    )
    fake.push(fa.tool("record_steps", {"steps": [
        {"sentence": 1, "action": "click", "target": {"text": "Add to cart", "scope": "Blue Mug"}}]}))
    settings = _settings(fake, database_url, None)
    with planning.open_planner(settings, environ=ENV) as planner:
        prepared = requirements.prepare_files([checkout], environ=ENV, planner=planner)
    assert prepared.suite.base_url == "http://127.0.0.1:9" and prepared.suite.items[0].title == "Checkout works"
    (plan,) = prepared.plans
    assert plan.start_url == "http://127.0.0.1:9/login"
    assert [s.action for s in plan.steps] == [model.Action.CLICK, model.Action.CLICK, model.Action.EXPECT_VISIBLE]
    assert plan.steps[1].target == model.Target(text="Add to cart", scope="Blue Mug")
    assert plan.steps[2].value == "Thank you for your order!"
    assert _calls(prepared) == [{"outcome": "ok", "tokens": 400}]


def test_llm_planner_requirement_file_errors_name_the_file_and_line(tmp_path: Path) -> None:
    from pacts_farm.suites import requirements

    path = tmp_path / "login.txt"
    path.write_text("Test: Login\nURL: /login\n1. Click Login\n2. Frobnicate the widget\n")
    with pytest.raises(errors.SuiteInvalid, match="no base URL"):
        requirements.prepare_files([path], environ={})
    with pytest.raises(errors.PlanInvalid) as failure:
        requirements.prepare_files([path], environ={}, base_url="http://127.0.0.1:9")
    assert f'{path}:4: login.text[1]: cannot understand "Frobnicate the widget"' in failure.value.message


def test_llm_planner_scheduled_replay_uses_the_plan_cache(
    fake: fa.FakeAnthropic, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime, timezone

    from pacts_farm.farm import housekeeping
    from pacts_farm.store import schedules

    monkeypatch.setenv("SHOP_PASSWORD", ENV["SHOP_PASSWORD"])
    settings = _settings(fake, database_url, None)
    fake.push(fa.tool("record_steps", GOOD))
    first = _prepare(settings)  # `pacts-farm schedule add` plans it once
    engine = db.open_engine(database_url)
    sessions = db.make_sessions(engine)
    schedules.add_schedule(sessions, name="nightly", cron="0 2 * * *", suite_source="suite.yaml", suite_content=SUITE, base_url=None)
    started: list[submit.Submission] = []
    fired = housekeeping.fire_due_schedules(
        sessions, now=datetime(2030, 1, 1, 3, tzinfo=timezone.utc), start=lambda s: started.append(s) or "run-x", settings=settings
    )
    engine.dispose()
    assert [f.run_id for f in fired] == ["run-x"] and fired[0].error is None
    assert started[0].plans == first.plans and started[0].llm_calls == ()
    assert len(fake.requests) == 1


def test_llm_planner_dry_run_and_stopped_submissions_still_record_their_calls(
    fake: fa.FakeAnthropic, database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from pacts_farm import cli
    from pacts_farm.store.models import LlmCallRow

    monkeypatch.chdir(tmp_path)
    suite_file = tmp_path / "suite.yaml"
    suite_file.write_text(SUITE)
    for name, value in {"ANTHROPIC_API_KEY": "sk-ant-test", "PACTS_ANTHROPIC_BASE_URL": fake.url,
                        "PACTS_DATABASE_URL": database_url, **ENV}.items():
        monkeypatch.setenv(name, value)
    fake.push(fa.tool("record_steps", GOOD))
    dry = CliRunner().invoke(cli.main, ["plan", str(suite_file)])
    assert dry.exit_code == 0, dry.output
    assert "Claude: 1 call (1 ok), 400 input / 120 output tokens" in dry.output
    assert dry.output.count("(planned by") == 3  # the three steps of the sentence the rules could not read
    bad = {"steps": [{"sentence": 1, "action": "teleport"}]}
    fake.push(fa.tool("record_steps", bad), fa.tool("record_steps", bad))
    stopped = CliRunner().invoke(cli.main, ["submit", str(suite_file), "--planner", "claude"])
    assert stopped.exit_code == 2 and "invalid twice" in stopped.output
    engine = db.open_engine(database_url)
    with db.transaction(db.make_sessions(engine)) as s:
        rows = [(r.run_id, r.purpose, r.outcome) for r in s.query(LlmCallRow).order_by(LlmCallRow.id)]
    engine.dispose()
    assert rows == [(None, "plan", "ok"), (None, "plan", "invalid"), (None, "plan", "invalid")]


def test_llm_planner_unreadable_http_body_is_a_clear_error(fake: fa.FakeAnthropic, database_url: str) -> None:
    fake.push(fa.Reply(body=b'{"id": "msg_1", "content": [{"type": "tool_u'))
    with pytest.raises(errors.LLMUnavailable, match="answered something unreadable") as failure:
        _prepare(_settings(fake, database_url, None))
    assert 'planning "Log in with the shop password <secret-1>' in failure.value.message


def test_llm_planner_masks_secret_vars_too(fake: fa.FakeAnthropic, database_url: str) -> None:
    inline = SUITE.replace('password: "${env:SHOP_PASSWORD}"', 'password: {value: "hunter3-inline", secret: true}').replace(
        "go on to the products", "go on (it is hunter3-inline)")
    fake.push(fa.tool("record_steps", GOOD))
    prepared = _prepare(_settings(fake, database_url, None), inline)
    sent = fake.sent_text()
    assert "hunter3-inline" not in sent and "${secret:" not in sent and "<secret-1>" in sent
    assert prepared.plans[0].steps[1].value == "${secret:password}"
