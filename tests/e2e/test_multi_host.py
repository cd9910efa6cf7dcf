"""Hosts that share nothing but Redis and Postgres: the worker runs in a mount namespace of its own, with its own
working and artifacts directories, where the submitter's folders are hidden under an empty tmpfs. A failing
item's screenshot and trace still reach the submitter's --output, `report --output` elsewhere, and the dashboard,
all from the store."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from pacts_farm import config
from pacts_farm.dashboard import server as dashboard
from pacts_farm.store import db, run_files
from tests.e2e import _faults
from tests.e2e.conftest import ROOT, Farm, _base_env

pytestmark = [
    pytest.mark.browser, pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None, reason="needs root and unshare for a mount namespace"),
]

FORM = (
    "<!doctype html><html><head><title>Form</title></head><body><h1>Form</h1><label for=n>Name</label><input id=n name=n>"
    "<button onclick=\"document.getElementById('out').textContent='Saved ' + document.getElementById('n').value.length\">Save</button>"
    "<p id=out></p></body></html>"
)


def _suite(folder: Path, base_url: str) -> Path:
    path = folder / "hosts.yaml"
    path.write_text(
        f"name: Hosts\nbase_url: {base_url}\nrequirements:\n"
        "  - id: saves\n    url: /form\n    steps:\n      - Fill \"Ada\" in the Name field\n      - Click Save\n"
        "      - Verify the page shows \"Saved 3\"\n"
        "  - id: breaks\n    url: /form\n    retries: 0\n    steps:\n      - Fill \"Ada\" in the Name field\n      - Click Save\n"
        "      - Verify the page shows \"Stored for ever\"\n"
    )
    return path


def _worker_elsewhere(farm: Farm, *, hidden: Path, cwd: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """A celery worker in its own mount namespace: ``hidden`` (the submitter's side) is an empty tmpfs there."""
    script = 'mount -t tmpfs -o size=1m pf-hidden "$1" && cd "$2" && shift 2 && exec "$@"'
    log = open(farm.logs / "far.log", "wb")  # noqa: SIM115 - closed by the farm
    farm.log_files.append(log)
    proc = subprocess.Popen(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", str(hidden), str(cwd),
         sys.executable, "-m", "celery", "-A", "tasks", "worker", "-P", "prefork", "-c", "2", "-Q", "browser,plan,maintenance",
         "--prefetch-multiplier", "1", "-l", "INFO", "-n", "far@%h"],
        env=_base_env({**env, "PYTHONPATH": str(ROOT)}), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    farm.processes.append(proc)
    farm.wait_for_log("far", "ready.", timeout=60)
    return proc


def _cli(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pacts_farm.cli", *args], cwd=cwd, env=_base_env({**env, "PYTHONPATH": str(ROOT)}),
                          capture_output=True, text=True, timeout=240)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_multi_host_failure_evidence_reaches_the_submitter_and_the_dashboard_from_the_store(
    farm: Farm, tmp_path: Path,
) -> None:
    pages = _faults.Pages()
    pages.extra["/form"] = FORM
    worker_host, caller_host, third_host = tmp_path / "worker-host", tmp_path / "caller-host", tmp_path / "third-host"
    for folder in (worker_host, caller_host, third_host):
        folder.mkdir()
    worker_env = {**farm.env, "PACTS_HOME": str(worker_host / "home"), "PACTS_ARTIFACTS_DIR": str(worker_host / "artifacts"),
                  "PACTS_TRACE": "on-failure"}
    caller_env = {**farm.env, "PACTS_HOME": str(caller_host / "home"), "PACTS_ARTIFACTS_DIR": str(caller_host / "artifacts")}
    try:
        worker = _worker_elsewhere(farm, hidden=caller_host, cwd=worker_host, env=worker_env)
        mounts = Path(f"/proc/{worker.pid}/mountinfo")
        assert f" {caller_host} " in mounts.read_text()  # the worker cannot see the submitter's disk

        out = caller_host / "out"
        submitted = _cli(caller_host, caller_env, "submit", str(_suite(caller_host, pages.url)), "--wait", "--output", str(out))
        assert submitted.returncode == 1, submitted.stdout + submitted.stderr + farm.log_tail("far")
        run_id = submitted.stdout.split("submitted run ")[1].split()[0]

        results = json.loads((out / "results.json").read_text())
        broken = next(i for i in results["items"] if i["id"] == "breaks")
        assert broken["verdict"] == "failed" and broken["evidence"]["screenshot"] and broken["evidence"]["trace"]
        shot_path, trace_path = broken["evidence"]["screenshot"], broken["evidence"]["trace"]
        shot, trace = (out / shot_path).read_bytes(), (out / trace_path).read_bytes()
        assert shot[:8] == b"\x89PNG\r\n\x1a\n" and trace[:2] == b"PK"
        assert (out / "report.html").is_file() and (out / "junit.xml").is_file()

        engine = db.open_engine(farm.env["PACTS_DATABASE_URL"])
        sessions = db.make_sessions(engine)
        _faults.wait_until(lambda: "report.html" in run_files.listing(sessions, run_id), timeout=30, what="the stored report")
        stored = run_files.listing(sessions, run_id)
        engine.dispose()
        assert stored[shot_path].sha256 == _sha256(shot) and stored[trace_path].sha256 == _sha256(trace)  # from the store
        assert not [p for p in (worker_host / "artifacts").rglob("*") if p.is_file()]  # the worker keeps nothing
        assert not (worker_host / "home" / "pacts.db").exists()

        again = third_host / "copy"
        reported = _cli(third_host, {**caller_env, "PACTS_HOME": str(third_host / "home")}, "report", run_id, "--output", str(again))
        assert reported.returncode == 0, reported.stderr
        assert (again / shot_path).read_bytes() == shot and (again / trace_path).read_bytes() == trace
        assert str(again / "report.html") in reported.stdout

        settings = config.Settings.from_env({**caller_env, "PACTS_HOME": str(third_host / "board")})
        with dashboard.Dashboard(settings, port=0).start() as board:
            run_page = urllib.request.urlopen(f"{board.url}/runs/{run_id}", timeout=10).read().decode()
            assert f"/runs/{run_id}/files/{shot_path}" in run_page and f"/runs/{run_id}/files/{trace_path}" in run_page
            assert f"/runs/{run_id}/files/report.html" in run_page
            served = {p: urllib.request.urlopen(f"{board.url}/runs/{run_id}/files/{p}", timeout=10).read() for p in (shot_path, trace_path)}
            assert served == {shot_path: shot, trace_path: trace}
            report_page = urllib.request.urlopen(f"{board.url}/runs/{run_id}/files/report.html", timeout=10).read().decode()
            assert "data:image/png;base64," in report_page  # the worker that ended the run read the screenshot from the store
            assert str(worker_host) not in report_page
    finally:
        pages.close()
