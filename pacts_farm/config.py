"""Settings: built once at the edge from flags > PACTS_* environment > defaults.

This is the only module that reads ``os.environ``.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from pacts_farm import errors
from pacts_farm.model import MASK

ENV_PREFIX = "PACTS_"
DEBIAN_CHROMIUM = "/usr/lib/chromium/chromium"
TRACE_POLICIES = ("off", "on-failure", "on-failure-full", "always")
# on-failure: every try records actions, network and console, kept when it fails; a retry also records DOM
# snapshots. on-failure-full: DOM snapshots on every try (they cost ~8 % of a run). always: kept for every item.
PLANNERS = ("auto", "rules", "claude")


@dataclass(frozen=True, kw_only=True, slots=True)
class Settings:
    home: Path = Path(".pacts")
    broker_url: str | None = None  # None: the embedded default
    database_url: str | None = None  # None: SQLite under home
    redis_url: str | None = None  # cache; defaults to the broker's Redis
    artifacts_dir: Path | None = None  # None: home/runs (on the farm, a worker's scratch space only)
    artifact_max_bytes: int = 50 * 2**20  # PACTS_ARTIFACT_MAX_BYTES: a bigger file of a farm run is not stored (noted)
    run_artifacts_max_bytes: int = 500 * 2**20  # PACTS_RUN_ARTIFACTS_MAX_BYTES: what one farm run may store in all
    retention_days: int = 30
    cache_retention_days: int = 7  # PACTS_CACHE_RETENTION_DAYS: beat drops cached locators not verified for this long
    cache_prune_interval_s: float = 3600.0  # beat: pacts.prune_selector_cache
    memory: bool = True  # PACTS_MEMORY=off: runs submitted here use no selector cache (every target discovered live)
    browser_executable: str | None = None  # None: Playwright's own Chromium
    browser_args: tuple[str, ...] = ("--disable-gpu", "--disable-quic")
    headless: bool = True
    trace: str = "on-failure"
    anthropic_api_key: str | None = None
    anthropic_base_url: str | None = None
    planner: str = "auto"
    llm_model: str = "claude-sonnet-4-6"  # PACTS_LLM_MODEL
    llm_max_tokens: int = 1024  # PACTS_LLM_MAX_TOKENS: per answer
    llm_timeout_s: float = 30.0  # PACTS_LLM_TIMEOUT_S: per request
    llm_retries: int = 2  # PACTS_LLM_RETRIES: 429/5xx/timeouts retried this often, with backoff
    llm_retry_budget_s: float = 60.0  # PACTS_LLM_RETRY_BUDGET_S: no retry starts after this much time
    llm_send_screenshots: bool = False  # PACTS_LLM_SEND_SCREENSHOTS=1: failure screenshots go to root-cause summaries
    flower_basic_auth: str | None = None  # user:password
    flower_url: str | None = None  # where people open Flower; the dashboard links to it
    cleanup_interval_s: float = 24 * 3600.0  # beat: pacts.cleanup_old_runs
    schedule_check_s: float = 60.0  # beat: pacts.nightly_regression looks for due schedules
    sweep_interval_s: float = 30.0  # beat: pacts.sweep_stale_items requeues items of dead workers
    orphan_grace_s: float = 30.0  # an open run's item with no task message anywhere for this long is sent again
    flakiness_interval_s: float = 300.0  # beat: pacts.score_flakiness rescores suites with newly finished runs
    beat_heartbeat_s: float = 10.0  # beat finishes a scheduler pass (and writes its heartbeat) at least this often
    origin_wait_s: float = 2.0  # an item whose origin is at its max_parallel retries after this long
    heal_promote_after: int = 3  # a healed locator is promoted (long-lived) after this many verified uses
    metrics_basic_auth: str | None = None  # user:password for `pacts-farm metrics`
    log_level: str = "WARNING"
    action_timeout_ms: int = 15000  # PACTS_ACTION_TIMEOUT_MS: an action's budget when the suite does not set timeouts.action_ms
    idle_timeout_ms: int = 5000  # PACTS_IDLE_TIMEOUT_MS: a missing target fails once the page was idle this long

    @property
    def embedded(self) -> bool:
        return self.broker_url is None

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.home / 'pacts.db').as_posix()}"

    @property
    def effective_redis_url(self) -> str | None:
        if self.redis_url:
            return self.redis_url
        if self.broker_url and self.broker_url.startswith(("redis://", "rediss://")):
            return self.broker_url
        return None

    @property
    def effective_artifacts_dir(self) -> Path:
        return self.artifacts_dir or self.home / "runs"

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, **overrides: Any
    ) -> Settings:
        """Read PACTS_* (and ANTHROPIC_API_KEY); ``overrides`` (CLI flags) win when not None.

        Without an explicit ``environ``, a ``.env`` file in the working directory supplies defaults
        that the real environment overrides.
        """
        env = dict(os.environ) if environ is None else dict(environ)
        if environ is None:
            env = {**read_dotenv(Path(".env")), **env}
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            name = ENV_PREFIX + f.name.upper()
            if f.name == "anthropic_api_key":
                raw = env.get("ANTHROPIC_API_KEY") or env.get(name)
            elif f.name == "anthropic_base_url":
                raw = env.get(name) or env.get("ANTHROPIC_BASE_URL")
            else:
                raw = env.get(name)
            if raw is not None and raw != "":
                values[f.name] = _parse_field(f.name, name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "browser_executable" not in values:
            values["browser_executable"] = default_browser_executable()
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        for name, url, schemes in (
            ("PACTS_BROKER_URL", self.broker_url, ("redis", "rediss", "amqp", "memory")),
            ("PACTS_REDIS_URL", self.redis_url, ("redis", "rediss")),
            ("PACTS_FLOWER_URL", self.flower_url, ("http", "https")),
        ):
            if url is not None:
                _check_url(name, url, schemes)
        if self.database_url is not None and not self.database_url.startswith(("sqlite", "postgresql")):
            raise errors.SettingsInvalid(
                f"PACTS_DATABASE_URL: unsupported database {mask_url(self.database_url)!r}"
                " — use postgresql+psycopg2://user:pass@host/db or sqlite:///path"
            )
        if self.trace not in TRACE_POLICIES:
            raise errors.SettingsInvalid(
                f"PACTS_TRACE: {self.trace!r} is not one of {', '.join(TRACE_POLICIES)}"
            )
        if self.planner not in PLANNERS:
            raise errors.SettingsInvalid(
                f"PACTS_PLANNER: {self.planner!r} is not one of {', '.join(PLANNERS)}"
            )
        if self.llm_max_tokens < 1 or self.llm_retries < 0 or self.llm_timeout_s <= 0:
            raise errors.SettingsInvalid(
                "PACTS_LLM_MAX_TOKENS must be at least 1, PACTS_LLM_RETRIES at least 0, PACTS_LLM_TIMEOUT_S above 0"
            )
        if self.retention_days < 1:
            raise errors.SettingsInvalid("PACTS_RETENTION_DAYS: must be at least 1")
        if self.cache_retention_days < 1:
            raise errors.SettingsInvalid("PACTS_CACHE_RETENTION_DAYS: must be at least 1")
        if self.beat_heartbeat_s <= 0:
            raise errors.SettingsInvalid("PACTS_BEAT_HEARTBEAT_S: must be above 0")
        if self.action_timeout_ms < 1 or self.idle_timeout_ms < 1:
            raise errors.SettingsInvalid("PACTS_ACTION_TIMEOUT_MS and PACTS_IDLE_TIMEOUT_MS must be at least 1")
        if self.artifact_max_bytes < 0 or self.run_artifacts_max_bytes < 0:
            raise errors.SettingsInvalid("PACTS_ARTIFACT_MAX_BYTES and PACTS_RUN_ARTIFACTS_MAX_BYTES must be at least 0")

    def public_view(self) -> dict[str, str]:
        """The effective settings as text, secrets masked (for `pacts-farm config`)."""
        view = {
            "mode": "embedded" if self.embedded else "farm",
            "home": str(self.home),
            "broker_url": mask_url(self.broker_url) if self.broker_url else "(embedded: in-memory)",
            "database_url": mask_url(self.effective_database_url),
            "redis_url": mask_url(self.effective_redis_url) if self.effective_redis_url else "(none)",
            "artifacts_dir": str(self.effective_artifacts_dir),
            "retention_days": str(self.retention_days),
            "artifact_max_bytes": f"{self.artifact_max_bytes} per file, {self.run_artifacts_max_bytes} per run (farm)",
            "cache_retention_days": str(self.cache_retention_days),
            "memory": "on" if self.memory else "off",
            "browser_executable": self.browser_executable or "(Playwright's Chromium)",
            "browser_args": " ".join(self.browser_args),
            "headless": str(self.headless).lower(),
            "trace": self.trace,
            "planner": self.planner,
            "anthropic_api_key": MASK if self.anthropic_api_key else "(not set)",
            "anthropic_base_url": self.anthropic_base_url or "(Anthropic's)",
            "llm_model": self.llm_model,
            "llm_max_tokens": str(self.llm_max_tokens),
            "llm_timeout_s": str(self.llm_timeout_s),
            "llm_retries": f"{self.llm_retries} within {self.llm_retry_budget_s:g} s",
            "llm_send_screenshots": str(self.llm_send_screenshots).lower(),
            "flower_basic_auth": _mask_auth(self.flower_basic_auth),
            "flower_url": mask_url(self.flower_url) if self.flower_url else "(not set)",
            "metrics_basic_auth": _mask_auth(self.metrics_basic_auth),
            "heal_promote_after": str(self.heal_promote_after),
            "action_timeout_ms": str(self.action_timeout_ms),
            "idle_timeout_ms": str(self.idle_timeout_ms),
        }
        return view

    def __repr__(self) -> str:
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in self.public_view().items()) + ")"

    def child_environ(self) -> dict[str, str]:
        """PACTS_* variables that rebuild these settings in a child process."""
        env: dict[str, str] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if f.name == "anthropic_api_key":
                env["ANTHROPIC_API_KEY"] = value
                continue
            if isinstance(value, tuple):
                value = " ".join(value)
            elif isinstance(value, bool):
                value = "1" if value else "0"
            env[ENV_PREFIX + f.name.upper()] = str(value)
        return env


def read_dotenv(path: Path) -> dict[str, str]:
    """PACTS_* and ANTHROPIC_* lines of a .env file (KEY=value, # comments, optional quotes)."""
    if not path.is_file():
        return {}
    values: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        if not sep:
            raise errors.SettingsInvalid(f"{path}:{number}: expected KEY=value")
        key, value = key.strip(), value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        if key.startswith((ENV_PREFIX, "ANTHROPIC_")):
            values[key] = value
    return values


def environment() -> Mapping[str, str]:
    """The process environment, for ${env:NAME} secrets (resolved only where they are typed)."""
    return os.environ


def default_browser_executable() -> str | None:
    """Playwright's own Chromium where installed, else Debian's."""
    browsers = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or Path.home() / ".cache/ms-playwright")
    if browsers.is_dir() and any(browsers.glob("chromium*")):
        return None
    if Path(DEBIAN_CHROMIUM).exists():
        return DEBIAN_CHROMIUM
    found = shutil.which("chromium")
    return found


