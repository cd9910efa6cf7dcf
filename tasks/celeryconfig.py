"""Celery settings for the farm: configuration, not code. Broker and backend URLs come from Settings.

Reliability choices (see README "Reliability"):
- acks_late + reject_on_worker_lost: a task is acknowledged only after it finished, so a worker
  that dies mid-task leaves its message to be redelivered.
- prefetch 1: a browser worker holds one item at a time; nothing waits behind a long item.
- visibility_timeout (Redis): an unacknowledged message is handed to another worker after this.
  It must exceed the longest task (hard limit 900 s), else Redis redelivers a task that is still
  running; the per-item lease in the store makes such a duplicate a no-op anyway.
- unacked_restore_interval/throttle: how often workers sweep messages of dead workers back.
"""

from __future__ import annotations

from kombu import Queue

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
task_acks_late = True
task_reject_on_worker_lost = True
task_acks_on_failure_or_timeout = True
worker_prefetch_multiplier = 1
task_soft_time_limit = 840
task_time_limit = 900
task_track_started = True
result_expires = 24 * 3600
broker_connection_retry_on_startup = True
worker_hijack_root_logger = False
worker_send_task_events = True
task_send_sent_event = True

task_default_queue = "browser"
task_queues = (Queue("browser"), Queue("plan"), Queue("maintenance"))
task_routes = {
    "pacts.plan": {"queue": "plan"},
    "pacts.discover": {"queue": "plan"},
    "pacts.execute": {"queue": "browser"},
    "pacts.heal": {"queue": "plan"},  # settles in the store: no browser, so it never waits behind one
    "pacts.finalize_run": {"queue": "maintenance"},
    "pacts.cleanup_old_runs": {"queue": "maintenance"},
    "pacts.nightly_regression": {"queue": "maintenance"},
    "pacts.sweep_stale_items": {"queue": "maintenance"},
    "pacts.score_flakiness": {"queue": "maintenance"},
    "pacts.prune_selector_cache": {"queue": "maintenance"},
}

broker_transport_options = {
    "visibility_timeout": 1800,
    "unacked_restore_interval": 15,
    "unacked_restore_throttle": 0.5,
}
result_backend_transport_options = {"visibility_timeout": 1800}

# beat_schedule is built from Settings (cleanup_interval_s, schedule_check_s) in pacts_farm.farm.dispatch.
