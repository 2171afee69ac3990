"""The day and time people type when they move a meeting: English, Danish and Swedish.

Our own reader knows what people really type ("tirsdag kl 14", "om to uger", "den 5. januar",
"4.3. kl 9.30", "fra 14 til 15"); dateparser reads the rest, the person's language first.

- A weekday, with or without "next", "næste", "nästa", is the first such day after today: on
  a Tuesday "tuesday" and "next tuesday" are in 7 days, on a Monday tomorrow. That is what
  dateparser does with "next tuesday", and who means today says "today".
- A bare number is the hour ("fredag 9" is 9:00), unless a month follows ("9 januar"). An
  ordinal or "den" makes it a day of the month: "den 14", "the 5th", "den 5:e". A "kl" or
  "at" with no time after it is left unread: a sign of a time we could not read.
- "a.b" is a time when a <= 23 and b is two digits <= 59 ("14.30", "9.30"). With a trailing
  dot or a year it is a day and month ("4.3.", "31.12.", "4.3.2027"), and so is an "a.b" that
  cannot be a time ("31.12", "4.3"); a trailing dot that makes no date ends a sentence.
- Numeric dates are day first: "5/1" is 5 January. A date without a year is the next time it
  comes, today included, this year or next.
- Not understood at all, rather than guessed: words that contradict each other ("fredag
  lørdag", "kl 14 kl 15", a weekday that is not the date's), impossible values in a shape we
  know ("kl 25", "32.13.", "14-13"), and any day more than HORIZON from today.
- Dateparser is asked only when words were left unread; it is taken for a day, a week or a
  time (not a bare month or year), and its answer always names the day.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any

from bot.domain import when_words as words

HORIZON = timedelta(days=400)  # about 13 months


@dataclass(frozen=True)
class Understood:
    """What a text says: a day, a start and an end time, each only when it named one."""

    day: date | None = None
    start: time | None = None
    end: time | None = None
    leftover: str = ""  # the words not read, "" when all were


def understand(text: str, *, languages: Sequence[str], now: datetime) -> Understood:
    """Read `text` in `languages` (the person's first); `now` is aware, in their time zone."""
    if now.tzinfo is None:
        raise ValueError("now must be aware, in the person's time zone")
    known = tuple(language for language in languages if language in words.WEEKDAYS)
    try:
        read = _grammar(known).read(text.replace("–", "-").replace("—", "-"), now.date())
    except _NotUnderstood:
        return Understood(leftover=" ".join(text.split()))
    if read.leftover:
        read = _dateparser(text, known, now) or read
    if read.day and abs(read.day - now.date()) > HORIZON:
        return Understood(leftover=" ".join(text.split()))
    return read


def resolve(understood: Understood, *, now: datetime, keep: datetime | None) -> datetime | None:
    """The instant meant, in now's time zone, when moving the meeting at `keep` (if any).

    A day alone keeps `keep`'s wall-clock time; a time alone is on the meeting's own day if
    that is still ahead, else on the next day that time is ahead. None when neither a day
    nor a time was understood, or a day alone has no meeting time to keep.
    """
    zone = now.tzinfo
    if understood.day is not None:
        if understood.start is not None:
            return _at(understood.day, understood.start, zone)
        return None if keep is None else _at(understood.day, keep.astimezone(zone).time(), zone)
    if understood.start is None:
        return None
    first = now.date() if keep is None else keep.astimezone(zone).date()
    days = (first, now.date(), now.date() + timedelta(days=1))
    return next(moment for day in days if (moment := _at(day, understood.start, zone)) > now)


def _at(day: date, clock: time, zone: tzinfo | None) -> datetime:
    """That wall-clock time on that day; a time the clock skips in spring moves past the gap."""
    return datetime.combine(day, clock, zone).astimezone(UTC).astimezone(zone)


class _NotUnderstood(Exception):
    """The text contradicts itself or names an impossible day or time."""


@dataclass(frozen=True)
class _Piece:
    """What one stretch of text says."""

    day: date | None = None
    weekday: int | None = None
    start: time | None = None
    end: time | None = None
    unread: str = ""  # a stretch read as one but not understood: "om 5 år"


@dataclass(frozen=True)
class _Grammar:
    """The rules, with the words of some languages: on a clash the first language wins."""

    meanings: Mapping[str, Mapping[str, Any]]
    rules: tuple[tuple[re.Pattern[str], _Reader], ...]

    def meaning(self, table: str, word: str) -> Any:
        return self.meanings[table].get(" ".join(word.lower().rstrip(".").split()))

    def read(self, text: str, today: date) -> Understood:
        pieces: list[_Piece] = []
        leftover: list[str] = []
        at = _GAP.match(text).end()
        while at < len(text):
            for pattern, reader in self.rules:
                found = pattern.match(text, at)
                if found and (piece := reader(found, self, today)) is not None:
                    pieces.append(piece)
                    leftover += [piece.unread] if piece.unread else []
                    break
            else:
                found = _WORD.match(text, at)
                leftover.append(found.group().rstrip(".") or found.group())
            at = _GAP.match(text, found.end()).end()
        return _together(pieces, " ".join(leftover), today)


_Reader = Callable[[re.Match[str], _Grammar, date], _Piece | None]  # None: the next rule


@lru_cache(maxsize=16)
def _grammar(languages: tuple[str, ...]) -> _Grammar:
    meanings: dict[str, dict[str, Any]] = {name: {} for name in words.TABLES}
    for name, table in words.TABLES.items():
        for language in reversed(languages):
            entries = table[language]
            meanings[name] |= entries if isinstance(entries, dict) else dict.fromkeys(entries)

    def compiled(pattern: str) -> re.Pattern[str]:
        for name, meaning in meanings.items():
            spelled = sorted(meaning, key=len, reverse=True) or ["(?!)"]  # longest first
            alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in spelled)
            pattern = pattern.replace(f"<{name}>", f"(?:{alternatives})")
        return re.compile(pattern + _END, re.IGNORECASE)

    return _Grammar(
        meanings, tuple((compiled(shape), _READERS[name]) for name, shape in words.SHAPES)
    )


