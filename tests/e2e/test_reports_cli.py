"""report, export, dashboard, retries and filters as a user runs them: the CLI as a subprocess against the demo shop."""

from __future__ import annotations

import json
import os
import py_compile
import re
import subprocess
import sys
import urllib.request
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from tests.e2e.conftest import ROOT, CliResult, _base_env

pytestmark = [pytest.mark.browser, pytest.mark.slow]

DEMO_SUITE = ROOT / "examples" / "demo-suite.yaml"
JUNIT_XSD = ROOT.parent / "shared" / "data" / "junit.xsd"
SECRET = "secret_sauce"
CHOSEN = ("login", "login-refused", "add-two-items", "remove-from-cart", "sort-by-price", "search", "reset-dialog",
          "help-tooltip", "remember-me", "product-page", "recommendations", "deals", "missing-product")


def _run_id(out: str) -> str:
    match = re.search(r"^run (\S+)$", out, re.MULTILINE)
    assert match, out
    return match.group(1)


def test_demo_flaky_and_failing_requirements_reported_exported_and_rerun(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    from pacts_farm.demo import server

    out = tmp_path / "out"
    only = [arg for rid in CHOSEN for arg in ("--only", rid)]
    with server.start_demo_server() as shop:  # fresh: its deals service is cold once, so deals is flaky
        result = run_cli("submit", str(DEMO_SUITE), "--base-url", shop.url, "--output", str(out), *only,
                         env={"DEMO_PASSWORD": SECRET})
        assert result.code == 0, result.out + result.err  # flaky counts as passed
        assert "~ deals: flaky, passed on try 2 of 2" in result.out and "1 flaky" in result.out
        run_id = _run_id(result.out)

        document = json.loads((out / "results.json").read_text())
        jsonschema.Draft202012Validator(json.loads((ROOT / "schemas" / "results.schema.json").read_text())).validate(document)
        items = {i["id"]: i for i in document["items"]}
        assert document["run"]["counts"]["flaky"] == 1
        assert items["deals"]["verdict"] == "flaky" and items["deals"]["tries"] == 2 and items["deals"]["met"]
        assert "Deals are unavailable right now" in items["deals"]["try_errors"][0]
        assert (out / "deals" / "try-1" / "failure.png").is_file()
        assert items["missing-product"]["verdict"] == "failed" and items["missing-product"]["met"]

        junit = (out / "junit.xml").read_text()
        if JUNIT_XSD.exists():
            import xmlschema

            xmlschema.XMLSchema(str(JUNIT_XSD)).validate(junit)
        assert "flaky: passed on try 2 of 2; counted as a pass" in junit and "<failure" not in junit

        shown = run_cli("report", run_id)
        assert shown.code == 0, shown.err
        assert Path(shown.out.strip()) == (out / "report.html").resolve()
        report = (out / "report.html").read_text()
        assert 'data-verdict="flaky"' in report and 'data-verdict="failed"' in report

        exported = tmp_path / "exported"
        done = run_cli("export", run_id, "--output", str(exported))
        assert done.code == 0, done.err
        files = sorted(p.name for p in exported.glob("test_*.py"))
        assert len(files) == len(items) - 1 and "test_missing_product.py" not in files and "test_deals.py" in files
        for path in exported.glob("*.py"):
            py_compile.compile(str(path), doraise=True)
        old_spelling = run_cli("export", run_id, "--out", str(tmp_path / "old-spelling"))  # hidden, kept for scripts
        assert old_spelling.code == 0 and sorted(p.name for p in (tmp_path / "old-spelling").glob("test_*.py")) == files
        everything = "".join(p.read_text() for p in exported.glob("*.py"))
        assert SECRET not in everything and "os.environ['DEMO_PASSWORD']" in everything
        assert "get_by_role('button', name='Login', exact=True)" in everything and ".filter(has_text=" in everything

        env = {k: v for k, v in os.environ.items() if not k.startswith("PACTS_")}
        env["DEMO_PASSWORD"] = SECRET
        ran = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--base-url", shop.url, str(exported)],
            cwd=exported, env=env, capture_output=True, text=True, timeout=300,
        )
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    assert f"{len(files)} passed" in ran.stdout
    for name in ("report.html", "results.json", "junit.xml"):
        assert SECRET not in (out / name).read_text()
    assert SECRET not in result.out + result.err


