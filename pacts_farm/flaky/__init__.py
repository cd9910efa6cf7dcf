"""Flaky requirements: their scores from history, and quarantine."""
