"""Calendar invites (.ics) for a pair's meetings, written with icalendar (RFC 5545)."""

from __future__ import annotations

from datetime import UTC, timedelta
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
    calendar.add_missing_timezones(
        first_date=(starts - ZONE_MARGIN).date(), last_date=(ends + ZONE_MARGIN).date()
    )
    return calendar.to_ical()
