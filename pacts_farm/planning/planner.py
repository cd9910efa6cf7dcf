"""Who reads each requirement: the rules first (free), then the plan cache, then Claude.

``--planner rules``: rules only. ``claude``: every sentence goes to Claude (through the cache).
``auto`` (default): the rules; only the sentences they cannot read go to Claude, and only with
ANTHROPIC_API_KEY set (without it, the rules' messages say how to rephrase or to set the key).

A plan Claude helped make is cached by sha256(planner version + model + requirement text), Redis in
front of the store, so re-running a suite makes no LLM call. Planning happens before the run exists:
calls are buffered here and attached to the run when it is created (submit.start_run).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from pacts_farm import config, errors, model, secrecy
from pacts_farm.claude import claude_tools, llm
from pacts_farm.finding import cache
from pacts_farm.planning import plan
from pacts_farm.store import llm_calls


@dataclass(kw_only=True)
class Planner:
    settings: config.Settings
    mode: str  # auto | rules | claude
    environ: Mapping[str, str]
    budget_usd: float | None = None  # the suite's budget.llm_usd
    secret_values: tuple[str, ...] = ()  # values of the suite's secret vars: masked if they appear in text
    calls: list[model.LlmCall] = field(default_factory=list)  # buffered until the run exists
    cache_hits: int = 0
    _claude: llm.Claude | None = None
    _plans: cache.PlanCache | None = None
    _engine: object | None = None
    _sessions: object | None = None

    def use_suite(self, loaded: model.Suite) -> None:
        """The suite's LLM budget and secret values (loaded before its items are planned)."""
        self.budget_usd = loaded.budget.llm_usd
        self.secret_values = tuple(value for _, value in loaded.secrets.values)

    @property
    def uses_claude(self) -> bool:
        return self.mode != "rules" and bool(self.settings.anthropic_api_key)

    def plan(self, item: model.Item, *, base_url: str, source: str = "") -> model.Plan:
        if not self.uses_claude:
            if self.mode == "claude":
                raise errors.SettingsInvalid(
                    "--planner claude needs ANTHROPIC_API_KEY — set it, or use --planner auto or rules"
                )
            return plan.make_plan(item, base_url=base_url, source=source)
        if self.mode == "auto":
            try:
                return plan.make_plan(item, base_url=base_url, source=source)
            except errors.PlanInvalid:
                pass  # some sentence needs Claude (or is refused: planning again says so)
        key = cache.plan_key(
            f"{plan.PLANNER_VERSION}+{claude_tools.PLANNER_NAME}+{self.mode}", self.settings.llm_model, requirement_text(item, base_url)
        )
        cached = self._plan_cache().get(key)
        if cached is not None:
            self.cache_hits += 1
            return replace(model.Plan.from_json(cached), item_key=item.key)  # type: ignore[arg-type]
        made = plan.make_plan(
            item, base_url=base_url, source=source, assist=self._assist(source), assist_reads_all=self.mode == "claude"
        )
        if any(s.planner == claude_tools.PLANNER_NAME for s in made.steps):
            self._plan_cache().put(key, planner=claude_tools.PLANNER_NAME, plan=made.to_json())
        return made

    def _assist(self, source: str) -> plan.Assist:
        def read(item: model.Item, sentences: Sequence[str]) -> Sequence[claude_tools.Intent]:
            spent = sum(c.cost_usd for c in self.calls)
            if self.budget_usd is not None and spent >= self.budget_usd:
                raise errors.LLMAnswerInvalid(
                    f"the suite's LLM budget of ${self.budget_usd:g} is spent (${spent:.4f}), so the rules alone read"
                    " this step and cannot"
                )
            numbered = [claude_tools.Sentence(number=n, text=t) for n, t in enumerate(sentences, start=1)]
            context = item.free_text or "\n".join(s.display() for s in item.steps)
            masker = claude_tools.Masker((*secrecy.values_in([context], self.environ), *self.secret_values))
            try:
                return self._client().interpret(numbered, context=f"{item.title}\n{context}", masker=masker, item_key=item.key)
            except errors.LLMUnavailable as exc:
                where = f"{source}: " if source else ""
                raise errors.LLMUnavailable(
                    f'{where}{item.requirement_id}: planning "{masker.mask(sentences[0])}"'
                    + (f" and {len(sentences) - 1} more" if len(sentences) > 1 else "")
                    + f": {exc.message}"
                ) from exc

        return read

    def _client(self) -> llm.Claude:
        if self._claude is None:
            self._claude = llm.Claude(self.settings, record=self.calls.append)
        return self._claude

    def _plan_cache(self) -> cache.PlanCache:
        if self._plans is None:
            from pacts_farm.store import db

            engine = db.open_engine(self.settings.effective_database_url)
            db.upgrade(engine)
            self._engine = engine
            self._sessions = db.make_sessions(engine)
            self._plans = cache.PlanCache(self._sessions, self.settings.effective_redis_url)  # type: ignore[arg-type]
        return self._plans

    def record_unattached(self) -> None:
        """Calls no run will own (a dry run, a submission stopped by a planning error): recorded without a run."""
        if self.calls and self._sessions is not None:
            llm_calls.record_calls(self._sessions, None, self.calls)  # type: ignore[arg-type]
            self.calls.clear()

    def close(self) -> None:
        if self._claude is not None:
            self._claude.close()
        if self._plans is not None:
            self._plans.close()
        if self._engine is not None:
            self._engine.dispose()  # type: ignore[attr-defined]


@contextmanager
def open_planner(
    settings: config.Settings, *, mode: str | None = None, environ: Mapping[str, str], budget_usd: float | None = None
) -> Iterator[Planner]:
    chosen = mode or settings.planner
    if chosen not in config.PLANNERS:
        raise errors.SettingsInvalid(f"--planner: {chosen!r} is not one of {', '.join(config.PLANNERS)}")
    planner = Planner(settings=settings, mode=chosen, environ=environ, budget_usd=budget_usd)
    try:
        yield planner
    finally:
        planner.close()


def requirement_text(item: model.Item, base_url: str) -> str:
    """What a plan depends on, as text (placeholders, never secret values): the cache key's input."""
    return json.dumps(
        {
            "start_url": item.start_url or base_url,
            "base_url": base_url,
            "text": item.free_text,
            "steps": [
                [s.text, s.action, s.target, s.value, s.role, s.scope, s.timeout_ms]
                + ([s.signs_in_at, [[f.text, f.action, f.target, f.value, f.role, f.scope, f.timeout_ms] for f in s.signs_in]] if s.signs_in else [])
                for s in item.steps
            ],
            "timeout_ms": item.timeout_ms,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
