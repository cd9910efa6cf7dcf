"""Every failure a user can meet, as a class.

PactsFarmError
├── InputError                       bad input: exit code 2, nothing submitted
│   ├── SuiteInvalid                 suite.yaml cannot be loaded or fails its schema
│   ├── StepNotUnderstood            the planner cannot understand a sentence (rules, or Claude's answer twice invalid)
│   ├── PlanInvalid                  one or more StepNotUnderstood, listed
│   └── SettingsInvalid              a PACTS_* variable or flag is wrong
├── LocatorError                     a step's target cannot be resolved on the page
│   ├── LocatorNotFound
│   │   └── HealFailed               healing could justify no element (carries its attempts)
│   └── LocatorAmbiguous
├── InfrastructureError              the farm failed, not the test: retried, then verdict "error"
│   ├── BrowserCrashed
│   ├── StoreUnavailable
│   ├── BrokerUnavailable
│   └── LLMUnavailable               Claude cannot be reached or refused the request (after retries)
├── LLMAnswerInvalid                 Claude's answer broke its tool's contract twice (planning turns it into a StepNotUnderstood)
├── OriginBusy                       the item's origin is at its max_parallel: the task is retried later
└── RunNotFound

The class docstring is the default message; details are attributes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pacts_farm.model import Candidate, HealAttempt


class PactsFarmError(Exception):
    """pacts-farm failed."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or (self.__doc__ or "").strip())

    @property
    def message(self) -> str:
        return str(self.args[0])


class InputError(PactsFarmError):
    """Bad input."""


class SuiteInvalid(InputError):
    """The suite file is invalid."""

    def __init__(
        self,
        message: str,
        *,
        path: str,
        line: int | None = None,
        field: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.hint = hint
        where = path + (f":{line}" if line else "")
        text = f"{where}: " + (f"{field}: " if field else "") + message
        if hint:
            text += f" — {hint}"
        super().__init__(text)


class StepNotUnderstood(InputError):
    """A step could not be understood."""

    def __init__(
        self, step: str, *, path: str = "", line: int | None = None, field: str = "", hint: str = ""
    ) -> None:
        self.step = step
        self.path = path
        self.line = line
        self.field = field
        self.hint = hint
        where = path + (f":{line}" if line else "")
        prefix = " ".join(p for p in (where and where + ":", field and field + ":") if p)
        text = f'{prefix} cannot understand "{step}"'.strip()
        if hint:
            text += f" — {hint}"
        super().__init__(text)


class PlanInvalid(InputError):
    """One or more steps could not be planned."""

    def __init__(self, problems: list[StepNotUnderstood]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.message for p in problems))


class SettingsInvalid(InputError):
    """A setting is invalid."""


class LocatorError(PactsFarmError):
    """The step's target could not be resolved."""

    def __init__(self, message: str, *, candidates: tuple[Candidate, ...] = ()) -> None:
        self.candidates = candidates
        super().__init__(message)


class LocatorNotFound(LocatorError):
    """No element matches the step's target."""


class LocatorAmbiguous(LocatorError):
    """Several elements match the step's target equally well."""


class HealFailed(LocatorNotFound):
    """Healing tried its strategies and could justify none."""

    def __init__(self, message: str, *, candidates: tuple[Candidate, ...] = (), attempts: tuple[HealAttempt, ...] = ()) -> None:
        self.attempts = attempts
        super().__init__(message, candidates=candidates)


class InfrastructureError(PactsFarmError):
    """The farm failed (not the test under it)."""


class BrowserCrashed(InfrastructureError):
    """The browser died."""


class StoreUnavailable(InfrastructureError):
    """The database cannot be reached."""


class BrokerUnavailable(InfrastructureError):
    """The broker cannot be reached."""


class LLMUnavailable(InfrastructureError):
    """Claude could not answer (unreachable, timed out, rate-limited past the retry budget, or refused)."""


class LLMAnswerInvalid(PactsFarmError):
    """Claude's answer was invalid, and again after being told why."""


class RunNotFound(PactsFarmError):
    """No such run (the CLI: bad input, exit 2)."""

    def __init__(self, run_id: str, message: str | None = None) -> None:
        super().__init__(message or f"no run {run_id}; `pacts-farm runs` lists them")


class OriginBusy(PactsFarmError):
    """The application's origin is at its max_parallel; try again later."""

    def __init__(self, message: str, *, retry_in_s: float) -> None:
        super().__init__(message)
        self.retry_in_s = retry_in_s
