"""The wheel as a new user gets it: built from the checkout, installed (not editable) into a fresh venv, and run
from a folder outside the checkout: `--version`, `plan` of the bundled demo suite, and `demo` end to end (the demo
suite on the embedded default: every expectation met, its reports written, its password nowhere in clear)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

import pacts_farm
from tests.e2e.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOT_SOURCE = (".git", ".venv", ".pacts", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", "tests", "bench", "out")
# what a user of the wheel reads without the checkout; the test also derives the full list from the checkout
MUST_SHIP = (
    "pacts_farm/schemas/suite.schema.json",
    "pacts_farm/schemas/plan.schema.json",
    "pacts_farm/schemas/results.schema.json",
    "pacts_farm/examples/demo-suite.yaml",
    "pacts_farm/browser/dom.js",
    "pacts_farm/browser/settled.js",
    "pacts_farm/demo/static/login.html",
    "pacts_farm/demo/static/app.js",
    "pacts_farm/store/migrations/env.py",
    "pacts_farm/store/migrations/script.py.mako",
    "pacts_farm/store/migrations/versions/0001_initial_schema.py",
    "tasks/__init__.py",
    "tasks/celeryconfig.py",
)


def _clean_env(**extra: str) -> dict[str, str]:
    """No PYTHONPATH (the checkout must not be importable), no PACTS_* from the caller; bytecode allowed."""
    drop = ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONHOME", "VIRTUAL_ENV")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith(("PACTS_", "ANTHROPIC_"))}
    return {**env, **extra}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(the wheel, the build's log), built with `pip wheel` from a copy of the checkout, offline."""
    tree = tmp_path_factory.mktemp("source") / "pacts-farm"
    shutil.copytree(ROOT, tree, ignore=shutil.ignore_patterns(*NOT_SOURCE), symlinks=True)
    dist = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-v", "-w", str(dist), str(tree)],
        env=_clean_env(), capture_output=True, text=True, timeout=300,
    )
    log = proc.stdout + proc.stderr
    assert proc.returncode == 0, log[-4000:]
    (wheel,) = dist.glob("pacts_farm-*.whl")
    return wheel, log


def test_wheel_builds_without_a_warning(built: tuple[Path, str]) -> None:
    _, log = built
    warnings = [line.strip() for line in log.splitlines() if re.search(r"warn", line, re.IGNORECASE)]
    assert not warnings, "\n".join(warnings)


