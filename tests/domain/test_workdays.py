from datetime import date, datetime

import holidays
import pytest

from bot.domain import workdays
from bot.domain.programs import COUNTRIES
from bot.domain.workdays import (
    closed_days,
    is_working_day,
    on_a_working_day_after,
    on_a_working_day_before,
    years_between,
)


def test_danish_public_holidays_are_closed() -> None:
    closed = closed_days("DK", [2027])
    easter = {date(2027, 3, 25), date(2027, 3, 26), date(2027, 3, 29)}
    assert easter | {date(2027, 1, 1), date(2027, 5, 6), date(2027, 5, 17)} <= closed
    assert date(2027, 3, 24) not in closed and date(2027, 12, 27) not in closed


def test_each_country_follows_its_own_calendar() -> None:
    assert date(2027, 6, 6) in closed_days("SE", [2027])  # Sweden's national day
    assert date(2027, 6, 6) not in closed_days("DK", [2027])
    assert date(2027, 5, 17) in closed_days("NO", [2027])  # Norway's constitution day
    assert date(2027, 3, 17) in closed_days("IE", [2027])  # St Patrick's Day


@pytest.mark.parametrize("country", COUNTRIES)
def test_christmas_eve_and_new_years_eve_are_closed_everywhere(country: str) -> None:
    closed = closed_days(country, [2026, 2027])
    assert {
        date(2026, 12, 24),
        date(2026, 12, 31),
        date(2027, 12, 24),
        date(2027, 12, 31),
    } <= closed


def test_the_coordinators_days_off_are_closed_too() -> None:
    summer = [date(2027, 7, day) for day in range(5, 10)]
    closed = closed_days("DK", [2027], extra=summer)
    assert set(summer) <= closed
    assert date(2027, 7, 12) not in closed


def test_every_year_asked_for_is_covered() -> None:
    closed = closed_days("DK", years_between(date(2026, 12, 7), date(2028, 1, 3)))
    assert {date(2026, 12, 25), date(2027, 12, 25), date(2028, 1, 1)} <= closed
    assert list(years_between(date(2026, 12, 7), date(2027, 12, 7))) == [2026, 2027]


def test_a_country_without_a_calendar_is_refused() -> None:
    with pytest.raises(ValueError, match="US"):
        closed_days("US", [2027])


def test_working_days_are_weekdays_that_are_not_closed() -> None:
    closed = closed_days("DK", [2027])
    assert is_working_day(date(2027, 3, 24), closed)  # Wednesday
    assert not is_working_day(date(2027, 3, 25), closed)  # Maundy Thursday
    assert not is_working_day(date(2027, 3, 27), closed)  # Saturday
    assert not is_working_day(date(2027, 3, 28), frozenset())  # Sunday
    assert not is_working_day(date(2027, 12, 24), closed)


def test_each_country_and_year_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[tuple[str, int]] = []
    real = holidays.country_holidays

    def counting(country: str, *, years: int) -> holidays.HolidayBase:
        built.append((country, years))
        return real(country, years=years)

    monkeypatch.setattr(holidays, "country_holidays", counting)
    workdays._holidays.cache_clear()
    for _ in range(1000):
        closed_days("NO", [2031, 2032], extra=[date(2031, 7, 1)])
    assert sorted(built) == [("NO", 2031), ("NO", 2032)]


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("2027-02-10T13:00+00:00", "2027-02-10T13:00+00:00"),  # a Wednesday stays
        ("2027-02-07T13:00+00:00", "2027-02-05T13:00+00:00"),  # Sunday -> Friday
        ("2027-02-06T08:00+00:00", "2027-02-05T08:00+00:00"),  # Saturday -> Friday
        ("2027-03-29T07:00+00:00", "2027-03-24T08:00+00:00"),  # Easter Monday, Maundy
        # Thursday and Good Friday are closed, and the wall clock keeps across the DST change
    ],
)
def test_a_prompt_on_a_closed_day_moves_to_the_working_day_before(due: str, expected: str) -> None:
    closed = closed_days("DK", [2027])
    moved = on_a_working_day_before(datetime.fromisoformat(due), "Europe/Copenhagen", closed)
    assert moved == datetime.fromisoformat(expected)


def test_a_deadline_on_a_closed_day_moves_to_the_working_day_after() -> None:
    closed = closed_days("DK", [2027])
    sunday = datetime.fromisoformat("2027-08-15T14:00+00:00")
    after = on_a_working_day_after(sunday, "Europe/Copenhagen", closed)
    assert after == datetime.fromisoformat("2027-08-16T14:00+00:00")
    easter = datetime.fromisoformat("2027-03-25T15:00+00:00")  # Maundy Thursday, CET
    assert on_a_working_day_after(easter, "Europe/Copenhagen", closed) == datetime.fromisoformat(
        "2027-03-30T14:00+00:00"  # Tuesday after Easter Monday, 16:00 CEST
    )