def _mask_auth(auth: str | None) -> str:
    if not auth:
        return "(not set)"
    user = auth.split(":", 1)[0]
    return f"{user}:{MASK}"


def mask_url(url: str | None) -> str:
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:{MASK}@{netloc}"))


def _check_url(name: str, url: str, schemes: tuple[str, ...]) -> None:
    scheme = urlsplit(url).scheme
    if scheme not in schemes:
        raise errors.SettingsInvalid(
            f"{name}: {mask_url(url)!r} has scheme {scheme!r}; expected one of {', '.join(schemes)}"
        )


def _parse_field(field_name: str, env_name: str, raw: str) -> Any:
    if field_name in ("home", "artifacts_dir"):
        return Path(raw)
    if field_name == "memory":
        if raw.lower() not in ("on", "off", "1", "0", "true", "false"):
            raise errors.SettingsInvalid(f"{env_name}: {raw!r} is not on or off")
        return raw.lower() in ("on", "1", "true")
    if field_name in ("retention_days", "cache_retention_days"):
        try:
            return int(raw)
        except ValueError:
            raise errors.SettingsInvalid(f"{env_name}: {raw!r} is not a whole number of days") from None
    if field_name in ("llm_max_tokens", "llm_retries", "action_timeout_ms", "idle_timeout_ms", "artifact_max_bytes",
                      "run_artifacts_max_bytes"):
        try:
            return int(raw)
        except ValueError:
            raise errors.SettingsInvalid(f"{env_name}: {raw!r} is not a whole number") from None
    if field_name == "heal_promote_after":
        if not raw.isdigit() or int(raw) < 1:
            raise errors.SettingsInvalid(f"{env_name}: {raw!r} is not a whole number of at least 1")
        return int(raw)
    if field_name.endswith("_s"):
        try:
            return float(raw)
        except ValueError:
            raise errors.SettingsInvalid(f"{env_name}: {raw!r} is not a number of seconds") from None
    if field_name in ("headless", "llm_send_screenshots"):
        if raw.lower() not in ("1", "0", "true", "false", "yes", "no"):
            raise errors.SettingsInvalid(f"{env_name}: {raw!r} is not a boolean (use 1 or 0)")
        return raw.lower() in ("1", "true", "yes")
    if field_name == "browser_args":
        return tuple(raw.split())
    return raw
