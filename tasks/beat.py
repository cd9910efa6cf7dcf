"""Beat's scheduler: Celery's file-backed one, writing the heartbeat after every pass (`pacts-farm beat --check`)."""

from __future__ import annotations

import time
from typing import Any

from celery.beat import PersistentScheduler

from pacts_farm import config
from pacts_farm.farm import dispatch, heartbeat


class HeartbeatScheduler(PersistentScheduler):
    def setup_schedule(self) -> None:
        super().setup_schedule()
        settings = dispatch.settings_of(self.app) or config.Settings.from_env()
        self._heartbeat = heartbeat.path_in(settings.home)

    def tick(self, *args: Any, **kwargs: Any) -> float:
        interval = super().tick(*args, **kwargs)
        heartbeat.write(self._heartbeat, time.time())  # after the pass: a beat stuck sending tasks goes stale
        return interval
