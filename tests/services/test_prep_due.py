"""When the preparation prompt comes: some days before, at the meeting's wall-clock time, on
a working day; planned late, at the first working moment; too late, not at all."""

from datetime import datetime

import pytest

from bot.services.planner import prep_due
from storage.models import Meeting, Program


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("starts_at", "now", "expected"),
    [
        # a Thursday meeting: two days before, the Tuesday, at 10:00 Copenhagen
        ("2027-02-04T09:00+00:00", "2027-01-20T07:00+00:00", "2027-02-02T09:00+00:00"),
        # a Tuesday meeting: the Sunday before becomes the Friday
        ("2027-02-09T09:00+00:00", "2027-01-20T07:00+00:00", "2027-02-05T09:00+00:00"),
        # across the change to summer time the wall clock stays at 10:00
        ("2027-03-30T08:00+00:00", "2027-03-01T07:00+00:00", "2027-03-24T09:00+00:00"),
        # planned on a Saturday for the Tuesday: the Monday morning's time, not the weekend
        ("2027-02-09T13:00+00:00", "2027-02-06T07:00+00:00", "2027-02-08T07:00+00:00"),
        # planned on a Saturday for the Monday 10:00: less than 12 hours are left, no prompt
        ("2027-02-08T09:00+00:00", "2027-02-06T07:00+00:00", None),
    ],
)
def test_the_preparation_reaches_people_on_a_working_day(
    starts_at: str, now: str, expected: str | None
) -> None:
    program = Program(timezone="Europe/Copenhagen", country="DK", days_off=[], prep_days=2)
    meeting = Meeting(starts_at=at(starts_at), duration_minutes=90)
    due = prep_due(program, meeting, at(now))
    assert due == (at(expected) if expected else None)
