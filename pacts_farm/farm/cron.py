"""Five-field cron expressions ("0 2 * * *"): parse, and find the latest slot at or before a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from pacts_farm import errors

_FIELDS = (
    ("minute", 0, 59, {}),
    ("hour", 0, 23, {}),
    ("day of month", 1, 31, {}),
    (
        "month",
        1,
        12,
        {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)},
    ),
    ("day of week", 0, 7, {d: i for i, d in enumerate("sun mon tue wed thu fri sat".split())}),
)
MAX_LOOKBACK = timedelta(days=366)


@dataclass(frozen=True, kw_only=True, slots=True)
class Cron:
    expression: str
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Sunday
    any_day: bool
    any_weekday: bool

    def matches(self, moment: datetime) -> bool:
        return (
            moment.minute in self.minutes
            and moment.hour in self.hours
            and moment.month in self.months
            and self._day_matches(moment)
        )

    def latest_slot(self, now: datetime) -> datetime | None:
        """The last minute at or before ``now`` that the expression fires on (None within a year)."""
        moment = now.replace(second=0, microsecond=0)
        floor = moment - MAX_LOOKBACK
        while moment > floor:
            if moment.month not in self.months:
                moment = moment.replace(day=1, hour=0, minute=0) - timedelta(minutes=1)
            elif not self._day_matches(moment):
                moment = moment.replace(hour=0, minute=0) - timedelta(minutes=1)
            elif moment.hour not in self.hours:
                moment = moment.replace(minute=0) - timedelta(minutes=1)
            elif moment.minute in self.minutes:
                return moment
            else:
                moment -= timedelta(minutes=1)
        return None

    def _day_matches(self, moment: datetime) -> bool:
        day_ok = moment.day in self.days
        weekday_ok = (moment.isoweekday() % 7) in self.weekdays
        if self.any_day or self.any_weekday:  # cron: when only one is restricted, only it counts
            return day_ok and weekday_ok
        return day_ok or weekday_ok


def parse_cron(expression: str) -> Cron:
    fields = expression.split()
    if len(fields) != 5:
        raise errors.InputError(
            f"cron {expression!r}: expected 5 fields (minute hour day-of-month month day-of-week), got {len(fields)}"
            ' — e.g. "0 2 * * *" for 02:00 every day'
        )
    values = [
        _parse_field(text, name, low, high, names, expression)
        for text, (name, low, high, names) in zip(fields, _FIELDS)
    ]
    weekdays = frozenset(d % 7 for d in values[4])  # 7 is Sunday too
    return Cron(
        expression=expression,
        minutes=values[0],
        hours=values[1],
        days=values[2],
        months=values[3],
        weekdays=weekdays,
        any_day=fields[2] == "*",
        any_weekday=fields[4] == "*",
    )


def _parse_field(text: str, name: str, low: int, high: int, names: dict[str, int], expression: str) -> frozenset[int]:
    out: set[int] = set()
    for part in text.lower().split(","):
        body, _, step_text = part.partition("/")
        try:
            step = int(step_text) if step_text else 1
            if body == "*":
                start, end = low, high
            elif "-" in body:
                a, b = body.split("-", 1)
                start, end = _value(a, names), _value(b, names)
            else:
                start = _value(body, names)
                end = high if step_text else start
        except ValueError:
            raise errors.InputError(f"cron {expression!r}: {name} field {text!r} is not a number, range or list") from None
        if step < 1 or not (low <= start <= high and low <= end <= high) or start > end:
            raise errors.InputError(f"cron {expression!r}: {name} field {text!r} is outside {low}-{high}")
        out.update(range(start, end + 1, step))
    return frozenset(out)


def _value(text: str, names: dict[str, int]) -> int:
    return names[text] if text in names else int(text)
