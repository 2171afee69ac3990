"""The frame of a program and the rules a coordinator's input must follow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain.enums import ProgramShape
from bot.domain.language import LANGUAGES

# Countries whose public holidays the planner knows; the seeds' programs are Nordic.
COUNTRIES = ("DK", "SE", "NO", "FI", "IS", "DE", "NL", "GB", "IE")
MONTHS = (1, 36)
MEETING_MINUTES = (30, 240)
NAME_LENGTH = 80
DATE_FIELDS = ("starts_on", "signup_deadline")
DAYS_OFF = 366


@dataclass(frozen=True)
class ProgramDraft:
    """What a coordinator typed into the program form, still unchecked."""

    name: str
    starts_on: date | None
    months: int | None
    shape: str
    language: str
    timezone: str
    country: str
    signup_deadline: date | None
    meeting_minutes: int | None
    cross_company: bool = False
    days_off: tuple[date, ...] = ()  # no meetings on these days (e.g. summer weeks)
    unparsable: tuple[str, ...] = ()  # fields whose text was not a date or number


def check_program(draft: ProgramDraft, *, today: date, editing: bool = False) -> dict[str, str]:
    """Field -> error key for every rule the draft breaks; empty when it is fine."""
    errors: dict[str, str] = {}
    if not draft.name.strip():
        errors["name"] = "program.error.name_missing"
    elif len(draft.name.strip()) > NAME_LENGTH:
        errors["name"] = "program.error.name_long"
    if draft.starts_on is None:
        errors["starts_on"] = "error.date_unparsable"
    elif draft.starts_on < today and not editing:
        errors["starts_on"] = "program.error.start_past"
    if draft.months is None or not MONTHS[0] <= draft.months <= MONTHS[1]:
        errors["months"] = "program.error.months"
    if draft.signup_deadline is not None and draft.starts_on is not None:
        if draft.signup_deadline > draft.starts_on:
            errors["signup_deadline"] = "program.error.deadline_after_start"
        elif draft.signup_deadline < today and not editing:
            errors["signup_deadline"] = "program.error.deadline_past"
    minutes = draft.meeting_minutes
    if minutes is None or not MEETING_MINUTES[0] <= minutes <= MEETING_MINUTES[1]:
        errors["meeting_minutes"] = "program.error.meeting_minutes"
    if not is_timezone(draft.timezone):
        errors["timezone"] = "error.timezone"
    if draft.language not in LANGUAGES:
        errors["language"] = "program.error.language"
    if draft.country not in COUNTRIES:
        errors["country"] = "program.error.country"
    if draft.shape not in tuple(ProgramShape):
        errors["shape"] = "program.error.shape"
    for name in draft.unparsable:
        errors[name] = "error.date_unparsable" if name in DATE_FIELDS else "error.number"
    if "days_off" in draft.unparsable:
        errors["days_off"] = "program.error.days_off"
    elif len(draft.days_off) > DAYS_OFF:
        errors["days_off"] = "program.error.days_off_many"
    return errors


_ZONE_COUNTRIES = {
    "Europe/Copenhagen": "DK", "Europe/Stockholm": "SE", "Europe/Oslo": "NO",
    "Europe/Helsinki": "FI", "Atlantic/Reykjavik": "IS", "Europe/Berlin": "DE",
    "Europe/Amsterdam": "NL", "Europe/London": "GB", "Europe/Dublin": "IE",
}  # fmt: skip


def country_of(timezone: str) -> str:
    """The likeliest country for a time zone, for the form's default; Denmark otherwise."""
    return _ZONE_COUNTRIES.get(timezone, "DK")


def is_timezone(name: str) -> bool:
    """True for an IANA time zone name such as Europe/Stockholm."""
    if not name or "/" not in name:
        return name == "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def parse_date(raw: str | None) -> date | None:
    """A date from an ISO string (as Slack's date picker sends it); None when it does not parse."""
    if not raw:
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        return None


def parse_int(raw: str | None) -> int | None:
    """A whole number, or None when the text is not one."""
    if raw is None:
        return None
    text = raw.strip()
    return int(text) if text.lstrip("-").isdigit() else None


def parse_days_off(raw: str | None) -> tuple[date, ...] | None:
    """Days off from a text of ISO dates and ranges, one per line or separated by commas:
    `2027-07-05 - 2027-07-30, 2027-10-18`. None when any part is not a date or a range."""
    days: set[date] = set()
    for part in (raw or "").replace("\n", ",").split(","):
        part = part.strip()
        if not part:
            continue
        first, _, last = (piece.strip() for piece in part.partition(" - "))
        start, end = parse_date(first), parse_date(last) if last else parse_date(first)
        if start is None or end is None or end < start or (end - start).days > DAYS_OFF:
            return None
        days |= {start + timedelta(days=n) for n in range((end - start).days + 1)}
    return tuple(sorted(days))


def days_off_text(days: tuple[date, ...]) -> str:
    """Days off written back as ranges, for the form."""
    ranges: list[list[date]] = []
    for day in sorted(days):
        if ranges and (day - ranges[-1][1]).days == 1:
            ranges[-1][1] = day
        else:
            ranges.append([day, day])
    return ", ".join(
        a.isoformat() if a == b else f"{a.isoformat()} - {b.isoformat()}" for a, b in ranges
    )
