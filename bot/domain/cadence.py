"""The rhythm of a pair's meetings: which day each one aims at, the phase, and how long."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bot.domain.enums import ProgramShape

FIRST_AFTER_DAYS = 3  # the first meeting aims 3 days after launch: found within a week
EARLY_MONTHS = 3  # the getting-to-know-each-other months: meetings closer together
EARLY_GAP_DAYS = 21  # every 3 weeks in the early months
LATER_GAP_DAYS = 38  # then every 5-6 weeks: a slot moved -2..+4 days keeps the gap in 35-42
CLOSING_FROM_DAYS = 21  # the closing meeting aims at the program's last 3 weeks ...
CLOSING_BY_DAYS = 7  # ... and at least a week before its last day
REGULAR_UNTIL_DAYS = 28  # a target later than 4 weeks before the end is the closing one
# A meeting on or after this day is the last one: the closing window less the couple of days
# a slot may move earlier than its target.
LAST_FROM_DAYS = CLOSING_FROM_DAYS + 2
SESSIONS = 6  # the six-session shape
SESSION_MINUTES = 180
SESSION_MIN_GAP_DAYS = 7


class Phase(StrEnum):
    ESTABLISHMENT = "establishment"
    LEARNING = "learning"
    CLOSING = "closing"


@dataclass(frozen=True, kw_only=True)
class Rhythm:
    """What a pair's meeting days follow from."""

    shape: str  # ProgramShape
    launched_on: date  # the pair's launch day
    ends_on: date  # the program's last day
    every_weeks: int | None = None  # from a confirmed agreement; None: the recommended rhythm


@dataclass(frozen=True)
class Target:
    """The day a meeting should fall on, and whether it is the program's closing meeting."""

    day: date
    closing: bool = False


def next_target(rhythm: Rhythm, *, number: int, previous: date | None) -> Target | None:
    """The day meeting `number` (1-based) aims at after the one on `previous`; None: no room."""
    if number < 1 or (number == 1) != (previous is None):
        raise ValueError("meeting 1 has no previous meeting and every later one has one")
    if rhythm.shape == ProgramShape.SIX_SESSIONS:
        return _next_session(rhythm, number, previous)
    if previous is None:
        return _first(rhythm)
    if previous >= rhythm.ends_on - timedelta(days=LAST_FROM_DAYS):
        return None
    return _regular_or_closing(rhythm, previous + timedelta(days=_gap_days(rhythm, previous)))


def phase(
    rhythm: Rhythm, day: date, *, agreement_confirmed: bool, second_meeting_held: bool
) -> Phase:
    """The phase of the pair's program on `day`; the closing phase is its last sixth."""
    sixth = (rhythm.ends_on - rhythm.launched_on).days // 6
    closing_from = rhythm.ends_on - timedelta(days=sixth)
    if day >= closing_from:
        return Phase.CLOSING
    if agreement_confirmed and second_meeting_held:
        return Phase.LEARNING
    return Phase.ESTABLISHMENT


def meeting_minutes(shape: str, *, agreement_minutes: int | None, program_minutes: int) -> int:
    """How long a meeting lasts: the agreement's length, else the program's; sessions are 3 h."""
    if shape == ProgramShape.SIX_SESSIONS:
        return SESSION_MINUTES
    return agreement_minutes or program_minutes


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter."""
    years, month = divmod(day.month - 1 + months, 12)
    year = day.year + years
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def last_day(starts_on: date, months: int) -> date:
    """The last day of a program that starts on `starts_on` and runs `months` months."""
    return add_months(starts_on, months) - timedelta(days=1)


def _first(rhythm: Rhythm) -> Target | None:
    day = rhythm.launched_on + timedelta(days=FIRST_AFTER_DAYS)
    if day > rhythm.ends_on - timedelta(days=CLOSING_BY_DAYS):
        return None
    return Target(day, closing=day > rhythm.ends_on - timedelta(days=REGULAR_UNTIL_DAYS))


def _gap_days(rhythm: Rhythm, previous: date) -> int:
    if rhythm.every_weeks:
        return 7 * rhythm.every_weeks
    early_until = add_months(rhythm.launched_on, EARLY_MONTHS)
    return EARLY_GAP_DAYS if previous < early_until else LATER_GAP_DAYS


def _regular_or_closing(rhythm: Rhythm, day: date) -> Target:
    if day <= rhythm.ends_on - timedelta(days=REGULAR_UNTIL_DAYS):
        return Target(day)
    earliest = rhythm.ends_on - timedelta(days=CLOSING_FROM_DAYS)
    latest = rhythm.ends_on - timedelta(days=CLOSING_BY_DAYS)
    return Target(min(max(day, earliest), latest), closing=True)


def _next_session(rhythm: Rhythm, number: int, previous: date | None) -> Target | None:
    if number > SESSIONS:
        return None
    if previous is None:
        return Target(rhythm.launched_on + timedelta(days=FIRST_AFTER_DAYS))
    last = rhythm.ends_on - timedelta(days=(CLOSING_FROM_DAYS + CLOSING_BY_DAYS) // 2)
    left = SESSIONS - number + 1  # this one and the sessions after it
    gap = max((last - previous).days // left, SESSION_MIN_GAP_DAYS)
    day = previous + timedelta(days=gap)
    if day > rhythm.ends_on:
        return None
    return Target(day, closing=number == SESSIONS)
