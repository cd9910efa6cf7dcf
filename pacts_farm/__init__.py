"""pacts-farm: plain-English browser tests on a Celery farm that heals honestly."""

from __future__ import annotations

__version__ = "0.1.0"
