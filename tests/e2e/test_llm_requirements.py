"""Free-form PACTS requirement files planned through Claude (the fake Messages API, via the real SDK)
and run against the demo shop on the embedded default, submitted twice: the second run makes no LLM call."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests import fake_anthropic as fa
from tests.e2e.conftest import ROOT, CliResult

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BUY = """Test: A shopper buys the Blue Mug
URL: {url}/login
1. Fill "standard_user" in the Username field
2. Fill "${{env:DEMO_PASSWORD}}" in the Password field
3. Click Login
Put the Blue Mug in the shopping cart and open the cart
Expected: Blue Mug
"""
# worded so the rules cannot read it ("Try to sign in as X with the password Y" they read): Claude plans it
LOCKED = """Test: A locked-out user is refused
URL: {url}/login
Attempt a sign-in for locked_out_user, whose password is ${{env:DEMO_PASSWORD}}
Expected: Sorry, this user has been locked out.
"""
# worded so the rules cannot read it ("Sign in as X with the password Y" they now read): it is Claude's to plan
MISSING = """Test: The cart offers free shipping
URL: {url}/login
Sign in as standard_user, whose password is ${{env:DEMO_PASSWORD}}
Expected: Free shipping on every order
"""


def _answer(request: dict[str, Any]) -> fa.Reply:
    """What Claude would answer: intents only, the secret kept as its token."""
    tool = fa.tool_input(request)["name"]
    prompt = fa.prompt_text(request)
    if tool == "summarise_failure":
        return fa.tool(tool, {"summary": "The page never shows the free-shipping text the test expects.",
                              "fix": "Check whether the promotion is live, or update the expected text."})
    if "Blue Mug" in prompt:
        steps = [{"sentence": 1, "action": "click", "target": {"text": "Add to cart", "scope": "Blue Mug"}},
                 {"sentence": 1, "action": "click", "target": {"text": "cart"}}]
    else:
        user = "locked_out_user" if "locked_out_user" in prompt else "standard_user"
        steps = [{"sentence": 1, "action": "fill", "target": {"text": "Username", "role_hint": "textbox"}, "value": user},
                 {"sentence": 1, "action": "fill", "target": {"text": "Password", "role_hint": "textbox"}, "value": "<secret-1>"},
                 {"sentence": 1, "action": "click", "target": {"text": "Login", "role_hint": "button"}}]
    return fa.tool(tool, {"steps": steps}, input_tokens=900, output_tokens=150)


@pytest.fixture
def fake() -> Iterator[fa.FakeAnthropic]:
    with fa.serving() as server:
        server.respond(_answer)
        yield server


def _files(folder: Path, url: str, *texts: tuple[str, str]) -> list[str]:
    folder.mkdir(exist_ok=True)
    paths = []
    for name, text in texts:
        (folder / name).write_text(text.format(url=url))
        paths.append(str(folder / name))
    return paths


def _results(out: Path) -> dict[str, Any]:
    document = json.loads((out / "results.json").read_text())
    schema = json.loads((ROOT / "schemas" / "results.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(document)
    return document


def test_llm_requirement_files_plan_once_and_run_twice(
    run_cli: Callable[..., CliResult], demo_server: object, fake: fa.FakeAnthropic, tmp_path: Path
) -> None:
    url = demo_server.url  # type: ignore[attr-defined]
    files = _files(tmp_path / "requirements", url, ("buy.txt", BUY), ("locked.txt", LOCKED))
    env = {"DEMO_PASSWORD": "secret_sauce", "ANTHROPIC_API_KEY": "sk-ant-test", "ANTHROPIC_BASE_URL": fake.url}
    runs = []
    for n in (1, 2):
        out = tmp_path / f"out{n}"
        result = run_cli("submit", *files, "--output", str(out), env=env)
        assert result.code == 0, result.out + result.err
        runs.append((result, _results(out)))
    (first, doc1), (second, doc2) = runs
    assert doc1["run"]["llm"]["calls"] == 2 and doc1["run"]["llm"]["input_tokens"] == 1800
    assert doc1["run"]["llm"]["cost_usd"] > 0 and "Claude: 2 calls" in first.out
    assert doc2["run"]["llm"] == {"calls": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0}
    assert "Claude:" not in second.out
    assert len(fake.requests) == 2  # the second submission was planned from the plan cache
    for document in (doc1, doc2):
        assert [(i["id"], i["verdict"], i["met"]) for i in document["items"]] == [
            ("buy", "passed", True), ("locked", "passed", True)]
        buy = document["items"][0]["steps"]
        assert [s["action"] for s in buy] == ["fill", "fill", "click", "click", "click", "expect_visible"]
    sent = fake.sent_text()
    assert "secret_sauce" not in sent and "DEMO_PASSWORD" not in sent and "<secret-1>" in sent
    everything = first.out + first.err + (tmp_path / "out1" / "results.json").read_text()
    assert "secret_sauce" not in everything


def test_llm_failed_requirement_gets_a_root_cause_and_a_summary(
    run_cli: Callable[..., CliResult], demo_server: object, fake: fa.FakeAnthropic, tmp_path: Path
) -> None:
    url = demo_server.url  # type: ignore[attr-defined]
    files = _files(tmp_path / "requirements", url, ("shipping.txt", MISSING))
    env = {"DEMO_PASSWORD": "secret_sauce", "ANTHROPIC_API_KEY": "sk-ant-test", "ANTHROPIC_BASE_URL": fake.url}
    out = tmp_path / "out"
    result = run_cli("submit", *files, "--output", str(out), env=env)
    assert result.code == 1, result.out + result.err
    (item,) = _results(out)["items"]
    assert item["verdict"] == "failed" and item["root_cause"] == "assertion_mismatch"
    assert item["root_cause_summary"].startswith("The page never shows the free-shipping text")
    assert "Recommended fix: Check whether the promotion is live" in item["root_cause_summary"]
    assert "root cause: assertion_mismatch" in result.out and "Claude: The page never shows" in result.out
    junit = (out / "junit.xml").read_text()
    assert "[root cause: assertion_mismatch]" in junit and "Recommended fix" in junit
    purposes = [fa.tool_input(r)["name"] for r in fake.requests]
    assert purposes == ["record_steps", "summarise_failure"]
    assert "Free shipping on every order" in fa.prompt_text(fake.requests[1])
    assert "image" not in json.dumps(fake.requests[1]["messages"])  # screenshots only with PACTS_LLM_SEND_SCREENSHOTS=1
    assert "secret_sauce" not in fake.sent_text()
    assert _results(out)["run"]["llm"]["calls"] == 2


def test_llm_no_key_free_form_requirement_exits_2_with_the_hint(
    run_cli: Callable[..., CliResult], demo_server: object, tmp_path: Path
) -> None:
    url = demo_server.url  # type: ignore[attr-defined]
    files = _files(tmp_path / "requirements", url, ("locked.txt", LOCKED))
    result = run_cli("submit", *files, env={"DEMO_PASSWORD": "secret_sauce"})
    assert result.code == 2
    assert "locked.txt:3: locked.text[0]: cannot understand" in result.err and "ANTHROPIC_API_KEY" in result.err
    assert not (tmp_path / "home" / "runs").exists()


def test_llm_budget_stops_calls_and_says_so(
    run_cli: Callable[..., CliResult], demo_server: object, fake: fa.FakeAnthropic, tmp_path: Path
) -> None:
    suite = tmp_path / "suite.yaml"
    suite.write_text(
        "name: Budgeted\nbase_url: http://127.0.0.1:9\nbudget: {llm_usd: 0.001}\nrequirements:\n"
        "  - id: shipping\n    text: |\n" + "".join(f"      {line}\n" for line in MISSING.format(url="").splitlines())
    )
    env = {"DEMO_PASSWORD": "secret_sauce", "ANTHROPIC_API_KEY": "sk-ant-test", "ANTHROPIC_BASE_URL": fake.url}
    out = tmp_path / "out"
    result = run_cli("submit", str(suite), "--base-url", demo_server.url, "--output", str(out), env=env)  # type: ignore[attr-defined]
    assert result.code == 1, result.out + result.err
    document = _results(out)
    (item,) = document["items"]
    assert item["root_cause"] == "assertion_mismatch" and item["root_cause_summary"] is None
    assert [fa.tool_input(r)["name"] for r in fake.requests] == ["record_steps"]  # planning spent the budget
    (note,) = [n for n in document["run"]["notes"] if "LLM budget" in n]
    assert note.startswith("LLM budget of $0.001 reached ($0.0050 spent)")
    assert "note: LLM budget of $0.001 reached" in result.out and "Claude: 1 call," in result.out


def test_llm_on_the_farm_plans_at_submit_and_summarises_on_the_worker(
    farm: Any, run_cli: Callable[..., CliResult], demo_server: object, fake: fa.FakeAnthropic, tmp_path: Path
) -> None:
    url = demo_server.url  # type: ignore[attr-defined]
    files = _files(tmp_path / "requirements", url, ("locked.txt", LOCKED), ("shipping.txt", MISSING))
    llm_env = {"DEMO_PASSWORD": "secret_sauce", "ANTHROPIC_API_KEY": "sk-ant-test", "ANTHROPIC_BASE_URL": fake.url}
    farm.env.update(llm_env)  # the key lives where Claude is asked: the submitting client and the workers
    farm.start_worker("w1", concurrency=2)
    out = tmp_path / "out"
    result = run_cli("submit", *files, "-o", str(out), "--wait", env={**farm.env, **llm_env})
    assert result.code == 1, result.out + result.err + farm.log_tail("w1")
    document = _results(out)
    assert [(i["id"], i["verdict"], i["root_cause"]) for i in document["items"]] == [
        ("locked", "passed", None), ("shipping", "failed", "assertion_mismatch")]
    assert document["items"][1]["root_cause_summary"].startswith("The page never shows the free-shipping text")
    assert sorted(fa.tool_input(r)["name"] for r in fake.requests) == ["record_steps", "record_steps", "summarise_failure"]
    assert document["run"]["llm"]["calls"] == 3 and document["run"]["mode"] == "farm"
    assert "secret_sauce" not in fake.sent_text() + (farm.logs / "w1.log").read_text()
