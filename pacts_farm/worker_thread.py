"""The embedded worker's thread, started before the worker itself: its Chromium launches while the caller
still opens the store and writes the run. A browser belongs to the thread that started it, so the
in-process Celery worker then runs in this same thread (dispatch.embedded_worker)."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from pacts_farm import config

log = logging.getLogger(__name__)


class WorkerThread:
    def __init__(self, settings: config.Settings) -> None:
        self._settings = settings
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=1)
        self._thread = threading.Thread(target=self._main, name="pacts-embedded-worker", daemon=True)
        self._thread.start()

    def _main(self) -> None:
        from pacts_farm import browser  # Playwright loads in this thread, not the caller's

        browser.prelaunch(self._settings)
        job = self._jobs.get()
        try:
            if job is not None:
                job()
        finally:
            browser.discard_prelaunched()  # launched for a worker that never ran (the submission stopped)

    def run(self, job: Callable[[], None]) -> None:
        """Run ``job`` (the worker loop) in this thread, after the browser launch."""
        self._jobs.put(job)

    def stop(self) -> None:
        """No worker will run here: close the browser launched for it."""
        self._jobs.put(None)
        self.join(timeout_s=30)

    def join(self, *, timeout_s: float) -> None:
        self._thread.join(timeout=timeout_s)