def _together(pieces: list[_Piece], leftover: str, today: date) -> Understood:
    days = {piece.day for piece in pieces if piece.day}
    weekdays = {piece.weekday for piece in pieces if piece.weekday is not None}
    times = {(piece.start, piece.end) for piece in pieces if piece.start}
    if len(days) > 1 or len(weekdays) > 1 or len(times) > 1:
        raise _NotUnderstood
    day = days.pop() if days else None
    if weekdays:
        weekday = weekdays.pop()
        if day is None:
            day = today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
        elif day.weekday() != weekday:
            raise _NotUnderstood
    start, end = times.pop() if times else (None, None)
    return Understood(day=day, start=start, end=end, leftover=leftover)


def _clock(hour: str, minute: str | None, meridiem: str | None) -> time | None:
    h, m = int(hour), int(minute or 0)
    if meridiem:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if meridiem[0].lower() == "p" else 0)
    return time(h, m) if h <= 23 and m <= 59 else None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _months_later(today: date, months: int) -> date:
    """The same day of the month, or the month's last: 31 January + 1 month is 28 February."""
    year, month = divmod(today.year * 12 + today.month - 1 + months, 12)
    return date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))


def _relative(found: re.Match[str], grammar: _Grammar, today: date) -> _Piece:
    return _Piece(day=today + timedelta(days=grammar.meaning("DAYS_FROM_TODAY", found["w"])))


def _duration(found: re.Match[str], grammar: _Grammar, today: date) -> _Piece:
    count, unit = found["n"], grammar.meaning("UNITS", found["unit"])
    n = int(count) if count.isdigit() else grammar.meaning("NUMBERS", count)
    if unit is None:  # "om 5 år", "in 2 hours": left whole, for dateparser
        return _Piece(unread=" ".join(found.group().split()))
    if n is None:
        raise _NotUnderstood  # "om 3-4 dage" is no one day
    return _Piece(day=_months_later(today, n * unit[1]) + timedelta(days=n * unit[0]))


