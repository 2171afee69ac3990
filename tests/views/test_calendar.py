from dataclasses import replace
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from bot.records import Invite
from bot.views.calendar import meeting_invite

COPENHAGEN = "Europe/Copenhagen"
INVITE = Invite(
    uid="meeting-17@mentorbot",
    sequence=0,
    starts_at=datetime(2027, 3, 30, 12, 0, tzinfo=UTC),  # 14:00 in Copenhagen (summer time)
    minutes=45,
    tz=COPENHAGEN,
    summary="Mentoring: Ada and Bo",
    description="Your third meeting. Bring one thing you want to get better at.",
    issued_at=datetime(2027, 3, 1, 9, 0, tzinfo=UTC),
)


def parsed(invite: Invite) -> tuple[Calendar, Event]:
    calendar = Calendar.from_ical(meeting_invite(invite))
    (event,) = calendar.walk("VEVENT")
    return calendar, event


def length(event: Event) -> timedelta:
    # Python subtracts two times of the same zone by their wall clocks: compare in UTC.
    return event.decoded("dtend").astimezone(UTC) - event.decoded("dtstart").astimezone(UTC)


def test_a_request_carries_the_meeting_and_no_addresses() -> None:
    calendar, event = parsed(INVITE)
    assert (str(calendar["method"]), str(calendar["version"])) == ("REQUEST", "2.0")
    assert str(calendar["prodid"]) == "-//mentorbot//EN"
    assert str(event["uid"]) == "meeting-17@mentorbot"
    assert event["sequence"] == 0
    assert event.decoded("dtstamp") == INVITE.issued_at
    assert str(event["summary"]) == INVITE.summary
    assert str(event["description"]) == INVITE.description
    assert "status" not in event
    assert not {"attendee", "organizer"} & {name.lower() for name in event}


def test_the_start_is_written_in_the_zone_at_its_wall_clock_time() -> None:
    text = meeting_invite(INVITE).decode()
    assert "DTSTART;TZID=Europe/Copenhagen:20270330T140000\r\n" in text
    calendar, event = parsed(INVITE)
    assert event.decoded("dtstart") == INVITE.starts_at
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == COPENHAGEN
    # The VTIMEZONE itself knows that the clocks moved on 28 March: a calendar that reads
    # only the file places the meeting at 12:00 UTC.
    offset = zone.to_tz().utcoffset(datetime(2027, 3, 30, 14, 0))
    assert offset == timedelta(hours=2)
    assert zone.to_tz().utcoffset(datetime(2027, 3, 26, 14, 0)) == timedelta(hours=1)


def test_the_end_is_the_length_of_the_meeting_even_across_the_clock_change() -> None:
    _, event = parsed(INVITE)
    assert length(event) == timedelta(minutes=45)
    # 01:30 in winter time, an hour long: the clocks jump from 02:00 to 03:00 meanwhile.
    night = replace(INVITE, starts_at=datetime(2027, 3, 28, 0, 30, tzinfo=UTC), minutes=60)
    text = meeting_invite(night).decode()
    assert "DTSTART;TZID=Europe/Copenhagen:20270328T013000\r\n" in text
    assert "DTEND;TZID=Europe/Copenhagen:20270328T033000\r\n" in text
    _, event = parsed(night)
    assert length(event) == timedelta(hours=1)


def test_a_moved_meeting_keeps_its_uid_and_raises_the_sequence() -> None:
    moved = replace(INVITE, sequence=1, starts_at=datetime(2027, 4, 6, 12, 0, tzinfo=UTC))
    _, event = parsed(moved)
    assert (str(event["uid"]), event["sequence"]) == ("meeting-17@mentorbot", 1)
    assert meeting_invite(INVITE) == meeting_invite(INVITE)  # a retried upload sends the same


def test_a_cancellation_names_the_same_event() -> None:
    calendar, event = parsed(replace(INVITE, sequence=2, cancelled=True))
    assert str(calendar["method"]) == "CANCEL"
    assert str(event["status"]) == "CANCELLED"
    assert (str(event["uid"]), event["sequence"]) == ("meeting-17@mentorbot", 2)


def test_lines_end_in_crlf_and_long_ones_are_folded() -> None:
    description = "Mødet handler om at lære, og om hvad I hver især vil øve jer på. " * 5
    raw = meeting_invite(replace(INVITE, description=description))
    assert raw.endswith(b"\r\n")
    assert raw.count(b"\n") == raw.count(b"\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75  # octets, not characters
    assert any(line.startswith(b" ") for line in lines)
    _, event = parsed(replace(INVITE, description=description))
    assert str(event["description"]) == description


def test_every_invite_carries_one_zone_before_its_event_that_covers_its_date() -> None:
    for starts_at in (
        datetime(2027, 1, 5, 9, 0, tzinfo=UTC),
        datetime(2028, 7, 4, 9, 0, tzinfo=UTC),
    ):
        text = meeting_invite(replace(INVITE, starts_at=starts_at)).decode()
        assert text.count("BEGIN:VTIMEZONE") == 1
        assert text.index("END:VTIMEZONE") < text.index("BEGIN:VEVENT")
        calendar, event = parsed(replace(INVITE, starts_at=starts_at))
        (zone,) = calendar.walk("VTIMEZONE")
        local = event.decoded("dtstart").replace(tzinfo=None)
        assert zone.to_tz().utcoffset(local) == event.decoded("dtstart").utcoffset()
        assert event.decoded("dtstart") == starts_at


def test_an_invite_in_utc_names_no_zone() -> None:
    text = meeting_invite(replace(INVITE, tz="UTC")).decode()
    assert "BEGIN:VTIMEZONE" not in text
    assert "DTSTART:20270330T120000Z\r\n" in text
