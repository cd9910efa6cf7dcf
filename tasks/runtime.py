"""This worker process's Runtime: opened on first use after fork, closed at shutdown."""

from __future__ import annotations

import logging
import threading

from celery import Celery
from celery.signals import worker_process_init, worker_process_shutdown, worker_ready

from pacts_farm import config, doctor
from pacts_farm.farm import dispatch
from pacts_farm.runtime import Runtime

log = logging.getLogger(__name__)
_lock = threading.Lock()
_runtime: Runtime | None = None


def current(app: Celery) -> Runtime:
    global _runtime
    with _lock:
        if _runtime is None:
            settings = dispatch.settings_of(app) or config.Settings.from_env()
            _runtime = Runtime.open(settings)
        _runtime.secrets = dispatch.secrets_of(app)  # embedded: the submitting process's secret vars
        return _runtime


@worker_process_init.connect
def _forget_parent_runtime(**_: object) -> None:
    """A forked child must not share its parent's connections."""
    global _runtime
    _runtime = None


def close_current() -> None:
    global _runtime
    with _lock:
        if _runtime is not None:
            _runtime.close()
            _runtime = None


@worker_process_shutdown.connect
def _close_runtime(**_: object) -> None:
    close_current()


@worker_ready.connect
def _log_checks(sender: object = None, **_: object) -> None:
    """A farm worker logs `pacts-farm doctor`'s checks when it starts (embedded workers do not), from a thread
    of its own: launching Chromium for the check must not hold back the first task."""
    app = getattr(sender, "app", None)
    settings = (dispatch.settings_of(app) if app is not None else None) or config.Settings.from_env()
    if not settings.embedded:
        threading.Thread(target=_log_doctor, args=(settings,), name="doctor", daemon=True).start()


def _log_doctor(settings: config.Settings) -> None:
    for check in doctor.run_checks(settings):
        if check.ok:
            log.info("doctor: %s", check.line(), extra={"action": "doctor", "check": check.name})
        else:
            log.warning("doctor: %s", check.line(), extra={"action": "doctor", "check": check.name})
