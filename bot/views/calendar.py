"""Calendar invites (.ics) for a pair's meetings, written with icalendar (RFC 5545)."""

from __future__ import annotations

import functools
from datetime import UTC, date, timedelta
from zoneinfo import ZoneInfo

from bot.records import Invite

PRODID = "-//mentorbot//EN"
# How far before and after the meeting the VTIMEZONE spells out the zone's offsets.
ZONE_MARGIN = timedelta(days=366)


def meeting_invite(invite: Invite) -> bytes:
    """The invite as an .ics file: a request for the meeting, or its cancellation. No
    attendees: the pair's e-mail addresses stay out of the channel."""
    from icalendar import Calendar, Event  # here, not at the top: the CLI must start fast

    zone = ZoneInfo(invite.tz)
    starts = invite.starts_at.astimezone(zone)
    ends = (invite.starts_at + timedelta(minutes=invite.minutes)).astimezone(zone)
    event = Event()
    event.add("uid", invite.uid)
    event.add("sequence", invite.sequence)
    event.add("dtstamp", invite.issued_at.astimezone(UTC))
    event.add("dtstart", starts)
    event.add("dtend", ends)
    event.add("summary", invite.summary)
    event.add("description", invite.description)
    if invite.cancelled:
        event.add("status", "CANCELLED")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if invite.cancelled else "REQUEST")
    calendar.add_component(event)
    written = calendar.to_ical()
    if b";TZID=" not in written:  # in UTC the times say so themselves ("Z"): no zone to add
        return bytes(written)
    # The VTIMEZONE goes before the event that names it, as icalendar itself would place it.
    head, begin, rest = written.partition(b"BEGIN:VEVENT\r\n")
    return head + _zone(invite.tz, *_months_around(starts.date(), ends.date())) + begin + rest


def _months_around(first: date, last: date) -> tuple[date, date]:
    """ZONE_MARGIN before `first` and after `last`, widened to whole months, so that every
    meeting of a month shares one VTIMEZONE."""
    before, after = first - ZONE_MARGIN, last + ZONE_MARGIN
    following = date(after.year + after.month // 12, after.month % 12 + 1, 1)
    return before.replace(day=1), following


@functools.lru_cache(maxsize=256)
def _zone(tz: str, first: date, last: date) -> bytes:
    """The zone's VTIMEZONE from `first` to `last`, written by icalendar, kept: icalendar
    works out and writes out every offset change of the span on each call, which costs more
    than the rest of the invite."""
    from icalendar import Timezone

    zone = Timezone.from_tzinfo(ZoneInfo(tz), tzid=tz, first_date=first, last_date=last)
    return bytes(zone.to_ical())
