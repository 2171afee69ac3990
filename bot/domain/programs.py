"""The frame of a program and the rules a coordinator's input must follow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain.enums import ProgramShape
from bot.domain.language import LANGUAGES

# Countries whose public holidays the planner knows; the seeds' programs are Nordic.
COUNTRIES = ("DK", "SE", "NO", "FI", "IS", "DE", "NL", "GB", "IE")
MONTHS = (1, 36)
MEETING_MINUTES = (30, 240)
NAME_LENGTH = 80
DATE_FIELDS = ("starts_on", "signup_deadline")


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
