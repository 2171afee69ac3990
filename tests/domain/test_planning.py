"""Whole programs planned meeting by meeting, as the planner does: target, slot, repeat."""

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import holidays
import pytest

from bot.domain.cadence import Rhythm, Target, add_months, meeting_minutes, next_target
from bot.domain.enums import ProgramShape
from bot.domain.slots import Availability, Slot, find_slot, outside_hours
from bot.domain.workdays import closed_days, years_between

CPH, STO, NYC, SYD = "Europe/Copenhagen", "Europe/Stockholm", "America/New_York", "Australia/Sydney"
DANISH_HOLIDAYS = holidays.country_holidays("DK", years=range(2026, 2030))
PAIRS = {
    "stockholm": (
        Availability(tz=CPH, time_of_day="morning"),
        Availability(tz=STO, weekdays=frozenset({"mon", "wed", "thu"})),
    ),
    "new_york": (
        Availability(tz=CPH, time_of_day="afternoon"),
        Availability(tz=NYC, time_of_day="morning"),
    ),
}
LAUNCHES = (date(2026, 12, 7), date(2026, 12, 21))


@dataclass(frozen=True)
class Planned:
    target: Target
    slot: Slot
    day: date  # on the anchor's clock


def rhythm(launched_on: date, **change: object) -> Rhythm:
    standard = Rhythm(
        shape=ProgramShape.STANDARD, launched_on=launched_on, ends_on=add_months(launched_on, 12)
    )
    return replace(standard, **change)


def plan(
    rhythm: Rhythm, people: tuple[Availability, ...], extra: tuple[date, ...] = ()
) -> list[Planned]:
    """Each meeting's target follows from the day the one before was planned on."""
    closed = closed_days("DK", years_between(rhythm.launched_on, rhythm.ends_on), extra)
    minutes = meeting_minutes(rhythm.shape, agreement_minutes=None, program_minutes=90)
    earliest, usual = datetime.combine(rhythm.launched_on, time(8), ZoneInfo(CPH)), None
    planned: list[Planned] = []
    previous = None
    while (target := next_target(rhythm, number=len(planned) + 1, previous=previous)) is not None:
        assert len(planned) < 100, "the program never runs out of meetings"
        found = find_slot(
            target=target.day,
            people=people,
            minutes=minutes,
            anchor_tz=CPH,
            closed=closed,
            earliest=earliest,
            usual=usual,
        )
        local = found.starts_at.astimezone(ZoneInfo(CPH))
        planned.append(Planned(target, found, local.date()))
        previous, usual = local.date(), local.time()
        earliest = found.starts_at + timedelta(minutes=minutes)
    return planned


def gaps(planned: list[Planned]) -> list[int]:
    return [(b.day - a.day).days for a, b in pairwise(planned)]


def local(planned: Planned, zone: str) -> datetime:
    return planned.slot.starts_at.astimezone(ZoneInfo(zone))


def wall_clock(planned: Planned, zone: str) -> datetime:
    return local(planned, zone).replace(tzinfo=None)


@pytest.fixture(params=[(name, launch) for name in PAIRS for launch in LAUNCHES], ids=str)
def program(request: pytest.FixtureRequest) -> tuple[Rhythm, tuple[Availability, ...]]:
    name, launch = request.param
    return rhythm(launch), PAIRS[name]


def test_meetings_are_closer_in_the_first_three_months(program: tuple) -> None:
    planned = plan(*program)
    early_until = add_months(program[0].launched_on, 3)
    pairs = list(zip(planned, gaps(planned), strict=False))
    early = [gap for meeting, gap in pairs if meeting.day < early_until]
    later = [gap for meeting, gap in pairs[:-1] if meeting.day >= early_until]
    assert early and later and max(early) <= 28 and max(early) < min(later)
    assert all(35 <= gap <= 42 for gap in later), later
    assert 21 <= gaps(planned)[-1] <= 45


def test_the_first_meeting_is_within_a_week_and_the_closing_one_in_the_last_month(
    program: tuple,
) -> None:
    rhythm, _ = program
    planned = plan(*program)
    assert rhythm.launched_on < planned[0].day <= rhythm.launched_on + timedelta(days=7)
    assert [p.target.closing for p in planned] == [False] * (len(planned) - 1) + [True]
    assert rhythm.ends_on - timedelta(days=31) <= planned[-1].day <= rhythm.ends_on


