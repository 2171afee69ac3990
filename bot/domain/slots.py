"""When exactly a pair meets: a start on a working day, inside both people's working hours."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.domain.signup import TIMES_OF_DAY, WEEKDAYS
from bot.domain.workdays import is_working_day

DAY = 24 * 60
HOURS = (9 * 60, 16 * 60)  # the first and the last start of a working day, local minutes
STEP = 30  # starts on the hour or the half hour of the anchor zone's clock
PREFERRED = {
    "morning": (9 * 60, 10 * 60 + 30),
    "midday": (11 * 60, 12 * 60 + 30),
    "afternoon": (13 * 60, 16 * 60),
}
WEEK = (0, 1, 2, 3, 4, -1, -2)  # days from the target in the order tried: later, then earlier
SEARCH_DAYS = 28  # without a common time that week, the days after it up to 4 weeks out
DAY_OFF = DAY  # how far outside their hours a start on someone's day off counts


@dataclass(frozen=True, kw_only=True)
class Availability:
    """When one person can meet: their zone and what they said they prefer at sign-up."""

    tz: str  # IANA zone of the person
    weekdays: frozenset[str] = frozenset()  # preferred days (empty: any working day)
    time_of_day: str = ""  # morning / midday / afternoon / "" (any)

    def __post_init__(self) -> None:
        if not set(self.weekdays) <= set(WEEKDAYS):
            raise ValueError(f"unknown weekdays in {sorted(self.weekdays)}")
        if self.time_of_day and self.time_of_day not in TIMES_OF_DAY:
            raise ValueError(f"unknown time of day {self.time_of_day!r}")


@dataclass(frozen=True)
class Slot:
    """A planned start; `fits` is False when no time suits everyone and this is the least bad."""

    starts_at: datetime  # aware, UTC
    minutes: int
    fits: bool


@dataclass(frozen=True)
class _Person:
    zone: str
    days: frozenset[int]  # weekday numbers they like
    prefer: tuple[int, int]  # the local starts they like


@dataclass(frozen=True)
class _Search:
    anchor: str
    people: tuple[_Person, ...]
    closed: frozenset[date]
    earliest: tuple[date, int]  # on the anchor zone's clock
    usual: int | None


# How one person sees an anchor day: how far their clock is ahead (minutes), whether each of
# their local days it touches (from the first, `lead // DAY`) is (working, liked), their times.
_Seen = tuple[int, tuple[tuple[bool, bool], ...], tuple[int, int]]
# Minutes outside hours in total, the most for one person, people who dislike the day.
_DayPart = tuple[int, int, int]
# People outside their time of day, minutes from the usual time, minutes from the liked times.
_TimePart = tuple[int, int, int]
# The day part, earlier than the target, days from it, the time part, day, minute: least wins.
_Key = tuple[int, int, int, bool, int, int, int, int, date, int]


def find_slot(
    *,
    target: date,
    people: Sequence[Availability],
    minutes: int,
    anchor_tz: str,
    closed: frozenset[date],
    earliest: datetime,
    usual: time | None = None,
) -> Slot:
    """The start nearest `target` that suits everyone, planned on the anchor zone's clock.

    `usual` is the anchor-clock time of the pair's last meeting: among equally good starts
    the meeting keeps it, also when a daylight-saving change moves someone's clock.
    """
    if not people:
        raise ValueError("a meeting needs people")
    search = _Search(
        anchor=anchor_tz,
        people=tuple(_person(p) for p in people),
        closed=closed,
        earliest=_on_clock(earliest, anchor_tz),
        usual=None if usual is None else usual.hour * 60 + usual.minute,
    )
    start = max(target, search.earliest[0])
    best = _search(start, search, fitting=True) or _search(start, search, fitting=False)
    if best is None:
        raise ValueError(f"no working day within {SEARCH_DAYS} days of {target}")
    day, minute = best[-2], best[-1]
    local = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=ZoneInfo(anchor_tz))
    starts_at = local.astimezone(UTC)
    return Slot(starts_at, minutes, fits=not outside_hours(starts_at, people, closed=closed))


def outside_hours(
    starts_at: datetime, people: Sequence[Availability], *, closed: frozenset[date] = frozenset()
) -> list[int]:
    """Indexes of the people for whom the start is outside working hours or on a day off."""
    _require_aware(starts_at)
    found = []
    for index, person in enumerate(people):
        local = starts_at.astimezone(ZoneInfo(person.tz))
        working = is_working_day(local.date(), closed)
        if _away(working, local.hour * 60 + local.minute):
            found.append(index)
    return found


def _search(start: date, search: _Search, *, fitting: bool) -> _Key | None:
    best = _best(start, WEEK, search, fitting=fitting)
    for offset in range(max(WEEK) + 1, SEARCH_DAYS + 1):
        if best is not None:
            return best
        best = _best(start, (offset,), search, fitting=fitting)
    return best


def _best(start: date, offsets: Iterable[int], search: _Search, *, fitting: bool) -> _Key | None:
    best: _Key | None = None
    for offset in offsets:
        day = start + timedelta(days=offset)
        if day < search.earliest[0] or not is_working_day(day, search.closed):
            continue
        floor = search.earliest[1] if day == search.earliest[0] else 0
        found = _best_minute(_seen(day, search), floor, search.usual, fitting)
        if found is None:
            continue
        key = (*found[0], offset < 0, abs(offset), *found[1], day, found[2])
        if best is None or key < best:
            best = key
        if best[:4] == (0, 0, 0, False):
            break  # a day both like, on or after the target, that suits everyone: it wins
    return best


def _seen(day: date, search: _Search) -> tuple[_Seen, ...]:
    seen = []
    for person in search.people:
        lead = _lead(search.anchor, person.zone, day)
        first, last = lead // DAY, (lead + DAY - 1) // DAY
        local_days = [day + timedelta(days=k) if k else day for k in range(first, last + 1)]
        days = tuple(
            (is_working_day(d, search.closed), d.weekday() in person.days) for d in local_days
        )
        seen.append((lead, days, person.prefer))
    return tuple(seen)


@lru_cache(maxsize=16384)
def _best_minute(
    seen: tuple[_Seen, ...], floor: int, usual: int | None, fitting: bool
) -> tuple[_DayPart, _TimePart, int] | None:
    """The best start on a day as the people see it; the same view gives the same answer."""
    best = None
    for minute in _starts(seen[0][0]) if fitting else range(0, DAY, STEP):
        if minute < floor:
            continue
        score = _score(seen, minute, usual)
        if (best is None or score < best) and not (fitting and score[0]):
            best = score
    return None if best is None else (best[:3], best[3:6], best[6])


def _score(seen: tuple[_Seen, ...], minute: int, usual: int | None) -> tuple[int, ...]:
    outside = worst = disliked = off_time = from_liked = 0
    for lead, days, prefer in seen:
        k, local = divmod(minute + lead, DAY)
        working, liked = days[k - lead // DAY]
        away = _away(working, local)
        outside, worst, disliked = outside + away, max(worst, away), disliked + (not liked)
        apart = _apart(local, prefer)
        off_time, from_liked = off_time + (apart > 0), from_liked + apart
    from_usual = 0 if usual is None else abs(minute - usual)
    return (outside, worst, disliked, off_time, from_usual, from_liked, minute)


def _starts(lead: int) -> Iterator[int]:
    """The anchor-clock minutes on the grid at which someone `lead` minutes ahead can start."""
    for days in range(lead // DAY, (lead + DAY - 1) // DAY + 1):
        first = max(0, HOURS[0] - lead + days * DAY)
        last = min(DAY - STEP, HOURS[1] - lead + days * DAY)
        yield from range(-(-first // STEP) * STEP, last + 1, STEP)


def _away(working: bool, minute: int) -> int:
    """How many minutes a local start lies outside working hours; a day off counts a day."""
    return _apart(minute, HOURS) if working else DAY_OFF


def _apart(minute: int, window: tuple[int, int]) -> int:
    return max(0, window[0] - minute, minute - window[1])


def _person(availability: Availability) -> _Person:
    days = frozenset(WEEKDAYS.index(day) for day in availability.weekdays)
    prefer = PREFERRED.get(availability.time_of_day, HOURS)
    return _Person(availability.tz, days or frozenset(range(len(WEEKDAYS))), prefer)


@lru_cache(maxsize=8192)
def _lead(anchor: str, zone: str, day: date) -> int:
    """How many minutes `zone`'s clock is ahead of the anchor's around noon of `day`."""
    noon = datetime.combine(day, time(12), tzinfo=ZoneInfo(anchor))
    there = noon.astimezone(ZoneInfo(zone))
    return (there.replace(tzinfo=None) - noon.replace(tzinfo=None)) // timedelta(minutes=1)


def _on_clock(instant: datetime, zone: str) -> tuple[date, int]:
    """The day and minute `instant` shows on `zone`'s clock, rounded up to the minute."""
    _require_aware(instant)
    local = instant.astimezone(ZoneInfo(zone))
    late = 1 if local.second or local.microsecond else 0
    return local.date(), local.hour * 60 + local.minute + late


def _require_aware(instant: datetime) -> None:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("instants are timezone-aware")