def _weekday(found: re.Match[str], grammar: _Grammar, today: date) -> _Piece:
    return _Piece(weekday=grammar.meaning("WEEKDAYS", found["w"]))


def _date(found: re.Match[str], grammar: _Grammar, today: date) -> _Piece | None:
    """A day and month, and maybe a year; without one, the next time it comes."""
    month = found["m"] if found["m"].isdigit() else grammar.meaning("MONTHS", found["m"])
    year, d, m = found["y"], int(found["d"]), int(month)
    if year:
        day = _valid(int(year) + (2000 if len(year) == 2 else 0), m, d)
    elif (day := _valid(today.year, m, d)) is None or day < today:
        day = _valid(today.year + 1, m, d)
    a_time = re.fullmatch(r"\d{1,2}\.\d\d\.?", found.group()) and _clock(found["d"], month, None)
    if a_time and (day is None or not found.group().endswith(".")):
        return None  # "14.30", or "14.30." ending a sentence
    if day is None:
        raise _NotUnderstood
    return _Piece(day=day)


def _day_of_month(found: re.Match[str], grammar: _Grammar, today: date) -> _Piece:
    """ "the 5th", "den 5.": the next 5th, today included."""
    for months in range(3):  # a 31st may skip a month
        month = _months_later(today.replace(day=1), months)
        if (day := _valid(month.year, month.month, int(found["d"]))) and day >= today:
            return _Piece(day=day)
    raise _NotUnderstood


def _range(found: re.Match[str], grammar: _Grammar, today: date) -> _Piece:
    end = _clock(found["h2"], found["m2"], found["ap2"])
    for meridiem in (found["ap1"] or found["ap2"], found["ap1"]):  # "2-3pm", "11-1pm"
        start = _clock(found["h1"], found["m1"], meridiem)
        if start and end and start < end:
            return _Piece(start=start, end=end)
    raise _NotUnderstood


def _time(found: re.Match[str], grammar: _Grammar, today: date) -> _Piece | None:
    if start := _clock(found["h1"], found["m1"], found["ap1"]):
        return _Piece(start=start)
    if found["m1"] or found["ap1"] or not found.group()[0].isdigit():
        raise _NotUnderstood  # "25:00", "kl 25", "14 pm"
    return None  # a bare "25": some other number


def _noise(found: re.Match[str], grammar: _Grammar, today: date) -> _Piece:
    return _Piece()


_END = r"(?=$|[\s,;!?]|\.(?:$|[\s,;!?]))"  # each match ends a word; a dot may end a sentence
_GAP = re.compile(r"(?:[\s,;!?]|\.(?=$|[\s,;!?]))*")
_WORD = re.compile(r"[^\s,;!?]+")
_READERS: dict[str, _Reader] = {  # by the names words.SHAPES gives them
    read.__name__[1:]: read
    for read in (_relative, _duration, _weekday, _date, _day_of_month, _range, _time, _noise)
}


def _dateparser(text: str, languages: Sequence[str], now: datetime) -> Understood | None:
    """Dateparser's reading of the whole text, in each language in turn, if one is near."""
    from dateparser.date import DateDataParser  # slow to import, and rarely needed

    settings = {
        "RELATIVE_BASE": now.replace(tzinfo=None),
        "PREFER_DATES_FROM": "future",
        "DATE_ORDER": "DMY",
        "RETURN_TIME_AS_PERIOD": True,
        "PARSERS": ["relative-time", "custom-formats", "absolute-time"],  # no timestamps
    }
    for language in languages:
        found = DateDataParser(languages=[language], settings=settings).get_date_data(text)
        moment = found.date_obj
        if moment is None or found.period not in ("day", "week", "time"):
            continue  # a bare month or year is no day to meet on
        if moment.tzinfo is not None:
            moment = moment.astimezone(now.tzinfo).replace(tzinfo=None)
        if abs(moment.date() - now.date()) <= HORIZON:
            start = time(moment.hour, moment.minute) if found.period == "time" else None
            return Understood(day=moment.date(), start=start)
    return None
