"""Instants as Slack date tokens, so that every reader sees their own time zone."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.texts import Texts


def when(texts: Texts, starts_at: datetime, minutes: int, tz: str) -> str:
    """`Tuesday, December 8th 14:00-15:30` in the reader's own zone; the fallback (for
    clients that cannot draw tokens) is written in `tz`."""
    ends_at = starts_at + timedelta(minutes=minutes)
    local, local_end = starts_at.astimezone(ZoneInfo(tz)), ends_at.astimezone(ZoneInfo(tz))
    fallback = f"{texts.date(local.date())} {local:%H:%M}"
    start = f"<!date^{int(starts_at.timestamp())}^{{date_long_pretty}} {{time}}|{fallback}>"
    end = f"<!date^{int(ends_at.timestamp())}^{{time}}|{local_end:%H:%M} ({tz})>"
    return f"{start}-{end}"


def written(texts: Texts, starts_at: datetime, minutes: int, tz: ZoneInfo | str) -> str:
    """The same in plain words in one zone, for what the bot understood from a person."""
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    local = starts_at.astimezone(zone)
    end = (starts_at + timedelta(minutes=minutes)).astimezone(zone)
    return f"{texts.weekday_date(local.date())}, {local:%H:%M}-{end:%H:%M}"


def day_of(texts: Texts, instant: datetime, tz: ZoneInfo | str) -> str:
    """The day of an instant in a zone, with its weekday."""
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    return texts.weekday_date(instant.astimezone(zone).date())


def instant(texts: Texts, at: datetime) -> str:
    """`Tuesday, December 8th 16:00` in the reader's own zone (the fallback in UTC)."""
    utc = at.astimezone(ZoneInfo("UTC"))
    fallback = f"{texts.date(utc.date())} {utc:%H:%M} UTC"
    return f"<!date^{int(at.timestamp())}^{{date_long_pretty}} {{time}}|{fallback}>"
