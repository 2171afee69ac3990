from dataclasses import replace
from datetime import date

import pytest

from bot.domain.programs import ProgramDraft, check_program, country_of, parse_date, parse_int

TODAY = date(2027, 1, 4)
GOOD = ProgramDraft(
    name="Ledere i Aarhus 2027",
    starts_on=date(2027, 2, 1),
    months=12,
    shape="standard",
    language="da",
    timezone="Europe/Copenhagen",
    country="DK",
    signup_deadline=date(2027, 1, 20),
    meeting_minutes=90,
)


def test_a_good_program_passes() -> None:
    assert check_program(GOOD, today=TODAY) == {}


@pytest.mark.parametrize(
    ("change", "field", "key"),
    [
        ({"name": "  "}, "name", "program.error.name_missing"),
        ({"name": "x" * 81}, "name", "program.error.name_long"),
        ({"starts_on": date(2027, 1, 3), "signup_deadline": None}, "starts_on",
         "program.error.start_past"),
        ({"starts_on": None}, "starts_on", "error.date_unparsable"),
        ({"months": 0}, "months", "program.error.months"),
        ({"months": None}, "months", "program.error.months"),
        ({"signup_deadline": date(2027, 2, 2)}, "signup_deadline",
         "program.error.deadline_after_start"),
        ({"signup_deadline": date(2027, 1, 1)}, "signup_deadline", "program.error.deadline_past"),
        ({"meeting_minutes": 10}, "meeting_minutes", "program.error.meeting_minutes"),
        ({"timezone": "Europe/Aarhus"}, "timezone", "error.timezone"),
        ({"timezone": "CET+1"}, "timezone", "error.timezone"),
        ({"language": "de"}, "language", "program.error.language"),
        ({"country": "US"}, "country", "program.error.country"),
        ({"shape": "weekly"}, "shape", "program.error.shape"),
        ({"unparsable": ("signup_deadline",)}, "signup_deadline", "error.date_unparsable"),
        ({"unparsable": ("months",)}, "months", "error.number"),
    ],
)  # fmt: skip
def test_each_rule_names_its_field(change: dict, field: str, key: str) -> None:
    assert check_program(replace(GOOD, **change), today=TODAY) == {field: key}


def test_an_edit_may_keep_a_start_that_has_passed() -> None:
    running = replace(GOOD, starts_on=date(2026, 9, 1), signup_deadline=date(2026, 8, 1))
    assert check_program(running, today=TODAY, editing=True) == {}


def test_the_deadline_may_be_the_first_day() -> None:
    assert check_program(replace(GOOD, signup_deadline=GOOD.starts_on), today=TODAY) == {}


def test_parsing_is_forgiving_about_blanks_only() -> None:
    assert parse_date(" 2027-02-01 ") == date(2027, 2, 1)
    assert parse_date("31-02-2027") is None and parse_date("") is None
    assert parse_int(" 12 ") == 12 and parse_int("twelve") is None and parse_int("-3") == -3


def test_the_country_follows_the_time_zone() -> None:
    assert country_of("Europe/Stockholm") == "SE"
    assert country_of("America/New_York") == "DK"


def test_days_off_are_dates_and_ranges_and_read_back_as_written() -> None:
    from bot.domain.programs import days_off_text, parse_days_off

    days = parse_days_off("2027-07-05 - 2027-07-09,\n2027-10-18")
    assert days is not None and len(days) == 6 and date(2027, 10, 18) in days
    assert days_off_text(days) == "2027-07-05 - 2027-07-09, 2027-10-18"
    assert parse_days_off("") == ()
    assert parse_days_off("2027-07-09 - 2027-07-05") is None  # the first day first
    assert parse_days_off("summer") is None