def test_wheel_ships_every_data_file_and_nothing_of_the_tests(built: tuple[Path, str]) -> None:
    wheel, _ = built
    names = set(zipfile.ZipFile(wheel).namelist())
    in_checkout = {
        path.relative_to(ROOT).as_posix()
        for top in ("pacts_farm", "tasks")
        for path in (ROOT / top).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    assert set(MUST_SHIP) <= in_checkout  # the list above names real files
    assert in_checkout - names == set(), "in the checkout but not in the wheel"
    assert not [n for n in names if n.startswith(("tests/", "bench/", "schemas/", "examples/"))]
    metadata = zipfile.ZipFile(wheel).read(f"pacts_farm-{pacts_farm.__version__}.dist-info/METADATA").decode()
    requires = {re.split(r"[<>=\[; ]", line.split(":", 1)[1].strip())[0].lower().replace("_", "-")
                for line in metadata.splitlines() if line.startswith("Requires-Dist:") and "extra ==" not in line}
    assert "prometheus-client" in requires and "pytest" not in requires


def test_wheel_repo_level_schemas_and_examples_are_the_package_folders() -> None:
    """One source: the top-level folders users look at are links to what the wheel ships."""
    for name in ("schemas", "examples"):
        assert (ROOT / name).is_symlink(), name
        assert (ROOT / name).resolve() == (ROOT / "pacts_farm" / name).resolve()


@pytest.fixture(scope="module")
def installed(built: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the wheel; its dependencies come from this venv's site-packages through a .pth line
    (only that folder: its editable finder for the checkout is not activated, and the checkout is not on the path)."""
    wheel, _ = built
    venv = tmp_path_factory.mktemp("venv") / "v"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)],
        env=_clean_env(), capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True,
    ).stdout.strip())
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return venv


def _runner(venv: Path, cwd: Path, home: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    def run(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        full_env = _clean_env(PACTS_HOME=str(home), **(env or {}))
        return subprocess.run([str(venv / "bin" / "pacts-farm"), *args], cwd=cwd, env=full_env,
                              capture_output=True, text=True, timeout=timeout)

    return run


def test_wheel_installed_elsewhere_imports_only_itself(installed: Path, tmp_path: Path) -> None:
    probe = "import sys, pacts_farm, tasks; print(pacts_farm.__file__); print(tasks.__file__); print('\\n'.join(sys.path))"
    proc = subprocess.run([str(installed / "bin" / "python"), "-c", probe], cwd=tmp_path, env=_clean_env(),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    package, tasks, *path = proc.stdout.splitlines()
    assert Path(package).is_relative_to(installed) and Path(tasks).is_relative_to(installed)
    assert not [p for p in path if p and Path(p).resolve() == ROOT.resolve()]


def test_wheel_installed_elsewhere_plans_and_runs_the_demo(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert not elsewhere.resolve().is_relative_to(ROOT.resolve())
    run = _runner(installed, elsewhere, tmp_path / "home")

    version = run("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"pacts-farm {pacts_farm.__version__}", version.stdout + version.stderr

    copied = run("example")
    assert copied.returncode == 0, copied.stderr
    assert (elsewhere / "demo-suite.yaml").read_text() == (ROOT / "pacts_farm" / "examples" / "demo-suite.yaml").read_text()
    again = run("example")
    assert again.returncode == 2 and "already exists" in again.stderr

    planned = run("plan", "demo-suite.yaml", env={"DEMO_PASSWORD": "x"})
    assert planned.returncode == 0, planned.stdout + planned.stderr
    assert "login" in planned.stdout and "→ fill" in planned.stdout
    bad = elsewhere / "bad.yaml"
    bad.write_text("name: s\nbase_url: http://127.0.0.1:1\nrequirements: [{id: a, stepz: [Click A]}]\n")
    refused = run("plan", str(bad))
    assert refused.returncode == 2 and "bad.yaml" in refused.stderr  # the packaged schema is read

    demo = run("demo", "-o", "out", timeout=400)
    assert demo.returncode == 0, demo.stdout[-3000:] + demo.stderr[-3000:]
    document = json.loads((elsewhere / "out" / "results.json").read_text())
    schema = json.loads((ROOT / "schemas" / "results.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(document)
    items = document["items"]
    assert len(items) >= 14 and all(item["met"] for item in items), [i["id"] for i in items if not i["met"]]
    assert [i["verdict"] for i in items if i["expected"] == "fail"] == ["failed"]
    assert len([i for i in items if i["data"]]) >= 2  # a requirement's data rows run as items of their own
    for item in items:
        for step in item["steps"]:
            assert step["outcome"] in ("passed", "healed", "failed", "skipped")
            if step["outcome"] == "passed" and step["action"] in ("click", "fill"):
                assert step["locator"] and step["strategy"], step
    junit = ET.parse(elsewhere / "out" / "junit.xml").getroot()
    assert len(junit.findall(".//testcase")) == len(items)
    assert not junit.findall(".//failure") and not junit.findall(".//error")  # an expected failure met is no failure
    said = demo.stdout + demo.stderr + (elsewhere / "out" / "results.json").read_text() + (elsewhere / "out" / "junit.xml").read_text()
    assert "secret_sauce" not in said  # the demo app's password, masked everywhere
    assert (elsewhere / "out" / "report.html").stat().st_size > 1000
    assert (tmp_path / "home" / "pacts.db").exists()  # the migrations ran from the package
