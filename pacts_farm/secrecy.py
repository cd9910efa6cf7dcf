"""Secrets in text: the ${env:NAME} and ${secret:NAME} placeholders a suite writes, the values behind them, and
the mask that hides both wherever text is stored, logged, reported or sent to Claude.

Placeholders stay placeholders through planning, the store and the reports; only the browser worker types a value
in (``resolve``), just before typing it. Secret vars reach ``environ`` as ``secret:NAME`` (model.Secrets.environ).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from pacts_farm import errors, model

PLACEHOLDER = re.compile(r"\$\{(env|secret):([A-Za-z_][A-Za-z0-9_]*)\}")


def _key(kind: str, name: str) -> str:
    return name if kind == "env" else f"secret:{name}"


def resolve(text: str, environ: Mapping[str, str]) -> str:
    """``text`` with each placeholder replaced by its value; a value this worker lacks is an error."""

    def value(match: re.Match[str]) -> str:
        kind, name = match.groups()
        if _key(kind, name) not in environ:
            raise errors.SettingsInvalid(
                f"environment variable {name} is not set on this worker" if kind == "env"
                else f"secret var {name} is not available on this worker"
            )
        return environ[_key(kind, name)]

    return PLACEHOLDER.sub(value, text)


def mask_placeholders(text: str) -> str:
    """``text`` as it may be shown: each placeholder replaced by the mask."""
    return PLACEHOLDER.sub(model.MASK, text)


def values_in(texts: Iterable[str], environ: Mapping[str, str]) -> tuple[str, ...]:
    """The clear values behind the placeholders in ``texts`` (known to this worker), to mask wherever they appear."""
    keys = (_key(kind, name) for text in texts for kind, name in PLACEHOLDER.findall(text))
    return tuple(environ[key] for key in keys if environ.get(key))


def plan_values(plan: model.Plan, environ: Mapping[str, str]) -> tuple[str, ...]:
    """The clear values a plan's steps type: what its evidence, errors and heal requests must never show."""
    return values_in((step.value for step in plan.steps if step.value), environ)


def mask_values(text: str, values: Iterable[str]) -> str:
    """``text`` with every clear value replaced by the mask, the longest first (a value may contain another)."""
    for value in sorted({v for v in values if v}, key=len, reverse=True):
        text = text.replace(value, model.MASK)
    return text
