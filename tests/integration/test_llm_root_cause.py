"""Root-cause summaries through the fake Messages API: screenshots only when allowed, secrets masked."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from pacts_farm import config, model
from pacts_farm.claude import assist
from pacts_farm.execution import rootcause
from pacts_farm.store import db, llm_calls, repo
from tests import fake_anthropic as fa

SUMMARY = {"summary": "The Login button is gone.", "fix": "Update the step to the new Sign in button."}


@pytest.fixture
def sessions(run_store: tuple[db.Sessions, str]) -> db.Sessions:
    return run_store[0]  # the shared one-run store; its run is "run-1"


def _summarise(fake: fa.FakeAnthropic, sessions: db.Sessions, screenshot: Path, **env: str) -> str | None:
    settings = config.Settings.from_env({"ANTHROPIC_API_KEY": "sk-ant-test", "PACTS_ANTHROPIC_BASE_URL": fake.url, **env})
    helper = assist.RunAssist(settings, sessions, "run-1")
    diagnosis = rootcause.Diagnosis(cause=model.RootCause.SELECTOR_DRIFT, evidence="step 1 (Click Login): not found")
    try:
        return helper.summarise(
            item_key="login", title="Login with hunter2", diagnosis=diagnosis, screenshot=screenshot, secrets=("hunter2",),
            evidence_text="1. failed: Click Login -> no visible element matches \"Login\"; password hunter2 typed",
        )
    finally:
        helper.close()


def test_llm_root_cause_summary_without_screenshot_by_default(fake: fa.FakeAnthropic, sessions: db.Sessions, tmp_path: Path) -> None:
    shot = tmp_path / "failure.png"
    shot.write_bytes(b"\x89PNG fake image bytes")
    fake.push(fa.tool("summarise_failure", SUMMARY))
    summary = _summarise(fake, sessions, shot)
    assert summary == "The Login button is gone. Recommended fix: Update the step to the new Sign in button."
    (request,) = fake.requests
    assert '"image"' not in fake.sent_text()
    assert "selector_drift" in fa.prompt_text(request) and "hunter2" not in fake.sent_text()
    (call,) = llm_calls.run_calls(sessions, "run-1")
    assert call.purpose is model.LlmPurpose.ROOT_CAUSE and call.outcome == "ok"


def test_llm_root_cause_sends_the_screenshot_when_allowed(fake: fa.FakeAnthropic, sessions: db.Sessions, tmp_path: Path) -> None:
    shot = tmp_path / "failure.png"
    shot.write_bytes(b"\x89PNG fake image bytes")
    fake.push(fa.tool("summarise_failure", SUMMARY))
    assert _summarise(fake, sessions, shot, PACTS_LLM_SEND_SCREENSHOTS="1") is not None
    (image,) = [p for p in fake.requests[0]["messages"][0]["content"] if p["type"] == "image"]
    assert base64.b64decode(image["source"]["data"]) == shot.read_bytes()


def test_llm_root_cause_unavailable_leaves_a_note_not_a_failure(fake: fa.FakeAnthropic, sessions: db.Sessions, tmp_path: Path) -> None:
    fake.push(fa.status(401, "invalid x-api-key"))
    assert _summarise(fake, sessions, tmp_path / "none.png") is None
    (note,) = repo.load_run_result(sessions, "run-1").notes
    assert "root-cause summary skipped" in note and "HTTP 401" in note and "check ANTHROPIC_API_KEY" in note
