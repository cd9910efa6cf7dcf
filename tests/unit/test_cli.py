"""The CLI's edges: exit codes and messages, without starting anything."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pacts_farm import cli


@pytest.mark.parametrize("command", ["worker", "beat", "flower"])
def test_cli_farm_processes_need_a_broker(command: str) -> None:
    result = CliRunner().invoke(cli.main, [command])
    assert result.exit_code == 2
    assert "PACTS_BROKER_URL is not set" in result.output


def test_cli_config_masks_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACTS_BROKER_URL", "redis://:hunter2@127.0.0.1:6379/0")
    monkeypatch.setenv("PACTS_FLOWER_BASIC_AUTH", "ops:flowerpw")
    result = CliRunner().invoke(cli.main, ["config"])
    assert result.exit_code == 0
    assert "farm" in result.output and "hunter2" not in result.output and "flowerpw" not in result.output


def test_cli_bad_setting_is_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACTS_TRACE", "sometimes")
    result = CliRunner().invoke(cli.main, ["config"])
    assert result.exit_code == 2 and "PACTS_TRACE" in result.output


def test_cli_schedule_rejects_a_bad_cron(tmp_path) -> None:  # type: ignore[no-untyped-def]
    suite = tmp_path / "s.yaml"
    suite.write_text("name: s\nbase_url: http://127.0.0.1:1\nrequirements: [{id: a, steps: [Click A]}]\n")
    result = CliRunner().invoke(cli.main, ["schedule", "add", str(suite), "--cron", "every night"])
    assert result.exit_code == 2 and "expected 5 fields" in result.output


def test_cli_version_is_the_package_version() -> None:
    import pacts_farm

    result = CliRunner().invoke(cli.main, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"pacts-farm {pacts_farm.__version__}"


@pytest.mark.parametrize(("command", "spelling", "old"), [
    (["export"], "--output", "--out"), (["flower"], "--host", "--address"), (["cache", "stats"], "--limit", "--runs"),
    (["submit"], "--output", None), (["runs"], "--limit", None), (["heal", "list"], "--limit", None),
    (["demo"], "--output", None), (["dashboard"], "--host", None), (["metrics"], "--host", None),
])
def test_cli_one_spelling_per_option_old_ones_hidden(command: list[str], spelling: str, old: str | None) -> None:
    shown = CliRunner().invoke(cli.main, [*command, "--help"]).output
    assert spelling in shown
    if spelling == "--output":
        assert "-o," in shown
    if old is not None:
        assert f"{old} " not in shown and f"{old}," not in shown  # still accepted, no longer advertised


def test_cli_no_option_has_a_second_spelling_for_output_or_host() -> None:
    """--out, --address, --dir and --bind would be second spellings of --output and --host: never shown."""
    def walk(group: object, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], object]]:
        found = []
        for name, command in getattr(group, "commands", {}).items():
            found.append(((*path, name), command))
            found.extend(walk(command, (*path, name)))
        return found

    for path, command in walk(cli.main):
        for param in getattr(command, "params", []):
            if getattr(param, "hidden", False):
                continue
            for spelling in getattr(param, "opts", []):
                assert spelling not in ("--out", "--address", "--dir", "--bind", "--output-dir", "--runs", "--count"), (path, spelling)
