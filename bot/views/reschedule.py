"""The form to move a meeting: a day, a start time and the length, in the person's zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from slack_sdk.models.blocks import CheckboxesElement, SectionBlock, TimePickerElement
from slack_sdk.models.blocks.basic_components import MarkdownTextObject, PlainTextObject
from slack_sdk.models.views import View

from bot.domain.programs import MEETING_MINUTES
from bot.records import MeetingCard
from bot.texts import Texts
from bot.views import ids
from bot.views.forms import date_picker, field, options, value_of, whole_number
from bot.views.times import when


@dataclass(frozen=True)
class NewTime:
    """What the form says, read but not checked."""

    meeting: str  # "<meeting>:<sequence>"
    day: date | None
    start: time | None
    minutes: int | None
    anyway: bool  # outside someone's working hours is fine

    def starts_at(self, zone: ZoneInfo) -> datetime | None:
        if self.day is None or self.start is None:
            return None
        return datetime.combine(self.day, self.start, tzinfo=zone)


def reschedule_modal(texts: Texts, meeting: MeetingCard, *, tz: str) -> View:
    """Filled with the meeting as it stands, in the reader's own zone."""
    local = meeting.starts_at.astimezone(ZoneInfo(tz))
    day, start, minutes, anyway = ids.RESCHEDULE_FIELDS
    current = when(texts, meeting.starts_at, meeting.minutes, meeting.tz)
    blocks: list[Any] = [
        SectionBlock(text=MarkdownTextObject(text=texts("move.form.lead", when=current, tz=tz))),
        field(texts, day, date_picker(day, local.date())),
        field(
            texts,
            start,
            TimePickerElement(action_id=start, initial_time=f"{local:%H:%M}", timezone=tz),
        ),
        field(texts, minutes, whole_number(minutes, meeting.minutes, MEETING_MINUTES)),
        field(
            texts,
            anyway,
            CheckboxesElement(action_id=anyway, options=options(texts, "form.anyway", ("yes",))),
            optional=True,
        ),
    ]
    return View(
        type="modal",
        callback_id=ids.RESCHEDULE_MODAL,
        private_metadata=f"{meeting.meeting_id}:{meeting.sequence}",
        title=PlainTextObject(text=texts("move.form.title")[:24]),
        submit=PlainTextObject(text=texts("move.form.submit")[:24]),
        close=PlainTextObject(text=texts("form.cancel")),
        blocks=blocks,
    )


def read_reschedule(view: dict[str, Any]) -> NewTime:
    state = view["state"]["values"]
    day, start, minutes, anyway = ids.RESCHEDULE_FIELDS
    raw_day, raw_start, raw_minutes = (
        value_of(state, day),
        value_of(state, start),
        value_of(state, minutes),
    )
    return NewTime(
        meeting=view["private_metadata"],
        day=date.fromisoformat(raw_day) if raw_day else None,
        start=time.fromisoformat(raw_start) if raw_start else None,
        minutes=int(raw_minutes) if raw_minutes and str(raw_minutes).isdigit() else None,
        anyway=bool(value_of(state, anyway)),
    )
