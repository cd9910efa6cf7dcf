"""A farm run's files in the store, on both databases: content-addressed, capped per file and per run (what does
not fit is named in the run's notes), replaced on a redelivery, written out only inside the folder asked for."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import func, select

from pacts_farm import model
from pacts_farm.execution import artifacts
from pacts_farm.store import db, models, repo, run_files


def _farm_run(sessions: db.Sessions, run_id: str) -> str:
    item = model.Item(key="login", requirement_id="login", title="Login", steps=(model.SuiteStep(line=3, text="Click Login"),))
    suite = model.Suite(name="Files", base_url="http://127.0.0.1:9", source="files.yaml", items=(item,))
    (item_id,) = repo.create_run(sessions, run_id=run_id, suite=suite, content=f"files {run_id}", mode="farm",
                                 output_dir="/nowhere/on/this/host")
    return item_id


def _execution() -> model.Execution:
    step = model.StepResult(index=0, text="Click Login", action=model.Action.CLICK, outcome=model.Outcome.FAILED,
                            duration_ms=1.0, error="not found")
    return model.Execution(steps=(step,), duration_ms=10.0)


def test_run_files_are_capped_per_file_and_per_run_and_named_in_the_notes(sessions: db.Sessions) -> None:
    item_id = _farm_run(sessions, "run-caps")
    caps = run_files.Caps(file_bytes=10, run_bytes=25)
    files = [("login/a.png", b"a" * 8), ("login/b.zip", b"b" * 12), ("login/c.json", b"c" * 9), ("login/d.png", b"d" * 9)]
    repo.save_execution(sessions, item_id, _execution(), files=files, caps=caps)

    assert sorted(run_files.listing(sessions, "run-caps")) == ["login/a.png", "login/c.json"]
    notes = repo.load_run_result(sessions, "run-caps").notes
    assert any("login/b.zip not stored: 12 bytes, over PACTS_ARTIFACT_MAX_BYTES (10)" in n for n in notes), notes
    assert any("login/d.png not stored" in n and "PACTS_RUN_ARTIFACTS_MAX_BYTES (25)" in n for n in notes), notes
    assert run_files.read(sessions, "run-caps", "login/a.png") == b"a" * 8


def test_run_files_redelivered_execution_replaces_the_items_files(sessions: db.Sessions) -> None:
    item_id = _farm_run(sessions, "run-again")
    caps = run_files.Caps(file_bytes=100, run_bytes=100)
    repo.save_execution(sessions, item_id, _execution(), files=[("login/failure.png", b"first"), ("login/try-1/trace.zip", b"t")], caps=caps)
    repo.save_execution(sessions, item_id, _execution(), files=[("login/failure.png", b"second")], caps=caps)
    stored = run_files.listing(sessions, "run-again")
    assert sorted(stored) == ["login/failure.png"]
    assert stored["login/failure.png"].sha256 == hashlib.sha256(b"second").hexdigest()


def test_run_files_same_content_is_stored_once(sessions: db.Sessions) -> None:
    caps = run_files.Caps(file_bytes=100, run_bytes=100)
    for run_id in ("run-a", "run-b"):
        _farm_run(sessions, run_id)
        run_files.put(sessions, run_id, [("login/trace.zip", b"same bytes"), (f"{run_id}.txt", run_id.encode())], caps=caps)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(models.BlobRow)) == 3
        assert s.scalar(select(func.count()).select_from(models.RunFileRow)) == 4


def test_run_files_are_written_out_only_inside_the_folder(sessions: db.Sessions, tmp_path: Path) -> None:
    _farm_run(sessions, "run-out")
    caps = run_files.Caps(file_bytes=100, run_bytes=100)
    run_files.put(sessions, "run-out", [("login/failure.png", b"png"), ("../escaped.txt", b"no"), ("report.html", b"<html>")], caps=caps)
    out = tmp_path / "out"
    written = artifacts.write_out(sessions, "run-out", out, skip=("report.html",))
    assert written == [(out / "login" / "failure.png").resolve()]
    assert (out / "login" / "failure.png").read_bytes() == b"png"
    assert not (tmp_path / "escaped.txt").exists() and not (out / "report.html").exists()
