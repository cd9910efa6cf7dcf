"""pacts-farm: plain-English browser tests on a Celery farm that heals honestly.

The public API: load a suite, plan its items, run a suite (embedded or on the farm: `run_suite`, what
`pacts-farm submit` calls), and the types and errors they use.
Names load on first use, so the CLI can start the browser before the planner's rules are compiled.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"
__all__ = [
    "Settings", "SuiteRun", "errors", "load_suite", "load_suite_text", "make_plan", "model", "run_suite", "__version__",
]
_PUBLIC = {
    "errors": ("pacts_farm.errors", None),
    "model": ("pacts_farm.model", None),
    "Settings": ("pacts_farm.config", "Settings"),
    "make_plan": ("pacts_farm.planning.plan", "make_plan"),
    "load_suite": ("pacts_farm.suites.suite", "load_suite"),
    "load_suite_text": ("pacts_farm.suites.suite", "load_suite_text"),
    "run_suite": ("pacts_farm.running", "run_suite"),
    "SuiteRun": ("pacts_farm.running", "SuiteRun"),
}


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'pacts_farm' has no attribute {name!r}")
    module_name, attribute = _PUBLIC[name]
    module = importlib.import_module(module_name)
    return module if attribute is None else getattr(module, attribute)
