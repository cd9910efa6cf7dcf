"""llm.py's pure parts: prices, masking, answer validation; the LLM settings."""

from __future__ import annotations

import re

import pytest

from pacts_farm import config, errors, model
from pacts_farm.claude import claude_tools, llm


def test_llm_cost_estimate_by_model_family() -> None:
    assert llm.estimate_cost("claude-sonnet-4-6", 1_000_000, 0) == 3.0
    assert llm.estimate_cost("claude-haiku-4-5", 0, 1_000_000) == 5.0
    assert llm.estimate_cost("claude-opus-4-1-20250805", 1_000_000, 0) == 15.0  # the longest prefix wins
    assert llm.estimate_cost("claude-opus-4-6", 1_000_000, 0) == 5.0
    assert llm.estimate_cost("someone-elses-model", 1_000_000, 0) == 15.0  # unknown: estimated high, never free


def test_llm_masker_tokens_secrets_and_maps_them_back() -> None:
    masker = claude_tools.Masker(["hunter2"])
    sent = masker.mask("Type ${env:PW} then ${secret:OTP} then ${env:PW} (hunter2)")
    assert sent == f"Type <secret-1> then <secret-2> then <secret-1> ({model.MASK})"
    assert masker.unmask("<secret-2>") == "${secret:OTP}" and masker.unmask("a <secret-1>") == "a ${env:PW}"
    with pytest.raises(claude_tools.Invalid, match="<secret-3> is not one of the secrets"):
        masker.unmask("<secret-3>")


def _intents(steps: list[dict[str, object]], numbers: tuple[int, ...] = (1, 2)) -> tuple[claude_tools.Intent, ...]:
    return claude_tools.intents({"steps": steps}, numbers, claude_tools.Masker())


def test_llm_answer_validation_accepts_intents() -> None:
    intents = _intents([
        {"sentence": 1, "action": "click", "target": {"text": "Add to cart", "scope": "Blue Mug"}},
        {"sentence": 2, "action": "expect_url", "value": "/cart", "match": "contains"},
    ])
    assert intents[0].target == model.Target(text="Add to cart", scope="Blue Mug")
    assert intents[1].action is model.Action.EXPECT_URL and intents[1].value == "/cart"


def test_llm_answer_may_ask_for_a_check_on_the_settled_page_and_never_an_action() -> None:
    [check, click] = _intents([
        {"sentence": 1, "action": "expect_url", "value": "/login", "match": "contains", "settled": True},
        {"sentence": 2, "action": "click", "target": {"text": "Save"}},
    ])
    assert check.settled and not click.settled
    with pytest.raises(claude_tools.Invalid, match="record_steps schema"):
        _intents([{"sentence": 1, "action": "click", "target": {"text": "Save"}, "settled": True},
                  {"sentence": 2, "action": "click", "target": {"text": "x"}}])


@pytest.mark.parametrize(
    ("steps", "problem"),
    [
        ([{"sentence": 1, "action": "dance"}, {"sentence": 2, "action": "click", "target": {"text": "x"}}], "breaks the record_steps schema"),
        ([{"sentence": 1, "action": "click"}, {"sentence": 2, "action": "click", "target": {"text": "x"}}], "breaks the record_steps schema"),
        ([{"sentence": 1, "action": "fill", "target": {"text": "Name"}}, {"sentence": 2, "action": "hover", "target": {"text": "x"}}], "breaks the record_steps schema"),
        ([{"sentence": 2, "action": "click", "target": {"text": "x"}}, {"sentence": 1, "action": "click", "target": {"text": "y"}}], "keep the order"),
        ([{"sentence": 1, "action": "click", "target": {"text": "x"}}], "sentence(s) [2] have no step"),
        ([{"sentence": 3, "action": "click", "target": {"text": "x"}}], "sentence 3 is not one of"),
        ([{"sentence": 1, "action": "click", "target": {"text": "button#login"}}, {"sentence": 2, "action": "click", "target": {"text": "y"}}], "looks like a selector"),
        ([{"sentence": 1, "action": "click", "target": {"text": "//div[@id='a']"}}, {"sentence": 2, "action": "click", "target": {"text": "y"}}], "looks like a selector"),
        ([{"sentence": 1, "action": "click", "target": {"text": "x"}, "selector": "#x"}, {"sentence": 2, "action": "click", "target": {"text": "y"}}], "breaks the record_steps schema"),
    ],
)
def test_llm_answer_validation_refuses(steps: list[dict[str, object]], problem: str) -> None:
    with pytest.raises(claude_tools.Invalid, match=re.escape(problem)):
        _intents(steps)


def test_llm_choice_validation() -> None:
    assert claude_tools.choice({"choice": 1}, 2) == 1
    assert claude_tools.choice({"choice": "none", "reason": "no"}, 2) is None
    with pytest.raises(claude_tools.Invalid, match="not a candidate index"):
        claude_tools.choice({"choice": 2}, 2)
    with pytest.raises(claude_tools.Invalid, match="schema"):
        claude_tools.choice({"choice": "the first"}, 2)


def test_llm_settings_from_env() -> None:
    settings = config.Settings.from_env({
        "PACTS_LLM_MODEL": "claude-haiku-4-5", "PACTS_LLM_MAX_TOKENS": "512", "PACTS_LLM_TIMEOUT_S": "7.5",
        "PACTS_LLM_RETRIES": "0", "PACTS_LLM_RETRY_BUDGET_S": "10", "PACTS_LLM_SEND_SCREENSHOTS": "1",
        "ANTHROPIC_BASE_URL": "http://127.0.0.1:1",
    })
    assert (settings.llm_model, settings.llm_max_tokens, settings.llm_timeout_s) == ("claude-haiku-4-5", 512, 7.5)
    assert settings.llm_retries == 0 and settings.llm_retry_budget_s == 10.0 and settings.llm_send_screenshots
    view = settings.public_view()
    assert view["llm_model"] == "claude-haiku-4-5" and view["llm_send_screenshots"] == "true"
    assert config.Settings.from_env(settings.child_environ()).llm_send_screenshots is True


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("PACTS_LLM_MAX_TOKENS", "lots", "PACTS_LLM_MAX_TOKENS: 'lots' is not a whole number"),
        ("PACTS_LLM_RETRIES", "-1", "PACTS_LLM_RETRIES at least 0"),
        ("PACTS_LLM_TIMEOUT_S", "soon", "PACTS_LLM_TIMEOUT_S: 'soon' is not a number of seconds"),
        ("PACTS_LLM_SEND_SCREENSHOTS", "maybe", "is not a boolean"),
        ("PACTS_PLANNER", "gpt", "PACTS_PLANNER: 'gpt' is not one of auto, rules, claude"),
    ],
)
def test_llm_settings_refuse_bad_values(name: str, value: str, message: str) -> None:
    with pytest.raises(errors.SettingsInvalid, match=message.replace("(", r"\(")):
        config.Settings.from_env({name: value})


def test_llm_client_needs_a_key() -> None:
    with pytest.raises(errors.LLMUnavailable, match="ANTHROPIC_API_KEY is not set"):
        llm.Claude(config.Settings.from_env({}), record=lambda call: None)
