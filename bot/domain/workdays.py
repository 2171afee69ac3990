"""Which days a program's pairs can meet on: weekdays that are not holidays or days off."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from bot.domain.programs import COUNTRIES

# Days most workplaces in the program countries close although the law does not say so.
CLOSED_EVERY_YEAR = ((12, 24), (12, 31))


def closed_days(country: str, years: Iterable[int], extra: Iterable[date] = ()) -> frozenset[date]:
    """The country's public holidays, 24 and 31 December and the coordinator's extra days off."""
    return _closed(country, frozenset(years), frozenset(extra))


@lru_cache(maxsize=256)
def _closed(country: str, years: frozenset[int], extra: frozenset[date]) -> frozenset[date]:
    # Every meeting planned and every prompt timed asks for the same few years' days.
    days = set(extra)
    for year in years:
        days |= _holidays(country, year)
    return frozenset(days)


def years_between(first: date, last: date) -> range:
    """The calendar years from `first` to `last`, both included, for `closed_days`."""
    return range(first.year, last.year + 1)


def is_working_day(day: date, closed: frozenset[date]) -> bool:
    """True for Monday to Friday when the day is not closed."""
    return day.weekday() < 5 and day not in closed


def on_a_working_day_before(instant: datetime, zone: str, closed: frozenset[date]) -> datetime:
    """The instant, or the same wall-clock time on the working day before it (in `zone`)
    when it falls on a weekend or a closed day: a prompt should reach people at work."""
    return _working(instant, zone, closed, step=-1)


def on_a_working_day_after(instant: datetime, zone: str, closed: frozenset[date]) -> datetime:
    """The same, on the working day after: for a deadline, which moving back would shorten."""
    return _working(instant, zone, closed, step=1)


def _working(instant: datetime, zone: str, closed: frozenset[date], *, step: int) -> datetime:
    local = instant.astimezone(ZoneInfo(zone))
    for days in range(14):  # no stretch of closed days is this long
        day = local.date() + timedelta(days=step * days)
        if is_working_day(day, closed):
            moved = datetime.combine(day, local.timetz().replace(tzinfo=None), local.tzinfo)
            return moved.astimezone(instant.tzinfo)
    return instant


@cache
def _holidays(country: str, year: int) -> frozenset[date]:
    # Building a holidays object takes milliseconds; a planner pass asks for the same few.
    if country not in COUNTRIES:
        raise ValueError(f"no holiday calendar for {country!r}")
    import holidays

    public = holidays.country_holidays(country, years=year)
    return frozenset(public) | {date(year, month, day) for month, day in CLOSED_EVERY_YEAR}
