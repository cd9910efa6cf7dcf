"""pacts-farm: plain-English browser tests on a Celery farm that heals honestly.

The public API: load a suite, plan its items, and the types and errors they use. Running a suite
goes through `pacts-farm submit` (embedded or farm), which composes the stages in `pipeline`.
"""

from __future__ import annotations

from pacts_farm import errors, model
from pacts_farm.config import Settings
from pacts_farm.plan import make_plan
from pacts_farm.suite import load_suite, load_suite_text

__version__ = "0.1.0"
__all__ = ["Settings", "errors", "load_suite", "load_suite_text", "make_plan", "model", "__version__"]
