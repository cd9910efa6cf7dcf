"""Cron expressions and the latest slot they fire on."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pacts_farm import errors
from pacts_farm.farm import cron


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("expression", "now", "slot"),
    [
        ("0 2 * * *", "2026-11-24 03:33:10", "2026-11-24 02:00"),
        ("0 2 * * *", "2026-11-24 01:59:59", "2026-11-23 02:00"),
        ("*/15 * * * *", "2026-11-24 03:44:00", "2026-11-24 03:30"),
        ("* * * * *", "2026-11-24 03:44:30", "2026-11-24 03:44"),
        ("30 9 * * mon-fri", "2026-11-29 12:00", "2026-11-27 09:30"),  # Sunday -> Friday
        ("0 0 1 * *", "2026-11-24 00:00", "2026-11-01 00:00"),
        ("0 12 29 2 *", "2026-11-24 00:00", None),  # no 29 Feb within the last year
        ("0 6 * * 0", "2026-11-24 00:00", "2026-11-22 06:00"),
        ("0 6 * * 7", "2026-11-24 00:00", "2026-11-22 06:00"),
        ("15 4 1,15 jan,nov *", "2026-11-24 00:00", "2026-11-15 04:15"),
    ],
)
def test_cron_latest_slot(expression: str, now: str, slot: str | None) -> None:
    found = cron.parse_cron(expression).latest_slot(_t(now))
    assert found == (_t(slot) if slot else None)


@pytest.mark.parametrize("expression", ["0 2 * *", "61 * * * *", "* 24 * * *", "a b c d e", "*/0 * * * *", "5-1 * * * *"])
def test_cron_rejects_bad_expressions(expression: str) -> None:
    with pytest.raises(errors.InputError, match="cron"):
        cron.parse_cron(expression)
