"""`plan`/`submit` with PACTS requirement files and --planner, without starting anything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pacts_farm import cli

LOGIN = "Test: Login works\nURL: http://127.0.0.1:9/login\n1. Fill \"u\" in the Username field\n2. Click Login\nExpected: Products\n"


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    folder = tmp_path / "requirements"
    folder.mkdir()
    (folder / "login.txt").write_text(LOGIN)
    (folder / "logout.txt").write_text("Test: Logout\nURL: /login\n1. Click the menu icon\n2. Click Logout\nExpected: Login\n")
    return folder


def test_cli_plan_reads_requirement_files_as_one_suite(files: Path) -> None:
    result = CliRunner().invoke(cli.main, ["plan", "--planner", "rules", "--json", str(files / "login.txt"), str(files / "logout.txt")])
    assert result.exit_code == 0, result.output
    plans = json.loads(result.output)
    assert [p["item_key"] for p in plans] == ["login", "logout"]
    assert plans[1]["start_url"] == "http://127.0.0.1:9/login"  # base URL from the first absolute URL: line
    assert [s["action"] for s in plans[0]["steps"]] == ["fill", "click", "expect_visible"]


def test_cli_refuses_a_suite_mixed_with_requirement_files(files: Path, tmp_path: Path) -> None:
    suite = tmp_path / "s.yaml"
    suite.write_text("name: s\nbase_url: http://127.0.0.1:1\nrequirements: [{id: a, steps: [Click A]}]\n")
    mixed = CliRunner().invoke(cli.main, ["plan", str(suite), str(files / "login.txt")])
    two = CliRunner().invoke(cli.main, ["plan", str(suite), str(suite)])
    assert mixed.exit_code == 2 and "not both" in mixed.output
    assert two.exit_code == 2 and "one suite.yaml at a time" in two.output


def test_cli_planner_flag_is_checked(files: Path) -> None:
    wrong = CliRunner().invoke(cli.main, ["plan", "--planner", "gpt", str(files / "login.txt")])
    claude = CliRunner().invoke(cli.main, ["plan", "--planner", "claude", str(files / "login.txt")])
    assert wrong.exit_code == 2 and "'gpt' is not one of" in wrong.output
    assert claude.exit_code == 2 and "--planner claude needs ANTHROPIC_API_KEY" in claude.output


def test_cli_requirement_file_without_steps_exits_2(files: Path) -> None:
    (files / "empty.txt").write_text("Test: Nothing\nURL: http://127.0.0.1:9/\n")
    result = CliRunner().invoke(cli.main, ["submit", str(files / "empty.txt")])
    assert result.exit_code == 2 and "empty.txt: no steps" in result.output
