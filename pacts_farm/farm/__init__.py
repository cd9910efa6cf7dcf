"""The distributed farm: Celery dispatch, per-origin slots, duration-aware scheduling, beat's housekeeping,
its heartbeat and cron, metrics, and the embedded worker's thread."""
