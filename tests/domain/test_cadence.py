from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

import pytest

from bot.domain.cadence import (
    Phase,
    Rhythm,
    Target,
    add_months,
    meeting_minutes,
    next_target,
    phase,
)
from bot.domain.enums import ProgramShape

LAUNCH = date(2026, 12, 7)
END = date(2027, 12, 7)
STANDARD = Rhythm(shape=ProgramShape.STANDARD, launched_on=LAUNCH, ends_on=END, every_weeks=None)
SIX = replace(STANDARD, shape=ProgramShape.SIX_SESSIONS)


def days(n: int) -> timedelta:
    return timedelta(days=n)


def targets(rhythm: Rhythm) -> list[Target]:
    """Every target when each meeting falls on its target day."""
    found: list[Target] = []
    for number in range(1, 100):
        target = next_target(rhythm, number=number, previous=found[-1].day if found else None)
        if target is None:
            return found
        found.append(target)
    raise AssertionError("the program never runs out of meetings")


def gaps(found: list[Target]) -> list[int]:
    return [(b.day - a.day).days for a, b in pairwise(found)]


def test_the_first_meeting_falls_within_a_week_of_launch() -> None:
    first = next_target(STANDARD, number=1, previous=None)
    assert first is not None and not first.closing
    assert first.day == LAUNCH + days(3)  # a slot up to 4 days later is still within the week


def test_meetings_are_three_weeks_apart_in_the_first_three_months() -> None:
    assert next_target(STANDARD, number=2, previous=LAUNCH + days(3)) == Target(LAUNCH + days(24))
    last_early = date(2027, 3, 6)  # launch + 3 months is 7 March
    assert next_target(STANDARD, number=5, previous=last_early) == Target(last_early + days(21))


def test_after_three_months_meetings_are_five_to_six_weeks_apart() -> None:
    previous = date(2027, 3, 7)
    target = next_target(STANDARD, number=6, previous=previous)
    assert target == Target(previous + days(38))  # a slot 2 days early or 4 late: 36-42


def test_the_early_gaps_are_clearly_shorter_than_the_later_ones() -> None:
    found = targets(STANDARD)
    early = [g for t, g in zip(found, gaps(found), strict=False) if t.day < date(2027, 3, 7)]
    later = [g for t, g in zip(found, gaps(found), strict=False) if t.day >= date(2027, 3, 7)]
    assert early and later and max(early) + 14 <= min(later[:-1])


def test_a_target_late_in_the_program_becomes_the_closing_meeting() -> None:
    assert next_target(STANDARD, number=9, previous=END - days(66)) == Target(END - days(28))
    assert next_target(STANDARD, number=9, previous=END - days(65)) == Target(END - days(21), True)
    assert next_target(STANDARD, number=9, previous=END - days(50)) == Target(END - days(12), True)
    assert next_target(STANDARD, number=9, previous=END - days(40)) == Target(END - days(7), True)


def test_there_is_no_meeting_after_the_closing_one() -> None:
    assert next_target(STANDARD, number=12, previous=END - days(23)) is None
    assert next_target(STANDARD, number=12, previous=END - days(7)) is None
    assert next_target(STANDARD, number=12, previous=END + days(3)) is None


def test_the_recommended_program_closes_once_near_its_end() -> None:
    found = targets(STANDARD)
    assert [t.closing for t in found].count(True) == 1 and found[-1].closing
    assert END - days(21) <= found[-1].day <= END - days(7)
    assert 21 <= gaps(found)[-1] <= 45


def test_an_agreed_rhythm_replaces_the_recommended_gaps() -> None:
    found = targets(replace(STANDARD, every_weeks=4))
    assert found[0] == Target(LAUNCH + days(3))
    assert set(gaps(found)[:-1]) == {28}
    assert found[-1].closing and END - days(21) <= found[-1].day <= END - days(7)


def test_weekly_meetings_still_close_once() -> None:
    found = targets(replace(STANDARD, every_weeks=1))
    assert [t.closing for t in found].count(True) == 1 and found[-1].closing
    assert set(gaps(found)[:-1]) == {7} and found[-1].day == END - days(21)


def test_six_sessions_spread_evenly_over_the_program() -> None:
    found = targets(SIX)
    assert len(found) == 6 and found[0].day == LAUNCH + days(3)
    assert [t.closing for t in found] == [False] * 5 + [True]
    assert max(gaps(found)) - min(gaps(found)) <= 1
    assert END - days(21) <= found[-1].day <= END - days(7)
    assert next_target(SIX, number=7, previous=found[-1].day) is None


def test_a_moved_session_spreads_the_rest_evenly_again() -> None:
    late = date(2027, 6, 1)
    third = next_target(SIX, number=3, previous=late)
    assert third is not None
    fourth = next_target(SIX, number=4, previous=third.day)
    assert fourth is not None and abs((third.day - late).days - (fourth.day - third.day).days) <= 1


def test_a_six_session_program_that_ran_out_of_days_ends() -> None:
    assert next_target(SIX, number=5, previous=END - days(3)) is None


@pytest.mark.parametrize(("number", "previous"), [(0, None), (1, LAUNCH), (2, None)])
def test_the_first_meeting_and_only_it_has_no_previous(number: int, previous: date | None) -> None:
    with pytest.raises(ValueError):
        next_target(STANDARD, number=number, previous=previous)


def test_a_program_too_short_for_a_meeting_has_none() -> None:
    short = replace(STANDARD, ends_on=LAUNCH + days(9))
    assert next_target(short, number=1, previous=None) is None
    month = replace(STANDARD, ends_on=LAUNCH + days(30))
    assert next_target(month, number=1, previous=None) == Target(LAUNCH + days(3), closing=True)


@pytest.mark.parametrize(
    ("day", "confirmed", "second_held", "expected"),
    [
        (date(2027, 1, 10), False, False, Phase.ESTABLISHMENT),
        (date(2027, 1, 10), True, False, Phase.ESTABLISHMENT),
        (date(2027, 1, 10), False, True, Phase.ESTABLISHMENT),
        (date(2027, 1, 10), True, True, Phase.LEARNING),
        (date(2027, 10, 7), True, True, Phase.LEARNING),
        (date(2027, 10, 8), True, True, Phase.CLOSING),
        (date(2027, 11, 20), False, False, Phase.CLOSING),
    ],
)
def test_the_phase_of_a_day(day: date, confirmed: bool, second_held: bool, expected: Phase) -> None:
    found = phase(STANDARD, day, agreement_confirmed=confirmed, second_meeting_held=second_held)
    assert found == expected


def test_the_meeting_length() -> None:
    standard, six = ProgramShape.STANDARD, ProgramShape.SIX_SESSIONS
    assert meeting_minutes(standard, agreement_minutes=120, program_minutes=90) == 120
    assert meeting_minutes(standard, agreement_minutes=None, program_minutes=90) == 90
    assert meeting_minutes(six, agreement_minutes=60, program_minutes=90) == 180


def test_adding_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_months(date(2026, 12, 7), 3) == date(2027, 3, 7)
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 7), 12) == date(2027, 12, 7)
