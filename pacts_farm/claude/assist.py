"""Claude at run time, for one run: breaking heal ties, picking targets the rules could not resolve and
summarising failures, within the LLM budget.

pipeline.py composes it (heal.py and rootcause.py never import llm.py). Every call is recorded on
the run. Once the run's recorded spend reaches the suite's ``budget: {llm_usd}``, no more calls are
made: heals and root causes stay deterministic, and the run's notes say so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from pacts_farm import config, errors, model, secrecy
from pacts_farm.claude import claude_tools, llm, pick
from pacts_farm.execution import artifacts, rootcause
from pacts_farm.healing import heal
from pacts_farm.store import db, llm_calls, repo, root_causes, run_files


def enabled(settings: config.Settings) -> bool:
    """Claude helps only with ANTHROPIC_API_KEY set (and not with --planner rules)."""
    return bool(settings.anthropic_api_key) and settings.planner != "rules"


def heal_assist(
    settings: config.Settings, sessions: db.Sessions, *, run_id: str, plan: model.Plan, environ: Mapping[str, str]
) -> heal.Assist | None:
    """The heal ladder's tie-breaker for one item, or None without a key."""
    if not enabled(settings):
        return None
    secrets = secrecy.plan_values(plan, environ)

    def choose(step: model.PlannedStep, failed: model.Fingerprint | None, contenders: Sequence[heal.Contender]) -> int | None:
        helper = RunAssist(settings, sessions, run_id)
        try:
            return helper.heal_assist(plan.item_key, secrets)(step, failed, contenders)
        finally:
            helper.close()

    return choose


def target_pick(
    settings: config.Settings, sessions: db.Sessions, *, run_id: str, plan: model.Plan, environ: Mapping[str, str]
) -> pick.Picker | None:
    """The pick for targets the rules could not resolve, for one item, or None without a key."""
    if not enabled(settings):
        return None
    secrets = secrecy.plan_values(plan, environ)

    def choose(step: model.PlannedStep, problem: str, options: Sequence[pick.Option]) -> int | None:
        helper = RunAssist(settings, sessions, run_id)
        try:
            return helper.target_pick(plan.item_key, secrets)(step, problem, options)
        finally:
            helper.close()

    return choose


def settle_root_cause(
    settings: config.Settings,
    sessions: db.Sessions,
    *,
    record: repo.ItemRecord,
    steps: Sequence[model.StepResult],
    verdict: model.Verdict,
    met: bool,
    error: str | None,
    summarise: bool = True,
) -> rootcause.Diagnosis | None:
    """Store a failed item's root-cause class; with a key and an unmet expectation, Claude's summary too."""
    diagnosis = rootcause.classify(steps, verdict=verdict, error=error)
    if diagnosis is None:
        return None
    summary = None
    if summarise and not met and enabled(settings):
        evidence = root_causes.load_evidence(sessions, record.id)
        helper = RunAssist(settings, sessions, record.run_id)
        try:
            summary = helper.summarise(
                item_key=record.key,
                title=record.item.title,
                diagnosis=diagnosis,
                evidence_text=rootcause.evidence_text(record.item.title, steps, evidence, error),
                screenshot=_screenshot(settings, sessions, record, evidence),
                secrets=secrecy.plan_values(record.plan, config.environment()) if record.plan else (),
            )
        finally:
            helper.close()
    root_causes.save_root_cause(sessions, record.id, cause=diagnosis.cause, summary=summary)
    return diagnosis


def _screenshot(
    settings: config.Settings, sessions: db.Sessions, record: repo.ItemRecord, evidence: model.Evidence | None
) -> Path | bytes | None:
    """The failure screenshot: in the run's folder, or a farm run's in the store (another worker took it)."""
    if evidence is None or not evidence.screenshot or not settings.llm_send_screenshots:
        return None
    if artifacts.kept_in_store(record.mode):
        return run_files.read(sessions, record.run_id, evidence.screenshot)
    return Path(record.output_dir) / evidence.screenshot


class RunAssist:
    def __init__(self, settings: config.Settings, sessions: db.Sessions, run_id: str) -> None:
        self._settings = settings
        self._sessions = sessions
        self._run_id = run_id
        self._client: llm.Claude | None = None

    @property
    def _claude(self) -> llm.Claude:
        if self._client is None:
            self._client = llm.Claude(
                self._settings, record=lambda call: llm_calls.record_calls(self._sessions, self._run_id, [call])
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def heal_assist(self, item_key: str, secrets: Sequence[str]) -> heal.Assist:
        def choose(
            step: model.PlannedStep, failed: model.Fingerprint | None, contenders: Sequence[heal.Contender]
        ) -> int | None:
            if not self.allowed():
                raise errors.LLMUnavailable("the suite's LLM budget is spent; no candidate was chosen")
            candidates = [
                claude_tools.HealCandidate(role=c.role, name=c.name, text=c.text, attributes=c.attributes, neighbourhood=c.neighbourhood)
                for c in contenders
            ]
            try:
                return self._claude.choose(
                    step=step.text, action=step.action, failed=failed, candidates=candidates,
                    masker=claude_tools.Masker(secrets), item_key=item_key,
                )
            except errors.LLMAnswerInvalid as exc:
                raise errors.LLMUnavailable(f"Claude's choice was unusable ({exc.message})") from exc

        return choose

    def target_pick(self, item_key: str, secrets: Sequence[str]) -> pick.Picker:
        def choose(step: model.PlannedStep, problem: str, options: Sequence[pick.Option]) -> int | None:
            if not self.allowed():
                raise errors.LLMUnavailable("the suite's LLM budget is spent; no candidate was chosen")
            shown = [claude_tools.TargetOption(role=o.role, name=o.name, text=o.text, tokens=o.tokens, region=o.region)
                     for o in options]
            try:
                return self._claude.pick(step=step.text, action=step.action, problem=problem, options=shown,
                                         masker=claude_tools.Masker(secrets), item_key=item_key)
            except errors.LLMAnswerInvalid as exc:
                raise errors.LLMUnavailable(f"Claude's choice was unusable ({exc.message})") from exc

        return choose

    def summarise(
        self,
        *,
        item_key: str,
        title: str,
        diagnosis: rootcause.Diagnosis,
        evidence_text: str,
        screenshot: Path | bytes | None,
        secrets: Sequence[str] = (),
    ) -> str | None:
        """Claude's short summary and recommended fix, or None (over budget, unavailable, unusable answer)."""
        if not self.allowed():
            return None
        image = None
        if self._settings.llm_send_screenshots and isinstance(screenshot, bytes):
            image = screenshot
        elif self._settings.llm_send_screenshots and screenshot is not None and screenshot.is_file():
            image = screenshot.read_bytes()
        try:
            return self._claude.summarise(
                title=title, root_cause=diagnosis.cause, evidence_text=evidence_text, masker=claude_tools.Masker(secrets),
                screenshot=image, item_key=item_key,
            )
        except (errors.LLMUnavailable, errors.LLMAnswerInvalid) as exc:
            llm_calls.add_run_note(self._sessions, self._run_id, f"root-cause summary skipped: {exc.message}"[:300])
            return None

    def allowed(self) -> bool:
        budget = llm_calls.run_llm_budget(self._sessions, self._run_id)
        if budget is None:
            return True
        spent = llm_calls.run_spend(self._sessions, self._run_id)
        if spent < budget:
            return True
        llm_calls.add_run_note(
            self._sessions, self._run_id,
            f"LLM budget of ${budget:g} reached (${spent:.4f} spent): later heal ties, target picks and root-cause summaries"
            " used the rules only",
        )
        return False
