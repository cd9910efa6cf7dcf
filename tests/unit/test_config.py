"""Settings: flags > PACTS_* environment > defaults; secrets masked; clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from pacts_farm import config, errors, model


def test_config_defaults_are_embedded() -> None:
    settings = config.Settings.from_env({})
    assert settings.embedded
    assert settings.effective_database_url == "sqlite:///.pacts/pacts.db"
    assert settings.effective_redis_url is None
    assert settings.effective_artifacts_dir == Path(".pacts/runs")


def test_config_environment_then_flags() -> None:
    env = {
        "PACTS_BROKER_URL": "redis://:hunter2@127.0.0.1:6379/0",
        "PACTS_DATABASE_URL": "postgresql+psycopg2://pacts:pw@db/pacts",
        "PACTS_RETENTION_DAYS": "7",
        "PACTS_TRACE": "always",
        "PACTS_HEADLESS": "0",
    }
    settings = config.Settings.from_env(env, trace="off")
    assert not settings.embedded
    assert settings.effective_redis_url == "redis://:hunter2@127.0.0.1:6379/0"
    assert settings.retention_days == 7 and settings.headless is False
    assert (settings.artifact_max_bytes, settings.run_artifacts_max_bytes) == (50 * 2**20, 500 * 2**20)
    capped = config.Settings.from_env({**env, "PACTS_ARTIFACT_MAX_BYTES": "2048", "PACTS_RUN_ARTIFACTS_MAX_BYTES": "8192"})
    assert (capped.artifact_max_bytes, capped.run_artifacts_max_bytes) == (2048, 8192)
    assert settings.trace == "off"  # the flag wins


def test_config_masks_secrets_everywhere_it_prints() -> None:
    env = {
        "PACTS_BROKER_URL": "redis://:hunter2@127.0.0.1:6379/0",
        "PACTS_DATABASE_URL": "postgresql+psycopg2://pacts:s3cret@db/pacts",
        "ANTHROPIC_API_KEY": "sk-ant-xyz",
    }
    settings = config.Settings.from_env(env)
    shown = repr(settings) + str(settings.public_view())
    for secret in ("hunter2", "s3cret", "sk-ant-xyz"):
        assert secret not in shown
    assert settings.public_view()["anthropic_api_key"] == model.MASK
    assert model.MASK in settings.public_view()["database_url"]


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"PACTS_BROKER_URL": "http://x"}, "PACTS_BROKER_URL"),
        ({"PACTS_REDIS_URL": "memcached://x"}, "PACTS_REDIS_URL"),
        ({"PACTS_DATABASE_URL": "mysql://x"}, "PACTS_DATABASE_URL"),
        ({"PACTS_RETENTION_DAYS": "soon"}, "PACTS_RETENTION_DAYS"),
        ({"PACTS_RETENTION_DAYS": "0"}, "PACTS_RETENTION_DAYS"),
        ({"PACTS_TRACE": "sometimes"}, "PACTS_TRACE"),
        ({"PACTS_HEADLESS": "maybe"}, "PACTS_HEADLESS"),
        ({"PACTS_PLANNER": "oracle"}, "PACTS_PLANNER"),
        ({"PACTS_ARTIFACT_MAX_BYTES": "10MB"}, "PACTS_ARTIFACT_MAX_BYTES"),
        ({"PACTS_RUN_ARTIFACTS_MAX_BYTES": "-1"}, "PACTS_RUN_ARTIFACTS_MAX_BYTES"),
        ({"PACTS_MEMORY": "sometimes"}, "PACTS_MEMORY"),
        ({"PACTS_CACHE_RETENTION_DAYS": "0"}, "PACTS_CACHE_RETENTION_DAYS"),
        ({"PACTS_CACHE_RETENTION_DAYS": "a week"}, "PACTS_CACHE_RETENTION_DAYS"),
    ],
)
def test_config_errors_name_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(errors.SettingsInvalid, match=names):
        config.Settings.from_env(env)


def test_config_child_environ_rebuilds_the_same_settings() -> None:
    settings = config.Settings.from_env(
        {"PACTS_BROKER_URL": "redis://127.0.0.1:6379/3", "PACTS_HOME": "/tmp/pf", "PACTS_BROWSER_ARGS": "--a --b",
         "PACTS_MEMORY": "off"}
    )
    assert config.Settings.from_env(settings.child_environ()) == settings


def test_config_memory_and_cache_retention_and_their_beat_task() -> None:
    from pacts_farm.farm import dispatch

    defaults = config.Settings.from_env({})
    assert (defaults.memory, defaults.cache_retention_days) == (True, 7)
    assert config.Settings.from_env({"PACTS_MEMORY": "OFF", "PACTS_CACHE_RETENTION_DAYS": "3"}).public_view()["memory"] == "off"
    app = dispatch.make_celery(config.Settings.from_env({"PACTS_BROKER_URL": "redis://127.0.0.1:6379/9"}))
    assert app.conf.beat_schedule["prune-selector-cache"] == {"task": "pacts.prune_selector_cache", "schedule": 3600.0}
    assert app.amqp.router.route({}, "pacts.prune_selector_cache")["queue"].name == "maintenance"


def test_config_browser_path_is_configurable() -> None:
    assert config.Settings.from_env({"PACTS_BROWSER_EXECUTABLE": "/opt/chrome"}).browser_executable == "/opt/chrome"


def test_config_reads_dotenv_below_the_real_environment(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".env").write_text(
        "# farm\nPACTS_BROKER_URL=redis://127.0.0.1:6379/9\nexport PACTS_TRACE='always'\nOTHER=ignored\n"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PACTS_TRACE", "off")
    settings = config.Settings.from_env()
    assert settings.broker_url == "redis://127.0.0.1:6379/9"
    assert settings.trace == "off"  # the real environment wins over .env
    (tmp_path / ".env").write_text("PACTS_TRACE\n")
    with pytest.raises(errors.SettingsInvalid, match=r"\.env:1: expected KEY=value"):
        config.Settings.from_env()


def test_config_action_budget_and_idle_time_fill_what_the_suite_leaves_unset() -> None:
    settings = config.Settings.from_env({"PACTS_ACTION_TIMEOUT_MS": "20000", "PACTS_IDLE_TIMEOUT_MS": "2500"})
    unset = model.Timeouts().with_defaults(action_ms=settings.action_timeout_ms, idle_ms=settings.idle_timeout_ms)
    assert (unset.action_ms, unset.idle_ms) == (20000, 2500)
    said = model.Timeouts(action_ms=4000).with_defaults(action_ms=settings.action_timeout_ms, idle_ms=settings.idle_timeout_ms)
    assert (said.action_ms, said.idle_ms) == (4000, 2500)  # the suite's own timeouts.action_ms wins
    assert model.Timeouts().with_defaults() == model.Timeouts(
        action_ms=model.DEFAULT_ACTION_MS, idle_ms=model.DEFAULT_IDLE_MS, settle_ms=model.DEFAULT_SETTLE_MS
    )
    with pytest.raises(errors.SettingsInvalid, match="PACTS_ACTION_TIMEOUT_MS"):
        config.Settings.from_env({"PACTS_ACTION_TIMEOUT_MS": "soon"})


def test_config_settle_window_fills_what_the_suite_leaves_unset_and_zero_turns_it_off() -> None:
    settings = config.Settings.from_env({"PACTS_SETTLE_MS": "800"})
    assert model.Timeouts().with_defaults(settle_ms=settings.settle_ms).settle_ms == 800
    assert model.Timeouts(settle_ms=0).with_defaults(settle_ms=settings.settle_ms).settle_ms == 0  # the suite's 0 wins
    with pytest.raises(errors.SettingsInvalid, match="PACTS_SETTLE_MS"):
        config.Settings.from_env({"PACTS_SETTLE_MS": "-1"})
    with pytest.raises(errors.SettingsInvalid, match="PACTS_SETTLE_MS"):
        config.Settings.from_env({"PACTS_SETTLE_MS": "soon"})
