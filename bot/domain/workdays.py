"""Which days a program's pairs can meet on: weekdays that are not holidays or days off."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache

from bot.domain.programs import COUNTRIES

# Days most workplaces in the program countries close although the law does not say so.
CLOSED_EVERY_YEAR = ((12, 24), (12, 31))


def closed_days(country: str, years: Iterable[int], extra: Iterable[date] = ()) -> frozenset[date]:
    """The country's public holidays, 24 and 31 December and the coordinator's extra days off."""
    days = set(extra)
    for year in set(years):
        days |= _holidays(country, year)
    return frozenset(days)


def years_between(first: date, last: date) -> range:
    """The calendar years from `first` to `last`, both included, for `closed_days`."""
    return range(first.year, last.year + 1)


def is_working_day(day: date, closed: frozenset[date]) -> bool:
    """True for Monday to Friday when the day is not closed."""
    return day.weekday() < 5 and day not in closed


@cache
def _holidays(country: str, year: int) -> frozenset[date]:
    # Building a holidays object takes milliseconds; a planner pass asks for the same few.
    if country not in COUNTRIES:
        raise ValueError(f"no holiday calendar for {country!r}")
    import holidays

    public = holidays.country_holidays(country, years=year)
    return frozenset(public) | {date(year, month, day) for month, day in CLOSED_EVERY_YEAR}
