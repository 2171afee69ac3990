from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.domain.slots import Availability, Slot, find_slot, outside_hours
from bot.domain.workdays import closed_days

CPH, STO, NYC, SYD = "Europe/Copenhagen", "Europe/Stockholm", "America/New_York", "Australia/Sydney"
CLOSED = closed_days("DK", [2026, 2027, 2028])
LONG_AGO = datetime(2026, 1, 1, tzinfo=UTC)


def person(zone: str = CPH, days: str = "", time_of_day: str = "") -> Availability:
    return Availability(tz=zone, weekdays=frozenset(days.split()), time_of_day=time_of_day)


def slot(
    target: date,
    *people: Availability,
    closed: frozenset[date] = CLOSED,
    earliest: datetime = LONG_AGO,
    usual: time | None = None,
) -> Slot:
    return find_slot(
        target=target,
        people=people,
        minutes=90,
        anchor_tz=CPH,
        closed=closed,
        earliest=earliest,
        usual=usual,
    )


def at(found: Slot, zone: str = CPH) -> datetime:
    return found.starts_at.astimezone(ZoneInfo(zone))


def on_clock(found: Slot, zone: str = CPH) -> tuple[date, time]:
    local = at(found, zone)
    return local.date(), local.time()


def minutes_outside(instant: datetime, zone: str) -> int:
    """Independently of the code: minutes outside 09:00-16:00 local, a weekend counts a day."""
    local = instant.astimezone(ZoneInfo(zone))
    minute = local.hour * 60 + local.minute
    return 24 * 60 if local.weekday() >= 5 else max(0, 9 * 60 - minute, minute - 16 * 60)


def test_a_free_target_day_gets_its_first_common_start() -> None:
    found = slot(date(2027, 3, 10), person(), person(STO))
    assert on_clock(found) == (date(2027, 3, 10), time(9, 0))
    assert found.fits and found.minutes == 90 and found.starts_at.tzinfo is UTC


def test_a_weekend_target_moves_to_monday() -> None:
    assert on_clock(slot(date(2027, 3, 6), person(), person(STO)))[0] == date(2027, 3, 8)


def test_a_public_holiday_is_skipped() -> None:
    assert on_clock(slot(date(2027, 3, 29), person(), person(STO)))[0] == date(2027, 3, 30)


def test_a_closed_week_ahead_moves_the_meeting_a_day_earlier() -> None:
    # Maundy Thursday to Easter Monday are all closed: the Wednesday before is nearest.
    assert on_clock(slot(date(2027, 3, 25), person(), person(STO)))[0] == date(2027, 3, 24)


@pytest.mark.parametrize(
    ("target", "day"),
    [(date(2027, 12, 24), date(2027, 12, 27)), (date(2027, 12, 31), date(2028, 1, 3))],
)
def test_never_on_christmas_eve_or_new_years_eve(target: date, day: date) -> None:
    assert on_clock(slot(target, person(), person(NYC)))[0] == day


def test_a_day_both_like_comes_first() -> None:
    found = slot(date(2027, 3, 8), person(days="thu"), person(STO, days="wed thu"))
    assert on_clock(found)[0] == date(2027, 3, 11)


def test_then_the_nearest_day_one_of_them_likes() -> None:
    found = slot(date(2027, 3, 8), person(days="tue"), person(STO, days="thu"))
    assert on_clock(found)[0] == date(2027, 3, 9)


def test_a_later_day_beats_an_equally_near_earlier_one() -> None:
    found = slot(date(2027, 3, 10), person(days="tue"), person(STO, days="thu"))
    assert on_clock(found)[0] == date(2027, 3, 11)


def test_an_earlier_day_only_when_the_days_ahead_are_not_liked() -> None:
    both_wednesday = (person(days="wed"), person(STO, days="wed"))
    assert on_clock(slot(date(2027, 3, 11), *both_wednesday))[0] == date(2027, 3, 10)
    thursday = datetime(2027, 3, 11, tzinfo=ZoneInfo(CPH))
    found = slot(date(2027, 3, 11), *both_wednesday, earliest=thursday)
    assert on_clock(found)[0] == date(2027, 3, 11)


def test_never_before_earliest_on_the_same_day() -> None:
    earliest = datetime(2027, 3, 10, 11, 10, tzinfo=ZoneInfo(CPH))
    found = slot(date(2027, 3, 10), person(), person(STO), earliest=earliest)
    assert on_clock(found) == (date(2027, 3, 10), time(11, 30))


@pytest.mark.parametrize(
    ("time_of_day", "start"),
    [("morning", time(9)), ("midday", time(11)), ("afternoon", time(13)), ("", time(9))],
)
def test_the_time_of_day_both_like(time_of_day: str, start: time) -> None:
    found = slot(date(2027, 3, 10), person(time_of_day=time_of_day), person(STO, "", time_of_day))
    assert on_clock(found) == (date(2027, 3, 10), start)


def test_starts_are_on_the_half_hour_in_both_zones_working_hours() -> None:
    found = slot(date(2027, 3, 10), person(time_of_day="afternoon"), person(NYC, "", "morning"))
    assert on_clock(found, CPH) == (date(2027, 3, 10), time(15, 0))
    assert on_clock(found, NYC) == (date(2027, 3, 10), time(9, 0))