def test_fail_on_flaky_turns_a_flaky_pass_into_exit_1(run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    from pacts_farm.demo import server

    with server.start_demo_server() as shop:
        result = run_cli("submit", str(DEMO_SUITE), "--base-url", shop.url, "--output", str(tmp_path / "o"),
                         "--only", "deals", "--fail-on-flaky", env={"DEMO_PASSWORD": SECRET})
    assert result.code == 1, result.out + result.err
    assert "--fail-on-flaky: deals passed only on a retry" in result.out

    opener = tmp_path / "opener.py"  # webbrowser runs $BROWSER with the URL: record it instead of opening a window
    opener.write_text("import sys, pathlib\npathlib.Path(sys.argv[1]).write_text(sys.argv[2])\n")
    opened = tmp_path / "opened.txt"
    shown = run_cli("report", _run_id(result.out), "--open", env={"BROWSER": f"{sys.executable} {opener} {opened} %s"})
    assert shown.code == 0, shown.err
    assert opened.read_text() == (tmp_path / "o" / "report.html").resolve().as_uri()


def test_retries_flag_zero_turns_the_flaky_requirement_into_a_failure(run_cli: Callable[..., CliResult], tmp_path: Path) -> None:
    from pacts_farm.demo import server

    with server.start_demo_server() as shop:
        result = run_cli("submit", str(DEMO_SUITE), "--base-url", shop.url, "--output", str(tmp_path / "o"),
                         "--only", "deals", "--retries", "0", env={"DEMO_PASSWORD": SECRET})
    assert result.code == 1, result.out + result.err
    assert (tmp_path / "o" / "results.json").exists(), result.out + result.err  # what the run said, if it wrote nothing
    (item,) = json.loads((tmp_path / "o" / "results.json").read_text())["items"]
    assert item["verdict"] == "failed" and item["tries"] == 1


def test_filters_select_items_and_an_empty_selection_exits_2_writing_nothing(
    run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    planned = run_cli("plan", str(DEMO_SUITE), "--tags", "smoke", "--grep", "CHECKOUT", env={"DEMO_PASSWORD": "x"})
    assert planned.code == 0, planned.err
    keys = re.findall(r"^(\S+)  ", planned.out, re.MULTILINE)
    assert keys == ["checkout"]
    none = run_cli("submit", str(DEMO_SUITE), "--tags", "nightly", env={"DEMO_PASSWORD": "x"})
    assert none.code == 2 and "--tags nightly selects no requirement" in none.err
    unknown = run_cli("submit", str(DEMO_SUITE), "--only", "nope", env={"DEMO_PASSWORD": "x"})
    assert unknown.code == 2 and "--only nope: no such requirement" in unknown.err
    assert not (tmp_path / "home" / "pacts.db").exists()


def test_dashboard_command_serves_on_localhost(tmp_path: Path) -> None:
    env = _base_env({"PACTS_HOME": str(tmp_path / "home")})
    with subprocess.Popen([sys.executable, "-m", "pacts_farm.cli", "dashboard", "--port", "0"], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            match = re.search(r"dashboard at (http://127\.0\.0\.1:\d+)", line)
            assert match, line
            with urllib.request.urlopen(match.group(1) + "/healthz", timeout=10) as response:
                assert response.read() == b"ok\n"
            with urllib.request.urlopen(match.group(1) + "/", timeout=10) as response:
                assert b"No runs yet" in response.read()
        finally:
            proc.terminate()
            proc.wait(timeout=10)