def test_every_start_is_in_working_hours_on_a_working_day_in_both_zones(program: tuple) -> None:
    _, people = program
    for meeting in plan(*program):
        assert meeting.slot.fits
        assert outside_hours(meeting.slot.starts_at, people) == []
        for person in people:
            there = local(meeting, person.tz)
            assert there.weekday() < 5 and time(9) <= there.time() <= time(16)
            assert there.minute in (0, 30) and there.second == 0


def test_no_meeting_on_a_danish_holiday_or_on_the_24th_or_31st_of_december(
    program: tuple,
) -> None:
    _, people = program
    for meeting in plan(*program):
        for day in {local(meeting, person.tz).date() for person in people}:
            assert day not in DANISH_HOLIDAYS
            assert (day.month, day.day) not in ((12, 24), (12, 31))


def test_the_anchor_clock_time_stays_through_both_daylight_saving_changes(program: tuple) -> None:
    _, people = program
    planned = plan(*program)
    assert len({local(meeting, CPH).time() for meeting in planned}) == 1
    for person in people:
        offsets = {local(meeting, person.tz).utcoffset() for meeting in planned}
        assert len(offsets) == 2  # meetings on both sides of the March and the autumn change


def test_a_meeting_in_the_weeks_the_us_and_europe_disagree_keeps_its_time() -> None:
    planned = plan(rhythm(date(2026, 12, 21)), PAIRS["new_york"])
    apart = [wall_clock(m, CPH) - wall_clock(m, NYC) for m in planned]
    assert timedelta(hours=5) in apart and timedelta(hours=6) in apart
    assert {local(m, CPH).time() for m in planned} == {time(15)}


def test_six_sessions_spread_evenly() -> None:
    six = rhythm(LAUNCHES[0], shape=ProgramShape.SIX_SESSIONS)
    planned = plan(six, PAIRS["stockholm"])
    assert len(planned) == 6 and planned[-1].target.closing
    assert max(gaps(planned)) - min(gaps(planned)) <= 7
    assert planned[0].day <= six.launched_on + timedelta(days=7)
    assert six.ends_on - timedelta(days=31) <= planned[-1].day <= six.ends_on
    assert {p.slot.minutes for p in planned} == {180} and all(p.slot.fits for p in planned)


def test_an_agreed_four_weekly_rhythm() -> None:
    four = rhythm(LAUNCHES[0], every_weeks=4)
    planned = plan(four, PAIRS["stockholm"])
    assert all(24 <= gap <= 32 for gap in gaps(planned)[:-1])
    assert planned[-1].target.closing
    assert four.ends_on - timedelta(days=31) <= planned[-1].day <= four.ends_on


def test_a_closed_summer_week_gets_no_meeting() -> None:
    week = tuple(date(2027, 6, 28) + timedelta(days=n) for n in range(5))
    standard = rhythm(LAUNCHES[0])
    assert any(p.day in week for p in plan(standard, PAIRS["stockholm"]))
    planned = plan(standard, PAIRS["stockholm"], extra=week)
    assert not any(p.day in week for p in planned)
    assert planned[-1].target.closing and all(gap <= 45 for gap in gaps(planned))


def test_without_common_hours_each_meeting_is_the_least_bad_time() -> None:
    people = (Availability(tz=CPH), Availability(tz=SYD))
    planned = plan(rhythm(LAUNCHES[0]), people)
    assert planned[-1].target.closing and not any(p.slot.fits for p in planned)
    for meeting in planned:
        assert outside_hours(meeting.slot.starts_at, people)
        for zone in (CPH, SYD):
            there = local(meeting, zone)
            assert there.weekday() < 5 and there.date() not in DANISH_HOLIDAYS
        # Copenhagen's 09:00-16:00 and Sydney's are one to three hours apart on the clock.
        outside = sum(_minutes_outside(local(meeting, zone)) for zone in (CPH, SYD))
        assert outside <= 240


def _minutes_outside(there: datetime) -> int:
    minute = there.hour * 60 + there.minute
    return max(0, 9 * 60 - minute, minute - 16 * 60)