def test_when_the_us_has_changed_its_clocks_and_europe_not_yet() -> None:
    # 14-27 March 2027: New York is 5 hours behind Copenhagen instead of 6.
    pair = (person(), person(NYC))
    assert on_clock(slot(date(2027, 3, 10), *pair))[1] == time(15, 0)
    assert on_clock(slot(date(2027, 3, 17), *pair))[1] == time(14, 0)
    kept = slot(date(2027, 3, 17), *pair, usual=time(15, 0))
    assert on_clock(kept)[1] == time(15, 0) and on_clock(kept, NYC)[1] == time(10, 0)


def test_across_a_daylight_saving_change_the_anchor_clock_is_kept() -> None:
    pair = (person(time_of_day="midday"), person(STO, "", "midday"))
    winter, summer = slot(date(2027, 3, 24), *pair), slot(date(2027, 3, 31), *pair)
    assert on_clock(winter)[1] == on_clock(summer)[1] == time(11, 0)
    assert winter.starts_at.hour == 10 and summer.starts_at.hour == 9


def test_the_start_is_a_working_day_where_each_person_is() -> None:
    # Copenhagen plans for two people in Sydney who like Mondays: their Monday morning is
    # Sunday night in Copenhagen, a day off there, so the start is later on their Monday.
    found = slot(date(2027, 12, 6), person(SYD, "mon"), person(SYD, "mon"))
    assert found.fits
    assert at(found, SYD).weekday() == 0 and at(found).weekday() == 0
    assert minutes_outside(found.starts_at, SYD) == 0


def test_never_on_a_day_off_where_someone_is() -> None:
    # Friday 10 December is a day off. Late Thursday in Copenhagen is Friday morning in Sydney,
    # so the meeting waits for Monday.
    friday_off = CLOSED | {date(2027, 12, 10)}
    thursday_noon = datetime(2027, 12, 9, 12, 0, tzinfo=ZoneInfo(CPH))
    pair = (person(SYD), person(SYD))
    found = slot(date(2027, 12, 9), *pair, closed=friday_off, earliest=thursday_noon)
    assert at(found, SYD).date() == date(2027, 12, 13) and found.fits


def test_no_common_hours_gives_the_least_bad_start() -> None:
    pair = (person(), person(SYD))
    found = slot(date(2027, 12, 8), *pair)
    assert not found.fits and outside_hours(found.starts_at, pair, closed=CLOSED)
    day = datetime(2027, 12, 8, tzinfo=ZoneInfo(CPH))
    starts = [day + timedelta(minutes=30 * n) for n in range(48)]
    least = min(minutes_outside(s, CPH) + minutes_outside(s, SYD) for s in starts)
    assert minutes_outside(found.starts_at, CPH) + minutes_outside(found.starts_at, SYD) == least
    assert on_clock(found) == (date(2027, 12, 8), time(7, 30))
    assert on_clock(found, SYD) == (date(2027, 12, 8), time(17, 30))


def test_the_same_question_gets_the_same_answer() -> None:
    pair = (person(days="mon thu", time_of_day="midday"), person(NYC, "tue thu", "morning"))
    assert slot(date(2027, 5, 3), *pair) == slot(date(2027, 5, 3), *pair)


def test_a_long_closure_moves_the_meeting_to_the_first_day_after_it() -> None:
    summer = closed_days("DK", [2027], extra=[date(2027, 7, 5) + timedelta(n) for n in range(19)])
    found = slot(date(2027, 7, 5), person(), person(STO), closed=summer)
    assert on_clock(found)[0] == date(2027, 7, 26)


def test_the_search_is_bounded() -> None:
    shut = closed_days("DK", [2027], extra=[date(2027, 7, 1) + timedelta(n) for n in range(40)])
    with pytest.raises(ValueError):
        slot(date(2027, 7, 5), person(), person(STO), closed=shut)


def test_outside_hours_names_who_would_be_asked_to_confirm() -> None:
    pair = (person(), person(NYC))
    cph = ZoneInfo(CPH)
    assert outside_hours(datetime(2027, 3, 10, 15, 0, tzinfo=cph), pair) == []
    assert outside_hours(datetime(2027, 3, 10, 16, 0, tzinfo=cph), pair) == []
    assert outside_hours(datetime(2027, 3, 10, 16, 30, tzinfo=cph), pair) == [0]
    assert outside_hours(datetime(2027, 3, 10, 9, 0, tzinfo=cph), pair) == [1]
    assert outside_hours(datetime(2027, 3, 13, 15, 0, tzinfo=cph), pair) == [0, 1]


def test_a_closed_day_is_outside_for_everyone() -> None:
    easter_monday = datetime(2027, 3, 29, 10, 0, tzinfo=ZoneInfo(CPH))
    pair = (person(), person(STO))
    assert outside_hours(easter_monday, pair, closed=CLOSED) == [0, 1]
    assert outside_hours(easter_monday, pair) == []


def test_instants_must_say_their_zone() -> None:
    with pytest.raises(ValueError):
        outside_hours(datetime(2027, 3, 10, 15, 0), [person()])
    with pytest.raises(ValueError):
        slot(date(2027, 3, 10), person(), earliest=datetime(2027, 3, 1))


@pytest.mark.parametrize("wrong", [{"weekdays": frozenset({"sat"})}, {"time_of_day": "evening"}])
def test_availability_takes_only_what_sign_up_offers(wrong: dict) -> None:
    with pytest.raises(ValueError):
        Availability(tz=CPH, **wrong)


def test_a_meeting_needs_people() -> None:
    with pytest.raises(ValueError):
        slot(date(2027, 3, 10))
