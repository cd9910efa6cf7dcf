"""The Celery app, so `celery -A tasks worker|beat|flower` works as-is."""

from __future__ import annotations

from pacts_farm import config
from pacts_farm.farm import dispatch

app = dispatch.make_celery(config.Settings.from_env())

__all__ = ["app"]
