"""Secret placeholders: typed in only when asked, masked everywhere else, values masked longest first."""

from __future__ import annotations

import pytest

from pacts_farm import errors, model, secrecy

ENV = {"DEMO_PASSWORD": "s3cr3t-value", "secret:api_token": "tok-123"}


def test_placeholders_resolve_only_with_their_values_and_mask_otherwise() -> None:
    text = 'Fill "${env:DEMO_PASSWORD}" here'
    assert secrecy.resolve(text, ENV) == 'Fill "s3cr3t-value" here'
    assert secrecy.mask_placeholders(text) == f'Fill "{model.MASK}" here'
    assert secrecy.values_in([text], ENV) == ("s3cr3t-value",)
    with pytest.raises(errors.SettingsInvalid, match="DEMO_PASSWORD"):
        secrecy.resolve(text, {})
    with pytest.raises(errors.SettingsInvalid, match="secret var api_token"):
        secrecy.resolve("${secret:api_token}", {"api_token": "not the secret var"})


def test_secret_vars_are_read_under_their_secret_key() -> None:
    assert secrecy.resolve("Bearer ${secret:api_token}", ENV) == "Bearer tok-123"
    assert secrecy.values_in(["${secret:api_token}", "${env:UNSET}", "plain"], ENV) == ("tok-123",)


def test_values_are_masked_longest_first_so_no_tail_of_a_longer_one_shows() -> None:
    masked = secrecy.mask_values("pw=s3cr3t-value and s3cr3t", ["s3cr3t", "s3cr3t-value", ""])
    assert masked == f"pw={model.MASK} and {model.MASK}"


def test_a_plans_values_are_those_its_steps_type() -> None:
    steps = (
        model.PlannedStep(index=0, text="Fill password", action=model.Action.FILL, target=model.Target(text="Password"),
                          value="${env:DEMO_PASSWORD}"),
        model.PlannedStep(index=1, text="Click Login", action=model.Action.CLICK, target=model.Target(text="Login")),
    )
    plan = model.Plan(item_key="k", start_url="http://127.0.0.1:9/", steps=steps)
    assert secrecy.plan_values(plan, ENV) == ("s3cr3t-value",)
