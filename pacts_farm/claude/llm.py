"""Claude through the official SDK: the only importer of ``anthropic``.

Four questions, each a forced tool call whose answer claude_tools.py validates:
- ``interpret``: sentences the rules could not read -> intents (action, target text, value, role hint,
  scope), never a selector; the tool schema is derived from schemas/plan.schema.json.
- ``choose``: a heal tie -> one candidate index, or "none".
- ``pick``: a target the rules could not resolve -> one verified candidate's index, or "none".
- ``summarise``: a failed item -> a short summary and a recommended fix.

An invalid answer is sent back once with the validation error. 429, 5xx and timeouts are retried with
backoff within a budget of retries and seconds; then, like every other SDK error, they become
errors.LLMUnavailable. Every request is handed to ``record`` (tokens, estimated cost, outcome).
Secrets never leave: ${env:NAME} placeholders become <secret-N> and clear secret values are masked.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable, Sequence
from typing import Any

from pacts_farm import config, errors, model
from pacts_farm.claude import claude_tools

PRICES_PER_MTOK = {  # USD per million (input, output) tokens by model-name prefix (longest wins): estimates
    "claude-opus-4-0": (15.0, 75.0),
    "claude-opus-4-1": (15.0, 75.0),
    "claude-opus-4-2025": (15.0, 75.0),
    "claude-opus-": (5.0, 25.0),
    "claude-sonnet-": (3.0, 15.0),
    "claude-3-7-sonnet": (3.0, 15.0),
    "claude-haiku-": (1.0, 5.0),
    "claude-3-5-haiku": (0.8, 4.0),
}
UNKNOWN_MODEL_PRICE = (15.0, 75.0)  # an unknown model is estimated high, never free
Record = Callable[[model.LlmCall], None]


def estimate_cost(model_name: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = next(
        (price for prefix, price in sorted(PRICES_PER_MTOK.items(), key=lambda kv: -len(kv[0])) if model_name.startswith(prefix)),
        UNKNOWN_MODEL_PRICE,
    )
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


class Claude:
    """A configured client; one instance per process or submission."""

    def __init__(self, settings: config.Settings, *, record: Record, sleep: Callable[[float], None] = time.sleep) -> None:
        if not settings.anthropic_api_key:
            raise errors.LLMUnavailable("ANTHROPIC_API_KEY is not set")
        import anthropic

        self.model = settings.llm_model
        self._settings = settings
        self._record = record
        self._sleep = sleep
        self._sdk = anthropic
        self._client = anthropic.Anthropic(
            api_key=settings.anthropic_api_key,
            base_url=settings.anthropic_base_url,
            max_retries=0,  # our own retries: bounded by PACTS_LLM_RETRIES and PACTS_LLM_RETRY_BUDGET_S
            timeout=settings.llm_timeout_s,
        )

    def close(self) -> None:
        self._client.close()

    # --- the three questions ---

    def interpret(
        self,
        sentences: Sequence[claude_tools.Sentence],
        *,
        context: str,
        masker: claude_tools.Masker,
        item_key: str | None = None,
    ) -> tuple[claude_tools.Intent, ...]:
        """Intents for ``sentences`` (every sentence gets at least one step, in order)."""
        listing = "\n".join(f"{s.number}. {masker.mask(s.text)}" for s in sentences)
        prompt = (
            "Plan these test steps for a browser test of a web application. Call record_steps with one or more"
            " steps per sentence, in order. Name elements the way a person reads them on the page (their visible"
            " text or label) and never write CSS, XPath or other selectors. Keep <secret-N> tokens exactly as"
            " written in values. Use expect_* actions for checks.\n\n"
            f"Requirement (context):\n{masker.mask(context)}\n\nSentences to plan:\n{listing}"
        )
        numbers = [s.number for s in sentences]
        answer = self._ask_valid(
            model.LlmPurpose.PLAN, item_key, prompt, claude_tools.plan_tool(),
            lambda data: claude_tools.intents(data, numbers, masker),
        )
        return answer

    def choose(
        self,
        *,
        step: str,
        action: model.Action,
        failed: model.Fingerprint | None,
        candidates: Sequence[claude_tools.HealCandidate],
        masker: claude_tools.Masker,
        item_key: str | None = None,
    ) -> int | None:
        """The index of the candidate the step meant, or None when none of them is it."""
        listing = json.dumps(
            [
                {
                    "index": i, "role": c.role, "name": masker.mask(c.name), "text": masker.mask(c.text[:120]),
                    "attributes": {k: masker.mask(v) for k, v in c.attributes},
                    "neighbourhood": masker.mask(c.neighbourhood[:200]),
                }
                for i, c in enumerate(candidates)
            ],
            ensure_ascii=False,
        )
        before = (
            "none"
            if failed is None
            else json.dumps(
                {"tag": failed.tag, "role": failed.role, "name": masker.mask(failed.name),
                 "attributes": {k: masker.mask(v) for k, v in failed.attributes},
                 "neighbourhood": masker.mask(failed.neighbourhood[:200])},
                ensure_ascii=False,
            )
        )
        prompt = (
            f"A browser test step no longer finds its element.\nStep: {masker.mask(step)}\nAction: {action.value}\n"
            f"The element it used before: {before}\nCandidates on the page now: {listing}\n\n"
            "Call choose_candidate with the index of the element the step means, or \"none\" if no candidate is"
            " clearly that element. A wrong choice makes a broken application pass, so answer none when unsure."
        )
        count = len(candidates)
        return self._ask_valid(
            model.LlmPurpose.HEAL, item_key, prompt, claude_tools.choice_tool(), lambda data: claude_tools.choice(data, count)
        )

    def pick(
        self,
        *,
        step: str,
        action: model.Action,
        problem: str,
        options: Sequence[claude_tools.TargetOption],
        masker: claude_tools.Masker,
        item_key: str | None = None,
    ) -> int | None:
        """The index of the option the step means, or None when no option clearly is it."""
        listing = json.dumps(
            [
                {"index": i, "role": o.role, "name": masker.mask(o.name), "text": masker.mask(o.text[:80]),
                 "tokens": [masker.mask(t) for t in o.tokens], "region": o.region}
                for i, o in enumerate(options)
            ],
            ensure_ascii=False,
        )
        prompt = (
            f"A browser test step names an element the rules could not resolve on the page.\nStep: {masker.mask(step)}\n"
            f"Action: {action.value}\nWhat the rules found: {masker.mask(problem)[:400]}\n"
            f"Candidates (visible elements of a kind the action can use): {listing}\n\n"
            "Call choose_candidate with the index of the element a person reading the step would mean, or \"none\" if"
            " no candidate clearly is that element or several fit it equally. A wrong choice makes a broken"
            " application pass, so answer none when unsure."
        )
        count = len(options)
        return self._ask_valid(
            model.LlmPurpose.RESOLVE, item_key, prompt, claude_tools.choice_tool(), lambda data: claude_tools.choice(data, count)
        )

    def summarise(
        self, *, title: str, root_cause: model.RootCause, evidence_text: str, masker: claude_tools.Masker,
        screenshot: bytes | None = None, item_key: str | None = None,
    ) -> str:
        """A short summary of why the item failed, with a recommended fix."""
        prompt = (
            f"A browser test failed. Test: {masker.mask(title)}\nDeterministic class: {root_cause.value}\n"
            f"Evidence:\n{masker.mask(evidence_text)[:6000]}\n\nCall summarise_failure with a two-sentence summary"
            " of the most likely cause and one recommended fix (to the test or to the application)."
        )
        content: list[dict[str, Any]] = [{"type": "text", "text": prompt}]
        if screenshot is not None:
            content.insert(0, {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                                           "data": base64.b64encode(screenshot).decode()}})
        return self._ask_valid(model.LlmPurpose.ROOT_CAUSE, item_key, content, claude_tools.summary_tool(), claude_tools.summary)

    # --- one validated answer ---

    def _ask_valid(
        self, purpose: model.LlmPurpose, item_key: str | None, prompt: str | list[dict[str, Any]],
        tool: dict[str, Any], validate: Callable[[Any], Any],
    ) -> Any:
        messages: list[dict[str, Any]] = [{"role": "user", "content": prompt}]
        for attempt in (1, 2):
            message, call = self._send(purpose, item_key, messages, tool)
            block = next((b for b in message.content if b.type == "tool_use" and b.name == tool["name"]), None)
            try:
                if block is None:
                    text = " ".join(getattr(b, "text", "") for b in message.content)[:200]
                    raise claude_tools.Invalid(f"no {tool['name']} tool call in the answer (got text: {text!r})")
                value = validate(block.input)
            except claude_tools.Invalid as exc:
                self._record(_with_outcome(call, "invalid"))
                if attempt == 2:
                    raise errors.LLMAnswerInvalid(f"its answer was invalid twice: {exc}") from None
                messages.append({"role": "assistant", "content": [b.model_dump(exclude_none=True) for b in message.content]})
                problem = f"Your answer was invalid: {exc}. Call {tool['name']} again with a corrected answer."
                if block is not None:
                    messages.append({"role": "user", "content": [
                        {"type": "tool_result", "tool_use_id": block.id, "is_error": True, "content": problem}]})
                else:
                    messages.append({"role": "user", "content": problem})
                continue
            self._record(call)
            return value
        raise AssertionError("unreachable")

    def _send(
        self, purpose: model.LlmPurpose, item_key: str | None, messages: list[dict[str, Any]], tool: dict[str, Any]
    ) -> tuple[Any, model.LlmCall]:
        """One answer and its (not yet recorded) call, retrying 429/5xx/timeouts with backoff inside the retry budget."""
        sdk = self._sdk
        started_all = time.monotonic()
        retries = 0
        while True:
            started = time.perf_counter()
            try:
                message = self._client.messages.create(
                    model=self.model,
                    max_tokens=self._settings.llm_max_tokens,
                    tools=[tool],
                    tool_choice={"type": "tool", "name": tool["name"]},
                    messages=messages,
                )
            except (sdk.RateLimitError, sdk.InternalServerError, sdk.APITimeoutError, sdk.APIConnectionError) as exc:
                outcome, why = _retryable(sdk, exc, self._settings.llm_timeout_s)
                self._record(self._call(purpose, item_key, started, outcome=outcome))
                wait = _backoff(exc, retries)
                spent = time.monotonic() - started_all
                if retries >= self._settings.llm_retries or spent + wait > self._settings.llm_retry_budget_s:
                    raise errors.LLMUnavailable(
                        f"Claude ({self.model}) {why}; gave up after {retries + 1} request(s) in {spent:.1f} s"
                        " — try again later, raise PACTS_LLM_RETRIES / PACTS_LLM_TIMEOUT_S, or use --planner rules"
                    ) from exc
                retries += 1
                self._sleep(wait)
                continue
            except sdk.APIStatusError as exc:
                self._record(self._call(purpose, item_key, started, outcome="error"))
                raise errors.LLMUnavailable(
                    f"Claude ({self.model}) refused the request: HTTP {exc.status_code} {_error_text(exc)}"
                    + (" — check ANTHROPIC_API_KEY" if exc.status_code in (401, 403) else "")
                ) from exc
            except (sdk.AnthropicError, ValueError) as exc:  # ValueError: a body that is not JSON
                self._record(self._call(purpose, item_key, started, outcome="error"))
                raise errors.LLMUnavailable(f"Claude ({self.model}) answered something unreadable: {exc}") from exc
            usage = getattr(message, "usage", None)
            return message, self._call(
                purpose, item_key, started, outcome="ok",
                input_tokens=int(getattr(usage, "input_tokens", 0) or 0),
                output_tokens=int(getattr(usage, "output_tokens", 0) or 0),
            )

    def _call(
        self, purpose: model.LlmPurpose, item_key: str | None, started: float, *, outcome: str,
        input_tokens: int = 0, output_tokens: int = 0,
    ) -> model.LlmCall:
        return model.LlmCall(
            purpose=purpose, model=self.model, input_tokens=input_tokens, output_tokens=output_tokens,
            cost_usd=estimate_cost(self.model, input_tokens, output_tokens),
            duration_ms=(time.perf_counter() - started) * 1000, outcome=outcome, item_key=item_key,
        )


def _with_outcome(call: model.LlmCall, outcome: str) -> model.LlmCall:
    return model.LlmCall(
        purpose=call.purpose, model=call.model, input_tokens=call.input_tokens, output_tokens=call.output_tokens,
        cost_usd=call.cost_usd, duration_ms=call.duration_ms, outcome=outcome, item_key=call.item_key,
    )


def _retryable(sdk: Any, exc: Exception, timeout_s: float) -> tuple[str, str]:
    if isinstance(exc, sdk.APITimeoutError):
        return "timeout", f"did not answer within {timeout_s:g} s"
    if isinstance(exc, sdk.RateLimitError):
        return "rate_limited", "is rate-limiting us (HTTP 429)"
    if isinstance(exc, sdk.InternalServerError):
        return "server_error", f"failed with HTTP {exc.status_code}"
    return "error", f"is unreachable ({exc})"


def _backoff(exc: Exception, retries: int) -> float:
    """retry-after when the server says so (capped), else 0.5 s doubling."""
    response = getattr(exc, "response", None)
    header = response.headers.get("retry-after") if response is not None else None
    try:
        if header is not None:
            return min(max(float(header), 0.0), 30.0)
    except ValueError:
        pass
    return min(0.5 * 2**retries, 8.0)


def _error_text(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error")
        if isinstance(inner, dict) and inner.get("message"):
            return str(inner["message"])[:200]
    return str(getattr(exc, "message", ""))[:200]
