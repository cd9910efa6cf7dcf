"""The embedded worker's thread, started before the worker itself: Playwright's driver starts while the caller
still loads the suite, and Chromium launches, once the suite loads, while the caller opens the store and writes
the run. A browser belongs to the thread that started it, so the in-process Celery worker then runs in this same
thread (dispatch.embedded_worker)."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from pacts_farm import config

log = logging.getLogger(__name__)


class WorkerThread:
    """``launch=False``: only the driver starts until launch() or run(); stop() then closes it, no browser launched."""

    def __init__(self, settings: config.Settings, *, launch: bool = True) -> None:
        self._settings = settings
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue(maxsize=1)
        self._launch = threading.Event()
        self._stopped = False
        if launch:
            self._launch.set()
        self._thread = threading.Thread(target=self._main, name="pacts-embedded-worker", daemon=True)
        self._thread.start()

    def _main(self) -> None:
        from pacts_farm.browser import chromium

        chromium.prelaunch(self._settings, launch=self._launch_wanted)
        job = self._jobs.get()
        try:
            if job is not None:
                job()
        finally:
            chromium.discard_prelaunched()  # launched for a worker that never ran (the submission stopped)

    def _launch_wanted(self) -> bool:
        self._launch.wait()
        return not self._stopped

    def launch(self) -> None:
        """The submission goes ahead: launch Chromium now (once)."""
        self._launch.set()

    def run(self, job: Callable[[], None]) -> None:
        """Run ``job`` (the worker loop) in this thread, after the browser launch."""
        self.launch()
        self._jobs.put(job)

    def stop(self) -> None:
        """No worker will run here: close the driver and any browser started for it."""
        self._stopped = True  # a launch not begun yet is not needed any more
        self._launch.set()
        self._jobs.put(None)
        self.join(timeout_s=30)

    def join(self, *, timeout_s: float) -> None:
        self._thread.join(timeout=timeout_s)
